//! The supplement for a further birth during child-raising leave (seed
//! `000`: "beneficiază pe perioada cuprinsă de la naşterea ultimului copil
//! şi până la terminarea concediului de o sumă suplimentară"): from
//! 19.09.2023 the allowance is raised by 50% for overlapping rights (HG
//! 865/2023). Filed within 60 working days of the birth (seed `000`); seed
//! `004` says only "not later than the first child's 2nd (3rd) birthday":
//! the earlier of the two is the term given.

use rust_decimal::RoundingStrategy;

use crate::rules::core::deadlines::compute;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, IncomeKind};
use crate::rules::core::ids::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingFact, ChildRaisingNote,
    ChildRaisingPart,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Amount, AmountPart, Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, DeadlineId,
    Document, DocumentItem, Form, Note, NoteItem, OtherReading, Payee, Reason, Status,
    SupplementPart,
};
use crate::rules::core::params::{child_raising as p, ParamError};
use crate::rules::core::EvalContext;

use super::child_raising::{self as cr, Term};
use super::child_raising_allowance::{older_child_disability_need, older_child_on_leave};
use super::criteria::lives_elsewhere;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let mut out = cr::fresh(BenefitId::FurtherBirthSupplement, household, ctx)?;
    let Some(y) = cr::youngest_or_settle(household, &mut out, false) else {
        return Ok(out);
    };
    // Only a family whose youngest was born before an older child's leave
    // ended, and while that leave still runs, is asked anything.
    let on_leave = older_child_on_leave(household, &y, date)?.filter(|(_, end)| date < *end);
    let Some((older, leave_end)) = on_leave else {
        // An older child whose disability is not asked, with a certificate
        // still on a leave the youngest was born into (until 3): asked.
        let members = household.members.as_deref().unwrap_or_default();
        let three = p::LEAVE_UNTIL_YEARS_DISABLED.at(date)?.value;
        return Ok(
            match older_child_disability_need(household, &y, date)?.filter(|f| {
                matches!(f, Fact::Disability { member } if members[*member]
                    .birth_date
                    .and_then(|b| cr::birthday(b, three))
                    .is_some_and(|end| date < end))
            }) {
                Some(need) => {
                    out.needs.push(need);
                    out.status = Status::NeedsMoreInfo;
                    out
                }
                None => cr::not_applicable(out),
            },
        );
    };
    let on_leave = household.child_raising.leave_for_older_child;
    out.reasons.push(Reason {
        check: match on_leave {
            None => Check::Unknown,
            Some(true) => Check::Pass,
            Some(false) => Check::Fail,
        },
        criterion: Criterion::ChildRaising(ChildRaisingCriterion::BornDuringLeave {
            older: Some(older),
            on_leave,
        }),
        source: p::PAGE_000,
    });
    if on_leave.is_none() {
        out.needs
            .push(Fact::ChildRaising(ChildRaisingFact::LeaveForOlderChild));
    }
    out.status = BenefitOutcome::status_from(&out.reasons);
    if out.status == Status::NotEligible {
        out.needs.clear();
        return Ok(out);
    }

    // The sum: 50% of the allowance being paid, when the person gave it.
    let allowance = cr::applicant_income(household, IncomeKind::ChildRaisingAllowance);
    let cr_note = |n, source| NoteItem {
        note: Note::ChildRaising(n),
        source,
    };
    match allowance.filter(|_| y.birth >= p::HG_865_FROM) {
        Some(paid) => {
            let share = p::INCREASE_SHARE.at(date)?;
            let monthly = (paid * share.value)
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            out.amount = Some(Amount {
                monthly_total: monthly,
                parts: vec![AmountPart {
                    part: SupplementPart::ChildRaising(ChildRaisingPart::FurtherBirthSupplement),
                    monthly,
                    paid_to: Payee::Applicant,
                    source: share.source,
                }],
            });
        }
        None => out.notes.push(cr_note(
            ChildRaisingNote::SupplementHalfOfAllowance,
            p::HG_865,
        )),
    }

    // The term: 60 working days from the birth (seed 000) or, in seed 004's
    // words, before the elder's leave ends; the earlier one is given.
    let mut term = Term::counted(
        DeadlineId::FileFurtherBirthSupplement,
        Anchor::Birth { member: y.index },
        y.birth,
        &p::SUPPLEMENT_WORKING_DAYS,
        DayUnit::Working,
        date,
    )?;
    let by_000 = compute(y.birth, term.days, DayUnit::Working)
        .ok()
        .map(|c| c.due);
    let by_004 = cr::days_before(leave_end, 1);
    if let (Some(a), Some(b)) = (by_000, by_004) {
        if b < a {
            term.due = Some(b);
            term.other_reading = Some(OtherReading {
                days: term.days,
                unit: DayUnit::Working,
                due: Some(a),
                source: p::PAGE_000,
            });
            term.source = p::PAGE_004;
        }
    }
    let file = term.build(date)?;
    if file.passed {
        out.notes.push(cr_note(
            ChildRaisingNote::LateFilingFromFilingDate,
            p::PAGE_004,
        ));
    }
    out.deadlines.push(file);

    let doc = |document, source| DocumentItem { document, source };
    out.documents.push(doc(Document::DossierIndex, p::PAGE_000));
    out.documents.push(doc(
        Document::ChildRaising(ChildRaisingDocument::AllowanceApplication),
        p::PAGE_004,
    ));
    out.documents
        .push(doc(Document::ParentsIdentityCards, p::PAGE_004));
    out.documents.push(doc(
        Document::ChildBirthCertificate { member: y.index },
        p::PAGE_004,
    ));
    out.forms.extend([
        Form::DossierIndex,
        Form::ChildRaising(cr::ChildRaisingForm::AllowanceApplication),
        Form::ChildBenefitsDocumentList,
    ]);
    let members = household.members.as_deref().unwrap_or_default();
    match members[older].disabled() {
        Some(true) => out
            .notes
            .push(cr_note(ChildRaisingNote::TwoDossiers, p::PAGE_000)),
        // With a certificate the elder's leave and this one overlap: two
        // dossiers (seed `000`).
        None => out.needs.push(Fact::Disability { member: older }),
        Some(false) => {}
    }
    if lives_elsewhere(household, ctx.municipality) {
        out.notes.push(NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        });
    }
    out.notes.push(NoteItem {
        note: Note::DasmRegistersAjpisPays,
        source: p::PAGE_000,
    });
    out.needs.sort();
    out.needs.dedup();
    Ok(out)
}
