//! Indemnizația pentru creșterea copilului (ICC, OUG 111/2010), as seed
//! `004` states the conditions, amounts and papers and seed `000` (DASM
//! Cluj-Napoca; it stands where the two differ) the terms and the 2023
//! changes: a parent (or adoptive parent, guardian, the person a child is
//! entrusted or placed with) with 12 months of income or assimilated
//! periods in the 24 before the birth gets 85% of the average net income,
//! between 1314 and 8500 lei, until the child is 2 (3 with a disability).
//! A national benefit decided and paid by AJPIS; DASM registers.
//!
//! Screened for the youngest child (twins and triplets together); the
//! applicant is the first member.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{BirthCountry, Carer, Household, Member, Role};
use crate::rules::core::ids::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingFact, ChildRaisingForm,
    ChildRaisingNote, ChildRaisingPart,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Amount, AmountPart, Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, DeadlineId,
    Document, DocumentItem, Form, Note, NoteItem, Payee, Reason, Status, SupplementPart,
};
use crate::rules::core::params::{child_raising as p, ParamError};
use crate::rules::core::EvalContext;

use super::child_raising::{self as cr, birthday, days_before, Term};
use super::criteria::lives_elsewhere;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let mut out = cr::fresh(BenefitId::ChildRaisingAllowance, household, ctx)?;
    let Some(y) = cr::youngest_or_settle(household, &mut out, true) else {
        return Ok(out);
    };
    let years = if y.disabled {
        p::LEAVE_UNTIL_YEARS_DISABLED.at(date)?
    } else {
        p::LEAVE_UNTIL_YEARS.at(date)?
    };
    let until = birthday(y.birth, years.value)
        .ok_or_else(|| super::means::not_covered("icc.leave_until_years", date))?;
    let in_age = date < until;
    // Past 2 with the child's disability not asked: with a certificate the
    // leave runs until 3, and from 3 to 7 the pages name what may be asked.
    let seven = p::DISABLED_OPTIONS_UNTIL_YEARS.at(date)?.value;
    let before_seven = birthday(y.birth, seven).is_some_and(|d| date < d);
    let unasked = (!in_age && before_seven)
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
            years: years.value,
            until,
            disability_unasked: unasked.is_some(),
        }),
        source: years.source,
    });
    if let Some(need) = unasked {
        out.needs.push(need);
        out.status = Status::NeedsMoreInfo;
        return Ok(out);
    }
    if !in_age {
        return past_leave_age(household, &y, out, ctx);
    }

    let (carer, carer_needs) = cr::carer_check(household, p::PAGE_004);
    out.reasons.push(carer);
    out.needs.extend(carer_needs);
    let facts = &household.child_raising;
    // Already on the allowance for this child: the right is set, nothing of
    // it is asked again; what is left are the duties and the extension.
    let receives = facts.receives_allowance == Some(true);
    let months_pass = if receives {
        out.reasons.push(Reason {
            check: Check::Pass,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::ReceivesAllowance {
                receives: facts.receives_allowance,
            }),
            source: p::PAGE_004,
        });
        false
    } else {
        // Not said yet, and the months not answered either: ask first whether
        // the allowance is already paid for this child, so that a parent on
        // leave (who may ask the extension until 3, or goes back to work) is
        // not asked the 12 months of 24 again (issue 17).
        if facts.receives_allowance.is_none() && facts.income_months.is_none() {
            out.needs
                .push(Fact::ChildRaising(ChildRaisingFact::ReceivesAllowance));
        }
        let (months, months_needs) = cr::months_check(household, date)?;
        let pass = months.check == Check::Pass;
        out.reasons.push(months);
        out.needs.extend(months_needs);
        pass
    };

    // The amount: asked once the months are met.
    if months_pass {
        let share = p::SHARE_OF_INCOME.at(date)?;
        let minimum = p::MINIMUM.at(date)?.value;
        let maximum = p::MAXIMUM.at(date)?.value;
        let computed = match facts.average_net_income {
            Some(avg) => Some(cr::allowance_amount(avg, date)?),
            None => {
                out.needs
                    .push(Fact::ChildRaising(ChildRaisingFact::AverageNetIncome));
                None
            }
        };
        out.reasons.push(Reason {
            check: if computed.is_some() {
                Check::Pass
            } else {
                Check::Unknown
            },
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::AllowanceAmount {
                average_net_income: facts.average_net_income,
                share: share.value,
                computed: computed.map(|(c, _)| c),
                minimum,
                maximum,
            }),
            source: share.source,
        });
        if let Some((_, amount)) = computed {
            out.amount = Some(amount_with_multiples(amount, y.multiples, y.birth, date)?);
        }
    }

    out.status = BenefitOutcome::status_from(&out.reasons);
    if out.status == Status::NotEligible {
        out.needs.clear();
        if lives_elsewhere(household, ctx.municipality) {
            out.notes.push(NoteItem {
                note: Note::FileWhereYouLive,
                source: DASM_CLUJ_PAGE,
            });
        }
        return Ok(out);
    }
    if out.status == Status::ProbablyNotEligible {
        out.notes.push(NoteItem {
            note: Note::MayStillFile,
            source: p::PAGE_004,
        });
    }
    // The youngest's disability decides the leave's length and its terms.
    out.needs.extend(y.disability_need());
    if receives {
        already_receives(household, &y, until, ctx, &mut out)?;
        return Ok(out);
    }
    // The facts that only decide the terms: asked once the right is not ruled out.
    let natural = facts.carer == Some(Carer::NaturalParent);
    if natural {
        match (facts.maternity_leave, facts.maternity_leave_end) {
            (None, _) => out
                .needs
                .push(Fact::ChildRaising(ChildRaisingFact::MaternityLeave)),
            (Some(true), None) => out
                .needs
                .push(Fact::ChildRaising(ChildRaisingFact::MaternityLeaveEnd)),
            _ => {}
        }
    } else if facts.carer.is_some() && facts.decision_date.is_none() {
        out.needs
            .push(Fact::ChildRaising(ChildRaisingFact::DecisionDate));
    }
    let older = older_child_on_leave(household, &y, date)?;
    out.needs
        .extend(older_child_disability_need(household, &y, date)?);
    if older.is_some() && facts.leave_for_older_child.is_none() {
        out.needs
            .push(Fact::ChildRaising(ChildRaisingFact::LeaveForOlderChild));
    }
    papers(household, &y, ctx, &mut out)?;
    terms(household, &y, until, older, ctx, &mut out)?;
    out.needs.sort();
    out.needs.dedup();
    Ok(out)
}

