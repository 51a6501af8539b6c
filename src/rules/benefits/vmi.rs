//! Venitul minim de incluziune (VMI, Legea 196/2016), as seed `004` states
//! it: one application, two components paid together each month.
//!
//! - the **inclusion aid** (ajutorul de incluziune): for an adjusted net
//!   income up to 275 lei per family member (400 lei for a single person
//!   aged at least 65); the aid is the difference between that level and
//!   the adjusted income, and at least 50 lei;
//! - the **family-with-children aid** (ajutorul pentru familia cu copii):
//!   for a family with children under 18 and an adjusted income up to 700
//!   lei per member; a fixed sum from four tables (two parents or one, up to
//!   275 lei or 276–700 lei, 1 to 4+ children).
//!
//! The adjusted income is every net income of the month before filing but
//! the eleven kinds seed `004` leaves out. A national benefit: a person
//! living elsewhere files at their own town hall. The VMI's own list of
//! excluding assets is not on the pages, so the office checks it.

use rust_decimal::Decimal;

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, IncomeKind, Member, Role};
use crate::rules::core::ids::means::{
    IncomeBand, MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote, MeansPart,
    VmiComponent,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Amount, AmountPart, Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, DeadlineId,
    Document, DocumentItem, Form, Note, NoteItem, Payee, Reach, Reason, Status, SupplementPart,
};
use crate::rules::core::params::{means as p, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, lives_elsewhere};
use super::means;

/// "cu excepţia următoarelor venituri" 1–11 (seed `004`): the incomes the
/// adjusted net income leaves out.
pub const LEFT_OUT: [IncomeKind; 12] = [
    // 1. prestaţii sociale în baza Legii nr. 448/2006
    IncomeKind::DisabilityAllowance,
    // 2. alocaţia de stat pentru copii
    IncomeKind::StateChildAllowance,
    // 3. burse sau alte forme de sprijin destinate exclusiv educaţiei
    IncomeKind::Scholarship,
    // 4. zilier (Legea 52/2011), prestator casnic (Legea 111/2022)
    IncomeKind::DayLabour,
    // 5. programe de formare profesională, fără titlu de venit salarial
    IncomeKind::TrainingStipend,
    // 6. sume primite ocazional … şi ajutor de urgenţă
    IncomeKind::OccasionalHelp,
    IncomeKind::EmergencyAid,
    // 7. stimulentul educaţional (tichete sociale pentru grădiniţă)
    IncomeKind::KindergartenTickets,
    // 8. despăgubiri ori sprijin financiar pentru situaţii excepţionale
    IncomeKind::ExceptionalCompensation,
    // 9. ajutorul pentru încălzirea locuinţei şi suplimentul pentru energie
    IncomeKind::HeatingAidOrSupplement,
    // 10. indemnizaţia lunară de hrană (HIV/SIDA, tuberculoză)
    IncomeKind::HivOrTbFoodAllowance,
    // 11. sprijin din bugetul de stat sau fonduri nerambursabile
    IncomeKind::PublicSupportProgramme,
];

/// What the VMI gives this household, as the canteen and the kindergarten
/// tickets need it too: they ask the same household, never the person twice.
pub struct Assessment {
    pub status: Status,
    pub reasons: Vec<Reason>,
    pub needs: Vec<Fact>,
    /// The inclusion aid's check and amount (when due).
    pub inclusion: Check,
    pub inclusion_amount: Option<Decimal>,
    /// Before the 50-lei floor, when the floor was applied.
    pub floor_applied_to: Option<Decimal>,
    /// The family-with-children aid's check and amount (when due).
    pub family: Check,
    pub family_amount: Option<Decimal>,
    /// The source of the figures (seed `004`).
    pub source: Source,
    /// A single person aged 65 (not yet 66): the page's two wordings differ.
    pub single_65_on_the_edge: bool,
    /// The income per member and the family aid, when the adjusted income
    /// falls between the page's two bands (over 275, under 276 lei).
    pub band_gap: Option<(Decimal, Decimal)>,
}

