//! The means-tested and local benefits' questions and sentences: every fact
//! is stored under a name that reads back, is asked through the generic
//! question table with values its field accepts, and has Romanian words;
//! every part of every example's answer has a Romanian sentence.

use chrono::NaiveDate;
use eligibil::i18n::tr;
use eligibil::questions::{self, Kind, Set};
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{Household, Member, Role};
use eligibil::rules::means::MeansFact;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{Check, Criterion, YearMonth};
use eligibil::rules::{evaluate, EvalContext};

const EVERY_FACT: [MeansFact; 24] = [
    MeansFact::LivesWithOthers,
    MeansFact::CareLeaver,
    MeansFact::MarginalisedInDasmRecords,
    MeansFact::DomesticViolenceVictim,
    MeansFact::MonthsOfResidence,
    MeansFact::ActuallyLivesInCity,
    MeansFact::OwnsOrSoldHome,
    MeansFact::StateHousing,
    MeansFact::StateHousingCredit,
    MeansFact::RentAidMonthsReceived,
    MeansFact::RetirementAge { member: 1 },
    MeansFact::SociallyIsolated { member: 1 },
    MeansFact::LegalSupporters { member: 1 },
    MeansFact::ChronicallyIllOrInvalid,
    MeansFact::DaysWithoutIncome { member: 1 },
    MeansFact::FullTimeStudent { member: 1 },
    MeansFact::StudiesOverFiveYears { member: 1 },
    MeansFact::Kindergarten { member: 1 },
    MeansFact::DesignatedCarer,
    MeansFact::ListedAssets,
    MeansFact::LocalTaxesPaid,
    MeansFact::LeaseWithRelative,
    MeansFact::LeaseRegistered,
    MeansFact::AbleToWork { member: 1 },
];

fn two_people() -> Household {
    let person = |role| Member {
        role,
        name: None,
        birth_date: NaiveDate::from_ymd_opt(1980, 1, 1),
        incomes: Some(vec![]),
        schooling: None,
        disability: None,
        disability_certificate_date: None,
        birth_country: None,
        situation: Default::default(),
    };
    Household {
        members: Some(vec![person(Role::Applicant), person(Role::Child)]),
        ..Household::default()
    }
}

#[test]
fn every_fact_is_stored_under_a_name_that_reads_back_as_the_same_fact() {
    for fact in EVERY_FACT.map(Fact::Means) {
        assert_eq!(Fact::from_key(&fact.key()), Some(fact), "{}", fact.key());
    }
    assert_eq!(
        Fact::from_key("kindergarten"),
        None,
        "a member's fact has a member"
    );
    assert_eq!(
        Fact::from_key("care_leaver:1"),
        None,
        "a household's fact has none"
    );
}

