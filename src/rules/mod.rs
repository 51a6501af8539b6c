//! The rules engine: plain Rust, no browser. Answers in data (identifiers,
//! numbers, dates, sources); the UI turns that into sentences.
//!
//! Data flows one way: household → [`evaluate`] → [`outcome::Evaluation`].
//! The engine takes the date of the check as an argument and never reads the
//! clock, so the same household and date always give the same answer.
//!
//! The layout, from the bottom up (`tests/layout.rs` keeps it so):
//!
//! - [`core`]: the household, facts, outcome, calendar, sources, dated
//!   parameters, towns and the areas' identifiers; it imports nothing
//!   above it;
//! - [`benefits`]: one file per benefit and what several share; they
//!   import the core, and another benefit only where they build on it;
//! - [`profiles`] (the towns, as data) and [`directory`] (the social
//!   services, as data): over the core and the benefits' identifiers;
//! - this file: [`evaluate`] and the registry [`BENEFITS`], on top.

pub mod benefits;
pub mod core;
pub mod directory;
pub mod profiles;

use serde::Serialize;

// Every path the rest of the crate used before the layout (issue 19) still
// resolves: `rules::household`, `rules::child_raising::ChildRaisingFact`,
// `rules::vmi::evaluate`… Inside `rules`, code names the new paths.
pub use self::core::ids::local;
pub use self::core::EvalContext;
pub use self::core::{
    calendar, deadlines, facts, household, municipality, outcome, params, source, topics, validate,
};
pub use benefits::{
    child_allowance_support, child_raising, child_raising_allowance, criteria, emergency_aid,
    energy_supplement, further_birth_supplement, heating_aid, information_only,
    insertion_incentive, kindergarten_tickets, means, navodari_day_centres, navodari_emergency_aid,
    navodari_funeral_aid, navodari_holiday_tickets, navodari_home_care, parents_abroad, rent_aid,
    social_canteen, state_child_allowance, vmi,
};

use self::core::household::Household;
use self::core::municipality::MunicipalityId;
use self::core::outcome::{BenefitId, BenefitOutcome, Evaluation};
use self::core::params::ParamError;
use self::core::validate::Invalid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum EngineError {
    /// The household could not exist; nothing was evaluated.
    InvalidHousehold { problems: Vec<Invalid> },
    /// A rule was asked about a date its parameters do not cover.
    Parameter { detail: ParamError },
}

impl From<ParamError> for EngineError {
    fn from(detail: ParamError) -> Self {
        EngineError::Parameter { detail }
    }
}

/// How one benefit is evaluated: its own file's `evaluate`.
pub type Evaluator = fn(&Household, &EvalContext) -> Result<BenefitOutcome, ParamError>;

/// Every benefit the engine screens, in the order results are listed.
pub const BENEFITS: &[(BenefitId, Evaluator)] = &[
    (BenefitId::HeatingAid, heating_aid::evaluate),
    (BenefitId::EnergySupplement, energy_supplement::evaluate),
    (
        BenefitId::StateChildAllowance,
        state_child_allowance::evaluate,
    ),
    // The child-raising area (issue 9).
    (
        BenefitId::ChildRaisingAllowance,
        child_raising_allowance::evaluate,
    ),
    (BenefitId::InsertionIncentive, insertion_incentive::evaluate),
    (
        BenefitId::FurtherBirthSupplement,
        further_birth_supplement::evaluate,
    ),
    (
        BenefitId::DisabledParentSupport,
        child_allowance_support::evaluate,
    ),
    // Means-tested and local benefits (issue 10).
    (BenefitId::Vmi, vmi::evaluate),
    (BenefitId::SocialCanteen, social_canteen::evaluate),
    (
        BenefitId::KindergartenTickets,
        kindergarten_tickets::evaluate,
    ),
    (BenefitId::RentAid, rent_aid::evaluate),
    (BenefitId::EmergencyAid, emergency_aid::evaluate),
    (BenefitId::FuneralAid, emergency_aid::evaluate_funeral),
    (BenefitId::DentalProgramme, information_only::dental),
    (
        BenefitId::FoodTicketProgramme,
        information_only::food_tickets,
    ),
    (BenefitId::EuFoodAid, information_only::eu_food_aid),
    (BenefitId::SchoolSupplies, information_only::school_supplies),
    (
        BenefitId::DoubleHouseholdExpensesCertificate,
        information_only::double_expenses,
    ),
    (
        BenefitId::SeasonalWorkCertificate,
        information_only::seasonal_work,
    ),
    (
        BenefitId::HighSchoolMoneyInquiry,
        information_only::high_school_money,
    ),
    (
        BenefitId::SocialInclusionCentre,
        information_only::inclusion_centre,
    ),
    (
        BenefitId::NewbornVouchers,
        information_only::newborn_vouchers,
    ),
    (
        BenefitId::PersonalAssistantOrAllowance,
        information_only::personal_assistant,
    ),
    (BenefitId::NgoSubsidies, information_only::ngo_subsidies),
    (BenefitId::NgoGrants, information_only::ngo_grants),
    // Issue 19: the abroad duty (national) and Năvodari's own benefits
    // (screened under its profile only: `profiles::applies`).
    (
        BenefitId::ParentsLeavingToWorkAbroad,
        parents_abroad::evaluate,
    ),
    (
        BenefitId::NavodariHolidayTickets,
        navodari_holiday_tickets::evaluate,
    ),
    (
        BenefitId::NavodariEmergencyAid,
        navodari_emergency_aid::evaluate,
    ),
    (
        BenefitId::NavodariFuneralAid,
        navodari_funeral_aid::evaluate,
    ),
    (BenefitId::NavodariHomeCare, navodari_home_care::evaluate),
    (
        BenefitId::NavodariChildrenDayCentre,
        navodari_day_centres::children,
    ),
    (
        BenefitId::NavodariElderlyDayCentre,
        navodari_day_centres::elderly,
    ),
];

