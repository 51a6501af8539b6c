//! Stimulentul de inserție (OUG 111/2010), as seeds `000` and `004` state
//! it: for those who meet the child-raising allowance's conditions and go
//! back to work with taxable income — 1500 lei a month when they go back
//! before the child is 6 months, until the child is 2 (3 with a
//! disability); 650 lei when they go back later, or once the leave is over,
//! until 3 (4). For a child with a disability aged 4 to 7, a parent who had
//! the leave and is back at work may ask it while the certificate is valid
//! (seed `000`). Decided and paid by AJPIS.
//!
//! Seed `000` (which stands) gives the 6 months for every child; seed
//! `004` gives 1 year for a child with a disability (OUG 111/2010, art. 7):
//! the earlier, safe reading is ours, the other is named beside it.
//!
//! Who already receives the allowance for this child (seed `004`,
//! "Situația II") is not asked the 12 months of 24 again, ends the
//! allowance within 15 working days and asks the incentive within 30
//! working days of going back. Who asks the incentive without the
//! allowance ("Situația I", "stimulent inserție direct") files within the
//! allowance's own terms from the birth.

use chrono::{Months, NaiveDate};

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Carer, Household, Role};
use crate::rules::core::ids::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingFact, ChildRaisingForm,
    ChildRaisingNote, ChildRaisingPart, IncentiveRate,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Amount, AmountPart, Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, DeadlineId,
    Document, DocumentItem, Form, Note, NoteItem, Payee, Reason, Status, SupplementPart,
};
use crate::rules::core::params::{child_raising as p, ParamError};
use crate::rules::core::EvalContext;

use super::child_raising::{self as cr, age_in_months, birthday, Term, Youngest};
use super::criteria::lives_elsewhere;