#[test]
fn every_fact_is_asked_with_values_its_field_accepts_and_changes_the_household() {
    for fact in EVERY_FACT.map(Fact::Means) {
        let spec = questions::spec(fact).unwrap_or_else(|| panic!("{fact:?} has a question"));
        let member = spec.member;
        let options: Vec<String> = spec.kind.options().iter().map(|o| o.to_string()).collect();
        let mut h = two_people();
        let before = h.clone();
        let applied = match (spec.kind, spec.set) {
            (Kind::Several(_), Set::Values(set)) => set(&mut h, member, &options),
            (Kind::Count { max }, Set::Count(set)) => set(&mut h, member, max),
            (Kind::Members, Set::Members(set)) => set(&mut h, &[1]),
            (_, Set::Value(set)) => options
                .iter()
                .map(|v| set(&mut h, member, v))
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
        assert!(!tr::question(fact, &h, month).is_empty());
        assert!(tr::question_hint(fact).is_some_and(|hint| !hint.is_empty()));
    }
}

#[test]
fn every_part_of_every_example_answer_has_a_romanian_sentence() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let ctx = EvalContext {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date"),
        municipality: MunicipalityId::ClujNapoca,
    };
    for entry in std::fs::read_dir(dir).expect("docs/examples") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("example file");
        let household: Household = serde_json::from_str(&text).expect("example parses");
        let ev = evaluate(&household, &ctx).expect("evaluates");
        for b in &ev.benefits {
            assert!(!tr::benefit_name(b.benefit).is_empty(), "{:?}", b.benefit);
            for r in &b.reasons {
                let (title, detail) = tr::criterion(&r.criterion);
                assert!(!title.is_empty(), "{path:?} {r:?}");
                // A decided criterion of this area says what decided it (the
                // person's numbers or answers); one still open may say nothing
                // more, its "?" mark does.
                if matches!(r.criterion, Criterion::Means(_)) && r.check != Check::Unknown {
                    assert!(detail.is_some(), "{path:?} {r:?}");
                }
            }
            for d in &b.documents {
                assert!(!tr::document(&d.document, &household).is_empty());
            }
            for n in &b.notes {
                assert!(!tr::note(&n.note).is_empty(), "{n:?}");
            }
            for f in &b.forms {
                assert!(!tr::form(*f).is_empty());
            }
            for d in &b.deadlines {
                let (title, steps) = tr::deadline(d);
                assert!(!title.is_empty() && !steps.is_empty(), "{d:?}");
            }
            if let Some(amount) = &b.amount {
                for part in &amount.parts {
                    assert!(!tr::supplement_part(part.part).is_empty());
                }
            }
        }
    }
}

#[test]
fn the_rent_aid_list_counts_vehicles_and_machines_only_in_working_order() {
    // Seed 001, under "Bunuri mobile*": "*) Aflate în stare de funcţionare".
    // A broken car is not on the list: every movable item says so, and the
    // hint tells the person not to tick one.
    let fact = Fact::Means(MeansFact::ListedAssets);
    for value in [
        "car_under_ten_years",
        "several_old_cars",
        "utility_vehicles",
        "boats",
        "farm_machinery",
        "farm_processing_machinery",
        "woodworking_machinery",
    ] {
        let label = tr::option_label(fact, value);
        assert!(
            label.contains("în stare de funcționare"),
            "{value}: {label}"
        );
    }
    for value in [
        "other_buildings",
        "land_over_limit",
        "bank_deposits_over_3000",
    ] {
        assert!(
            !tr::option_label(fact, value).contains("funcționare"),
            "{value}"
        );
    }
    assert!(tr::question_hint(fact).is_some_and(|h| h.contains("stricată nu se bifează")));
}

#[test]
fn no_phone_of_another_town_and_no_gloss_the_page_does_not_give() {
    // Seed 004 lists 0800.500.333 under Năvodari's emergency phones; seed
    // 001 says only "o rudă până la gradul IV, inclusiv", without naming
    // who that is.
    let h = two_people();
    let month = YearMonth {
        year: 2026,
        month: 10,
    };
    for fact in EVERY_FACT.map(Fact::Means) {
        let words = format!(
            "{} {}",
            tr::question(fact, &h, month),
            tr::question_hint(fact).unwrap_or_default()
        );
        assert!(!words.contains("0800"), "{fact:?}: {words}");
        assert!(!words.contains("veri primari"), "{fact:?}: {words}");
    }
}

#[test]
fn the_school_supplies_list_stays_open_as_the_page_leaves_it() {
    // Seed 000: "sprijin material (ghiozdane, rechizite pentru copii din
    // familiile beneficiare de venit minim garantat, alocație de susținere a
    // familiei, cantină gratuită, etc)": the "etc" is kept.
    use eligibil::rules::means::MeansNote;
    use eligibil::rules::outcome::Note;
    let text = tr::note(&Note::Means(MeansNote::SchoolSupplies));
    assert!(text.contains("etc."), "{text}");
}

fn evaluate_json(json: &str) -> eligibil::rules::outcome::Evaluation {
    let household: Household = serde_json::from_str(json).expect("household");
    let ctx = EvalContext {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date"),
        municipality: MunicipalityId::ClujNapoca,
    };
    evaluate(&household, &ctx).expect("evaluates")
}