/// The allowance, and +50% of it for each further child born the same day
/// (seed `000`, from 19.09.2023). Seed `004`'s older rule ("se majorează cu
/// suma de 1314 lei pentru fiecare dintre copii, începând cu cel de al
/// doilea") is read for the "each further child" and replaced for the sum.
fn amount_with_multiples(
    amount: Decimal,
    multiples: u32,
    birth: chrono::NaiveDate,
    date: chrono::NaiveDate,
) -> Result<Amount, ParamError> {
    let mut parts = vec![AmountPart {
        part: SupplementPart::ChildRaising(ChildRaisingPart::Allowance),
        monthly: amount,
        paid_to: Payee::Applicant,
        source: p::PAGE_000,
    }];
    if multiples > 1 && birth >= p::HG_865_FROM {
        let share = p::INCREASE_SHARE.at(date)?;
        let each = (amount * share.value)
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        for _ in 1..multiples {
            parts.push(AmountPart {
                part: SupplementPart::ChildRaising(ChildRaisingPart::MultipleBirthIncrease),
                monthly: each,
                paid_to: Payee::Applicant,
                source: share.source,
            });
        }
    }
    Ok(Amount {
        monthly_total: parts.iter().map(|p| p.monthly).sum(),
        parts,
    })
}

/// The child born just before the youngest, if any.
fn next_older<'a>(
    household: &'a Household,
    y: &cr::Youngest<'_>,
) -> Option<(usize, &'a Member, chrono::NaiveDate)> {
    household
        .members
        .as_deref()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Child)
        .filter_map(|(i, m)| Some((i, m, m.birth_date?)))
        .filter(|(_, _, b)| *b < y.birth)
        .max_by_key(|(_, _, b)| *b)
}

