//! The child-raising area's questions (issue 9, issue 17): every fact is
//! stored under a name that reads back, is asked through the generic
//! question table with values its field accepts and has Romanian words; a
//! parent back at work is asked whether they already receive the
//! allowance before the 12 months of 24, which that answer spares.

use chrono::NaiveDate;
use eligibil::i18n::tr;
use eligibil::questions::{self, Kind, Set};
use eligibil::rules::child_raising::ChildRaisingFact;
use eligibil::rules::facts::Fact;
use eligibil::rules::household::Household;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{BenefitId, YearMonth};
use eligibil::rules::{evaluate_only, EvalContext};

const EVERY_FACT: [ChildRaisingFact; 13] = [
    ChildRaisingFact::Carer,
    ChildRaisingFact::DecisionDate,
    ChildRaisingFact::BackToWork,
    ChildRaisingFact::ReceivesAllowance,
    ChildRaisingFact::IncomeMonths,
    ChildRaisingFact::AssimilatedPeriods,
    ChildRaisingFact::AssimilatedMonths,
    ChildRaisingFact::MaternityLeave,
    ChildRaisingFact::MaternityLeaveEnd,
    ChildRaisingFact::AverageNetIncome,
    ChildRaisingFact::LeaveForOlderChild,
    ChildRaisingFact::BackToWorkDate,
    ChildRaisingFact::MealVouchers,
];

fn parent_and_baby(child_raising: &str) -> Household {
    serde_json::from_str(&format!(
        r#"{{"residence":{{"municipality":"cluj-napoca","kind":"domiciliu"}},
            "members":[{{"role":"applicant","birth_date":"1992-04-01","incomes":[]}},
                       {{"role":"child","birth_date":"2026-01-10","birth_country":"romania","disability":"none","incomes":[]}}],
            "child_raising":{child_raising}}}"#
    ))
    .expect("household")
}

/// What "Mă întorc la muncă după concediul de creștere a copilului" screens
/// (`Topic::BackToWork`), in the order the app asks.
fn back_to_work_needs(h: &Household) -> Vec<Fact> {
    let ctx = EvalContext {
        date: NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        municipality: MunicipalityId::ClujNapoca,
    };
    evaluate_only(
        h,
        &ctx,
        &[
            BenefitId::InsertionIncentive,
            BenefitId::ChildRaisingAllowance,
        ],
    )
    .expect("evaluates")
    .needs
}

fn cr(f: ChildRaisingFact) -> Fact {
    Fact::ChildRaising(f)
}

#[test]
fn every_fact_is_stored_under_a_name_that_reads_back_as_the_same_fact() {
    for fact in EVERY_FACT.map(Fact::ChildRaising) {
        assert_eq!(Fact::from_key(&fact.key()), Some(fact), "{}", fact.key());
    }
}

#[test]
fn every_fact_is_asked_with_values_its_field_accepts_and_has_words() {
    for fact in EVERY_FACT.map(Fact::ChildRaising) {
        let spec = questions::spec(fact).unwrap_or_else(|| panic!("{fact:?} has a question"));
        let options: Vec<String> = spec.kind.options().iter().map(|o| o.to_string()).collect();
        let mut h = parent_and_baby("{}");
        let before = h.clone();
        let date = NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
        let applied = match (spec.kind, spec.set) {
            (Kind::Several(_), Set::Values(set)) => set(&mut h, spec.member, &options),
            (Kind::Count { max }, Set::Count(set)) => set(&mut h, spec.member, max),
            (Kind::Date { .. }, Set::Date(set)) => set(&mut h, spec.member, date),
            (Kind::Money, Set::Money(set)) => set(&mut h, spec.member, rust_decimal::Decimal::ONE),
            (_, Set::Value(set)) => options
                .iter()
                .map(|v| set(&mut h, spec.member, v))
                .collect::<Option<Vec<()>>>()
                .map(|_| ()),
            other => panic!("{fact:?}: unexpected question {other:?}"),
        };
        assert_eq!(applied, Some(()), "{fact:?}");
        assert_ne!(h, before, "{fact:?} writes its answer");
        for value in &options {
            assert!(
                !tr::option_label(fact, value).is_empty(),
                "{fact:?} = {value}"
            );
        }
        let month = YearMonth {
            year: 2026,
            month: 10,
        };
        assert!(!tr::question(fact, &h, month).is_empty(), "{fact:?}");
        assert!(
            tr::question_hint(fact).is_some_and(|hint| !hint.is_empty()),
            "{fact:?}"
        );
    }
}