impl Assessment {
    /// Whether the family is entitled to the family-with-children aid.
    pub fn family_aid_due(&self) -> Check {
        component_status(self.status, self.family)
    }

    /// Whether the person gets any VMI component.
    pub fn any_component_due(&self) -> Check {
        let best = match (self.inclusion, self.family) {
            (Check::Pass, _) | (_, Check::Pass) => Check::Pass,
            (Check::Unknown, _) | (_, Check::Unknown) => Check::Unknown,
            (Check::ProbablyFail, _) | (_, Check::ProbablyFail) => Check::ProbablyFail,
            _ => Check::Fail,
        };
        component_status(self.status, best)
    }
}

/// A component's check, given the benefit's status (a component can pass
/// on income while a shared condition is still open).
fn component_status(status: Status, component: Check) -> Check {
    match (status, component) {
        (Status::Eligible, Check::Pass) => Check::Pass,
        (Status::NeedsMoreInfo, Check::Pass) => Check::Unknown,
        (_, Check::Pass) => Check::Fail,
        (_, other) => other,
    }
}

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let a = assess(household, ctx)?;
    let source = a.source;
    let mut out = means::outcome(BenefitId::Vmi, a.status, a.reasons.clone(), FORMS.to_vec());
    out.needs = a.needs.clone();
    let note = |note| NoteItem {
        note: Note::Means(note),
        source,
    };
    means::opening_notes(
        &mut out,
        lives_elsewhere(household, ctx.municipality),
        source,
    );
    out.notes
        .extend(means::who_counts_as_family(household, source));
    if a.status == Status::NotEligible {
        return Ok(out);
    }
    if a.single_65_on_the_edge {
        out.notes.push(note(MeansNote::VmiAge65TwoReadings));
    }
    if let Some((per_member, amount)) = a.band_gap {
        out.notes
            .push(note(MeansNote::VmiBandGap { per_member, amount }));
    }
    out.notes.push(note(MeansNote::VmiOneApplicationOnePayment));
    out.notes.push(note(MeansNote::VmiAssetsCheckedByOffice));
    if household.situation.lives_with_others == Some(true) {
        out.notes.push(note(MeansNote::VmiSharedHouseholdIncome));
    }

    let parts: Vec<AmountPart> = [
        (MeansPart::InclusionAid, a.inclusion_amount),
        (MeansPart::FamilyWithChildrenAid, a.family_amount),
    ]
    .into_iter()
    .filter_map(|(part, amount)| {
        amount.map(|monthly| AmountPart {
            part: SupplementPart::Means(part),
            monthly,
            paid_to: Payee::Applicant,
            source,
        })
    })
    .collect();
    if !parts.is_empty() {
        out.amount = Some(Amount {
            monthly_total: parts.iter().map(|p| p.monthly).sum(),
            parts,
        });
    }
    if let (Some(computed), Ok(floor)) = (a.floor_applied_to, p::FLOOR.at(ctx.date)) {
        out.notes.push(note(MeansNote::VmiFloorApplied {
            computed,
            floor: floor.value,
        }));
    }

    // Papers, obligations and their dates once nothing about eligibility is
    // left to ask.
    if out.needs.is_empty() && (a.inclusion == Check::Pass || a.family == Check::Pass) {
        out.documents = documents(household, ctx)?;
        let report = p::REPORT_CHANGES_DAYS.at(ctx.date)?;
        out.deadlines.push(means::obligation(
            DeadlineId::ReportVmiChanges,
            report.value,
            DayUnit::Calendar,
            Anchor::ChangeInAddressIncomeOrFamily,
            report.source,
            ctx.date,
        ));
        let every = p::DECLARATION_EVERY_MONTHS.at(ctx.date)?;
        out.notes.push(note(MeansNote::VmiDeclarationEvery {
            months: every.value,
        }));
        if let Some(inclusion) = a.inclusion_amount {
            let up_to = p::LOCAL_WORK_QUARTERLY_UP_TO.at(ctx.date)?.value;
            out.notes.push(note(MeansNote::VmiLocalInterestWork {
                quarterly: inclusion <= up_to,
                quarterly_up_to: up_to,
            }));
            // "În cazul … care constă exclusiv în ajutor pentru familia cu
            // copii, obligaţia de mai sus nu se aplică": only with the
            // inclusion aid.
            out.notes.push(note(MeansNote::VmiJobSeekerObligation));
        }
        if a.family_amount.is_some() {
            out.notes.push(note(MeansNote::VmiKindergartenTicketsToo));
        }
        out.notes
            .push(note(MeansNote::VmiPapersIfRegisterCannotConfirm));
        out.notes.push(note(MeansNote::VmiOtherPapers));
        out.notes.push(NoteItem {
            note: Note::FileAtOfficeOrPortal,
            source: DASM_CLUJ_PAGE,
        });
    }
    Ok(out)
}