/// An older child whose leave the youngest was born into: still under 2 (3
/// with a disability) on the youngest's birthday. Returns its index and the
/// day its leave ends. An older child whose disability is not asked is
/// taken as having none (see [`older_child_disability_need`]).
pub fn older_child_on_leave(
    household: &Household,
    y: &cr::Youngest<'_>,
    date: chrono::NaiveDate,
) -> Result<Option<(usize, chrono::NaiveDate)>, ParamError> {
    let Some((index, child, birth)) = next_older(household, y) else {
        return Ok(None);
    };
    let years = if child.disabled() == Some(true) {
        p::LEAVE_UNTIL_YEARS_DISABLED.at(date)?.value
    } else {
        p::LEAVE_UNTIL_YEARS.at(date)?.value
    };
    Ok(birthday(birth, years)
        .filter(|end| y.birth < *end)
        .map(|end| (index, end)))
}

/// The older child's disability, when it is not asked and decides whether
/// the youngest was born during its leave: born after the elder's 2nd
/// birthday and before its 3rd (seed `004`: "până la împlinirea de către
/// copil a vârstei de 2 ani, respectiv 3 ani, în cazul copilului cu
/// handicap").
pub fn older_child_disability_need(
    household: &Household,
    y: &cr::Youngest<'_>,
    date: chrono::NaiveDate,
) -> Result<Option<Fact>, ParamError> {
    let Some((index, child, birth)) = next_older(household, y) else {
        return Ok(None);
    };
    if !child.disability_unknown() {
        return Ok(None);
    }
    let two = birthday(birth, p::LEAVE_UNTIL_YEARS.at(date)?.value);
    let three = birthday(birth, p::LEAVE_UNTIL_YEARS_DISABLED.at(date)?.value);
    Ok(match (two, three) {
        (Some(two), Some(three)) if two <= y.birth && y.birth < three => {
            Some(Fact::Disability { member: index })
        }
        _ => None,
    })
}

/// A child past the leave's age: nothing to screen, except what the pages
/// say for a child with a disability aged 3 to 7 (ask the office, with the
/// terms as dates).
fn past_leave_age(
    household: &Household,
    y: &cr::Youngest<'_>,
    mut out: BenefitOutcome,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let seven = p::DISABLED_OPTIONS_UNTIL_YEARS.at(date)?;
    let before_seven = birthday(y.birth, seven.value).is_some_and(|d| date < d);
    out.needs.clear();
    if !(y.disabled && before_seven) {
        out.status = Status::NotApplicable;
        return Ok(out);
    }
    out.status = Status::NeedsMoreInfo;
    out.notes.push(NoteItem {
        note: Note::ChildRaising(ChildRaisingNote::DisabilityOptionsThreeToSeven {
            member: y.index,
        }),
        source: seven.source,
    });
    if let Some(issued) = y.child.disability_certificate_date {
        let four = birthday(y.birth, 4);
        if four.is_some_and(|f| issued >= f) {
            out.deadlines.push(
                Term::counted(
                    DeadlineId::FileFromFourToSeven,
                    Anchor::CertificateIssued { member: y.index },
                    issued,
                    &p::FROM_FOUR_CERTIFICATE_DAYS,
                    DayUnit::Calendar,
                    date,
                )?
                .build(date)?,
            );
        }
    } else {
        out.needs
            .push(Fact::ChildCertificateDate { member: y.index });
    }
    if lives_elsewhere(household, ctx.municipality) {
        out.notes.push(NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        });
    }
    Ok(out)
}

