//! Cantina de ajutor social (Legea 208/1997), as seed `004` states it: who
//! may eat there (categories a)–g)), free below the income level, otherwise
//! with a contribution of 30 % of the income per person (at most the cost
//! of the meals), and the papers. A national benefit: a person living
//! elsewhere asks at their own town hall.
//!
//! The page's level is "nivelul venitului net lunar, pentru o persoană
//! singură, luat în calcul la stabilirea ajutorului social". Since 2024 the
//! VMI inclusion aid replaced the ajutor social (seed `000`; the seeds'
//! README: "where an older page speaks of those, apply VMI"), so the level
//! is the inclusion aid's 275 lei per person. The 400 lei of the VMI is the
//! level of a single person aged 65, not "for a single person" in general.

use rust_decimal::Decimal;

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, IncomeKind, Member, Role, WithoutIncomeSpan};
use crate::rules::core::ids::means::{
    CanteenCategory, MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Criterion, Document, DocumentItem, Form, Note, NoteItem,
    Reach, Reason, Status,
};
use crate::rules::core::params::{means as p, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, lives_elsewhere};
use super::means;
use super::vmi;

/// The lowest age at which we ask whether someone has reached retirement
/// age. The pages give no retirement age; asking a young adult would be
/// absurd, and a younger person with a pension is already category d).
/// Given in the household file, the answer counts at any age.
const ASK_RETIREMENT_FROM_AGE: u32 = 55;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let level = p::INCLUSION_LEVEL.at(date)?.value;
    let page = p::CANTEEN_CONTRIBUTION_PERCENT.at(date)?.source;
    let residence =
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE);
    let mut needs = residence.needs;
    let mut reasons = vec![residence.reason];

    let members = household.members.as_deref().unwrap_or_default();
    needs.extend(means::income_needs(household));
    let all = means::split_income(household, &vmi::LEFT_OUT);
    let per_member = all
        .as_ref()
        .filter(|_| !members.is_empty())
        .map(|s| means::per_person(s.total, members.len()));
    let per_member_adjusted = all
        .as_ref()
        .filter(|_| !members.is_empty())
        .map(|s| means::per_person(s.counted(), members.len()));
    reasons.push(Reason {
        // Under the level the meals are free; over it the person still may
        // eat there in categories d)–g), with the contribution.
        check: match per_member {
            Some(x) if x < level => Check::Pass,
            Some(_) => Check::Fail,
            None => Check::Unknown,
        },
        criterion: Criterion::Means(MeansCriterion::CanteenIncome {
            members: u32::try_from(members.len()).unwrap_or(u32::MAX),
            income_month: criteria::previous_month(date),
            total_net: all.as_ref().map(|s| s.total),
            per_member,
            level,
        }),
        source: page,
    });

    let vmi_assessment = vmi::assess(household, ctx)?;
    let vmi = vmi_assessment.any_component_due();
    let low_income = LowIncome {
        per_member,
        per_member_adjusted,
        level,
    };
    let turns_on_left_out = low_income.turns_on_left_out();
    let mut member_checks = Vec::new();
    for (index, member) in members.iter().enumerate() {
        let (check, categories, member_needs) = categories(index, member, &low_income, vmi, ctx)?;
        needs.extend(member_needs);
        member_checks.push(check);
        reasons.push(Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::CanteenMember {
                member: index,
                categories,
            }),
            source: page,
        });
    }

    // Category c) waits on the VMI's own open questions.
    if vmi == Check::Unknown && member_checks.contains(&Check::Unknown) {
        needs.extend(vmi_assessment.needs.iter().copied());
    }
    // Each person eats on their own right: the family may send some
    // members and not others.
    let residence_check = reasons[0].check;
    let status = if residence_check == Check::Fail {
        Status::NotEligible
    } else if member_checks.contains(&Check::Pass) {
        if residence_check == Check::Pass {
            Status::Eligible
        } else {
            Status::NeedsMoreInfo
        }
    } else if member_checks.contains(&Check::Unknown) || household.members.is_none() {
        Status::NeedsMoreInfo
    } else if member_checks.contains(&Check::ProbablyFail) {
        Status::ProbablyNotEligible
    } else {
        Status::NotEligible
    };
    let mut out = means::outcome(BenefitId::SocialCanteen, status, reasons, FORMS.to_vec());
    let note = |note, source: Source| NoteItem {
        note: Note::Means(note),
        source,
    };
    means::opening_notes(&mut out, lives_elsewhere(household, ctx.municipality), page);
    out.notes
        .extend(means::who_counts_as_family(household, page));
    if status == Status::NotEligible {
        return Ok(out);
    }
    out.notes
        .push(note(MeansNote::CanteenLevelIsVmiLevel { level }, page));
    if turns_on_left_out {
        if let (Some(x), Some(a), Some(split)) = (per_member, per_member_adjusted, all.as_ref()) {
            out.notes.push(note(
                MeansNote::CanteenIncomeCountUnclear {
                    per_member: x,
                    per_member_without: a,
                    left_out: split.left_out_kinds.clone(),
                    level,
                },
                page,
            ));
        }
    }
    if let Some(x) = per_member {
        if x < level {
            out.notes.push(note(
                MeansNote::CanteenFree {
                    per_member: x,
                    level,
                },
                page,
            ));
        } else if status == Status::Eligible || !turns_on_left_out {
            // "sub nivelul" is free, "peste nivelul" pays: exactly at the
            // level the page says neither. We give the contribution, the
            // figure it is safer to plan with, and say the office decides.
            if x == level {
                out.notes
                    .push(note(MeansNote::CanteenExactlyAtLevel { level }, page));
            }
            let percent = p::CANTEEN_CONTRIBUTION_PERCENT.at(date)?.value;
            out.notes.push(note(
                MeansNote::CanteenContribution {
                    per_member: x,
                    level,
                    percent,
                    contribution: means::per_person(x * percent / Decimal::ONE_HUNDRED, 1),
                },
                page,
            ));
        }
    }
    if !turns_on_left_out {
        out.notes
            .push(note(MeansNote::CanteenIncomeExclusionsNotOnPages, page));
    }
    out.notes.push(note(MeansNote::CanteenContract, page));
    needs.sort();
    needs.dedup();
    if status == Status::Eligible && needs.is_empty() {
        let (documents, doc_needs) = documents(household, &out.reasons, ctx, page);
        out.documents = documents;
        needs = doc_needs;
        out.notes.push(NoteItem {
            note: Note::FileAtOfficeOrPortal,
            source: DASM_CLUJ_PAGE,
        });
    }
    out.needs = needs;
    Ok(out)
}

