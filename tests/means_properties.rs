//! Properties of the whole engine over random households and dates from
//! 2024 to 2035, with the means-tested benefits' facts filled in at random:
//!
//! - the engine never panics (a date its rules do not cover is answered as
//!   such, never by a crash);
//! - no amount, and no part of one, is negative;
//! - for the VMI and the rent aid, whose rules only ever cap income,
//!   raising one person's income never turns a "no" into a "yes".
//!
//! Each property runs 256 cases in the normal `cargo test`; a long run (the
//! same switch as the other fuzz tests):
//!
//! ```text
//! ELIGIBIL_FUZZ_CASES=1000000 cargo test --release --test means_properties
//! ```

mod common;

use chrono::{Days, NaiveDate};
use eligibil::rules::household::{
    Answer, Citizenship, DisabilityGrade, Household, Income, IncomeKind, KindergartenAttendance,
    ListedAsset, Member, MemberSituation, RentAidFacts, Residence, ResidenceKind, Role, Situation,
    WithoutIncomeSpan,
};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{BenefitId, Evaluation, Status};
use eligibil::rules::{evaluate, vmi, EvalContext};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: common::fuzz_cases(),
        ..ProptestConfig::default()
    }
}

const KINDS: [IncomeKind; 26] = [
    IncomeKind::Salary,
    IncomeKind::Pension,
    IncomeKind::Unemployment,
    IncomeKind::MaternityAllowance,
    IncomeKind::SickLeaveAllowance,
    IncomeKind::StateChildAllowance,
    IncomeKind::ChildRaisingAllowance,
    IncomeKind::InsertionIncentive,
    IncomeKind::DisabilityAllowance,
    IncomeKind::Maintenance,
    IncomeKind::SelfEmployment,
    IncomeKind::Agriculture,
    IncomeKind::Property,
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
    IncomeKind::Other,
];

const ASSETS: [ListedAsset; 11] = [
    ListedAsset::OtherBuildings,
    ListedAsset::LandOverLimit,
    ListedAsset::CarUnderTenYears,
    ListedAsset::SeveralOldCars,
    ListedAsset::UtilityVehicles,
    ListedAsset::Boats,
    ListedAsset::FarmMachinery,
    ListedAsset::FarmProcessingMachinery,
    ListedAsset::WoodworkingMachinery,
    ListedAsset::BankDepositsOver3000,
    ListedAsset::FarmProductionOverLimit,
];

/// A day from 1 January 2024 to 31 December 2035.
fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..4383).prop_map(|days| {
        NaiveDate::from_ymd_opt(2024, 1, 1)
            .and_then(|d| d.checked_add_days(Days::new(days)))
            .expect("in range")
    })
}

/// Lei with bani, small sums more likely (where the limits are).
fn lei() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..100_000).prop_map(|bani| Decimal::new(bani, 2)),
        (0i64..2_000_000).prop_map(|bani| Decimal::new(bani, 2)),
    ]
}

fn maybe_bool() -> impl Strategy<Value = Option<bool>> {
    proptest::option::of(any::<bool>())
}

fn incomes() -> impl Strategy<Value = Option<Vec<Income>>> {
    proptest::option::weighted(
        0.9,
        proptest::collection::vec(
            (select(KINDS.to_vec()), lei())
                .prop_map(|(kind, net_monthly)| Income { kind, net_monthly }),
            0..3,
        ),
    )
}

fn member_situation() -> impl Strategy<Value = MemberSituation> {
    (
        (maybe_bool(), maybe_bool(), maybe_bool(), maybe_bool()),
        (maybe_bool(), maybe_bool(), maybe_bool(), maybe_bool()),
        (
            proptest::option::of(0u32..366),
            proptest::option::of(select(vec![
                WithoutIncomeSpan::AtMost90Days,
                WithoutIncomeSpan::MoreThan90Days,
                WithoutIncomeSpan::NotSure,
            ])),
        ),
        proptest::option::of(select(vec![
            KindergartenAttendance::NotEnrolled,
            KindergartenAttendance::AttendsRegularly,
            KindergartenAttendance::MissesDays,
        ])),
        proptest::option::of(select(vec![
            Citizenship::Romanian,
            Citizenship::EuEeaSwiss,
            Citizenship::OtherState,
            Citizenship::Stateless,
        ])),
    )
        .prop_map(
            |(
                (able_to_work, job_seeker, reached_retirement_age, socially_isolated),
                (has_legal_supporters, chronically_ill_or_invalid, full_time_student, long),
                (days, span),
                kindergarten,
                citizenship,
            )| MemberSituation {
                able_to_work,
                job_seeker,
                reached_retirement_age,
                socially_isolated,
                has_legal_supporters,
                chronically_ill_or_invalid,
                days_without_income_this_year: days,
                without_income_this_year: span,
                full_time_student,
                studies_over_five_years: long,
                kindergarten,
                citizenship,
            },
        )
}