fn papers(
    household: &Household,
    y: &cr::Youngest<'_>,
    ctx: &EvalContext,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let members = household.members.as_deref().unwrap_or_default();
    let facts = &household.child_raising;
    let p000 = p::PAGE_000;
    let p004 = p::PAGE_004;
    let doc = |document, source| DocumentItem { document, source };
    let cr_doc = |d, source| DocumentItem {
        document: Document::ChildRaising(d),
        source,
    };
    out.documents.push(doc(Document::DossierIndex, p000));
    out.documents
        .push(cr_doc(ChildRaisingDocument::AllowanceApplication, p004));
    out.documents
        .push(doc(Document::ParentsIdentityCards, p004));
    let twins: Vec<usize> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Child && m.birth_date == Some(y.birth))
        .map(|(i, _)| i)
        .collect();
    for &member in &twins {
        out.documents
            .push(doc(Document::ChildBirthCertificate { member }, p004));
        match members[member].birth_country {
            None => out.needs.push(Fact::ChildBirthCountry { member }),
            Some(BirthCountry::Romania) => {}
            Some(_) => out
                .documents
                .push(doc(Document::EuAnnexAndResidencePapers { member }, p000)),
        }
        if members[member].disabled() == Some(true) {
            out.documents
                .push(doc(Document::DisabilityCertificate { member }, p004));
        }
    }
    if members
        .iter()
        .any(|m| m.role == Role::Child && m.birth_date != Some(y.birth))
    {
        out.documents.push(cr_doc(
            ChildRaisingDocument::OtherChildrenBirthCertificates,
            p004,
        ));
    }
    cr::family_papers(household, out);
    if facts.carer.is_some_and(|c| c != Carer::NaturalParent) {
        out.notes.push(NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::MonthsBeforeDecision),
            source: p004,
        });
    }
    if facts.income_months.is_some_and(|m| m > 0) {
        out.documents
            .push(cr_doc(ChildRaisingDocument::IncomeCertificate, p000));
        // Meal vouchers have a certificate of their own, not the
        // „Adeverință tip” (seed 004).
        match facts.meal_vouchers {
            Some(true) => out
                .documents
                .push(cr_doc(ChildRaisingDocument::MealVouchersCertificate, p004)),
            Some(false) => {}
            None => out
                .needs
                .push(Fact::ChildRaising(ChildRaisingFact::MealVouchers)),
        }
        out.documents
            .push(cr_doc(ChildRaisingDocument::WorkSuspensionDecision, p004));
        out.notes.push(NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::PapersPerJob),
            source: p000,
        });
    }
    let required = p::QUALIFYING_MONTHS.at(ctx.date)?.value;
    if facts.income_months.is_some_and(|m| m < required) {
        for &period in facts.assimilated_periods.iter().flatten() {
            out.documents.push(cr_doc(
                ChildRaisingDocument::AssimilatedPeriodProof { period },
                p004,
            ));
        }
    }
    out.forms.extend([
        Form::DossierIndex,
        Form::ChildRaising(if y.disabled {
            ChildRaisingForm::DisabledChildApplication
        } else {
            ChildRaisingForm::AllowanceApplication
        }),
    ]);
    if facts.income_months.is_some_and(|m| m > 0) {
        out.forms
            .push(Form::ChildRaising(ChildRaisingForm::IncomeCertificate));
    }
    if y.disabled {
        out.forms.push(Form::ChildRaising(
            ChildRaisingForm::ContributionDeclaration,
        ));
    }
    if members.iter().any(|m| m.role == Role::Partner) {
        out.forms.push(Form::OtherParentDeclaration);
    }
    if out
        .documents
        .iter()
        .any(|d| matches!(d.document, Document::EuAnnexAndResidencePapers { .. }))
    {
        out.forms.push(Form::EuAnnex);
    }
    out.forms.push(Form::ChildBenefitsDocumentList);

    let cr_note = |n, source| NoteItem {
        note: Note::ChildRaising(n),
        source,
    };
    if lives_elsewhere(household, ctx.municipality) {
        out.notes.push(NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        });
    }
    out.notes
        .push(cr_note(ChildRaisingNote::AmountFromCertificate, p004));
    out.notes
        .push(cr_note(ChildRaisingNote::LivesInRomaniaWithChild, p004));
    let [ceiling, share] = cr::leave_notes(y.birth, ctx.date)?;
    out.notes.extend([share, ceiling]);
    if y.disabled && extension_applies(household, y) {
        out.notes.push(cr_note(
            ChildRaisingNote::DisabilityExtension { member: y.index },
            p000,
        ));
    }
    out.notes.push(cr_note(
        ChildRaisingNote::StateAllowanceOnSameApplication,
        p000,
    ));
    out.notes.push(NoteItem {
        note: Note::DasmRegistersAjpisPays,
        source: p000,
    });
    out.notes.push(NoteItem {
        note: Note::FileAtOfficeOrPortal,
        source: DASM_CLUJ_PAGE,
    });
    out.notes
        .push(cr_note(ChildRaisingNote::DocumentsAsTheCaseMay, p000));
    Ok(())
}

