//! Alocația de stat pentru copii (Legea 61/1993), as seed `004` states it
//! and seed `000` files it in Cluj-Napoca: every child under 18, and over 18
//! while in high school or vocational school until they finish; two amount
//! levels the government sets (no figures on the pages); filed within a year
//! of the birth, decided and paid by AJPIS. A national benefit: a family
//! living in another town files at its own town hall.
//!
//! Children of foreign citizens and stateless persons resident in Romania
//! who live with their parents have the same right (seed `004`); the engine
//! screens the household as given, so nothing more is asked about
//! citizenship.

use chrono::{Days, Months, NaiveDate};

use crate::rules::core::deadlines;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{BirthCountry, Household, IncomeKind, Member, Role, Schooling};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    AllowanceLevel, Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, Deadline,
    DeadlineId, Document, DocumentItem, Form, Note, NoteItem, Reach, Reason, Status,
};
use crate::rules::core::params::{child as p, Param, ParamError};
use crate::rules::core::EvalContext;

use super::criteria::{self, lives_elsewhere};

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let age_limit = p::AGE_LIMIT.at(ctx.date)?;
    let residence =
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE);
    let mut reasons = vec![residence.reason];
    let mut needs = residence.needs;

    let Some(members) = household.members.as_deref() else {
        needs.push(Fact::Members);
        return Ok(outcome(Status::NeedsMoreInfo, reasons, needs));
    };
    let children: Vec<(usize, &Member)> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Child)
        .collect();
    if children.is_empty() {
        reasons.push(Reason {
            check: Check::Fail,
            criterion: Criterion::HasChild { children: 0 },
            source: age_limit.source,
        });
        return Ok(outcome(Status::NotApplicable, reasons, Vec::new()));
    }

    let mut due = Vec::new();
    for &(index, child) in &children {
        let checked = child_check(index, child, ctx.date)?;
        if checked.check == Check::Pass {
            due.push(index);
        }
        needs.extend(checked.need);
        reasons.push(Reason {
            check: checked.check,
            criterion: checked.criterion,
            source: age_limit.source,
        });
    }
    let residence_known = reasons[0].check == Check::Pass;
    let status = if !due.is_empty() && residence_known {
        Status::Eligible
    } else if reasons.iter().any(|r| r.check == Check::Unknown) {
        Status::NeedsMoreInfo
    } else {
        Status::NotEligible
    };
    if status == Status::NotEligible {
        let mut out = outcome(status, reasons, Vec::new());
        out.notes = elsewhere_note(household, ctx);
        return Ok(out);
    }
    let mut out = outcome(status, reasons, needs);
    if status == Status::Eligible {
        papers_and_terms(household, ctx, &due, &mut out)?;
    }
    out.needs.sort();
    out.needs.dedup();
    Ok(out)
}

fn outcome(status: Status, reasons: Vec<Reason>, needs: Vec<Fact>) -> BenefitOutcome {
    BenefitOutcome {
        benefit: BenefitId::StateChildAllowance,
        status,
        amount: None,
        reasons,
        documents: Vec::new(),
        deadlines: Vec::new(),
        notes: Vec::new(),
        forms: Vec::new(),
        needs,
    }
}

struct ChildCheck {
    check: Check,
    criterion: Criterion,
    need: Option<Fact>,
}

/// One child: under 18 is enough; at 18 or over, only while in high school
/// or vocational school ("liceal sau profesional").
fn child_check(index: usize, child: &Member, date: NaiveDate) -> Result<ChildCheck, ParamError> {
    let limit = p::AGE_LIMIT.at(date)?.value;
    let age = child.age_on(date);
    let in_high_school = child.schooling.map(|s| s == Schooling::HighSchool);
    let (check, need) = match age {
        None => (Check::Unknown, Some(Fact::Members)),
        Some(a) if a < limit => (Check::Pass, None),
        Some(_) => match in_high_school {
            Some(true) => (Check::Pass, None),
            Some(false) => (Check::Fail, None),
            None => (Check::Unknown, Some(Fact::ChildSchooling { member: index })),
        },
    };
    let level = match (check, age) {
        (Check::Pass, Some(a)) => level(a, child.disabled(), date)?,
        _ => None,
    };
    Ok(ChildCheck {
        check,
        criterion: Criterion::ChildAllowanceAge {
            member: index,
            age,
            in_high_school,
            level,
        },
        need,
    })
}

