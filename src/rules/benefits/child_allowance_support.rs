//! The monthly support for a parent with a severe or accentuated
//! disability who does not meet the conditions for child-raising leave
//! (seed `000`: "beneficiază de sprijin lunar în cuantum de 45% din
//! cuantumul minim al indemnizaţiei"): 45% × 1314 = 591,30 lei.
//!
//! The page gives no age limit for the child; we screen it while the child
//! is of the leave's age (the support stands in for the leave), say so, and
//! for an older child say the office decides (status "ask the office", no
//! sum) instead of "not for you".

use rust_decimal::RoundingStrategy;

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{DisabilityGrade, Household};
use crate::rules::core::ids::child_raising::{
    ChildRaisingCriterion, ChildRaisingNote, ChildRaisingPart,
};
use crate::rules::core::outcome::{
    Amount, AmountPart, BenefitId, BenefitOutcome, Check, Criterion, Document, DocumentItem, Note,
    NoteItem, Payee, Reason, Status, SupplementPart,
};
use crate::rules::core::params::{child_raising as p, ParamError};
use crate::rules::core::EvalContext;

use super::child_raising::{self as cr, birthday};

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let mut out = cr::fresh(BenefitId::DisabledParentSupport, household, ctx)?;
    let grade = cr::applicant(household).and_then(|a| a.disability);
    let unasked = household.members.is_some() && grade.is_none();
    if !unasked
        && !matches!(
            grade,
            Some(DisabilityGrade::Severe | DisabilityGrade::Accentuated)
        )
    {
        return Ok(cr::not_applicable(out));
    }
    let Some(y) = cr::youngest_or_settle(household, &mut out, false) else {
        return Ok(cr::not_applicable(out));
    };
    let years = if y.disabled {
        p::LEAVE_UNTIL_YEARS_DISABLED.at(date)?
    } else {
        p::LEAVE_UNTIL_YEARS.at(date)?
    };
    let Some(leave_until) = birthday(y.birth, years.value) else {
        return Ok(cr::not_applicable(out));
    };
    let past = date >= leave_until;
    if unasked {
        return ask_grade(household, out, past, date);
    }
    out.reasons.push(Reason {
        check: Check::Pass,
        criterion: Criterion::ChildRaising(ChildRaisingCriterion::ParentDisability { grade }),
        source: p::PAGE_000,
    });
    if past {
        // Our line, not the page's: the office decides for an older child.
        out.reasons.push(Reason {
            check: Check::Unknown,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::ChildAgeForLeave {
                member: y.index,
                disabled: y.disabled,
                years: years.value,
                until: leave_until,
                disability_unasked: false,
            }),
            source: p::PAGE_000,
        });
    }
    // "care nu îndeplinește condițiile … pentru acordarea concediului": the
    // 12 months of 24 not met. Met, the parent gets the allowance instead.
    let (months, needs) = cr::months_check(household, date)?;
    let check = match months.check {
        Check::Pass => Check::Fail,
        Check::ProbablyFail | Check::Fail => Check::Pass,
        other => other,
    };
    out.reasons.push(Reason { check, ..months });
    out.needs.extend(needs);
    out.status = BenefitOutcome::status_from(&out.reasons);
    if out.status == Status::NotEligible {
        out.needs.clear();
        return Ok(out);
    }
    let ask_office = NoteItem {
        note: Note::ChildRaising(ChildRaisingNote::SupportAskOffice { leave_until, past }),
        source: p::PAGE_000,
    };
    if past {
        out.notes.push(ask_office);
        out.notes.push(NoteItem {
            note: Note::DasmRegistersAjpisPays,
            source: p::PAGE_000,
        });
        return Ok(out);
    }
    let share = p::DISABLED_PARENT_SHARE.at(date)?;
    let minimum = p::MINIMUM.at(date)?.value;
    let monthly =
        (minimum * share.value).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    out.amount = Some(Amount {
        monthly_total: monthly,
        parts: vec![AmountPart {
            part: SupplementPart::ChildRaising(ChildRaisingPart::DisabledParentSupport),
            monthly,
            paid_to: Payee::Applicant,
            source: share.source,
        }],
    });
    out.documents.push(DocumentItem {
        document: Document::DossierIndex,
        source: p::PAGE_000,
    });
    out.notes.push(ask_office);
    out.notes.push(NoteItem {
        note: Note::DasmRegistersAjpisPays,
        source: p::PAGE_000,
    });
    Ok(out)
}

/// The applicant's disability not asked yet: asked only where it can
/// change something — a child of the leave's age, and a parent who does
/// not meet the leave's 12 months of 24 (who meets them gets the allowance
/// itself). While the months are open, they are asked first.
fn ask_grade(
    household: &Household,
    mut out: BenefitOutcome,
    past: bool,
    date: chrono::NaiveDate,
) -> Result<BenefitOutcome, ParamError> {
    if past {
        return Ok(cr::not_applicable(out));
    }
    let (months, needs) = cr::months_check(household, date)?;
    match months.check {
        Check::Pass => return Ok(cr::not_applicable(out)),
        Check::Unknown => out.needs.extend(needs),
        Check::Fail | Check::ProbablyFail => {
            out.reasons.push(Reason {
                check: Check::Unknown,
                criterion: Criterion::ChildRaising(ChildRaisingCriterion::ParentDisability {
                    grade: None,
                }),
                source: p::PAGE_000,
            });
            out.needs.push(Fact::Disability { member: 0 });
        }
    }
    out.status = Status::NeedsMoreInfo;
    Ok(out)
}