fn terms(
    household: &Household,
    y: &cr::Youngest<'_>,
    until: chrono::NaiveDate,
    older: Option<(usize, chrono::NaiveDate)>,
    ctx: &EvalContext,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let date = ctx.date;
    let facts = &household.child_raising;
    let members = household.members.as_deref().unwrap_or_default();

    // Filing the allowance itself.
    let filing = match (facts.carer, older, facts.leave_for_older_child) {
        // One leave after the other: from 60 days before the elder's leave
        // ends until that day (seed 000 for a child of 2; seed 004 adds "3
        // ani în cazul copilului cu handicap").
        (_, Some((older_index, end)), Some(true)) => {
            let opens = p::NEXT_CHILD_OPENS_DAYS_BEFORE.at(date)?;
            let years = if members[older_index].disabled() == Some(true) {
                3
            } else {
                2
            };
            Some(Term {
                deadline: DeadlineId::FileNextChildLeave,
                anchor: Anchor::Birthday {
                    member: older_index,
                    years,
                },
                from: end,
                days: opens.value,
                unit: DayUnit::Calendar,
                opens: days_before(end, opens.value),
                due: Some(end),
                other_reading: None,
                portal: true,
                source: opens.source,
            })
        }
        (Some(Carer::NaturalParent), _, _) => {
            cr::after_birth_term(DeadlineId::FileChildRaisingAllowance, true, y, facts, date)?
        }
        (Some(Carer::FosterCarer), _, _) | (None, _, _) => None,
        (Some(_), _, _) => facts
            .decision_date
            .map(|decided| {
                Term::counted(
                    DeadlineId::FileChildRaisingAllowance,
                    Anchor::CarerDecision,
                    decided,
                    &p::DECISION_DAYS,
                    DayUnit::Calendar,
                    date,
                )
            })
            .transpose()?,
    };
    if let Some(term) = filing {
        let deadline = term.build(date)?;
        if deadline.passed {
            out.notes.push(NoteItem {
                note: Note::ChildRaising(ChildRaisingNote::LateFilingFromFilingDate),
                source: p::PAGE_004,
            });
        }
        out.deadlines.push(deadline);
    }

    if y.disabled {
        disability_terms(household, y, date, out)?;
    }

    other_parent_terms(household, y, until, date, out)?;
    duties(household, date, out)
}

/// The duties once the right is set: ending the allowance on going back to
/// work (dated for someone who receives it and gave the day; none for
/// someone back at work without it), and the 30 days of a switch.
fn duties(
    household: &Household,
    date: chrono::NaiveDate,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let facts = &household.child_raising;
    match (
        facts.back_to_work,
        facts.back_to_work_date,
        facts.receives_allowance,
    ) {
        (Some(true), Some(back), Some(true)) => {
            out.deadlines.push(cr::end_allowance_on_return(back, date)?)
        }
        (Some(true), _, Some(false)) => {}
        _ => out.deadlines.push(cr::duty(
            DeadlineId::EndAllowanceOnReturn,
            Anchor::ReturnToWorkToCome,
            &p::END_ON_RETURN_WORKING_DAYS,
            DayUnit::Working,
            date,
        )?),
    }
    out.deadlines.push(cr::duty(
        DeadlineId::SwitchAllowanceAndIncentive,
        Anchor::SwitchOfRight,
        &p::SWITCH_DAYS,
        DayUnit::Calendar,
        date,
    )?);
    Ok(())
}

/// Someone already on the allowance for this child: no dossier to file,
/// only what the leave still asks of them — the other parent's months, the
/// duties, the extension for a child with a disability — and the rules of
/// the leave.
fn already_receives(
    household: &Household,
    y: &cr::Youngest<'_>,
    until: chrono::NaiveDate,
    ctx: &EvalContext,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let date = ctx.date;
    let cr_note = |n, source| NoteItem {
        note: Note::ChildRaising(n),
        source,
    };
    if y.disabled && extension_applies(household, y) {
        out.documents.push(DocumentItem {
            document: Document::DisabilityCertificate { member: y.index },
            source: p::PAGE_004,
        });
        out.forms.extend([
            Form::DossierIndex,
            Form::ChildRaising(ChildRaisingForm::DisabledChildApplication),
            Form::ChildRaising(ChildRaisingForm::ContributionDeclaration),
        ]);
        out.notes.push(cr_note(
            ChildRaisingNote::DisabilityExtension { member: y.index },
            p::PAGE_000,
        ));
    }
    let [ceiling, share] = cr::leave_notes(y.birth, date)?;
    out.notes.extend([share, ceiling]);
    out.notes.push(NoteItem {
        note: Note::DasmRegistersAjpisPays,
        source: p::PAGE_000,
    });
    if y.disabled {
        disability_terms(household, y, date, out)?;
    }
    other_parent_terms(household, y, until, date, out)?;
    duties(household, date, out)?;
    out.needs.sort();
    out.needs.dedup();
    Ok(())
}