const FORMS: [Form; 3] = [
    Form::Means(MeansForm::CanteenApplicationFreeOrContribution),
    Form::Means(MeansForm::CanteenApplication),
    Form::DossierIndex,
];

/// The family's income per person, with and without the kinds the VMI
/// leaves out, against the level.
struct LowIncome {
    per_member: Option<Decimal>,
    per_member_adjusted: Option<Decimal>,
    level: Decimal,
}

impl LowIncome {
    /// "sub nivelul": strictly under. When only incomes the VMI leaves out
    /// put it over, the canteen page is silent on whether they count (it
    /// asks proof of "toate veniturile obtinute" and lists no exclusions):
    /// the office decides, not "probably not".
    fn under(&self) -> Check {
        match (self.per_member, self.per_member_adjusted) {
            (Some(x), _) if x < self.level => Check::Pass,
            (Some(_), Some(a)) if a < self.level => Check::Unknown,
            (Some(_), _) => Check::Fail,
            (None, _) => Check::Unknown,
        }
    }

    /// Whether the answer turns on the incomes the VMI leaves out: over
    /// the level with them, under it without.
    fn turns_on_left_out(&self) -> bool {
        matches!(
            (self.per_member, self.per_member_adjusted),
            (Some(x), Some(a)) if x >= self.level && a < self.level
        )
    }
}