/// The child's ages that decide the incentive.
struct Ages {
    /// 6 months: a return before it gives 1500 lei.
    early_until: NaiveDate,
    /// 2 years (3 with a disability): the end of the 1500 lei.
    higher_until: NaiveDate,
    /// 3 years (4 with a disability): the end of the 650 lei.
    lower_until: NaiveDate,
}

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let mut out = cr::fresh(BenefitId::InsertionIncentive, household, ctx)?;
    let Some(y) = cr::youngest_or_settle(household, &mut out, true) else {
        return Ok(out);
    };
    let (higher_years, lower_years) = if y.disabled {
        (
            p::INCENTIVE_HIGHER_UNTIL_YEARS_DISABLED.at(date)?,
            p::INCENTIVE_LOWER_UNTIL_YEARS_DISABLED.at(date)?,
        )
    } else {
        (
            p::INCENTIVE_HIGHER_UNTIL_YEARS.at(date)?,
            p::INCENTIVE_LOWER_UNTIL_YEARS.at(date)?,
        )
    };
    let early = p::INCENTIVE_EARLY_MONTHS.at(date)?;
    let not_covered = || super::means::not_covered("insertion_incentive.until", date);
    let ages = Ages {
        early_until: after_months(y.birth, early.value).ok_or_else(not_covered)?,
        higher_until: birthday(y.birth, higher_years.value).ok_or_else(not_covered)?,
        lower_until: birthday(y.birth, lower_years.value).ok_or_else(not_covered)?,
    };
    let seven = p::DISABLED_OPTIONS_UNTIL_YEARS.at(date)?;
    let seven_until = birthday(y.birth, seven.value).ok_or_else(not_covered)?;
    if y.disabled && date >= ages.lower_until && date < seven_until {
        out.reasons.push(Reason {
            check: Check::Pass,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::ChildAgeForLeave {
                member: y.index,
                disabled: true,
                years: seven.value,
                until: seven_until,
                disability_unasked: false,
            }),
            source: seven.source,
        });
        return four_to_seven(household, &y, out, ctx);
    }
    let in_age = date < ages.lower_until;
    // Past 3 with the child's disability not asked: with a certificate the
    // incentive runs until 4, and from 4 to 7 the pages name it too.
    let unasked = (!in_age && date < seven_until)
        .then(|| y.disability_need())
        .flatten();
    out.reasons.push(Reason {
        check: match (in_age, unasked) {
            (true, _) => Check::Pass,
            (false, Some(_)) => Check::Unknown,
            (false, None) => Check::Fail,
        },
        criterion: Criterion::ChildRaising(ChildRaisingCriterion::ChildAgeForLeave {
            member: y.index,
            disabled: y.disabled,
            years: lower_years.value,
            until: ages.lower_until,
            disability_unasked: unasked.is_some(),
        }),
        source: lower_years.source,
    });
    if let Some(need) = unasked {
        out.needs.push(need);
        out.status = Status::NeedsMoreInfo;
        return Ok(out);
    }
    if !in_age {
        return Ok(cr::not_applicable(out));
    }
    let (carer, carer_needs) = cr::carer_check(household, p::PAGE_004);
    out.reasons.push(carer);
    out.needs.extend(carer_needs);

    let facts = &household.child_raising;
    let back = facts.back_to_work;
    let receives = facts.receives_allowance;
    ask_return(household, &mut out);
    the_right(household, date, &mut out)?;

    let back_date = facts.back_to_work_date.filter(|_| back == Some(true));
    // Back before the birth means work never stopped: the child's age at
    // going back is then 0 months.
    let age_back = back_date.map(|d| age_in_months(y.birth, d.max(y.birth)).unwrap_or(0));
    let on_return = age_back.map(|m| {
        if m < early.value {
            IncentiveRate::Higher
        } else {
            IncentiveRate::Lower
        }
    });
    // What applies on the date of the check: the 1500 lei end at 2 (3);
    // after the leave, 650 lei until 3 (4) (seed 004: "Persoanele care au
    // finalizat concediul … 650 lei până la împlinirea de către copil a
    // vârstei de de 3 ani").
    let higher_ended = (on_return == Some(IncentiveRate::Higher) && date >= ages.higher_until)
        .then_some(ages.higher_until);
    let rate = if higher_ended.is_some() {
        Some(IncentiveRate::Lower)
    } else {
        on_return
    };
    let until = rate.map(|r| match r {
        IncentiveRate::Higher => ages.higher_until,
        IncentiveRate::Lower => ages.lower_until,
    });
    // Going back once the incentive's age is past: none. For a child with a
    // disability the 4-to-7 rule may still give it: the office decides.
    let too_late = back_date.is_some_and(|d| d >= ages.lower_until);
    let check = match (back, back_date) {
        (None, _) | (Some(true), None) => Check::Unknown,
        (Some(false), _) => Check::Fail,
        (Some(true), Some(_)) if too_late && y.disabled => Check::ProbablyFail,
        // With a certificate the incentive's age runs a year longer.
        (Some(true), Some(_)) if too_late && y.disability_need().is_some() => Check::Unknown,
        (Some(true), Some(_)) if too_late => Check::Fail,
        (Some(true), Some(_)) => Check::Pass,
    };
    out.reasons.push(Reason {
        check,
        criterion: Criterion::ChildRaising(ChildRaisingCriterion::BackAtWork {
            back,
            date: back_date,
            child_age_months: age_back,
            early_months: Some(early.value),
            rate,
            until,
            higher_ended,
        }),
        source: early.source,
    });
    let higher = p::INCENTIVE_HIGHER.at(date)?;
    let lower = p::INCENTIVE_LOWER.at(date)?;
    out.status = BenefitOutcome::status_from(&out.reasons);
    let cr_note = |n, source| NoteItem {
        note: Note::ChildRaising(n),
        source,
    };
    if back == Some(false)
        && out.reasons.iter().all(|r| {
            r.check != Check::Fail
                || matches!(
                    r.criterion,
                    Criterion::ChildRaising(ChildRaisingCriterion::BackAtWork { .. })
                )
        })
    {
        let early_still = date < ages.early_until;
        out.notes.push(cr_note(
            ChildRaisingNote::IncentiveIfBackBy {
                higher: early_still.then_some(higher.value),
                early_until: early_still.then_some(ages.early_until),
                higher_until: ages.higher_until,
                lower: lower.value,
                lower_until: ages.lower_until,
            },
            higher.source,
        ));
    }
    if y.disabled {
        disabled_readings(&y, &ages, age_back, date, &mut out)?;
    }
    if out.status == Status::NotEligible {
        out.needs.clear();
        return Ok(out);
    }
    if out.status == Status::ProbablyNotEligible {
        out.notes.push(NoteItem {
            note: Note::MayStillFile,
            source: p::PAGE_004,
        });
    }
    if back_date == after_months(y.birth, early.value) {
        if let Some(day) = back_date {
            out.notes.push(cr_note(
                ChildRaisingNote::IncentiveOnThresholdDay {
                    day,
                    early_months: early.value,
                    higher: higher.value,
                    lower: lower.value,
                },
                early.source,
            ));
        }
    }
    if let Some(r) = rate.filter(|_| check == Check::Pass) {
        let value = match r {
            IncentiveRate::Higher => higher,
            IncentiveRate::Lower => lower,
        };
        out.amount = Some(Amount {
            monthly_total: value.value,
            parts: vec![AmountPart {
                part: SupplementPart::ChildRaising(ChildRaisingPart::InsertionIncentive),
                monthly: value.value,
                paid_to: Payee::Applicant,
                source: value.source,
            }],
        });
    }

    // The youngest's disability moves every age limit of the incentive.
    out.needs.extend(y.disability_need());
    papers(household, &y, &mut out);
    // Terms and duties.
    match (receives, back_date) {
        (Some(true), Some(back)) => {
            file_term(
                Term::counted(
                    DeadlineId::FileInsertionIncentive,
                    Anchor::BackToWork,
                    back,
                    &p::INCENTIVE_WORKING_DAYS,
                    DayUnit::Working,
                    date,
                )?,
                date,
                &mut out,
            )?;
            out.deadlines.push(cr::end_allowance_on_return(back, date)?);
        }
        (Some(false), _) => direct_term(household, &y, date, &mut out)?,
        _ => {}
    }
    out.deadlines.push(cr::duty(
        DeadlineId::ReportIncentiveChanges,
        Anchor::ChangeAffectingIncentive,
        &p::REPORT_INCENTIVE_CHANGES_WORKING_DAYS,
        DayUnit::Working,
        date,
    )?);
    out.deadlines.push(cr::duty(
        DeadlineId::SwitchAllowanceAndIncentive,
        Anchor::SwitchOfRight,
        &p::SWITCH_DAYS,
        DayUnit::Calendar,
        date,
    )?);

    // Notes. The rules of the leave (the ceiling on income during it, the
    // other parent's months) are for someone on the leave: the other
    // parent's months do not apply to someone asking only the incentive
    // (seed 004: "solicită numai acordarea stimulentului de inserţie").
    if lives_elsewhere(household, ctx.municipality) {
        out.notes.push(NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        });
    }
    if receives != Some(false) {
        out.notes.extend(cr::leave_notes(y.birth, date)?);
    }
    out.notes
        .push(cr_note(ChildRaisingNote::IncentiveFather, p::PAGE_000));
    if y.disabled {
        out.notes.push(cr_note(
            ChildRaisingNote::IncentiveDisabilityThreeToSeven,
            p::PAGE_000,
        ));
    }
    closing_notes(&mut out);
    Ok(out)
}