/// The forms DASM Cluj-Napoca's page offers for the VMI (seed `000`).
const FORMS: [Form; 4] = [
    Form::Means(MeansForm::VmiApplication),
    Form::DossierIndex,
    Form::Means(MeansForm::BenefitsRequiredDocuments),
    Form::Means(MeansForm::BenefitsDossierCompletion),
];

/// Both components' conditions and amounts for this household.
pub fn assess(household: &Household, ctx: &EvalContext) -> Result<Assessment, ParamError> {
    let date = ctx.date;
    let level = p::INCLUSION_LEVEL.at(date)?;
    let source = level.source;
    let level_65 = p::INCLUSION_LEVEL_SINGLE_65.at(date)?.value;
    let age_65 = p::SINGLE_PERSON_AGE.at(date)?.value;
    let family_level = p::FAMILY_LEVEL.at(date)?.value;
    let child_age = p::CHILD_AGE_LIMIT.at(date)?.value;
    let floor = p::FLOOR.at(date)?.value;
    let income_month = criteria::previous_month(date);

    let residence =
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE);
    let mut needs = residence.needs;
    let mut shared = vec![residence.reason];

    // "În cazul familiei care locuieşte şi gospodăreşte împreună cu alte
    // familii … se iau în considerare … şi partea ce îi revine de drept din
    // veniturile … realizate în comun": we cannot work out that share, so
    // the office decides; not asked yet, it is asked.
    let declared = household.situation.lives_with_others;
    let (check, need) = match declared {
        None => (
            Check::Unknown,
            Some(Fact::Means(MeansFact::LivesWithOthers)),
        ),
        Some(false) => (Check::Pass, None),
        Some(true) => (Check::Unknown, None),
    };
    needs.extend(need);
    shared.push(Reason {
        check,
        criterion: Criterion::Means(MeansCriterion::LivesWithOthers { declared }),
        source,
    });

    let members = household.members.as_deref().unwrap_or_default();
    let count = members.len();
    needs.extend(means::income_needs(household));
    let birth_dates_known = members.iter().all(|m| m.birth_date.is_some());
    if !birth_dates_known {
        needs.push(Fact::Members);
    }
    let split = means::split_income(household, &LEFT_OUT);
    let adjusted = split.as_ref().map(means::IncomeSplit::counted);
    let n = Decimal::from(count);

    // The single person aged at least 65 has the 400-lei level. Seed `004`
    // says "a depășit vârsta de 65 ani" once and "cu vârsta de cel puțin 65
    // de ani" twice, in the rule that sets the amount: we read "at least 65",
    // so a person on their 65th birthday has it.
    let single_65 = count == 1 && members[0].age_on(date).is_some_and(|a| a >= age_65);
    let single_age_unknown = count == 1 && members[0].age_on(date).is_none();
    let inclusion_limit_total = if count == 0 || single_age_unknown {
        None
    } else if single_65 {
        Some(level_65)
    } else {
        Some(level.value * n)
    };
    // The total decides, not a rounded average: the aid is the difference
    // between the family's level and its adjusted income, so eligibility
    // and amount must come from the same figures (a per-member average
    // rounded down could pass a family whose aid would be negative).
    let inclusion = match (adjusted, inclusion_limit_total) {
        (Some(income), Some(limit)) if income <= limit => Check::Pass,
        (Some(_), Some(_)) => Check::Fail,
        _ => Check::Unknown,
    };
    let computed_inclusion = match (inclusion, adjusted, inclusion_limit_total) {
        (Check::Pass, Some(income), Some(limit)) => Some(limit - income),
        _ => None,
    };
    // "Dacă din calcul rezultă o sumă mai mică de 50 de lei, atunci se
    // acordă 50 de lei": the inclusion aid is the only sum the page has
    // computed (the family aid's table sums are all 85 lei or more). At
    // exactly the level the difference is 0 and the floor gives 50 lei.
    let inclusion_amount = computed_inclusion.map(|c| c.max(floor));
    let floor_applied_to = computed_inclusion.filter(|c| *c < floor);

    let per_member = adjusted
        .filter(|_| count > 0)
        .map(|a| means::per_person(a, count));
    let income_reason = |component, limit_per_member: Decimal, limit_total, check| Reason {
        check,
        criterion: Criterion::Means(MeansCriterion::VmiIncome {
            component,
            members: u32::try_from(count).unwrap_or(u32::MAX),
            income_month,
            total_net: split.as_ref().map(|s| s.total),
            left_out: split
                .as_ref()
                .map(|s| s.left_out_kinds.clone())
                .unwrap_or_default(),
            left_out_total: split.as_ref().map(|s| s.left_out_total),
            adjusted_total: adjusted,
            per_member,
            limit_per_member,
            limit_total,
            single_aged_65: single_65,
        }),
        source,
    };
    let mut reasons = shared;
    reasons.push(income_reason(
        VmiComponent::InclusionAid,
        if single_65 { level_65 } else { level.value },
        inclusion_limit_total,
        inclusion,
    ));

    // The family-with-children aid: children under 18 in the family.
    let children = children_under(members, child_age, date);
    let single_parent = !members
        .iter()
        .any(|m| matches!(m.role, Role::Spouse | Role::Partner));
    let children_check = match (household.members.is_some() && birth_dates_known, children) {
        (false, _) => Check::Unknown,
        (true, 0) => Check::Fail,
        (true, _) => Check::Pass,
    };
    reasons.push(Reason {
        check: children_check,
        criterion: Criterion::Means(MeansCriterion::ChildrenUnder18 {
            children,
            single_parent,
        }),
        source,
    });
    let family_limit_total = (count > 0).then(|| family_level * n);
    let family = match (children_check, adjusted, family_limit_total) {
        (Check::Fail, _, _) => Check::Fail,
        (Check::Pass, Some(income), Some(limit)) if income <= limit => Check::Pass,
        (Check::Pass, Some(_), Some(_)) => Check::Fail,
        _ => Check::Unknown,
    };
    if children > 0 {
        reasons.push(income_reason(
            VmiComponent::FamilyWithChildrenAid,
            family_level,
            family_limit_total,
            family,
        ));
    }
    let mut band_gap = None;
    let family_amount = match (family, adjusted) {
        (Check::Pass, Some(income)) => {
            // "Pentru familia beneficiară de ajutor de incluziune, precum și
            // pentru cea cu venituri … de până la 275 de lei/lună" → the
            // first tables; "cuprins între 276 de lei/lună și 700 de lei
            // inclusiv" → the second. The page leaves 275,01–275,99 lei
            // between the two: we read everything above 275 lei up to 700 as
            // the second band, the only one whose upper bound covers it.
            let band = if inclusion == Check::Pass || income <= level.value * n {
                IncomeBand::UpTo275
            } else {
                IncomeBand::From276To700
            };
            let amount = family_table(band, single_parent, children, date)?;
            let second_band_from = p::SECOND_BAND_FROM.at(date)?.value;
            if band == IncomeBand::From276To700 && income < second_band_from * n {
                band_gap = per_member.map(|x| (x, amount));
            }
            Some(amount)
        }
        _ => None,
    };

    // A component passes on income while a shared condition (residence
    // given, the shared household) may still be open.
    let shared_checks: Vec<Check> = reasons[..2].iter().map(|r| r.check).collect();
    let components = [inclusion, family];
    let status = if shared_checks.contains(&Check::Fail) {
        Status::NotEligible
    } else if components.contains(&Check::Pass) {
        if shared_checks.iter().all(|c| *c == Check::Pass) {
            Status::Eligible
        } else {
            Status::NeedsMoreInfo
        }
    } else if components.contains(&Check::Unknown) {
        Status::NeedsMoreInfo
    } else {
        Status::NotEligible
    };
    if status == Status::NotEligible {
        needs.clear();
    }
    needs.sort();
    needs.dedup();
    Ok(Assessment {
        status,
        reasons,
        needs,
        inclusion,
        inclusion_amount,
        floor_applied_to,
        family,
        family_amount,
        source,
        single_65_on_the_edge: single_65 && members[0].age_on(date).is_some_and(|a| a == age_65),
        band_gap,
    })
}