/// One person's categories, their check (any category: pass) and the facts
/// still worth asking about them. Asked in the order that settles the most
/// with the fewest questions; nothing more once a category applies.
fn categories(
    index: usize,
    m: &Member,
    low: &LowIncome,
    vmi: Check,
    ctx: &EvalContext,
) -> Result<(Check, Vec<CanteenCategory>, Vec<Fact>), ParamError> {
    let date = ctx.date;
    let child_age = p::CANTEEN_CHILD_AGE.at(date)?.value;
    let (student_age, long_studies_age) = p::CANTEEN_STUDENT_AGES.at(date)?.value;
    let max_days = p::CANTEEN_DAYS_WITHOUT_INCOME.at(date)?.value;
    let s = &m.situation;
    let age = m.age_on(date);
    let incomes = m.incomes.as_deref();
    let no_income = incomes.map(|i| i.iter().all(|x| x.net_monthly.is_zero()));
    let mut found = Vec::new();
    let mut open = Vec::new(); // checks that are not settled (Unknown / ProbablyFail)
    let mut needs = Vec::new();
    let under = low.under();

    // a) "copiii în vârstă de până la 18 ani" in a family under the level.
    if m.role == Role::Child && age.is_some_and(|a| a < child_age) {
        match under {
            Check::Pass => found.push(CanteenCategory::ChildInLowIncomeFamily),
            other => open.push(other),
        }
    }
    // b) full-time pupils and students, "fără a depăşi vârsta de 25 de ani,
    // respectiv 26 de ani" for studies longer than 5 years, in such a
    // family. "Not past 25" is read as up to their 26th birthday (27th for
    // long studies): the generous reading where the page leaves room.
    if let Some(a) = age.filter(|a| *a >= child_age && *a <= long_studies_age) {
        if under != Check::Fail {
            match s.full_time_student {
                Some(true) => {
                    let within = if a <= student_age {
                        Some(true)
                    } else {
                        s.studies_over_five_years
                    };
                    match (within, under) {
                        (Some(true), Check::Pass) => {
                            found.push(CanteenCategory::StudentInLowIncomeFamily)
                        }
                        (Some(true), other) => open.push(other),
                        (Some(false), _) => {}
                        (None, _) => {
                            open.push(Check::Unknown);
                            needs.push(Fact::Means(MeansFact::StudiesOverFiveYears {
                                member: index,
                            }));
                        }
                    }
                }
                Some(false) => {}
                None => {
                    open.push(Check::Unknown);
                    needs.push(Fact::Means(MeansFact::FullTimeStudent { member: index }));
                }
            }
        }
    }
    // c) beneficiaries of the VMI ("ajutor social sau … alte ajutoare
    // băneşti") with income "de până la" the level: up to and including.
    // Over it only with the incomes the VMI itself leaves out, the page is
    // silent on whether they count: the office decides.
    match (vmi, low.per_member, low.per_member_adjusted) {
        (Check::Pass, Some(x), _) if x <= low.level => found.push(CanteenCategory::VmiBeneficiary),
        (Check::Pass, Some(_), Some(a)) if a <= low.level => open.push(Check::Unknown),
        (Check::Unknown, _, _) => open.push(Check::Unknown),
        _ => {}
    }
    // d) pensionarii: a pension among this person's incomes.
    if incomes.is_some_and(|i| {
        i.iter()
            .any(|x| x.kind == IncomeKind::Pension && !x.net_monthly.is_zero())
    }) {
        found.push(CanteenCategory::Pensioner);
    }
    // f) invalizii şi bolnavii cronici.
    match s.chronically_ill_or_invalid {
        Some(true) => found.push(CanteenCategory::ChronicallyIllOrInvalid),
        Some(false) => {}
        None => {
            open.push(Check::Unknown);
            needs.push(Fact::Means(MeansFact::ChronicallyIllOrInvalid));
        }
    }
    // e) past retirement age and isolated, without supporters or without
    // income.
    let ask_retirement = age.is_some_and(|a| a >= ASK_RETIREMENT_FROM_AGE);
    match s.reached_retirement_age {
        Some(true) => {
            let alone = [
                s.socially_isolated,
                s.has_legal_supporters.map(|has| !has),
                no_income,
            ];
            if alone.contains(&Some(true)) {
                found.push(CanteenCategory::RetirementAgeAlone);
            } else if alone.contains(&None) {
                open.push(Check::Unknown);
                if s.socially_isolated.is_none() {
                    needs.push(Fact::Means(MeansFact::SociallyIsolated { member: index }));
                }
                if s.has_legal_supporters.is_none() {
                    needs.push(Fact::Means(MeansFact::LegalSupporters { member: index }));
                }
            }
        }
        Some(false) => {}
        None if ask_retirement => {
            open.push(Check::Unknown);
            needs.push(Fact::Means(MeansFact::RetirementAge { member: index }));
        }
        None => {}
    }
    // g) "orice persoană care, temporar, nu realizează venituri, pe o
    // perioadă de cel mult 90 de zile pe an".
    // The exact count when a caseworker gave one; else the person's own
    // answer: at most 90 days, more, or not sure (the office counts).
    if no_income == Some(true) && age.is_some_and(|a| a >= child_age) {
        match (s.days_without_income_this_year, s.without_income_this_year) {
            (Some(days), _) if days <= max_days => {
                found.push(CanteenCategory::TemporarilyWithoutIncome)
            }
            (Some(_), _) => {}
            (None, Some(WithoutIncomeSpan::AtMost90Days)) => {
                found.push(CanteenCategory::TemporarilyWithoutIncome)
            }
            (None, Some(WithoutIncomeSpan::MoreThan90Days)) => {}
            (None, Some(WithoutIncomeSpan::NotSure)) => open.push(Check::Unknown),
            (None, None) => {
                open.push(Check::Unknown);
                needs.push(Fact::Means(MeansFact::DaysWithoutIncome { member: index }));
            }
        }
    }
    if incomes.is_none() {
        open.push(Check::Unknown);
    }
    found.sort();
    found.dedup();
    let check = if !found.is_empty() {
        needs.clear();
        Check::Pass
    } else if open.contains(&Check::Unknown) {
        Check::Unknown
    } else if open.contains(&Check::ProbablyFail) {
        Check::ProbablyFail
    } else {
        Check::Fail
    };
    Ok((check, found, needs))
}

