//! Which question the app asks next (the facts the engine still needs), and
//! which answers it refuses as impossible.
//!
//! The order follows a caseworker's interview: where the person lives (seed
//! 000: only residents of Cluj-Napoca can file here), who is in the family,
//! what each earned (seed 004: income per family member decides), then the
//! home and assets; the facts that only choose papers (seed 004, "acte
//! doveditoare") come last, once eligibility is settled. In the household
//! `null`/missing means "not asked yet" and `[]` means "asked: none".

mod common;

use common::*;
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{
    Answer, DisabilityGrade, EnergySource, HeatingSystem, Household, IncomeKind, Member, Residence,
    ResidenceKind, Role,
};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::Status;
use eligibil::rules::validate::{Invalid, Problem};
use eligibil::rules::EngineError;

/// The questions the app asks: those of the benefits it has screens for
/// (`ASKED_IN_APP` in `src/ui/state.rs`). The means-tested benefits'
/// questions come with their screens; the command-line tool lists them.
/// Shadows `common::run` in this file.
fn run(h: &Household, date: chrono::NaiveDate) -> eligibil::rules::outcome::Evaluation {
    use eligibil::rules::outcome::BenefitId;
    let asked = [
        BenefitId::HeatingAid,
        BenefitId::EnergySupplement,
        BenefitId::StateChildAllowance,
    ];
    eligibil::rules::evaluate_only(h, &cluj(date), &asked)
        .expect("the household is valid and the date covered")
}

fn needs(h: &Household) -> Vec<Fact> {
    run(h, check_date()).needs
}

/// A member whose incomes have not been asked yet (`incomes: null`).
fn not_yet_asked(role: Role, birth: chrono::NaiveDate) -> Member {
    Member {
        incomes: None,
        ..person(role, birth, vec![])
    }
}

fn is_document_fact(fact: &Fact) -> bool {
    DOCUMENT_FACTS.contains(fact)
}

/// Eligibility settled, papers not yet chosen: every document fact unasked.
fn without_document_answers(mut h: Household) -> Household {
    h.home.tenure = None;
    h.home.owners_association = None;
    h.assets.vehicles = None;
    h.assets.declared_property = None;
    h
}

// ---------------------------------------------------------------------------
// Asking order
// ---------------------------------------------------------------------------

#[test]
fn empty_household_is_asked_where_it_lives_first() {
    let asked = needs(&Household::default());
    assert_eq!(asked.first(), Some(&Fact::Residence), "{asked:?}");
    assert!(asked.contains(&Fact::Members));
    assert!(
        !asked.iter().any(is_document_fact),
        "papers come last: {asked:?}"
    );
}

#[test]
fn empty_household_is_not_answered_yet_for_either_benefit() {
    let ev = run(&Household::default(), check_date());
    assert_eq!(heating_aid(&ev).status, Status::NeedsMoreInfo);
    assert_eq!(supplement(&ev).status, Status::NeedsMoreInfo);
}

#[test]
fn once_residence_is_known_the_members_come_next() {
    let h = Household {
        residence: in_cluj(),
        ..Household::default()
    };
    let asked = needs(&h);
    assert_eq!(asked.first(), Some(&Fact::Members), "{asked:?}");
    assert!(!asked.contains(&Fact::Residence));
}

#[test]
fn once_members_are_known_each_member_is_asked_for_income_once() {
    let h = Household {
        residence: in_cluj(),
        members: Some(vec![
            not_yet_asked(Role::Applicant, d(1984, 1, 1)),
            not_yet_asked(Role::Spouse, d(1986, 2, 2)),
            not_yet_asked(Role::Child, d(2015, 3, 3)),
        ]),
        ..Household::default()
    };
    let asked = needs(&h);
    assert_eq!(
        &asked[..3],
        [
            Fact::Incomes { member: 0 },
            Fact::Incomes { member: 1 },
            Fact::Incomes { member: 2 }
        ],
        "{asked:?}"
    );
    let income_questions = asked
        .iter()
        .filter(|f| matches!(f, Fact::Incomes { .. }))
        .count();
    assert_eq!(
        income_questions, 3,
        "one per member, not repeated per benefit"
    );
    assert!(!asked.contains(&Fact::Members));
}

