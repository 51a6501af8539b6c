//! The answers as a person gives them, stored on the device: read back into
//! the household the engine sees, and every stored format the app has ever
//! written read again (`tests/fixtures/draft-schema-N.json`, one per earlier
//! version, as the app wrote it).

use chrono::NaiveDate;
use eligibil::draft::{self, AnswerDraft, DateDraft, DecodeError, Draft, FieldId, InputProblem};
use eligibil::questions;
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{Answer, Tenure};
use rust_decimal_macros::dec;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// The problems with answers given through the questions table (a fresh
/// draft also lacks the applicant's birth date, which is not tested here).
fn answer_errors(d: &Draft) -> Vec<eligibil::draft::FieldError> {
    let (_, errors) = d.to_household(today());
    errors
        .into_iter()
        .filter(|e| matches!(e.field, FieldId::Answer { .. }))
        .collect()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

#[test]
fn a_draft_written_by_schema_1_is_migrated_with_every_answer_kept() {
    // Schema 1 (the app until this version) kept the answers about assets and
    // papers in fields of their own; they now live in `answers`.
    let d = draft::decode(&fixture("draft-schema-1.json")).expect("schema 1 is read");
    let (h, errors) = d.to_household(today());
    assert_eq!(errors, vec![]);
    assert_eq!(h.assets.excluding, Some(Answer::No));
    assert_eq!(h.home.tenure, Some(Tenure::Tenant));
    assert_eq!(h.home.owners_association, Some(true));
    assert_eq!(h.assets.vehicles, Some(false));
    assert_eq!(h.assets.declared_property, Some(false));
    let members = h.members.expect("members confirmed");
    assert_eq!(members[0].name.as_deref(), Some("Ana"));
    assert_eq!(members[0].total_net_income(), Some(dec!(2400)));
    // Written back, it is the current schema and reads the same.
    let again = draft::decode(&serde_json::to_string(&draft::encode(&d)).expect("encodes"))
        .expect("current schema reads");
    assert_eq!(again, d);
}

#[test]
fn a_draft_from_a_newer_version_is_refused_not_guessed() {
    let json = r#"{"schema": 99, "draft": {}}"#;
    assert_eq!(draft::decode(json), Err(DecodeError::UnknownSchema(99)));
}

#[test]
fn a_corrupt_draft_is_unreadable() {
    assert_eq!(
        draft::decode("{\"schema\": 2, \"draft\": 7}"),
        Err(DecodeError::Unreadable)
    );
    assert_eq!(draft::decode("not json"), Err(DecodeError::Unreadable));
}

#[test]
fn a_yes_no_answer_lands_in_its_household_field() {
    let mut d = Draft::new();
    d.set_answer(Fact::OwnersAssociation, AnswerDraft::One("true".into()));
    d.set_answer(Fact::Tenure, AnswerDraft::One("comodat".into()));
    let (h, _) = d.to_household(today());
    assert_eq!(answer_errors(&d), vec![]);
    assert_eq!(h.home.owners_association, Some(true));
    assert_eq!(h.home.tenure, Some(Tenure::Comodat));
}

#[test]
fn an_answer_the_question_does_not_offer_is_reported_at_its_question_and_left_unanswered() {
    let mut d = Draft::new();
    d.set_answer(Fact::Tenure, AnswerDraft::One("castle".into()));
    d.set_answer(Fact::Vehicles, AnswerDraft::One("false".into()));
    let (h, _) = d.to_household(today());
    let errors = answer_errors(&d);
    assert_eq!(h.home.tenure, None, "nothing guessed");
    assert_eq!(
        h.assets.vehicles,
        Some(false),
        "the other answers still count"
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, FieldId::Answer { fact: Fact::Tenure });
    assert_eq!(errors[0].problem, InputProblem::NotAnOption);
}

#[test]
fn every_value_a_question_offers_is_one_its_household_field_accepts() {
    for fact in [
        Fact::ExcludingAssets,
        Fact::Tenure,
        Fact::OwnersAssociation,
        Fact::Vehicles,
        Fact::DeclaredProperty,
    ] {
        let spec = questions::spec(fact).expect("asked through the table");
        for value in spec.kind.options() {
            let mut d = Draft::new();
            d.set_answer(fact, AnswerDraft::One((*value).into()));
            assert_eq!(answer_errors(&d), vec![], "{fact:?} = {value}");
        }
    }
}

#[test]
fn event_dates_may_be_in_the_future_only_where_the_question_allows_it() {
    let next_year = DateDraft {
        day: "1".into(),
        month: "2".into(),
        year: "2027".into(),
    };
    assert_eq!(
        next_year.parse_event(today(), true),
        NaiveDate::from_ymd_opt(2027, 2, 1).ok_or(InputProblem::NotADate)
    );
    assert_eq!(
        next_year.parse_event(today(), false),
        Err(InputProblem::DateInFuture)
    );
    let no_such_day = DateDraft {
        day: "30".into(),
        month: "2".into(),
        year: "2026".into(),
    };
    assert_eq!(
        no_such_day.parse_event(today(), true),
        Err(InputProblem::NotADate)
    );
}

#[test]
fn every_fact_is_stored_under_a_name_that_reads_back_as_the_same_fact() {
    for fact in [
        Fact::Residence,
        Fact::Members,
        Fact::Incomes { member: 0 },
        Fact::Incomes { member: 12 },
        Fact::Heating,
        Fact::EnergySources,
        Fact::ExcludingAssets,
        Fact::Tenure,
        Fact::OwnersAssociation,
        Fact::Vehicles,
        Fact::DeclaredProperty,
    ] {
        assert_eq!(Fact::from_key(&fact.key()), Some(fact), "{}", fact.key());
    }
    assert_eq!(Fact::from_key("incomes:x"), None);
    assert_eq!(
        Fact::from_key("tenure:1"),
        None,
        "a household fact has no member"
    );
    assert_eq!(Fact::from_key("a_fact_from_a_newer_version"), None);
}

#[test]
fn electricity_starts_ticked_so_a_home_heated_with_wood_does_not_lose_its_30_lei() {
    // Issue 10: a pensioner heating with wood who ticked only "lemne" got
    // 20 lei instead of 30 + 20 = 50 (seed 004, lit. a) and c)), because
    // nothing asked about the electricity almost every home uses.
    use eligibil::rules::household::{EnergySource, HeatingSystem};
    let mut d = Draft::new();
    d.heating = Some(HeatingSystem::SolidOrPetroleum);
    assert_eq!(
        d.energy_sources_in_use(),
        vec![EnergySource::Electricity, EnergySource::SolidOrPetroleum]
    );
    // Once answered, the answer stands, electricity unticked included.
    d.energy_sources = Some(vec![]);
    assert_eq!(
        d.energy_sources_in_use(),
        vec![EnergySource::SolidOrPetroleum]
    );
}

#[test]
fn a_new_parent_who_says_a_child_brings_them_is_screened_for_the_allowance_only() {
    use eligibil::rules::outcome::BenefitId;
    use eligibil::rules::topics::{scope, Topic};
    let available = [
        BenefitId::HeatingAid,
        BenefitId::EnergySupplement,
        BenefitId::StateChildAllowance,
    ];
    assert_eq!(
        scope(&[Topic::Child], &available),
        vec![BenefitId::StateChildAllowance]
    );
    assert_eq!(
        scope(&[Topic::Heating, Topic::Child], &available),
        available.to_vec(),
        "several reasons, several benefits"
    );
    // Nothing chosen: check everything.
    assert_eq!(scope(&[], &available), available.to_vec());
    // Rent aid is not screened yet: rather than nothing, everything we can.
    assert_eq!(scope(&[Topic::Rent], &available), available.to_vec());
}

/// Issue 22: "Continuă" with nothing ticked on a question of several
/// choices is the answer "none of these" (a renter who owns nothing on the
/// list, a parent in none of the assimilated situations), and the question
/// is not asked again.
#[test]
fn continuing_with_nothing_ticked_answers_none_on_every_several_choice_question() {
    use eligibil::rules::child_raising::ChildRaisingFact;
    use eligibil::rules::means::MeansFact;
    let several = [
        Fact::ChildRaising(ChildRaisingFact::AssimilatedPeriods),
        Fact::Means(MeansFact::ListedAssets),
    ];
    for fact in several {
        let spec = questions::spec(fact).expect("asked through the table");
        assert!(matches!(spec.kind, questions::Kind::Several(_)), "{fact:?}");
        let mut d = Draft::new();
        d.confirm_none(fact);
        assert_eq!(
            d.answer(fact),
            Some(&AnswerDraft::Several(Vec::new())),
            "{fact:?}"
        );
        assert_eq!(
            answer_errors(&d),
            vec![],
            "{fact:?}: none is a valid answer"
        );
        let (h, _) = d.to_household(today());
        let stored = match fact {
            Fact::ChildRaising(_) => h.child_raising.assimilated_periods.map(|v| v.len()),
            _ => h.rent_aid.listed_assets.map(|v| v.len()),
        };
        assert_eq!(
            stored,
            Some(0),
            "{fact:?}: the household holds an empty list, not nothing"
        );
        // What was ticked is kept: confirming never overwrites an answer.
        let mut ticked = Draft::new();
        let first = spec.kind.options()[0].to_string();
        ticked.set_answer(fact, AnswerDraft::Several(vec![first.clone()]));
        ticked.confirm_none(fact);
        assert_eq!(
            ticked.answer(fact),
            Some(&AnswerDraft::Several(vec![first]))
        );
    }
    // A one-choice question left blank stays unanswered.
    let mut d = Draft::new();
    d.confirm_none(Fact::Tenure);
    assert_eq!(d.answer(Fact::Tenure), None);
}

/// Issue 21: sums as people type them. Each is read as Romanian writes
/// sums (a dot groups thousands, a comma starts the bani); the two ways of
/// typing that are almost never meant are asked about, never guessed.
#[test]
fn sums_as_people_type_them_are_read_or_asked_about() {
    use eligibil::draft::{amount_doubt, parse_lei, AmountDoubt};
    // typed       read as         doubt
    let table = [
        (
            "1,100",
            dec!(1.10),
            Some(AmountDoubt::CommaBeforeThreeDigits {
                read: Some(dec!(1.1)),
                meant: dec!(1100),
            }),
        ),
        ("1.100", dec!(1100), None),
        ("1 100", dec!(1100), None),
        ("1100,50", dec!(1100.50), None),
        ("1.100,50", dec!(1100.50), None),
        (
            "1,5",
            dec!(1.5),
            Some(AmountDoubt::VerySmall { read: dec!(1.5) }),
        ),
        ("1100 lei", dec!(1100), None),
        ("3.800", dec!(3800), None),
        ("0", dec!(0), None),
    ];
    for (typed, read, doubt) in table {
        assert_eq!(parse_lei(typed), Ok(read), "{typed}");
        assert_eq!(amount_doubt(typed), doubt, "{typed}");
    }
    // "1,234" cannot be a sum in lei (three decimals): the app asks whether
    // 1.234 lei was meant, rather than only saying "too many decimals".
    assert_eq!(parse_lei("1,234"), Err(InputProblem::TooManyDecimals));
    assert_eq!(
        amount_doubt("1,234"),
        Some(AmountDoubt::CommaBeforeThreeDigits {
            read: None,
            meant: dec!(1234)
        })
    );
}

#[test]
fn a_sum_confirmed_as_typed_is_not_asked_about_again_until_it_changes() {
    use eligibil::draft::{AmountDoubt, IncomeDraft};
    use eligibil::rules::household::IncomeKind;
    let mut d = Draft::new();
    d.members[0].incomes = Some(vec![IncomeDraft {
        kind: IncomeKind::Unemployment,
        amount: "1,100".into(),
    }]);
    let field = FieldId::IncomeAmount {
        member: 0,
        income: 0,
    };
    assert!(matches!(
        d.amount_doubt(field),
        Some(AmountDoubt::CommaBeforeThreeDigits { .. })
    ));
    assert_eq!(d.amount_doubts().len(), 1);
    // "I meant 1.100 lei": the text becomes 1100, and nothing is in doubt.
    let mut meant = d.clone();
    meant.set_amount(field, dec!(1100));
    assert_eq!(meant.amount_text(field), Some("1100"));
    assert_eq!(meant.amount_doubts(), vec![]);
    // "1,10 lei is right": kept as typed, not asked again…
    d.confirm_amount(field);
    assert_eq!(d.amount_doubt(field), None);
    assert_eq!(d.members[0].incomes.as_ref().unwrap()[0].amount, "1,100");
    // …until the text changes.
    d.members[0].incomes.as_mut().unwrap()[0].amount = "2,500".into();
    assert!(d.amount_doubt(field).is_some());
}

/// Issue 21: the app never asked anyone's disability. A member's answer
/// lands on that member, "none" included, and reaches the rules.
#[test]
fn a_member_s_disability_answer_lands_on_that_member_and_reaches_the_allowance() {
    use eligibil::draft::MemberDraft;
    use eligibil::rules::household::{DisabilityGrade, Role};
    use eligibil::rules::municipality::MunicipalityId;
    use eligibil::rules::outcome::{AllowanceLevel, BenefitId, Criterion};
    use eligibil::rules::{evaluate_only, EvalContext};
    let born = |day: &str, month: &str, year: &str| DateDraft {
        day: day.into(),
        month: month.into(),
        year: year.into(),
    };
    let mut d = Draft::new();
    d.residence = Some(draft::ResidenceChoice::ClujDomiciliu);
    d.members[0].birth = born("1", "4", "1985");
    d.members[0].incomes = Some(vec![]);
    d.members.push(MemberDraft {
        role: Role::Child,
        name: "Elena".into(),
        birth: born("1", "6", "2016"),
        incomes: Some(vec![]),
    });
    d.members_confirmed = true;
    let ctx = EvalContext {
        date: today(),
        municipality: MunicipalityId::ClujNapoca,
    };
    let level = |d: &Draft| {
        let (h, _) = d.to_household(today());
        let ev = evaluate_only(&h, &ctx, &[BenefitId::StateChildAllowance]).expect("evaluates");
        let level = ev.benefits[0]
            .reasons
            .iter()
            .find_map(|r| match r.criterion {
                Criterion::ChildAllowanceAge { level, .. } => Some(level),
                _ => None,
            });
        (h, ev.needs, level.flatten())
    };
    let (h, needs, found) = level(&d);
    assert_eq!(h.members.as_ref().expect("members")[1].disability, None);
    assert!(needs.contains(&Fact::Disability { member: 1 }), "{needs:?}");
    assert_eq!(found, None, "the level waits for the answer");
    for (value, grade, expected) in [
        (
            "none",
            DisabilityGrade::NoCertificate,
            AllowanceLevel::Standard,
        ),
        ("mild", DisabilityGrade::Mild, AllowanceLevel::Higher),
        ("severe", DisabilityGrade::Severe, AllowanceLevel::Higher),
    ] {
        d.set_answer(
            Fact::Disability { member: 1 },
            AnswerDraft::One(value.into()),
        );
        assert_eq!(answer_errors(&d), vec![], "{value}");
        let (h, needs, found) = level(&d);
        let members = h.members.expect("members");
        assert_eq!(members[1].disability, Some(grade));
        assert_eq!(members[0].disability, None, "only that member");
        assert!(!needs.contains(&Fact::Disability { member: 1 }));
        assert_eq!(found, Some(expected), "{value}");
    }
    for value in questions::spec(Fact::Disability { member: 1 })
        .expect("asked through the table")
        .kind
        .options()
    {
        d.set_answer(
            Fact::Disability { member: 1 },
            AnswerDraft::One((*value).into()),
        );
        assert_eq!(answer_errors(&d), vec![], "{value}");
    }
}

/// Issue 17: the canteen's "invalid or chronically ill" is one question for
/// the family (a checkbox per member), not a screen per person. The answer
/// is the members ticked; everyone else is "no".
#[test]
fn a_question_about_the_whole_family_writes_every_member_and_refuses_a_member_not_there() {
    use eligibil::draft::MemberDraft;
    use eligibil::rules::household::Role;
    use eligibil::rules::means::MeansFact;
    let fact = Fact::Means(MeansFact::ChronicallyIllOrInvalid);
    let spec = questions::spec(fact).expect("asked through the table");
    assert_eq!(spec.kind, questions::Kind::Members);
    assert!(!spec.about_member);
    let mut d = Draft::new();
    d.members[0].birth = DateDraft {
        day: "1".into(),
        month: "4".into(),
        year: "1985".into(),
    };
    for year in ["1986", "2015", "2017"] {
        d.members.push(MemberDraft {
            role: if year == "1986" {
                Role::Spouse
            } else {
                Role::Child
            },
            name: String::new(),
            birth: DateDraft {
                day: "1".into(),
                month: "3".into(),
                year: year.into(),
            },
            incomes: Some(vec![]),
        });
    }
    d.members_confirmed = true;
    d.set_answer(fact, AnswerDraft::Several(vec!["2".into(), "2".into()]));
    assert_eq!(answer_errors(&d), vec![]);
    let (h, _) = d.to_household(today());
    let ill: Vec<Option<bool>> = h
        .members
        .expect("members")
        .iter()
        .map(|m| m.situation.chronically_ill_or_invalid)
        .collect();
    assert_eq!(ill, [Some(false), Some(false), Some(true), Some(false)]);
    // Nothing ticked is "nobody", not a question left blank.
    let mut none = d.clone();
    none.answers.clear();
    none.confirm_none(fact);
    assert_eq!(none.answer(fact), Some(&AnswerDraft::Several(vec![])));
    // A member who is not in the family is not an answer.
    d.set_answer(fact, AnswerDraft::Several(vec!["7".into()]));
    assert_eq!(
        answer_errors(&d),
        vec![eligibil::draft::FieldError {
            field: FieldId::Answer { fact },
            problem: InputProblem::NotAnOption
        }]
    );
    // A member added or removed: the family's answers are asked again.
    d.set_answer(fact, AnswerDraft::Several(vec!["1".into()]));
    d.set_answer(Fact::Tenure, AnswerDraft::One("tenant".into()));
    d.forget_member_lists();
    assert_eq!(d.answer(fact), None);
    assert!(d.answer(Fact::Tenure).is_some(), "other answers are kept");
}

/// Answers about a member are kept by their place in the family: taking
/// someone out moves the later members' answers with them, so nobody
/// inherits another person's answers.
#[test]
fn removing_a_member_takes_their_answers_and_moves_the_others_with_their_people() {
    use eligibil::draft::MemberDraft;
    use eligibil::rules::household::Role;
    let mut d = Draft::new();
    for _ in 0..3 {
        d.add_member(MemberDraft {
            role: Role::Child,
            ..MemberDraft::default()
        });
    }
    let disability = |m| Fact::from_key(&format!("disability:{m}")).expect("a fact");
    d.set_answer(disability(1), AnswerDraft::One("none".into()));
    d.set_answer(disability(2), AnswerDraft::One("severe".into()));
    d.set_answer(disability(3), AnswerDraft::One("mild".into()));
    d.record_asked(disability(2));
    d.remove_member(2);
    assert_eq!(d.members.len(), 3);
    assert_eq!(
        d.answer(disability(1)),
        Some(&AnswerDraft::One("none".into()))
    );
    assert_eq!(
        d.answer(disability(2)),
        Some(&AnswerDraft::One("mild".into())),
        "the third child's answer moved with them"
    );
    assert_eq!(d.answer(disability(3)), None);
    assert!(
        !d.asked.contains(&"disability:2".to_string()),
        "the removed child's question is not counted as asked"
    );
    // The applicant is never removed.
    d.remove_member(0);
    assert_eq!(d.members.len(), 3);
}

/// A person with no home (no domicile, no residence) answers the residence
/// question truthfully, and it is not asked again: the household is
/// homeless with no residence, checked under Cluj-Napoca's profile; the
/// national benefits pass the residence criterion and Cluj-Napoca's own
/// rent aid is left to the office, never a flat no.
#[test]
fn a_person_with_no_home_answers_the_residence_question_and_is_not_asked_it_again() {
    use eligibil::i18n::tr;
    use eligibil::rules::municipality::MunicipalityId;
    use eligibil::rules::outcome::{BenefitId, Check, Criterion, Status};
    use eligibil::rules::{evaluate, EvalContext};

    // Stored as the app writes it: a new answer, read by this version.
    let json = r#"{"schema": 2, "draft": {"residence": "cluj_homeless",
        "members_confirmed": true,
        "members": [{"role": "applicant", "name": "", "birth": {"day": "10", "month": "4", "year": "2002"}, "incomes": []}]}}"#;
    let d = draft::decode(json).expect("the no-home answer is read");
    assert_eq!(d.residence, Some(draft::ResidenceChoice::ClujHomeless));
    assert_eq!(d.municipality(), MunicipalityId::ClujNapoca);
    let (h, errors) = d.to_household(today());
    assert_eq!(errors, vec![]);
    assert_eq!(h.residence, None);
    assert_eq!(h.situation.homeless, Some(true));
    // Written back, it reads the same.
    let again = draft::decode(&serde_json::to_string(&draft::encode(&d)).expect("encodes"))
        .expect("reads back");
    assert_eq!(again, d);

    let ev = evaluate(
        &h,
        &EvalContext {
            date: today(),
            municipality: d.municipality(),
        },
    )
    .expect("evaluates");
    assert!(
        !ev.needs.contains(&Fact::Residence),
        "the residence is asked again: {:?}",
        ev.needs
    );
    let residence = |id: BenefitId| {
        let b = ev.benefit(id).expect("screened");
        assert!(!b.needs.contains(&Fact::Residence), "{id:?} asks it");
        b.reasons
            .iter()
            .find(|r| matches!(r.criterion, Criterion::Residence { .. }))
            .map(|r| r.check)
    };
    assert_eq!(residence(BenefitId::Vmi), Some(Check::Pass));
    assert_eq!(residence(BenefitId::SocialCanteen), Some(Check::Pass));
    assert_eq!(residence(BenefitId::RentAid), Some(Check::Unknown));
    let rent = ev.benefit(BenefitId::RentAid).expect("rent aid");
    assert_ne!(rent.status, Status::NotEligible);
    let (title, detail) = tr::criterion(
        &rent
            .reasons
            .iter()
            .find(|r| matches!(r.criterion, Criterion::Residence { .. }))
            .expect("residence reason")
            .criterion,
    );
    assert_eq!(title, "Domiciliul sau reședința în Cluj-Napoca");
    assert!(
        detail
            .as_deref()
            .is_some_and(|d| d.contains("decide biroul")),
        "{detail:?}"
    );
}