/// Seed `004`'s papers for the canteen, for the people who may eat there,
/// and the facts still needed to choose them.
fn documents(
    household: &Household,
    reasons: &[Reason],
    ctx: &EvalContext,
    source: Source,
) -> (Vec<DocumentItem>, Vec<Fact>) {
    let mut needs = Vec::new();
    let item = |document| DocumentItem { document, source };
    let mut docs = vec![
        DocumentItem {
            document: Document::DossierIndex,
            source: DASM_CLUJ_PAGE,
        },
        item(Document::ApplicationForm {
            form: Form::Means(MeansForm::CanteenApplicationFreeOrContribution),
        }),
    ];
    let members = household.members.as_deref().unwrap_or_default();
    let income_month = criteria::previous_month(ctx.date);
    let eating: Vec<(usize, &Vec<CanteenCategory>)> = reasons
        .iter()
        .filter(|r| r.check == Check::Pass)
        .filter_map(|r| match &r.criterion {
            Criterion::Means(MeansCriterion::CanteenMember { member, categories }) => {
                Some((*member, categories))
            }
            _ => None,
        })
        .collect();
    for (member, m) in members.iter().enumerate() {
        let age = m.age_on(ctx.date);
        // "buletin de identitate sau carte de identitate (xerocopie)";
        // "certificate de nastere pentru copii cu varsta pana la 14 ani".
        if age.is_some_and(|a| a >= 14) {
            docs.push(item(Document::IdentityCardCopy { member }));
        } else {
            docs.push(item(Document::BirthCertificate { member }));
        }
        docs.extend(
            means::income_proofs(member, m, income_month)
                .into_iter()
                .map(item),
        );
    }
    for (member, categories) in eating {
        // The family doctor's certificate for each person who will eat there.
        docs.push(item(Document::Means(
            MeansDocument::FamilyDoctorCertificate { member },
        )));
        if categories.contains(&CanteenCategory::StudentInLowIncomeFamily) {
            docs.push(item(Document::Means(
                MeansDocument::DayCoursesCertificate { member },
            )));
        }
        if categories.contains(&CanteenCategory::ChronicallyIllOrInvalid) {
            docs.push(item(Document::Means(
                MeansDocument::SpecialistCertificate { member },
            )));
        }
        // "documente din care sa ateste starea de sanatate ex. (certificat
        // de incadrare in grad de handicap)": for someone eating as an
        // invalid or chronically ill person, whether they have one is asked.
        match members.get(member).and_then(Member::disabled) {
            Some(true) => docs.push(item(Document::DisabilityCertificate { member })),
            None if categories.contains(&CanteenCategory::ChronicallyIllOrInvalid) => {
                needs.push(Fact::Disability { member })
            }
            _ => {}
        }
    }
    docs.push(item(Document::Means(MeansDocument::CivilStatusPapers)));
    (docs, needs)
}