#[test]
fn member_who_answered_no_income_is_not_asked_again() {
    // `incomes: []` is an answer (none); `incomes: null` is not.
    let h = Household {
        residence: in_cluj(),
        members: Some(vec![
            person(Role::Applicant, d(1984, 1, 1), vec![]),
            not_yet_asked(Role::Spouse, d(1986, 2, 2)),
        ]),
        ..Household::default()
    };
    let asked = needs(&h);
    assert!(!asked.contains(&Fact::Incomes { member: 0 }), "{asked:?}");
    assert_eq!(asked.first(), Some(&Fact::Incomes { member: 1 }));
}

#[test]
fn home_and_assets_are_asked_once_the_money_is_known() {
    // Residence, members and incomes answered (1000.00 per member); nothing
    // about the home or assets yet.
    let h = Household {
        residence: in_cluj(),
        members: Some(family_with_total(2, "2000.00")),
        ..Household::default()
    };
    let mut asked = needs(&h);
    asked.sort();
    let mut expected = vec![Fact::Heating, Fact::EnergySources, Fact::ExcludingAssets];
    expected.sort();
    assert_eq!(asked, expected);
}

// ---------------------------------------------------------------------------
// Households that cannot qualify are asked nothing more
// ---------------------------------------------------------------------------

#[test]
fn household_outside_cluj_napoca_is_asked_the_same_questions() {
    // The heating aid and the supplement are national (Legea 226/2021): a
    // person living elsewhere is screened alike and told to file at home.
    let h = Household {
        residence: Some(Residence {
            municipality: MunicipalityId::Other,
            kind: ResidenceKind::Resedinta,
        }),
        ..Household::default()
    };
    let ev = run(&h, check_date());
    assert_eq!(ev.needs.first(), Some(&Fact::Members), "{:?}", ev.needs);
    assert_eq!(heating_aid(&ev).status, Status::NeedsMoreInfo);
}

#[test]
fn family_over_the_income_limit_is_asked_nothing_more() {
    // 5000.00 / 2 = 2500.00 > 1386 (seed 004): neither benefit can be had,
    // so the home, assets and papers are never asked about.
    let h = Household {
        residence: in_cluj(),
        members: Some(family_with_total(2, "5000.00")),
        ..Household::default()
    };
    let ev = run(&h, check_date());
    assert!(ev.needs.is_empty(), "{:?}", ev.needs);
    assert_eq!(heating_aid(&ev).status, Status::NotEligible);
    assert_eq!(supplement(&ev).status, Status::NotEligible);
}

#[test]
fn family_owning_an_excluding_asset_is_asked_nothing_more() {
    let mut h = Household {
        residence: in_cluj(),
        members: Some(family_with_total(2, "2000.00")),
        ..Household::default()
    };
    h.assets.excluding = Some(Answer::Yes);
    let ev = run(&h, check_date());
    assert!(ev.needs.is_empty(), "{:?}", ev.needs);
}

#[test]
fn unheated_home_ends_the_heating_aid_questions_but_the_supplement_still_asks_energy_sources() {
    // No heating → no heating aid; the supplement depends on the energy used,
    // which is not yet answered.
    let mut h = Household {
        residence: in_cluj(),
        members: Some(family_with_total(2, "2000.00")),
        ..Household::default()
    };
    h.assets.excluding = Some(Answer::No);
    h.home.heating = Some(HeatingSystem::None);
    let ev = run(&h, check_date());
    assert_eq!(heating_aid(&ev).status, Status::NotEligible);
    assert!(heating_aid(&ev).needs.is_empty());
    assert_eq!(ev.needs, [Fact::EnergySources]);
}

// ---------------------------------------------------------------------------
// Papers are asked about last
// ---------------------------------------------------------------------------

#[test]
fn document_questions_wait_until_eligibility_is_settled() {
    // Money known, heating and assets not: no question about tenure, the
    // owners' association, cars or property yet.
    let h = without_document_answers(Household {
        residence: in_cluj(),
        members: Some(family_with_total(2, "2000.00")),
        ..Household::default()
    });
    let asked = needs(&h);
    assert!(!asked.is_empty());
    assert!(!asked.iter().any(is_document_fact), "{asked:?}");
}

