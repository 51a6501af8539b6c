//! Small builders for the households a caseworker would write down, and
//! look-ups into the engine's answer. Every test file uses a different subset.
#![allow(dead_code)]

use chrono::NaiveDate;
use rust_decimal::Decimal;

use eligibil::rules::facts::Fact;
use eligibil::rules::household::{
    Answer, Assets, BirthCountry, EnergySource, HeatingSystem, Home, Household, Income, IncomeKind,
    Member, Residence, ResidenceKind, Role, Tenure,
};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{
    BenefitId, BenefitOutcome, Check, Criterion, Document, Evaluation, Note, Reason,
};
use eligibil::rules::{evaluate, EngineError, EvalContext};

pub fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
}

/// The day the seed pages were read: Sunday 22 November 2026, in the cold
/// season 2026–2027. Income counts for October 2026.
pub fn check_date() -> NaiveDate {
    d(2026, 11, 22)
}

pub fn cluj(date: NaiveDate) -> EvalContext {
    EvalContext {
        date,
        municipality: MunicipalityId::ClujNapoca,
    }
}

pub fn lei(text: &str) -> Decimal {
    text.parse().expect("an amount in lei")
}

pub fn income(kind: IncomeKind, amount: &str) -> Income {
    Income {
        kind,
        net_monthly: lei(amount),
    }
}

pub fn person(role: Role, birth_date: NaiveDate, incomes: Vec<Income>) -> Member {
    Member {
        role,
        name: None,
        birth_date: Some(birth_date),
        incomes: Some(incomes),
        schooling: None,
        disability: None,
        disability_certificate_date: None,
        // A child's place of birth is asked for the state allowance; born
        // in Romania unless a test says otherwise.
        birth_country: (role == Role::Child).then_some(BirthCountry::Romania),
        situation: Default::default(),
    }
}

/// An adult applicant earning `salary` lei net (nothing else).
pub fn applicant_earning(salary: &str) -> Member {
    person(
        Role::Applicant,
        d(1985, 5, 10),
        vec![income(IncomeKind::Salary, salary)],
    )
}

/// Residence in Cluj-Napoca (domiciliu).
pub fn in_cluj() -> Option<Residence> {
    Some(Residence {
        municipality: MunicipalityId::ClujNapoca,
        kind: ResidenceKind::Domiciliu,
    })
}

/// A household with every question answered: lives in Cluj-Napoca, owns
/// nothing on the list, rents, no owners' association, no car, nothing else
/// declared; heated with `heating`, using `sources`.
pub fn answered(
    members: Vec<Member>,
    heating: HeatingSystem,
    sources: &[EnergySource],
) -> Household {
    Household {
        residence: in_cluj(),
        members: Some(members),
        home: Home {
            tenure: Some(Tenure::Tenant),
            owners_association: Some(false),
            energy_sources: Some(sources.to_vec()),
            heating: Some(heating),
        },
        assets: Assets {
            excluding: Some(Answer::No),
            vehicles: Some(false),
            declared_property: Some(false),
        },
        ..Household::default()
    }
}

/// A fully answered gas-heated household (sources: electricity and gas).
pub fn answered_gas(members: Vec<Member>) -> Household {
    answered(
        members,
        HeatingSystem::NaturalGas,
        &[EnergySource::Electricity, EnergySource::NaturalGas],
    )
}

/// A family of `size` members whose whole net income, `total` lei, is the
/// applicant's salary; the spouse and children have none (`[]`: asked, none).
pub fn family_with_total(size: usize, total: &str) -> Vec<Member> {
    assert!(size >= 2, "a family has at least two members");
    let mut members = vec![applicant_earning(total)];
    members.push(person(Role::Spouse, d(1987, 2, 3), vec![]));
    for i in 2..size {
        members.push(person(Role::Child, d(2014 + i as i32, 6, 1), vec![]));
    }
    members
}

pub fn run(household: &Household, date: NaiveDate) -> Evaluation {
    evaluate(household, &cluj(date)).expect("the household is valid and the date covered")
}

pub fn run_err(household: &Household, date: NaiveDate) -> EngineError {
    evaluate(household, &cluj(date)).expect_err("the engine should refuse this")
}

pub fn heating_aid(ev: &Evaluation) -> &BenefitOutcome {
    ev.benefit(BenefitId::HeatingAid)
        .expect("heating aid is always evaluated")
}

pub fn supplement(ev: &Evaluation) -> &BenefitOutcome {
    ev.benefit(BenefitId::EnergySupplement)
        .expect("energy supplement is always evaluated")
}

/// The reason that checks `pick`, e.g. `|c| matches!(c, Criterion::Residence { .. })`.
pub fn reason(b: &BenefitOutcome, pick: impl Fn(&Criterion) -> bool) -> &Reason {
    b.reasons
        .iter()
        .find(|r| pick(&r.criterion))
        .expect("criterion present")
}

/// The income criterion: (check, rounded per-member figure, limit).
pub fn income_check(b: &BenefitOutcome) -> (Check, Option<Decimal>, Option<Decimal>) {
    let r = reason(b, |c| matches!(c, Criterion::IncomePerMember { .. }));
    match &r.criterion {
        Criterion::IncomePerMember {
            per_member, limit, ..
        } => (r.check, *per_member, *limit),
        _ => unreachable!(),
    }
}

pub fn has_note(b: &BenefitOutcome, pick: impl Fn(&Note) -> bool) -> bool {
    b.notes.iter().any(|n| pick(&n.note))
}

pub fn docs(b: &BenefitOutcome) -> Vec<Document> {
    b.documents.iter().map(|i| i.document.clone()).collect()
}

/// The facts that only decide which papers go in the dossier.
pub const DOCUMENT_FACTS: [Fact; 4] = [
    Fact::Tenure,
    Fact::OwnersAssociation,
    Fact::Vehicles,
    Fact::DeclaredProperty,
];

/// Cases per property of the fuzz tests: $ELIGIBIL_FUZZ_CASES, or 256 in
/// the normal `cargo test` (a long run sets, say, 1000000).
pub fn fuzz_cases() -> u32 {
    std::env::var("ELIGIBIL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(256)
}