#[test]
fn the_return_to_work_is_asked_before_the_months_with_income() {
    let needs = back_to_work_needs(&parent_and_baby(r#"{"carer":"natural_parent"}"#));
    let at = |f| needs.iter().position(|n| *n == cr(f));
    assert_eq!(
        needs.first(),
        Some(&cr(ChildRaisingFact::BackToWork)),
        "{needs:?}"
    );
    assert!(at(ChildRaisingFact::BackToWork) < at(ChildRaisingFact::IncomeMonths));
}

#[test]
fn a_parent_back_at_work_is_asked_about_the_allowance_before_the_months() {
    let needs = back_to_work_needs(&parent_and_baby(
        r#"{"carer":"natural_parent","back_to_work":true}"#,
    ));
    assert_eq!(
        needs.first(),
        Some(&cr(ChildRaisingFact::ReceivesAllowance)),
        "{needs:?}"
    );
}

#[test]
fn a_parent_who_receives_the_allowance_is_not_asked_the_months_again() {
    let needs = back_to_work_needs(&parent_and_baby(
        r#"{"carer":"natural_parent","back_to_work":true,"receives_allowance":true}"#,
    ));
    assert_eq!(needs, vec![cr(ChildRaisingFact::BackToWorkDate)]);
    let needs = back_to_work_needs(&parent_and_baby(
        r#"{"carer":"natural_parent","back_to_work":true,"receives_allowance":true,"back_to_work_date":"2026-11-02"}"#,
    ));
    assert_eq!(needs, Vec::<Fact>::new());
}

#[test]
fn a_parent_back_at_work_without_the_allowance_is_asked_the_months() {
    let needs = back_to_work_needs(&parent_and_baby(
        r#"{"carer":"natural_parent","back_to_work":true,"receives_allowance":false}"#,
    ));
    assert_eq!(
        needs.first(),
        Some(&cr(ChildRaisingFact::IncomeMonths)),
        "{needs:?}"
    );
}

#[test]
fn the_baby_s_disability_is_asked_once_and_its_answer_reaches_the_leave() {
    // Seed 004: the leave "până la împlinirea de către copil a vârstei de 2
    // ani, respectiv 3 ani, în cazul copilului cu handicap". Not asked yet:
    // both benefits ask it, once.
    let mut h = parent_and_baby(r#"{"carer":"natural_parent"}"#);
    h.members.as_mut().expect("members")[1].disability = None;
    let needs = back_to_work_needs(&h);
    let asked = needs
        .iter()
        .filter(|f| **f == Fact::Disability { member: 1 })
        .count();
    assert_eq!(asked, 1, "{needs:?}");
    // Answered through the question's own setter: the leave runs to 3.
    let spec = questions::spec(Fact::Disability { member: 1 }).expect("a question");
    let Set::Value(set) = spec.set else {
        panic!("a choice")
    };
    assert_eq!(set(&mut h, spec.member, "severe"), Some(()));
    let ctx = EvalContext {
        date: NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        municipality: MunicipalityId::ClujNapoca,
    };
    let ev = evaluate_only(&h, &ctx, &[BenefitId::ChildRaisingAllowance]).expect("evaluates");
    assert!(!ev.needs.contains(&Fact::Disability { member: 1 }));
    let json = serde_json::to_value(&ev.benefits[0]).expect("json");
    let reason = json["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .find(|r| r["criterion"] == "child_age_for_leave")
        .expect("the child's age");
    assert_eq!(reason["years"], 3, "{reason}");
    assert_eq!(reason["disabled"], true, "{reason}");
}