#[test]
fn once_eligible_only_the_document_questions_remain() {
    // Everything that decides eligibility answered; only the four facts
    // that choose papers are left (each picks one paper on seed 004: proof
    // of the home, the association's certificate, the car's papers, deeds).
    let h = without_document_answers(answered_gas(family_with_total(2, "2000.00")));
    let ev = run(&h, check_date());
    assert_eq!(heating_aid(&ev).status, Status::Eligible);
    let mut asked = ev.needs.clone();
    asked.sort();
    let mut expected = DOCUMENT_FACTS.to_vec();
    expected.sort();
    assert_eq!(asked, expected);
}

#[test]
fn district_heating_with_papers_unanswered_asks_only_about_papers() {
    // The office decides district heating; nothing the person says would
    // change that, so only the papers are left to ask.
    let h = without_document_answers(answered(
        family_with_total(2, "2000.00"),
        HeatingSystem::DistrictHeating,
        &[EnergySource::Electricity, EnergySource::DistrictHeating],
    ));
    let ev = run(&h, check_date());
    assert_eq!(heating_aid(&ev).status, Status::NeedsMoreInfo);
    assert!(ev.needs.iter().all(is_document_fact), "{:?}", ev.needs);
    assert!(!ev.needs.contains(&Fact::Heating));
}

#[test]
fn not_sure_about_assets_asks_only_about_papers() {
    let mut h = without_document_answers(answered_gas(family_with_total(2, "2000.00")));
    h.assets.excluding = Some(Answer::NotSure);
    let ev = run(&h, check_date());
    assert_eq!(heating_aid(&ev).status, Status::NeedsMoreInfo);
    assert!(ev.needs.iter().all(is_document_fact), "{:?}", ev.needs);
    assert!(!ev.needs.contains(&Fact::ExcludingAssets));
}

#[test]
fn member_without_a_birth_date_is_asked_again_to_choose_id_or_birth_certificate() {
    // Over 14 → ID copy, under 14 → birth certificate (seed 004): without a
    // birth date the paper cannot be chosen.
    let mut members = family_with_total(2, "2000.00");
    members[1].birth_date = None;
    let ev = run(&answered_gas(members), check_date());
    assert_eq!(ev.needs, [Fact::Members]);
}

#[test]
fn fully_answered_household_has_nothing_left_to_ask() {
    // The child's disability too: it decides the state allowance's level.
    let mut members = family_with_total(3, "2700.00");
    members[2].disability = Some(DisabilityGrade::NoCertificate);
    let ev = run(&answered_gas(members), check_date());
    assert!(ev.needs.is_empty(), "{:?}", ev.needs);
    assert!(heating_aid(&ev).needs.is_empty());
    assert!(supplement(&ev).needs.is_empty());
}

#[test]
fn facts_are_never_repeated() {
    // Both benefits need residence, members and assets: asked once.
    let asked = needs(&Household::default());
    let unique: std::collections::HashSet<Fact> = asked.iter().copied().collect();
    assert_eq!(asked.len(), unique.len(), "{asked:?}");
}

// ---------------------------------------------------------------------------
// Answers that cannot be true are refused, naming the field
// ---------------------------------------------------------------------------

fn problems(h: &Household) -> Vec<Invalid> {
    match run_err(h, check_date()) {
        EngineError::InvalidHousehold { problems } => problems,
        other => panic!("expected an invalid household, got {other:?}"),
    }
}

#[test]
fn negative_income_is_refused_at_its_field() {
    let mut members = family_with_total(2, "2000.00");
    members[1].incomes = Some(vec![income(IncomeKind::Pension, "-10.00")]);
    let found = problems(&answered_gas(members));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "members[1].incomes[0].net_monthly");
    assert_eq!(
        found[0].problem,
        Problem::NegativeAmount {
            amount: lei("-10.00")
        }
    );
}

#[test]
fn income_with_three_decimals_is_refused() {
    // Lei have two decimals (bani): 1200.555 is a typing mistake.
    let members = vec![person(
        Role::Applicant,
        d(1980, 1, 1),
        vec![
            income(IncomeKind::Salary, "100.00"),
            income(IncomeKind::Salary, "1200.555"),
        ],
    )];
    let found = problems(&answered_gas(members));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "members[0].incomes[1].net_monthly");
    assert!(matches!(
        found[0].problem,
        Problem::MoreThanTwoDecimals { .. }
    ));
}