/// The benefits screened under the profile `municipality`: every national
/// one and that town's own (`profiles::applies`), in the registry's order.
pub fn benefits_for(municipality: MunicipalityId) -> impl Iterator<Item = BenefitId> {
    BENEFITS
        .iter()
        .map(|(id, _)| *id)
        .filter(move |id| profiles::applies(*id, municipality))
}

/// Every benefit, for one household on one date.
pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<Evaluation, EngineError> {
    evaluate_only(household, ctx, &[])
}

/// The benefits in `only` (all of them when `only` is empty), for one
/// household on one date. The browser app asks only for the benefits whose
/// questions it can already put; the command-line tool asks for all.
pub fn evaluate_only(
    household: &Household,
    ctx: &EvalContext,
    only: &[BenefitId],
) -> Result<Evaluation, EngineError> {
    validate::household(household, ctx.date)
        .map_err(|problems| EngineError::InvalidHousehold { problems })?;
    // A benefit whose rules do not cover the date says so (ask the office)
    // instead of sinking the whole answer; only when no benefit covers the
    // date is the check refused.
    let mut benefits = Vec::new();
    let mut refusal = None;
    for (id, evaluate) in BENEFITS
        .iter()
        .filter(|(id, _)| profiles::applies(*id, ctx.municipality))
        .filter(|(id, _)| only.is_empty() || only.contains(id))
    {
        match evaluate(household, ctx) {
            Ok(mut outcome) => {
                profiles::localise(&mut outcome, household, ctx);
                benefits.push(outcome);
            }
            Err(error) => {
                benefits.push(BenefitOutcome::not_covered(*id, &error, ctx.date));
                refusal.get_or_insert(error);
            }
        }
    }
    if let Some(error) = refusal.filter(|_| {
        benefits.iter().all(|b| {
            b.notes
                .iter()
                .any(|n| matches!(n.note, outcome::Note::RulesNotCoveredOn { .. }))
        })
    }) {
        return Err(error.into());
    }
    let needs = facts::merge(benefits.iter().map(|b| b.needs.as_slice()));
    let figures_checked_on = benefits
        .iter()
        .flat_map(BenefitOutcome::sources)
        .map(|s| s.checked_on)
        .min();
    let figures_may_be_outdated = benefits
        .iter()
        .flat_map(BenefitOutcome::sources)
        .any(|s| s.may_be_outdated_on(ctx.date));
    // Someone living elsewhere files at their own town's office: that
    // town's, where we hold its profile (Năvodari's office for someone
    // checked at a Cluj-Napoca kiosk), else none (better no office card
    // than the wrong one).
    let office = match household.residence {
        Some(r) if criteria::lives_elsewhere(household, ctx.municipality) => {
            profiles::office(r.municipality)
        }
        _ => profiles::office(ctx.municipality),
    };
    Ok(Evaluation {
        date: ctx.date,
        municipality: ctx.municipality,
        office,
        benefits,
        needs,
        figures_checked_on,
        figures_may_be_outdated,
    })
}