/// A member aged 0 to 99 on `date` (role chosen by the caller).
fn member(date: NaiveDate, role: Role) -> impl Strategy<Value = Member> {
    (
        0u64..36_500,
        incomes(),
        member_situation(),
        proptest::option::of(select(vec![
            DisabilityGrade::NoCertificate,
            DisabilityGrade::Mild,
            DisabilityGrade::Medium,
            DisabilityGrade::Accentuated,
            DisabilityGrade::Severe,
        ])),
    )
        .prop_map(move |(age_days, incomes, situation, disability)| Member {
            role,
            name: None,
            birth_date: date.checked_sub_days(Days::new(age_days)),
            incomes,
            schooling: None,
            disability,
            disability_certificate_date: None,
            birth_country: None,
            situation,
        })
}

/// Mostly a household that meets every rent-aid criterion but income (so
/// that income decides often), sometimes anything at all.
fn rent_aid_facts() -> impl Strategy<Value = RentAidFacts> {
    let meets_the_rest = RentAidFacts {
        care_leaver: Some(false),
        marginalised_in_dasm_records: Some(Answer::Yes),
        domestic_violence_victim: Some(false),
        months_of_residence: Some(30),
        actually_lives_in_city: Some(true),
        owns_or_sold_home: Some(false),
        state_housing: Some(false),
        state_housing_credit: Some(false),
        months_received: Some(0),
        local_taxes_paid: Some(true),
        listed_assets: Some(vec![]),
        lease_registered_with_anaf: Some(true),
        lease_with_relative: Some(false),
    };
    prop_oneof![
        2 => Just(meets_the_rest),
        1 => any_rent_aid_facts(),
    ]
}

fn any_rent_aid_facts() -> impl Strategy<Value = RentAidFacts> {
    (
        (
            maybe_bool(),
            proptest::option::of(select(vec![Answer::Yes, Answer::No, Answer::NotSure])),
            maybe_bool(),
            proptest::option::of(0u32..48),
        ),
        (
            proptest::option::of(0u32..60),
            maybe_bool(),
            maybe_bool(),
            maybe_bool(),
        ),
        (maybe_bool(), maybe_bool(), maybe_bool(), maybe_bool()),
        proptest::option::of(proptest::sample::subsequence(ASSETS.to_vec(), 0..3)),
    )
        .prop_map(
            |(
                (care_leaver, marginalised, victim, received),
                (months, lives_in_city, owns, state_housing),
                (credit, taxes, relative, registered),
                listed,
            )| RentAidFacts {
                care_leaver,
                marginalised_in_dasm_records: marginalised,
                domestic_violence_victim: victim,
                months_of_residence: months,
                actually_lives_in_city: lives_in_city,
                owns_or_sold_home: owns,
                state_housing,
                state_housing_credit: credit,
                months_received: received,
                local_taxes_paid: taxes,
                listed_assets: listed,
                lease_registered_with_anaf: registered,
                lease_with_relative: relative,
            },
        )
}