/// A child with a disability: the leave until 3, asked before the child
/// turns 2 (from 30 days before), or within 30 days of a certificate issued
/// later (seed 004: 60 days; the pages differ) — unless the applicant has
/// no leave to extend (went back to work without the allowance, or is back
/// before the child turns 2); and the leave or incentive from 3 to 7.
fn disability_terms(
    household: &Household,
    y: &cr::Youngest<'_>,
    date: chrono::NaiveDate,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    if extension_applies(household, y) {
        let days = p::DISABILITY_EXTENSION_DAYS.at(date)?;
        let two = birthday(y.birth, 2);
        let issued = y.child.disability_certificate_date;
        match (two, issued) {
            (Some(two), Some(issued)) if issued >= two => {
                let mut t = Term::counted(
                    DeadlineId::FileDisabilityExtension,
                    Anchor::CertificateIssued { member: y.index },
                    issued,
                    &p::DISABILITY_EXTENSION_DAYS,
                    DayUnit::Calendar,
                    date,
                )?;
                t.other_reading = Some(cr::other_reading(
                    issued,
                    &p::DISABILITY_EXTENSION_DAYS_004,
                    DayUnit::Calendar,
                    date,
                )?);
                out.deadlines.push(t.build(date)?);
            }
            (Some(two), _) if date < two => {
                out.deadlines.push(
                    Term {
                        deadline: DeadlineId::FileDisabilityExtension,
                        anchor: Anchor::Birthday {
                            member: y.index,
                            years: 2,
                        },
                        from: two,
                        days: days.value,
                        unit: DayUnit::Calendar,
                        opens: days_before(two, days.value),
                        due: days_before(two, 1),
                        other_reading: None,
                        portal: true,
                        source: days.source,
                    }
                    .build(date)?,
                );
            }
            _ => {}
        }
    }
    // The leave or incentive from 3 to 7: from 30 days before the child
    // turns 3 until that day.
    if let Some(three) = birthday(y.birth, 3) {
        let opens = p::FROM_THREE_OPENS_DAYS_BEFORE.at(date)?;
        out.deadlines.push(
            Term {
                deadline: DeadlineId::FileFromThreeToSeven,
                anchor: Anchor::Birthday {
                    member: y.index,
                    years: 3,
                },
                from: three,
                days: opens.value,
                unit: DayUnit::Calendar,
                opens: days_before(three, opens.value),
                due: Some(three),
                other_reading: None,
                portal: true,
                source: opens.source,
            }
            .build(date)?,
        );
    }
    Ok(())
}

/// The extension until 3 is for someone on the leave: not for a parent who
/// went back to work without the allowance, nor for one back at work
/// before the child turns 2.
fn extension_applies(household: &Household, y: &cr::Youngest<'_>) -> bool {
    let facts = &household.child_raising;
    let back_before_two = facts.back_to_work == Some(true)
        && facts
            .back_to_work_date
            .zip(birthday(y.birth, 2))
            .is_some_and(|(back, two)| back < two);
    let without_allowance =
        facts.back_to_work == Some(true) && facts.receives_allowance == Some(false);
    !(back_before_two || without_allowance)
}

/// The other parent's share: their request at the latest the day before
/// the child turns 2 (3) (seed 004), and 30 days before to 15 days after
/// the start they ask for (seed 000). Only where the other parent is in
/// the family.
fn other_parent_terms(
    household: &Household,
    y: &cr::Youngest<'_>,
    until: chrono::NaiveDate,
    date: chrono::NaiveDate,
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let members = household.members.as_deref().unwrap_or_default();
    if members
        .iter()
        .any(|m| matches!(m.role, Role::Spouse | Role::Partner))
    {
        out.deadlines.push(
            Term {
                deadline: DeadlineId::OtherParentLatest,
                anchor: Anchor::Birthday {
                    member: y.index,
                    years: if y.disabled { 3 } else { 2 },
                },
                from: until,
                days: 1,
                unit: DayUnit::Calendar,
                opens: None,
                due: days_before(until, 1),
                other_reading: None,
                portal: true,
                source: p::PAGE_004,
            }
            .build(date)?,
        );
        out.deadlines.push(cr::duty(
            DeadlineId::OtherParentWindow,
            Anchor::OtherParentLeaveStart,
            &p::OTHER_PARENT_DAYS_AFTER,
            DayUnit::Calendar,
            date,
        )?);
    }
    Ok(())
}
