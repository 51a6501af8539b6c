//! What the heating aid and the energy supplement share (Legea 226/2021,
//! consumatorul vulnerabil de energie): the same family, income and asset
//! conditions, one application with one set of documents, and the same
//! obligation to report changes. Seed `004` states them once for both: the
//! supplement is granted "atunci când sunt îndeplinite condiţiile de
//! acordare a ajutorului pentru încălzire".

use chrono::NaiveDate;

use crate::rules::core::deadlines;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Answer, HeatingSystem, Household, IncomeKind};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Anchor, Check, Criterion, DayUnit, Deadline, DeadlineId, Document, DocumentItem, Form, Note,
    NoteItem, Reach, Reason, YearMonth,
};
use crate::rules::core::params::{heating as p, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, Checked};

/// Statements of seed `004` that are not figures: same act and date as the
/// figures in `params::heating`.
pub(super) fn law_source(date: NaiveDate) -> Result<Source, ParamError> {
    Ok(p::INCOME_LIMIT_FAMILY.at(date)?.source)
}

/// Incomes the pages leave out of the income test of other means-tested
/// benefits (seed `004`: the VMI list "cu excepţia următoarelor venituri"
/// 1–11 and the kindergarten tickets' list a)–h), which also names the
/// heating aid itself). For the heating aid and the supplement the pages list
/// no exclusions, so an income of these kinds that alone decides the verdict
/// makes it "probably not", never a flat "no": the office may leave it out.
pub(super) const MAY_BE_LEFT_OUT: &[IncomeKind] = &[
    IncomeKind::StateChildAllowance,
    IncomeKind::DisabilityAllowance,
    IncomeKind::Scholarship,
    IncomeKind::DayLabour,
    IncomeKind::TrainingStipend,
    IncomeKind::OccasionalHelp,
    IncomeKind::EmergencyAid,
    IncomeKind::ExceptionalCompensation,
    IncomeKind::KindergartenTickets,
    IncomeKind::HeatingAidOrSupplement,
    IncomeKind::HivOrTbFoodAllowance,
    IncomeKind::PublicSupportProgramme,
    IncomeKind::AgriculturalStateAid,
    IncomeKind::MinimumInclusionIncome,
];

/// Residence, income per member and assets: the conditions of both benefits.
/// Legea 226/2021 is national: a person living in another town qualifies
/// alike and files there.
pub(super) fn common_checks(
    household: &Household,
    ctx: &EvalContext,
) -> Result<Vec<Checked>, ParamError> {
    let source = law_source(ctx.date)?;
    let income = criteria::income_per_member(
        household,
        ctx.date,
        &p::INCOME_LIMIT_FAMILY,
        &p::INCOME_LIMIT_SINGLE,
        MAY_BE_LEFT_OUT,
    )?;
    Ok(vec![
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE),
        income,
        excluding_assets(household, source),
    ])
}

/// "care nu deţin bunuri care să excludă de la acordarea ajutorului". The
/// list itself is the office's "Lista bunurilor" form, not on the pages, so
/// "not sure" leaves the decision to the office.
fn excluding_assets(household: &Household, source: Source) -> Checked {
    let declared = household.assets.excluding;
    let (check, needs) = match declared {
        None => (Check::Unknown, vec![Fact::ExcludingAssets]),
        Some(Answer::No) => (Check::Pass, vec![]),
        Some(Answer::Yes) => (Check::Fail, vec![]),
        Some(Answer::NotSure) => (Check::Unknown, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::NoExcludingAssets { declared },
            source,
        },
        needs,
    }
}

/// The papers to attach to the cerere-declarație (seed `004`, points 1–4),
/// only those that apply to this household, plus the opis every DASM
/// Cluj-Napoca dossier must hold (seed `000`). Returns the facts still
/// needed to decide which papers apply.
/// `income_month` is the month before filing: the month before the check,
/// or, for a heating aid checked outside the season, the month before the
/// season opens.
pub(super) fn documents(
    household: &Household,
    ctx: &EvalContext,
    heating: Option<HeatingSystem>,
    income_month: YearMonth,
) -> Result<(Vec<DocumentItem>, Vec<Fact>), ParamError> {
    let law = law_source(ctx.date)?;
    let item = |document| DocumentItem {
        document,
        source: law,
    };
    let mut docs = vec![
        DocumentItem {
            document: Document::DossierIndex,
            source: DASM_CLUJ_PAGE,
        },
        item(Document::ApplicationForm {
            form: Form::HeatingApplication,
        }),
    ];
    let mut needs = Vec::new();
    let home = &household.home;

    match home.tenure {
        Some(tenure) => docs.push(item(Document::HomeUseProof { tenure })),
        None => needs.push(Fact::Tenure),
    }

    for (index, member) in household.members.iter().flatten().enumerate() {
        // "peste 14 ani": a person who has turned 14 is past the 14th birthday.
        match member.age_on(ctx.date) {
            Some(age) if age >= 14 => docs.push(item(Document::IdentityCardCopy { member: index })),
            Some(_) => docs.push(item(Document::BirthCertificate { member: index })),
            None => needs.push(Fact::Members),
        }
        let mut kinds: Vec<_> = member.incomes.iter().flatten().map(|i| i.kind).collect();
        kinds.sort();
        kinds.dedup();
        docs.extend(kinds.into_iter().map(|kind| {
            item(Document::IncomeProof {
                member: index,
                kind,
                month: income_month,
            })
        }));
    }

    match household.assets.vehicles {
        Some(true) => docs.push(item(Document::VehicleRegistration)),
        Some(false) => {}
        None => needs.push(Fact::Vehicles),
    }
    match household.assets.declared_property {
        Some(true) => docs.push(item(Document::PropertyDeeds)),
        Some(false) => {}
        None => needs.push(Fact::DeclaredProperty),
    }
    // "ultima factură de plată gaze naturale/energie electrică, în funcţie de
    // modalitatea de încălzire": only for those two heating systems.
    if let Some(system @ (HeatingSystem::NaturalGas | HeatingSystem::Electricity)) = heating {
        docs.push(item(Document::LatestEnergyBill { system }));
    }
    match home.owners_association {
        Some(true) => docs.push(item(Document::OwnersAssociationCertificate)),
        Some(false) => {}
        None => needs.push(Fact::OwnersAssociation),
    }
    needs.sort();
    needs.dedup();
    Ok((docs, needs))
}