/// Children (role `child`) under `limit` years on `date`.
fn children_under(members: &[Member], limit: u32, date: chrono::NaiveDate) -> u32 {
    let count = members
        .iter()
        .filter(|m| m.role == Role::Child && m.age_on(date).is_some_and(|a| a < limit))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// The family-with-children aid from seed `004`'s four tables: by band,
/// one parent or two ("familia monoparentală": no spouse or partner in the
/// family), and 1, 2, 3 or 4 and more children.
fn family_table(
    band: IncomeBand,
    single_parent: bool,
    children: u32,
    date: chrono::NaiveDate,
) -> Result<Decimal, ParamError> {
    let table = match (band, single_parent) {
        (IncomeBand::UpTo275, false) => &p::FAMILY_TWO_PARENTS_UP_TO_275,
        (IncomeBand::UpTo275, true) => &p::FAMILY_SINGLE_PARENT_UP_TO_275,
        (IncomeBand::From276To700, false) => &p::FAMILY_TWO_PARENTS_276_TO_700,
        (IncomeBand::From276To700, true) => &p::FAMILY_SINGLE_PARENT_276_TO_700,
    };
    let row = table.at(date)?.value;
    let index = usize::try_from(children.clamp(1, 4) - 1).unwrap_or(3);
    Ok(row[index.min(3)])
}

/// The papers seed `004` lists for the VMI, only those that apply, with the
/// opis every DASM Cluj-Napoca dossier holds.
fn documents(household: &Household, ctx: &EvalContext) -> Result<Vec<DocumentItem>, ParamError> {
    let source = p::INCLUSION_LEVEL.at(ctx.date)?.source;
    let (school_from, school_to) = p::SCHOOL_PROOF_AGES.at(ctx.date)?.value;
    let item = |document| DocumentItem { document, source };
    let mut docs = vec![
        DocumentItem {
            document: Document::DossierIndex,
            source: DASM_CLUJ_PAGE,
        },
        item(Document::ApplicationForm {
            form: Form::Means(MeansForm::VmiApplication),
        }),
        item(Document::Means(MeansDocument::OwnResponsibilityDeclaration)),
        item(Document::Means(MeansDocument::PaymentUndertaking)),
    ];
    let income_month = criteria::previous_month(ctx.date);
    for (member, m) in household.members.iter().flatten().enumerate() {
        let age = m.age_on(ctx.date);
        // "Actul de identitate al solicitantului şi al membrilor familiei";
        // a child gets one at 14, before that the birth certificate is it.
        if age.is_some_and(|a| a >= 14) {
            docs.push(item(Document::IdentityCardCopy { member }));
        }
        if m.role == Role::Child {
            docs.push(item(Document::ChildBirthCertificate { member }));
            if age.is_some_and(|a| (school_from..=school_to).contains(&a)) {
                docs.push(item(Document::Means(MeansDocument::SchoolProof { member })));
            }
        }
        // "Dovada venitului pentru toate sursele de venit": the kinds left
        // out of the calculation are proved too.
        docs.extend(
            means::income_proofs(member, m, income_month)
                .into_iter()
                .map(item),
        );
    }
    Ok(docs)
}