#[test]
fn the_summary_line_says_what_a_canteen_eater_pays() {
    // Issue 21, seed 004: "cu plata unei contributii de 30% din venitul pe
    // persoana, fara a se depasi costul meselor servite": 30 % × 1.150 = 345.
    use eligibil::rules::outcome::BenefitId;
    use rust_decimal_macros::dec;
    let ev = evaluate_json(
        r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"},
            "situation":{"lives_with_others":false},
            "members":[{"role":"applicant","birth_date":"1955-01-01",
                        "incomes":[{"kind":"pension","net_monthly":"1150"}]}]}"#,
    );
    let canteen = ev.benefit(BenefitId::SocialCanteen).expect("canteen");
    assert_eq!(canteen.monthly_contribution(), Some(dec!(345)));
    assert_eq!(
        tr::status_of(canteen),
        "Îndepliniți condițiile; plătiți 345 lei pe lună (cel mult costul meselor)"
    );
}

#[test]
fn the_status_word_tells_questions_left_from_the_office_deciding_and_names_who_decides() {
    use eligibil::rules::outcome::{BenefitId, Decider, Status};
    // Nothing answered yet: questions remain, nobody "decides" yet.
    let ev = evaluate_json(r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"}}"#);
    let vmi = ev.benefit(BenefitId::Vmi).expect("vmi");
    assert_eq!(vmi.status, Status::NeedsMoreInfo);
    assert_eq!(tr::status_of(vmi), "Mai avem câteva întrebări");
    assert!(!tr::status(Status::NeedsMoreInfo).contains("DASM"));
    // The child benefits are decided by AJPIS, not DASM (seed 000).
    let ev = evaluate_json(
        r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"},
            "members":[{"role":"applicant","birth_date":"1980-01-01","incomes":[]},
                       {"role":"child","birth_date":"2010-01-01","incomes":[]}]}"#,
    );
    let allowance = ev
        .benefit(BenefitId::StateChildAllowance)
        .expect("allowance");
    assert_eq!(allowance.decided_by(), Decider::Ajpis);
    assert!(tr::decider(Decider::Ajpis).starts_with("AJPIS"));
}

#[test]
fn the_adjusted_income_and_the_isr_are_explained_where_they_first_appear() {
    use eligibil::rules::outcome::BenefitId;
    let ev = evaluate_json(
        r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"},
            "situation":{"lives_with_others":false},
            "members":[{"role":"applicant","birth_date":"1980-03-01",
                        "incomes":[{"kind":"salary","net_monthly":"1500"}]}],
            "rent_aid":{"care_leaver":false,"marginalised_in_dasm_records":"yes",
                        "domestic_violence_victim":false}}"#,
    );
    // VMI: the first line that says "venitul net ajustat" says what it is.
    let vmi = ev.benefit(BenefitId::Vmi).expect("vmi");
    let first = vmi
        .reasons
        .iter()
        .map(|r| tr::criterion(&r.criterion))
        .find(|(title, _)| title.contains("venitul net ajustat"))
        .expect("an adjusted-income line");
    let detail = first.1.expect("a detail");
    assert!(
        detail.starts_with("„Venitul net ajustat” înseamnă toate veniturile nete"),
        "{detail}"
    );
    // Rent aid: the ISR is named and sourced (seed 001: "ISR – conform
    // Legii nr. 76/2002"; "ISR reprezintă 500 lei").
    let rent = ev.benefit(BenefitId::RentAid).expect("rent aid");
    let isr_line = rent
        .reasons
        .iter()
        .filter_map(|r| tr::criterion(&r.criterion).1)
        .find(|d| d.contains("ISR"))
        .expect("the ISR line");
    assert!(
        isr_line.contains("indicatorul social de referință"),
        "{isr_line}"
    );
    assert!(isr_line.contains("Legea 76/2002"), "{isr_line}");
}