/// Once every other question is answered, the rent aid of a homeless
/// person reads "Decide DASM": the office decides, not "not for you".
#[test]
fn a_homeless_person_s_rent_aid_with_everything_answered_is_for_dasm_to_decide() {
    use eligibil::i18n::tr;
    use eligibil::rules::household::Household;
    use eligibil::rules::municipality::MunicipalityId;
    use eligibil::rules::outcome::{BenefitId, Status};
    use eligibil::rules::{evaluate, EvalContext};

    let h: Household = serde_json::from_str(
        r#"{"members": [{"role": "applicant", "birth_date": "2002-04-10", "incomes": [],
                         "situation": {"able_to_work": true}}],
            "situation": {"homeless": true, "lives_with_others": false},
            "assets": {"excluding": "no"},
            "rent_aid": {"care_leaver": true, "marginalised_in_dasm_records": "no",
                "domestic_violence_victim": false, "actually_lives_in_city": true,
                "owns_or_sold_home": false, "state_housing": false,
                "state_housing_credit": false, "months_received": 0,
                "local_taxes_paid": true, "listed_assets": [],
                "lease_with_relative": false, "lease_registered_with_anaf": false}}"#,
    )
    .expect("household");
    let ev = evaluate(
        &h,
        &EvalContext {
            date: today(),
            municipality: MunicipalityId::ClujNapoca,
        },
    )
    .expect("evaluates");
    let rent = ev.benefit(BenefitId::RentAid).expect("rent aid");
    assert_eq!(rent.status, Status::NeedsMoreInfo);
    assert_eq!(rent.needs, vec![]);
    assert_eq!(tr::status_of(rent), "Decide DASM");
}
