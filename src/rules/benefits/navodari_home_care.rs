//! Năvodari's home care for elderly people (seed `004`, "Unitate de
//! îngrijire la domiciliu pentru persoane vârstnice", Legea 17/2000): for
//! an elderly person in one of five situations; free without income, for
//! those receiving the guaranteed minimum income (now the VMI) or with an
//! income "sub suma de 640 lei"; with a contribution "peste suma de 640
//! lei" (a share of the cost by a Local Council grid the page does not
//! give). At exactly 640 lei the page says neither: the office decides.
//!
//! The application is in the elderly person's name, so the applicant
//! (member 1) is the person cared for, and their own income decides. The
//! page's third case (supporters with income under 640 lei of a person
//! already under it) adds no one the second leaves out.

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, IncomeKind};
use crate::rules::core::ids::local::{LocalCriterion, LocalFact, LocalNote};
use crate::rules::core::municipality::MunicipalityId;
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Criterion, Note, NoteItem, Reach, Reason, Status,
};
use crate::rules::core::params::navodari as p;
use crate::rules::core::params::ParamError;
use crate::rules::core::EvalContext;

use super::criteria;
use super::means;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let limit = p::HOME_CARE_LIMIT.at(ctx.date)?;
    let source = limit.source;
    let mut out = means::outcome(
        BenefitId::NavodariHomeCare,
        Status::NeedsMoreInfo,
        Vec::new(),
        Vec::new(),
    );
    let residence = criteria::residence(household, MunicipalityId::Navodari, Reach::Local, source);
    out.reasons.push(residence.reason);
    let mut needs = residence.needs;
    let reason = |check, criterion| Reason {
        check,
        criterion: Criterion::Local(criterion),
        source,
    };
    let declared = household.local.needs_home_care;
    let situations = household.local.home_care_situations.clone();
    let need_check = match (declared, &situations) {
        (None, _) => Check::Unknown,
        (Some(false), _) => Check::Fail,
        (Some(true), None) => Check::Unknown,
        (Some(true), Some(list)) if list.is_empty() => Check::Fail,
        (Some(true), Some(_)) => Check::Pass,
    };
    out.reasons.push(reason(
        need_check,
        LocalCriterion::HomeCareNeed {
            declared,
            situations: situations.clone(),
        },
    ));
    match declared {
        None => {
            needs.push(Fact::Local(LocalFact::NeedsHomeCare));
            out.needs = needs;
            return Ok(out);
        }
        Some(false) => {
            out.status = Status::NotApplicable;
            return Ok(out);
        }
        Some(true) => {}
    }
    if situations.is_none() {
        needs.push(Fact::Local(LocalFact::HomeCareSituations));
    }
    let applicant = household.members.as_deref().and_then(|m| m.first());
    let income = applicant.and_then(|m| m.total_net_income());
    let vmi = applicant.is_some_and(|m| {
        m.incomes
            .iter()
            .flatten()
            .any(|i| i.kind == IncomeKind::MinimumInclusionIncome && !i.net_monthly.is_zero())
    });
    if applicant.is_none() {
        needs.push(Fact::Members);
    } else if income.is_none() {
        needs.push(Fact::Incomes { member: 0 });
    }
    let at_limit = !vmi && income == Some(limit.value);
    out.reasons.push(reason(
        match income {
            _ if vmi => Check::Pass,
            None => Check::Unknown,
            Some(_) if at_limit => Check::Unknown,
            Some(_) => Check::Pass,
        },
        LocalCriterion::HomeCareIncome {
            net_income: income,
            limit: limit.value,
            vmi_beneficiary: vmi,
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
    match income {
        _ if vmi => out
            .notes
            .push(note(LocalNote::HomeCareFree { limit: limit.value })),
        Some(i) if i < limit.value => out
            .notes
            .push(note(LocalNote::HomeCareFree { limit: limit.value })),
        Some(i) if i > limit.value => out
            .notes
            .push(note(LocalNote::HomeCareContribution { limit: limit.value })),
        Some(_) => out.notes.push(note(LocalNote::HomeCareExactlyAtLimit {
            limit: limit.value,
        })),
        None => {}
    }
    out.notes.push(note(LocalNote::HomeCareServices));
    Ok(out)
}
