//! Năvodari's funeral aid (seed `004`, "AJUTOR DE INMORMANTARE", HCL
//! Năvodari nr. 30/2017 as amended): 1.000 lei, once, to one person, by the
//! mayor's disposition, in two cases:
//!
//! - I.1 the death of someone in a family receiving the guaranteed minimum
//!   income (now the VMI's inclusion aid): to the spouse, child, parent,
//!   guardian, curator, heir or whoever paid for the funeral;
//! - I.2 to a person without income or with income per member up to the
//!   national minimum gross base salary (not on the page) who paid for the
//!   funeral and has had no death aid from another institution.
//!
//! The applicant may live in another town, if the person who died had
//! domicile in Năvodari: the applicant's own residence is not a criterion.

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, IncomeKind};
use crate::rules::core::ids::local::{LocalCriterion, LocalDocument, LocalFact, LocalNote};
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Criterion, Document, DocumentItem, Note, NoteItem, Reason,
    Status,
};
use crate::rules::core::params::navodari as p;
use crate::rules::core::params::ParamError;
use crate::rules::core::EvalContext;

use super::means;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let sum = p::FUNERAL_SUM.at(ctx.date)?;
    let source = sum.source;
    let mut out = means::outcome(
        BenefitId::NavodariFuneralAid,
        Status::NeedsMoreInfo,
        Vec::new(),
        Vec::new(),
    );
    let reason = |check, criterion| Reason {
        check,
        criterion: Criterion::Local(criterion),
        source,
    };
    let flag = |v: Option<bool>| match v {
        Some(true) => Check::Pass,
        Some(false) => Check::Fail,
        None => Check::Unknown,
    };
    let costs = household.local.funeral_costs;
    out.reasons.push(reason(
        flag(costs),
        LocalCriterion::FuneralCosts { declared: costs },
    ));
    match costs {
        None => {
            out.needs.push(Fact::Local(LocalFact::FuneralCosts));
            return Ok(out);
        }
        Some(false) => {
            out.status = Status::NotApplicable;
            return Ok(out);
        }
        Some(true) => {}
    }
    let lived = household.local.deceased_lived_in_town;
    out.reasons.push(reason(
        flag(lived),
        LocalCriterion::DeceasedLivedInTown { declared: lived },
    ));
    let mut needs = Vec::new();
    if lived.is_none() {
        needs.push(Fact::Local(LocalFact::DeceasedLivedInTown));
    }
    let vmi_family = household.members.iter().flatten().any(|m| {
        m.incomes
            .iter()
            .flatten()
            .any(|i| i.kind == IncomeKind::MinimumInclusionIncome && !i.net_monthly.is_zero())
    });
    let other = household.local.other_death_aid;
    let route_check = if vmi_family {
        Check::Pass
    } else {
        match other {
            Some(true) => Check::Fail,
            Some(false) => Check::Pass,
            None => {
                needs.push(Fact::Local(LocalFact::OtherDeathAid));
                Check::Unknown
            }
        }
    };
    out.reasons.push(reason(
        route_check,
        LocalCriterion::FuneralRoute {
            vmi_family,
            other_death_aid: if vmi_family { None } else { other },
        },
    ));
    if !vmi_family {
        needs.extend(means::income_needs(household));
        let members = household.members.as_deref().unwrap_or_default();
        let total = means::split_income(household, &[]).map(|s| s.total);
        out.reasons.push(reason(
            match total {
                Some(t) if t.is_zero() => Check::Pass,
                _ => Check::Unknown,
            },
            LocalCriterion::IncomeUpToMinimumWage {
                members: u32::try_from(members.len()).unwrap_or(u32::MAX),
                income_month: super::criteria::previous_month(ctx.date),
                total_net: total,
                per_member: total.map(|t| means::per_person(t, members.len())),
            },
        ));
        if total.is_none_or(|t| !t.is_zero()) {
            out.notes.push(NoteItem {
                note: Note::Local(LocalNote::MinimumWageNotOnPage),
                source,
            });
        }
    }
    out.status = BenefitOutcome::status_from(&out.reasons);
    if out.status == Status::NotEligible {
        out.notes.clear();
        return Ok(out);
    }
    out.needs = needs;
    let note = |note| NoteItem {
        note: Note::Local(note),
        source,
    };
    out.notes
        .push(note(LocalNote::FuneralFixedSum { sum: sum.value }));
    out.notes
        .push(note(LocalNote::FuneralApplicantMayLiveElsewhere));
    out.notes
        .push(note(LocalNote::FuneralUnidentifiedByContract));
    let docs: &[LocalDocument] = if vmi_family {
        &[
            LocalDocument::WrittenRequest,
            LocalDocument::DeathCertificate,
            LocalDocument::ApplicantIdentityCard,
            LocalDocument::KinshipPapers,
            LocalDocument::HeirOrGuardianPapers,
            LocalDocument::FuneralInvoiceAndReceipt,
        ]
    } else {
        &[
            LocalDocument::WrittenRequest,
            LocalDocument::KinshipPapers,
            LocalDocument::DeathCertificate,
            LocalDocument::IncomeCertificates,
            LocalDocument::FuneralInvoiceAndReceipt,
        ]
    };
    out.documents.extend(docs.iter().map(|d| DocumentItem {
        document: Document::Local(d.clone()),
        source,
    }));
    Ok(out)
}