/// `birth` plus `months` (the last day of a shorter month, the earlier day).
fn after_months(birth: NaiveDate, months: u32) -> Option<NaiveDate> {
    birth.checked_add_months(Months::new(months))
}

/// Whether the person is back at work and, once they are, whether they
/// already receive the allowance for this child (asked before the months,
/// which that answer spares), and the day.
fn ask_return(household: &Household, out: &mut BenefitOutcome) {
    let facts = &household.child_raising;
    let need = |f| Fact::ChildRaising(f);
    match facts.back_to_work {
        None => out.needs.push(need(ChildRaisingFact::BackToWork)),
        Some(true) => {
            if facts.receives_allowance.is_none() {
                out.needs.push(need(ChildRaisingFact::ReceivesAllowance));
            }
            if facts.back_to_work_date.is_none() {
                out.needs.push(need(ChildRaisingFact::BackToWorkDate));
            }
        }
        Some(false) => {}
    }
}

/// The allowance's conditions: already met for someone who receives (or
/// received) it for this child; otherwise the 12 months of 24, asked once
/// the return (and, back at work, the allowance) is answered.
fn the_right(
    household: &Household,
    date: NaiveDate,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let facts = &household.child_raising;
    if facts.receives_allowance == Some(true) {
        out.reasons.push(Reason {
            check: Check::Pass,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::ReceivesAllowance {
                receives: facts.receives_allowance,
            }),
            source: p::PAGE_004,
        });
        return Ok(());
    }
    let (months, needs) = cr::months_check(household, date)?;
    out.reasons.push(months);
    let answered = match facts.back_to_work {
        Some(false) => true,
        Some(true) => facts.receives_allowance.is_some(),
        None => false,
    };
    if answered {
        out.needs.extend(needs);
    }
    Ok(())
}