/// "obligaţia de a comunica orice modificare intervenită în componenţa
/// familiei şi a veniturilor acesteia, în termen de 5 zile de la data
/// modificării", worked out for a change on the day of the check.
pub(super) fn report_changes_deadline(ctx: &EvalContext) -> Result<Deadline, ParamError> {
    let days = p::REPORT_CHANGES_DAYS.at(ctx.date)?;
    Ok(Deadline {
        deadline: DeadlineId::ReportChanges,
        days: days.value,
        unit: DayUnit::Calendar,
        anchor: Anchor::ChangeInFamilyOrIncome,
        // The rule stands whatever the date; only the worked example needs
        // the holiday calendar, which starts in 2024. Before that the example
        // is left out rather than refusing the whole answer.
        computed: deadlines::compute(ctx.date, days.value, DayUnit::Calendar).ok(),
        send_by: None,
        passed: false,
        opens: None,
        other_reading: None,
        source: days.source,
    })
}

/// Notes both benefits carry when the answer is not a sure "no".
pub(super) fn common_notes(
    household: &Household,
    ctx: &EvalContext,
) -> Result<Vec<NoteItem>, ParamError> {
    let law = law_source(ctx.date)?;
    let min = p::FINE_MIN.at(ctx.date)?;
    let max = p::FINE_MAX.at(ctx.date)?;
    let mut notes = where_to_file(household, ctx);
    notes.push(NoteItem {
        note: Note::IncomeExclusionsNotOnPages,
        source: law,
    });
    if household.assets.excluding != Some(Answer::No) {
        notes.push(NoteItem {
            note: Note::AssetListAtOffice,
            source: law,
        });
    }
    notes.push(NoteItem {
        note: Note::FalseDeclarationFine {
            min: min.value,
            max: max.value,
        },
        source: min.source,
    });
    notes.push(NoteItem {
        note: Note::FileAtOfficeOrPortal,
        source: DASM_CLUJ_PAGE,
    });
    Ok(notes)
}

/// Whether the income criterion is the one that failed.
pub(super) fn income_failed(reasons: &[Reason]) -> bool {
    reasons
        .iter()
        .any(|r| r.check == Check::Fail && matches!(r.criterion, Criterion::IncomePerMember { .. }))
}

/// Someone living in another town files these national benefits there.
pub(super) fn where_to_file(household: &Household, ctx: &EvalContext) -> Vec<NoteItem> {
    if criteria::lives_elsewhere(household, ctx.municipality) {
        vec![NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        }]
    } else {
        Vec::new()
    }
}

/// What a "probably not" carries: why (the incomes that may be left out),
/// and that the person may still file.
pub(super) fn probably_not_notes(ctx: &EvalContext) -> Result<Vec<NoteItem>, ParamError> {
    let law = law_source(ctx.date)?;
    Ok(vec![
        NoteItem {
            note: Note::IncomeExclusionsNotOnPages,
            source: law,
        },
        NoteItem {
            note: Note::MayStillFile,
            source: law,
        },
    ])
}

/// The forms on the DASM Cluj-Napoca page ("Ajutoare de încălzire"), in
/// the order a person needs them: what to know, what to fill in, what to
/// bring, and the form for reporting a change afterwards.
pub(super) const FORMS: [Form; 11] = [
    Form::HeatingGeneralInfo,
    Form::HeatingAidTypes,
    Form::HeatingCriteria,
    Form::HeatingThresholdsAndAmounts,
    Form::HeatingApplication,
    Form::HeatingAssetList,
    Form::HeatingRequiredDocuments,
    Form::DossierIndex,
    Form::HeatingObligations,
    Form::HeatingChangeRequest,
    Form::HeatingMoreInfo,
];