/// Seed `004`: the higher amount under 2 (under 3 with a disability) and
/// for a child with a disability from 3 to 18; the standard one from 2 to
/// 18 and for pupils over 18.
/// `None` while the child's disability is not asked and would decide it.
fn level(
    age: u32,
    disabled: Option<bool>,
    date: NaiveDate,
) -> Result<Option<AllowanceLevel>, ParamError> {
    let until = p::HIGHER_LEVEL_UNTIL.at(date)?.value;
    let until_disabled = p::HIGHER_LEVEL_UNTIL_DISABLED.at(date)?.value;
    let limit = p::AGE_LIMIT.at(date)?.value;
    let higher_if_disabled = age < until_disabled || age < limit;
    Ok(match disabled {
        _ if age < until => Some(AllowanceLevel::Higher),
        Some(true) if higher_if_disabled => Some(AllowanceLevel::Higher),
        None if higher_if_disabled => None,
        _ => Some(AllowanceLevel::Standard),
    })
}

/// Someone living elsewhere files at their own town hall.
fn elsewhere_note(household: &Household, ctx: &EvalContext) -> Vec<NoteItem> {
    if lives_elsewhere(household, ctx.municipality) {
        vec![NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        }]
    } else {
        Vec::new()
    }
}

/// The papers that apply, the terms as dates, the duties and the notes,
/// for the children who have the right (`due`).
fn papers_and_terms(
    household: &Household,
    ctx: &EvalContext,
    due: &[usize],
    out: &mut BenefitOutcome,
) -> Result<(), ParamError> {
    let members = household.members.as_deref().unwrap_or_default();
    let limit = p::AGE_LIMIT.at(ctx.date)?;
    let law = limit.source;
    let page = p::FILING_YEARS.at(ctx.date)?.source;
    let note = |note| NoteItem { note, source: law };
    let doc = |document, source| DocumentItem { document, source };
    // A child whose allowance is already paid (the family listed it among
    // the child's incomes) needs no dossier; the others do.
    let (receiving, to_file): (Vec<usize>, Vec<usize>) = due.iter().partition(|&&i| {
        members[i]
            .incomes
            .iter()
            .flatten()
            .any(|inc| inc.kind == IncomeKind::StateChildAllowance)
    });
    out.notes.extend(elsewhere_note(household, ctx));
    out.notes.extend(
        receiving
            .iter()
            .map(|&member| note(Note::AllowanceAlreadyReceived { member })),
    );
    out.notes.push(note(Note::AllowanceAmountByGovernment));
    out.notes.push(note(Note::AllowanceStartsAndBackPay));
    out.notes.push(note(Note::AllowancePayee));
    out.notes.push(NoteItem {
        note: Note::AllowanceWithChildRaisingAllowance,
        source: page,
    });

    // A pupil of 18 or over files personally at AJPIS (seed 004: "plata
    // alocaţiei de stat se face direct acestora, pe bază de cerere, însoțită
    // de documente justificative, depusă la Agenția județeană"): not the
    // parents' dossier at DASM, and no "1 an de la data naşterii" term,
    // which ended years ago.
    let (young_adults, minors): (Vec<usize>, Vec<usize>) = to_file.iter().partition(|&&i| {
        members[i]
            .age_on(ctx.date)
            .is_some_and(|a| a >= limit.value)
    });
    for &member in &young_adults {
        out.documents
            .push(doc(Document::SchoolCertificate { member }, page));
        out.notes.push(NoteItem {
            note: Note::YoungPersonFilesAtAjpis {
                member,
                elsewhere: lives_elsewhere(household, ctx.municipality),
            },
            source: law,
        });
    }
    if !minors.is_empty() {
        out.documents.push(doc(Document::DossierIndex, page));
        out.documents
            .push(doc(Document::AllowanceApplication, page));
        out.documents.push(doc(Document::ParentsIdentityCards, law));
        // Seed 004: "certificat de căsătorie (unde este cazul)"; seed 000's
        // form "Declarație celălalt părinte (doar pentru părinții
        // necăsătoriți)": a spouse in the family means married parents, a
        // partner unmarried ones.
        if members.iter().any(|m| m.role == Role::Spouse) {
            out.documents.push(doc(Document::MarriageCertificate, law));
        }
        if members.iter().any(|m| m.role == Role::Partner) {
            out.documents
                .push(doc(Document::OtherParentDeclaration, page));
        }
        for &member in &minors {
            let child = &members[member];
            out.documents
                .push(doc(Document::ChildBirthCertificate { member }, law));
            match child.birth_country {
                None => out.needs.push(Fact::ChildBirthCountry { member }),
                Some(BirthCountry::Romania) => {}
                Some(abroad) => {
                    out.documents
                        .push(doc(Document::EuAnnexAndResidencePapers { member }, page));
                    if abroad == BirthCountry::OtherEuropean {
                        out.notes.push(NoteItem {
                            note: Note::InPersonOnly { member },
                            source: page,
                        });
                    }
                }
            }
            if let Some(birth) = child.birth_date {
                out.deadlines.push(term(
                    DeadlineId::FileStateAllowance,
                    Anchor::Birth { member },
                    birth,
                    &p::FILING_YEARS,
                    DayUnit::Years,
                    ctx,
                )?);
            }
        }
        out.notes.push(NoteItem {
            note: Note::DasmRegistersAjpisPays,
            source: page,
        });
        out.notes.push(note(Note::AllowanceDocumentsAsTheCaseMay));
        out.notes.push(NoteItem {
            note: Note::FileAtOfficeOrPortal,
            source: DASM_CLUJ_PAGE,
        });
        // The forms this family fills in, as seed 000 names them.
        out.forms
            .extend([Form::DossierIndex, Form::AllowanceApplication]);
        if out
            .documents
            .iter()
            .any(|d| matches!(d.document, Document::EuAnnexAndResidencePapers { .. }))
        {
            out.forms.push(Form::EuAnnex);
        }
        if out
            .documents
            .iter()
            .any(|d| d.document == Document::OtherParentDeclaration)
        {
            out.forms.push(Form::OtherParentDeclaration);
        }
        out.forms.push(Form::ChildBenefitsDocumentList);
    }

    // A child of 2 to 17 whose disability is not asked yet: asked, since a
    // certificate gives the higher amount, its own paper and term. One
    // without a certificate is told what one would change.
    for &member in due {
        let child = &members[member];
        if child.disability_unknown()
            && child.age_on(ctx.date).is_some_and(|a| (2..18).contains(&a))
        {
            out.needs.push(Fact::Disability { member });
        }
    }
    if due.iter().any(|&i| {
        members[i].disabled() != Some(true) && members[i].age_on(ctx.date).is_some_and(|a| a >= 2)
    }) {
        out.notes.push(NoteItem {
            note: Note::HigherWithDisabilityCertificate,
            source: page,
        });
    }
    // The increased allowance of a child aged 2–18 with a disability
    // certificate: 60 days from the certificate (seed 000).
    for &member in due {
        let child = &members[member];
        let age = child.age_on(ctx.date).unwrap_or_default();
        if child.disabled() == Some(true) && (2..18).contains(&age) {
            out.documents
                .push(doc(Document::DisabilityCertificate { member }, page));
            match child.disability_certificate_date {
                Some(issued) => out.deadlines.push(term(
                    DeadlineId::FileIncreasedAllowance,
                    Anchor::CertificateIssued { member },
                    issued,
                    &p::INCREASED_FILING_DAYS,
                    DayUnit::Calendar,
                    ctx,
                )?),
                None => out.needs.push(Fact::ChildCertificateDate { member }),
            }
        }
    }

    // The duty after the right is set, for a change still to come.
    let report = p::REPORT_CHANGES_DAYS.at(ctx.date)?;
    out.deadlines.push(Deadline {
        deadline: DeadlineId::ReportAllowanceChanges,
        days: report.value,
        unit: DayUnit::Calendar,
        anchor: Anchor::ChangeInFamilyOrAddress,
        computed: deadlines::compute(ctx.date, report.value, DayUnit::Calendar).ok(),
        send_by: None,
        passed: false,
        opens: None,
        other_reading: None,
        source: report.source,
    });
    Ok(())
}