/// A child with a disability: the two pages' thresholds for the 1500 lei.
/// Named while a return between them is still to come, or when the person
/// went back between them (then ours is 650 lei).
fn disabled_readings(
    y: &Youngest<'_>,
    ages: &Ages,
    age_back: Option<u32>,
    date: NaiveDate,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let early = p::INCENTIVE_EARLY_MONTHS.at(date)?.value;
    let other = p::INCENTIVE_EARLY_MONTHS_DISABLED_004.at(date)?;
    let Some(other_until) = after_months(y.birth, other.value) else {
        return Ok(());
    };
    let back_in_between = age_back.is_some_and(|m| m >= early && m < other.value);
    let still_to_come = age_back.is_none() && date < other_until;
    if back_in_between || still_to_come {
        out.notes.push(NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::IncentiveDisabledEarlyReadings {
                early_months: early,
                early_until: ages.early_until,
                other_months: other.value,
                other_until,
                back_in_between,
            }),
            source: other.source,
        });
    }
    Ok(())
}

/// The papers (seed 004, "Situația I" and "Situația II"; the forms of
/// seed 000).
fn papers(household: &Household, y: &Youngest<'_>, out: &mut BenefitOutcome) {
    let members = household.members.as_deref().unwrap_or_default();
    let doc = |document, source| DocumentItem { document, source };
    let cr_doc = |d, source| DocumentItem {
        document: Document::ChildRaising(d),
        source,
    };
    let (p000, p004) = (p::PAGE_000, p::PAGE_004);
    out.documents.push(doc(Document::DossierIndex, p000));
    out.documents
        .push(cr_doc(ChildRaisingDocument::IncentiveApplication, p000));
    out.documents
        .push(cr_doc(ChildRaisingDocument::ContributionDeclaration, p000));
    out.documents
        .push(doc(Document::ParentsIdentityCards, p004));
    out.documents.push(doc(
        Document::ChildBirthCertificate { member: y.index },
        p004,
    ));
    if members
        .iter()
        .enumerate()
        .any(|(i, m)| m.role == Role::Child && i != y.index)
    {
        out.documents.push(cr_doc(
            ChildRaisingDocument::OtherChildrenBirthCertificates,
            p004,
        ));
    }
    cr::family_papers(household, out);
    if household.child_raising.receives_allowance == Some(false) {
        out.documents.push(cr_doc(
            ChildRaisingDocument::IncentiveIncomeCertificate,
            p004,
        ));
    }
    out.documents
        .push(cr_doc(ChildRaisingDocument::ReturnToWorkDecision, p004));
    out.forms.extend([
        Form::DossierIndex,
        Form::ChildRaising(ChildRaisingForm::IncentiveApplication),
        Form::ChildRaising(ChildRaisingForm::ContributionDeclaration),
    ]);
    if household.child_raising.receives_allowance == Some(false) {
        out.forms
            .push(Form::ChildRaising(ChildRaisingForm::IncomeCertificate));
    }
    if members.iter().any(|m| m.role == Role::Partner) {
        out.forms.push(Form::OtherParentDeclaration);
    }
    out.forms.push(Form::ChildBenefitsDocumentList);
}

/// A filing term, with the note on a late filing when it has passed.
fn file_term(term: Term, date: NaiveDate, out: &mut BenefitOutcome) -> Result<(), ParamError> {
    let file = term.build(date)?;
    if file.passed {
        out.notes.push(NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::LateFilingFromFilingDate),
            source: p::PAGE_004,
        });
    }
    out.deadlines.push(file);
    Ok(())
}

/// The incentive asked without the allowance ("stimulent inserție
/// direct"): the terms from the birth or the end of the maternity leave,
/// for a natural parent (asked when not known); for another carer the
/// pages give none.
fn direct_term(
    household: &Household,
    y: &Youngest<'_>,
    date: NaiveDate,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let facts = &household.child_raising;
    match facts.carer {
        Some(Carer::NaturalParent) => {
            match (facts.maternity_leave, facts.maternity_leave_end) {
                (None, _) => out
                    .needs
                    .push(Fact::ChildRaising(ChildRaisingFact::MaternityLeave)),
                (Some(true), None) => out
                    .needs
                    .push(Fact::ChildRaising(ChildRaisingFact::MaternityLeaveEnd)),
                _ => {}
            }
            if let Some(term) =
                cr::after_birth_term(DeadlineId::FileInsertionIncentive, false, y, facts, date)?
            {
                file_term(term, date, out)?;
            }
        }
        Some(_) => out.notes.push(NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::IncentiveDirectTermNotOnPages),
            source: p::PAGE_004,
        }),
        None => {}
    }
    Ok(())
}