/// A household and the date of its check.
fn household() -> impl Strategy<Value = (Household, NaiveDate)> {
    date().prop_flat_map(|date| {
        let roles = select(vec![
            Role::Spouse,
            Role::Partner,
            Role::Child,
            Role::Child,
            Role::Relative,
            Role::Other,
        ]);
        let others = proptest::collection::vec(roles, 0..6).prop_flat_map(move |roles| {
            roles
                .into_iter()
                .map(|role| member(date, role))
                .collect::<Vec<_>>()
        });
        (
            proptest::option::weighted(
                0.9,
                select(vec![
                    (MunicipalityId::ClujNapoca, ResidenceKind::Domiciliu),
                    (MunicipalityId::ClujNapoca, ResidenceKind::Resedinta),
                    (MunicipalityId::Other, ResidenceKind::Domiciliu),
                ]),
            ),
            member(date, Role::Applicant),
            others,
            (
                prop_oneof![2 => Just(Some(false)), 1 => maybe_bool()],
                maybe_bool(),
                maybe_bool(),
            ),
            rent_aid_facts(),
        )
            .prop_map(
                move |(residence, applicant, others, (share, homeless, carer), rent_aid)| {
                    let mut members = vec![applicant];
                    members.extend(others);
                    (
                        Household {
                            residence: residence
                                .map(|(municipality, kind)| Residence { municipality, kind }),
                            members: Some(members),
                            situation: Situation {
                                lives_with_others: share,
                                homeless,
                                designated_carer_for_parents_abroad: carer,
                            },
                            rent_aid,
                            ..Household::default()
                        },
                        date,
                    )
                },
            )
    })
}

fn run(household: &Household, date: NaiveDate) -> Option<Evaluation> {
    evaluate(
        household,
        &EvalContext {
            date,
            municipality: MunicipalityId::ClujNapoca,
        },
    )
    .ok()
}

fn status(ev: &Evaluation, id: BenefitId) -> Option<Status> {
    ev.benefit(id).map(|b| b.status)
}

fn is_no(s: Option<Status>) -> bool {
    matches!(s, Some(Status::NotEligible | Status::ProbablyNotEligible))
}

/// `household` with `extra` lei more of `kind` for the member at `index`
/// (a member whose incomes are asked; `None` when there is none).
fn raised(
    household: &Household,
    index: usize,
    kind: IncomeKind,
    extra: Decimal,
) -> Option<Household> {
    let mut more = household.clone();
    let members = more.members.as_mut()?;
    let count = members.len();
    let member = members.get_mut(index % count)?;
    member.incomes.as_mut()?.push(Income {
        kind,
        net_monthly: extra,
    });
    Some(more)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_engine_never_panics_and_no_amount_is_negative((household, date) in household()) {
        if let Some(ev) = run(&household, date) {
            for b in &ev.benefits {
                if let Some(amount) = &b.amount {
                    prop_assert!(!amount.monthly_total.is_sign_negative(), "{:?}: {}", b.benefit, amount.monthly_total);
                    for part in &amount.parts {
                        prop_assert!(!part.monthly.is_sign_negative(), "{:?}", b.benefit);
                    }
                }
            }
        }
    }

    #[test]
    fn more_counted_income_never_makes_the_vmi_a_yes(
        (household, date) in household(),
        index in 0usize..8,
        kind in select(KINDS.iter().copied().filter(|k| !vmi::LEFT_OUT.contains(k)).collect::<Vec<_>>()),
        extra in (1i64..300_000).prop_map(|bani| Decimal::new(bani, 2)),
    ) {
        let (Some(before), Some(more)) = (run(&household, date), raised(&household, index, kind, extra)) else {
            return Ok(());
        };
        if is_no(status(&before, BenefitId::Vmi)) {
            let after = run(&more, date).map(|ev| status(&ev, BenefitId::Vmi));
            prop_assert_ne!(after, Some(Some(Status::Eligible)));
        }
    }

    #[test]
    fn more_income_never_makes_the_rent_aid_a_yes(
        (household, date) in household(),
        index in 0usize..8,
        kind in select(KINDS.to_vec()),
        extra in (1i64..300_000).prop_map(|bani| Decimal::new(bani, 2)),
    ) {
        let (Some(before), Some(more)) = (run(&household, date), raised(&household, index, kind, extra)) else {
            return Ok(());
        };
        if is_no(status(&before, BenefitId::RentAid)) {
            let after = run(&more, date).map(|ev| status(&ev, BenefitId::RentAid));
            prop_assert_ne!(after, Some(Some(Status::Eligible)));
        }
    }
}