/// A filing term counted from a date the person gave: the due date, the day
/// to send it through the portal by, and whether it had passed on the day
/// of the check. Before the holiday calendar's range the dates are left out
/// rather than half counted.
fn term(
    id: DeadlineId,
    anchor: Anchor,
    from: NaiveDate,
    length: &Param<u32>,
    unit: DayUnit,
    ctx: &EvalContext,
) -> Result<Deadline, ParamError> {
    let length = length.at(ctx.date)?;
    let send_days = p::PORTAL_SEND_DAYS_BEFORE.at(ctx.date)?.value;
    let computed = deadlines::compute(from, length.value, unit).ok();
    // Whether the term has passed needs no holiday calendar: a term in
    // years or calendar days ends on a plain date, even years back.
    let plain_due = match unit {
        DayUnit::Years => from.checked_add_months(Months::new(length.value.saturating_mul(12))),
        DayUnit::Calendar => from.checked_add_days(Days::new(u64::from(length.value))),
        DayUnit::Working => computed.as_ref().map(|c| c.due),
    };
    let passed = plain_due.is_some_and(|due| due < ctx.date);
    let send_by = computed
        .as_ref()
        .filter(|_| !passed)
        .and_then(|c| c.due.checked_sub_days(Days::new(u64::from(send_days))));
    Ok(Deadline {
        deadline: id,
        days: length.value,
        unit,
        anchor,
        computed,
        send_by,
        passed,
        opens: None,
        other_reading: None,
        source: length.source,
    })
}