#[test]
fn trailing_zeros_are_not_extra_decimals() {
    // 1200.500 is 1200.50 lei: two significant decimals, accepted.
    let members = vec![person(
        Role::Applicant,
        d(1980, 1, 1),
        vec![income(IncomeKind::Salary, "1200.500")],
    )];
    let ev = run(&answered_gas(members), check_date());
    assert_eq!(heating_aid(&ev).status, Status::Eligible);
}

#[test]
fn birth_date_after_the_check_date_is_refused() {
    // Born 23 Nov 2026, checked 22 Nov 2026.
    let mut members = family_with_total(2, "2000.00");
    members.push(person(Role::Child, d(2026, 11, 23), vec![]));
    let found = problems(&answered_gas(members));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "members[2].birth_date");
    assert_eq!(
        found[0].problem,
        Problem::BirthDateAfterCheckDate {
            birth_date: d(2026, 11, 23),
            check_date: check_date()
        }
    );
}

#[test]
fn baby_born_on_the_check_date_is_accepted() {
    let mut members = family_with_total(2, "2000.00");
    members.push(person(Role::Child, check_date(), vec![]));
    let ev = run(&answered_gas(members), check_date());
    assert_eq!(heating_aid(&ev).status, Status::Eligible);
}

#[test]
fn first_member_who_is_not_the_applicant_is_refused() {
    // The first member is the titular of the application.
    let mut members = family_with_total(2, "2000.00");
    members.swap(0, 1);
    let found = problems(&answered_gas(members));
    assert!(
        found
            .iter()
            .any(|p| p.field == "members[0].role" && p.problem == Problem::FirstMemberNotApplicant),
        "{found:?}"
    );
}

#[test]
fn second_applicant_is_refused() {
    let mut members = family_with_total(2, "2000.00");
    members[1].role = Role::Applicant;
    let found = problems(&answered_gas(members));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "members[1].role");
    assert_eq!(found[0].problem, Problem::SecondApplicant);
}

#[test]
fn heating_source_missing_from_the_energy_sources_is_refused() {
    // Heated with gas but says it uses only electricity: contradictory.
    let h = answered(
        family_with_total(2, "2000.00"),
        HeatingSystem::NaturalGas,
        &[EnergySource::Electricity],
    );
    let found = problems(&h);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "home.heating");
    assert_eq!(found[0].problem, Problem::HeatingNotAmongEnergySources);
}

#[test]
fn energy_source_listed_twice_is_refused() {
    let h = answered(
        family_with_total(2, "2000.00"),
        HeatingSystem::Electricity,
        &[EnergySource::Electricity, EnergySource::Electricity],
    );
    let found = problems(&h);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "home.energy_sources");
    assert_eq!(found[0].problem, Problem::DuplicateEnergySource);
}

#[test]
fn every_problem_is_reported_at_once() {
    // A negative income and a future birth date: both named in one answer.
    let mut members = family_with_total(2, "2000.00");
    members[0].incomes = Some(vec![income(IncomeKind::Salary, "-1.00")]);
    members[1].birth_date = Some(d(2027, 1, 1));
    let mut fields: Vec<String> = problems(&answered_gas(members))
        .into_iter()
        .map(|p| p.field)
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        ["members[0].incomes[0].net_monthly", "members[1].birth_date"]
    );
}

#[test]
fn invalid_household_is_refused_before_any_rule_runs() {
    // Even on a date the rules do not cover, the impossible answer is what
    // the person must fix first.
    let mut members = family_with_total(2, "2000.00");
    members[0].incomes = Some(vec![income(IncomeKind::Salary, "-1.00")]);
    assert!(matches!(
        run_err(&answered_gas(members), d(2021, 1, 1)),
        EngineError::InvalidHousehold { .. }
    ));
}

#[test]
fn an_empty_member_list_is_refused_the_applicant_is_always_there() {
    // A household always has at least the applicant (titularul cererii).
    let h = Household {
        members: Some(vec![]),
        ..Household::default()
    };
    match eligibil::rules::evaluate(&h, &cluj(check_date())) {
        Err(EngineError::InvalidHousehold { problems }) => {
            assert!(problems
                .iter()
                .any(|p| p.field == "members" && p.problem == Problem::NoMembers));
        }
        other => panic!("expected the empty list to be refused, got {other:?}"),
    }
}
