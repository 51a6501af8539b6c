//! Năvodari's emergency aid (seed `004`, "AJUTOARE DE URGENTA", HCL
//! Năvodari nr. 30/2017 as amended by HCL nr. 236/2019): for families with
//! domicile in Năvodari and income per member up to the national minimum
//! gross base salary, facing
//!
//! - II.1 serious medical problems certified by a specialist: at most
//!   1.000 lei, by the cost of medicines, treatment or tests; receipts
//!   within 60 days of collecting the sum;
//! - II.2 natural calamity, fire or accident: 1.000 lei; receipts for the
//!   building materials within 60 days;
//! - II.3 a child whose development an exceptional situation endangers: at
//!   most 1.000 lei per child per school year; receipts within 30 days of
//!   the end of the period in the mayor's disposition;
//! - II.4 a need over 1.000 lei: the Local Council approves each sum.
//!
//! The minimum wage is not on the page: only a family without any income
//! passes the income test for sure; otherwise the office compares.

use rust_decimal::Decimal;

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, LocalEmergency, Role};
use crate::rules::core::ids::local::{LocalCriterion, LocalDocument, LocalFact, LocalNote};
use crate::rules::core::municipality::MunicipalityId;
use crate::rules::core::outcome::{
    Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, DeadlineId, Document,
    DocumentItem, Note, NoteItem, Reach, Reason, Status,
};
use crate::rules::core::params::navodari as p;
use crate::rules::core::params::ParamError;
use crate::rules::core::EvalContext;

use super::criteria;
use super::means;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let max = p::EMERGENCY_MAX.at(ctx.date)?;
    let source = max.source;
    let mut out = means::outcome(
        BenefitId::NavodariEmergencyAid,
        Status::NeedsMoreInfo,
        Vec::new(),
        Vec::new(),
    );
    let residence = criteria::residence(household, MunicipalityId::Navodari, Reach::Local, source);
    out.reasons.push(residence.reason);
    let mut needs = residence.needs;
    let declared = household.local.emergency;
    let reason = |check, criterion| Reason {
        check,
        criterion: Criterion::Local(criterion),
        source,
    };
    out.reasons.push(reason(
        match declared {
            None => Check::Unknown,
            Some(LocalEmergency::None) => Check::Fail,
            Some(_) => Check::Pass,
        },
        LocalCriterion::EmergencySituation { declared },
    ));
    let situation = match declared {
        None => {
            needs.push(Fact::Local(LocalFact::Emergency));
            out.needs = needs;
            return Ok(out);
        }
        Some(LocalEmergency::None) => {
            out.status = Status::NotApplicable;
            return Ok(out);
        }
        Some(s) => s,
    };
    if situation == LocalEmergency::ChildExceptional
        && !household
            .members
            .iter()
            .flatten()
            .any(|m| m.role == Role::Child)
    {
        needs.push(Fact::Members);
    }
    // Income per member against the minimum wage the page does not state.
    let income_month = criteria::previous_month(ctx.date);
    let members = household.members.as_deref().unwrap_or_default();
    let split = means::split_income(household, &[]);
    needs.extend(means::income_needs(household));
    let total = split.as_ref().map(|s| s.total);
    out.reasons.push(reason(
        match total {
            Some(t) if t.is_zero() => Check::Pass,
            _ => Check::Unknown,
        },
        LocalCriterion::IncomeUpToMinimumWage {
            members: u32::try_from(members.len()).unwrap_or(u32::MAX),
            income_month,
            total_net: total,
            per_member: total.map(|t| means::per_person(t, members.len())),
        },
    ));
    // The sum: fixed for a calamity, at most the maximum otherwise.
    let needed = household.local.emergency_cost;
    let over = needed.is_some_and(|n| n > max.value);
    let amount_check = match (situation, needed) {
        (LocalEmergency::Calamity, _) => Check::Pass,
        (_, None) => {
            needs.push(Fact::Local(LocalFact::EmergencyCost));
            Check::Unknown
        }
        (_, Some(_)) if over => Check::Unknown,
        (_, Some(_)) => Check::Pass,
    };
    out.reasons.push(reason(
        amount_check,
        LocalCriterion::EmergencyAmount {
            situation,
            needed: if situation == LocalEmergency::Calamity {
                None
            } else {
                needed
            },
            max: max.value,
        },
    ));
    out.status = BenefitOutcome::status_from(&out.reasons);
    if out.status == Status::NotEligible {
        return Ok(out);
    }
    out.needs = needs;
    let note = |note| NoteItem {
        note: Note::Local(note),
        source,
    };
    out.notes.push(note(LocalNote::EmergencyMaximum {
        situation,
        sum: max.value,
        fixed: situation == LocalEmergency::Calamity,
    }));
    if over {
        out.notes.push(note(LocalNote::EmergencyOverMaximumCouncil {
            needed: needed.unwrap_or(Decimal::ZERO),
            max: max.value,
        }));
    }
    if total.is_some_and(|t| !t.is_zero()) || total.is_none() {
        out.notes.push(note(LocalNote::MinimumWageNotOnPage));
    }
    out.notes.push(note(LocalNote::ByMayorsDisposition));
    if situation == LocalEmergency::ChildExceptional {
        out.notes.push(note(LocalNote::ChildAidUses));
    }
    let docs: &[LocalDocument] = match (situation, over) {
        (_, true) => &[
            LocalDocument::WrittenRequest,
            LocalDocument::CivilStatusPapers,
            LocalDocument::IncomeCertificates,
            LocalDocument::ExceptionalSituationProof,
            LocalDocument::InvoicesAndReceipts,
            LocalDocument::SocialInquiry,
        ],
        (LocalEmergency::Medical, false) => &[
            LocalDocument::WrittenRequest,
            LocalDocument::CivilStatusPapers,
            LocalDocument::IncomeCertificates,
            LocalDocument::SpecialistMedicalPapers,
            LocalDocument::InvoicesAndReceipts,
            LocalDocument::SocialInquiry,
        ],
        (LocalEmergency::Calamity, false) => &[
            LocalDocument::WrittenRequest,
            LocalDocument::CivilStatusPapers,
            LocalDocument::IncomeCertificates,
            LocalDocument::IncidentReport,
            LocalDocument::SocialInquiry,
        ],
        _ => &[
            LocalDocument::WrittenRequest,
            LocalDocument::CivilStatusPapers,
            LocalDocument::IncomeCertificates,
            LocalDocument::ExceptionalSituationProof,
            LocalDocument::SocialInquiry,
        ],
    };
    out.documents.extend(docs.iter().map(|d| DocumentItem {
        document: Document::Local(d.clone()),
        source,
    }));
    // The proofs owed after the sum is paid ("zile": calendar days).
    let (id, days, anchor) = if situation == LocalEmergency::ChildExceptional && !over {
        (
            DeadlineId::PresentChildAidReceipts,
            p::CHILD_RECEIPTS_DAYS.at(ctx.date)?.value,
            Anchor::AidPeriodEnds,
        )
    } else {
        (
            DeadlineId::PresentEmergencyAidReceipts,
            p::RECEIPTS_DAYS.at(ctx.date)?.value,
            Anchor::AidCollected,
        )
    };
    out.deadlines.push(means::obligation(
        id,
        days,
        DayUnit::Calendar,
        anchor,
        source,
        ctx.date,
    ));
    Ok(out)
}