/// Who registers and who pays, and where to file; the needs in asking order.
fn closing_notes(out: &mut BenefitOutcome) {
    out.notes.push(NoteItem {
        note: Note::DasmRegistersAjpisPays,
        source: p::PAGE_000,
    });
    out.notes.push(NoteItem {
        note: Note::FileAtOfficeOrPortal,
        source: DASM_CLUJ_PAGE,
    });
    out.needs.sort();
    out.needs.dedup();
}

/// A child with a disability aged 4 to 7 (seed `000`): "părintele care a
/// beneficiat de concediu creștere copil până la 2/3 ani în cazul copilului
/// cu handicap și a reluat activitatea poate solicita stimulentul de
/// inserție pe perioada valabilității certificatului … pentru copiii aflați
/// între 4 și 7 ani". The page gives no sum for it.
fn four_to_seven(
    household: &Household,
    y: &Youngest<'_>,
    mut out: BenefitOutcome,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let (carer, carer_needs) = cr::carer_check(household, p::PAGE_004);
    out.reasons.push(carer);
    out.needs.extend(carer_needs);
    let facts = &household.child_raising;
    let back = facts.back_to_work;
    let receives = facts.receives_allowance;
    match back {
        None => out
            .needs
            .push(Fact::ChildRaising(ChildRaisingFact::BackToWork)),
        Some(true) if facts.back_to_work_date.is_none() => out
            .needs
            .push(Fact::ChildRaising(ChildRaisingFact::BackToWorkDate)),
        _ => {}
    }
    if receives.is_none() {
        out.needs
            .push(Fact::ChildRaising(ChildRaisingFact::ReceivesAllowance));
    }
    // Had the leave for this child: the page names no one else.
    out.reasons.push(Reason {
        check: match receives {
            None => Check::Unknown,
            Some(true) => Check::Pass,
            Some(false) => Check::ProbablyFail,
        },
        criterion: Criterion::ChildRaising(ChildRaisingCriterion::ReceivesAllowance { receives }),
        source: p::PAGE_000,
    });
    let back_date = facts.back_to_work_date.filter(|_| back == Some(true));
    out.reasons.push(Reason {
        check: match (back, back_date) {
            (Some(false), _) => Check::Fail,
            (Some(true), Some(_)) => Check::Pass,
            _ => Check::Unknown,
        },
        criterion: Criterion::ChildRaising(ChildRaisingCriterion::BackAtWork {
            back,
            date: back_date,
            child_age_months: None,
            early_months: None,
            rate: None,
            until: None,
            higher_ended: None,
        }),
        source: p::PAGE_000,
    });
    out.status = BenefitOutcome::status_from(&out.reasons);
    if out.status == Status::NotEligible {
        out.needs.clear();
        return Ok(out);
    }
    if out.status == Status::ProbablyNotEligible {
        out.notes.push(NoteItem {
            note: Note::MayStillFile,
            source: p::PAGE_000,
        });
    }
    papers(household, y, &mut out);
    out.documents.push(DocumentItem {
        document: Document::DisabilityCertificate { member: y.index },
        source: p::PAGE_000,
    });
    match cr::three_to_seven_term(y, date)? {
        Some(term) => {
            if term.passed {
                out.notes.push(NoteItem {
                    note: Note::ChildRaising(ChildRaisingNote::LateFilingFromFilingDate),
                    source: p::PAGE_004,
                });
            }
            out.deadlines.push(term);
        }
        None => out
            .needs
            .push(Fact::ChildCertificateDate { member: y.index }),
    }
    out.deadlines.push(cr::duty(
        DeadlineId::ReportIncentiveChanges,
        Anchor::ChangeAffectingIncentive,
        &p::REPORT_INCENTIVE_CHANGES_WORKING_DAYS,
        DayUnit::Working,
        date,
    )?);
    if lives_elsewhere(household, ctx.municipality) {
        out.notes.push(NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        });
    }
    let cr_note = |n| NoteItem {
        note: Note::ChildRaising(n),
        source: p::PAGE_000,
    };
    out.notes
        .push(cr_note(ChildRaisingNote::IncentiveDisabilityThreeToSeven));
    out.notes.push(cr_note(
        ChildRaisingNote::IncentiveFourToSevenAmountNotOnPages,
    ));
    closing_notes(&mut out);
    Ok(out)
}
