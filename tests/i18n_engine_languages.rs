//! The engine's sentences in Hungarian and English: translated (not the
//! Romanian left in place), with the official Romanian name in brackets
//! where the person will meet it on a form, and numbers, dates and terms
//! written the way each language writes them.

use chrono::NaiveDate;
use eligibil::i18n::{tr, use_language, Lang};
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{Household, IncomeKind};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{BenefitId, DeadlineId, Status, YearMonth};
use eligibil::rules::{evaluate, EvalContext};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

const OCTOBER_2026: YearMonth = YearMonth {
    year: 2026,
    month: 10,
};

/// A few sentences, rendered in the language now loaded.
fn sample() -> Vec<String> {
    vec![
        tr::status(Status::Eligible).to_string(),
        tr::status(Status::NotEligible).to_string(),
        tr::question(Fact::Residence, &Household::default(), OCTOBER_2026),
        tr::question(
            Fact::Incomes { member: 0 },
            &Household::default(),
            OCTOBER_2026,
        ),
        tr::income_kind(IncomeKind::StateChildAllowance).to_string(),
        tr::income_kind(IncomeKind::Salary).to_string(),
        tr::benefit_name(BenefitId::HeatingAid).to_string(),
        tr::benefit_name(BenefitId::StateChildAllowance).to_string(),
    ]
}

#[test]
fn hungarian_and_english_differ_from_romanian_sentence_by_sentence() {
    use_language(Lang::Ro);
    let romanian = sample();
    for lang in [Lang::Hu, Lang::En] {
        use_language(lang);
        for (translated, original) in sample().iter().zip(&romanian) {
            assert!(!translated.is_empty(), "{lang:?}: empty for {original}");
            assert_ne!(translated, original, "{lang:?} left the Romanian");
        }
    }
    use_language(Lang::Ro);
}

#[test]
fn the_official_romanian_names_stay_in_brackets() {
    use_language(Lang::Hu);
    assert_eq!(
        tr::benefit_name(BenefitId::HeatingAid),
        "Fűtéstámogatás (Ajutor pentru încălzirea locuinței)"
    );
    assert_eq!(
        tr::benefit_name(BenefitId::StateChildAllowance),
        "Állami gyermekpénz (Alocația de stat pentru copii)"
    );
    assert_eq!(tr::status(Status::Eligible), "Megfelel a feltételeknek");
    assert!(tr::income_kind(IncomeKind::StateChildAllowance)
        .contains("(alocația de stat pentru copii)"));
    let residence = tr::question(Fact::Residence, &Household::default(), OCTOBER_2026);
    assert!(residence.contains("(domiciliu)"), "{residence}");
    assert!(residence.contains("(reședință)"), "{residence}");
    assert_eq!(
        tr::question(
            Fact::Incomes { member: 0 },
            &Household::default(),
            OCTOBER_2026
        ),
        "Milyen jövedelme volt 2026. október hónapban?"
    );

    use_language(Lang::En);
    assert_eq!(
        tr::benefit_name(BenefitId::HeatingAid),
        "Heating aid (Ajutor pentru încălzirea locuinței)"
    );
    assert_eq!(tr::status(Status::Eligible), "You meet the conditions");
    assert!(tr::income_kind(IncomeKind::StateChildAllowance)
        .contains("(alocația de stat pentru copii)"));
    let residence = tr::question(Fact::Residence, &Household::default(), OCTOBER_2026);
    assert!(residence.contains("domicile"), "{residence}");
    assert!(residence.contains("(buletin)"), "{residence}");
    assert_eq!(
        tr::question(
            Fact::Incomes { member: 0 },
            &Household::default(),
            OCTOBER_2026
        ),
        "What income did you have in October 2026?"
    );
    use_language(Lang::Ro);
}

#[test]
fn a_full_answer_reads_in_hungarian_and_in_english() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/family-gas-eligible.json"
    ))
    .expect("example file");
    let household: Household = serde_json::from_str(&text).expect("example parses");
    let ev = evaluate(
        &household,
        &EvalContext {
            date: d(2026, 11, 22),
            municipality: MunicipalityId::ClujNapoca,
        },
    )
    .expect("evaluates");
    // (language, the report-changes term, its due date, the applicant's
    // income paper, how a source is dated)
    let expected = [
        (
            Lang::Hu,
            "5 naptári nap",
            "2026. november 27., péntek",
            "A jövedelem igazolása (2026. október): fizetés (bér) — Ana",
            "megtekintve: ",
        ),
        (
            Lang::En,
            "5 calendar days",
            "Friday, 27 November 2026",
            "Proof of income for October 2026: salary — Ana",
            "read on ",
        ),
    ];
    for (lang, term, due, income_paper, dated) in expected {
        use_language(lang);
        let mut saw_term = false;
        for b in &ev.benefits {
            assert!(!tr::benefit_name(b.benefit).is_empty());
            for r in &b.reasons {
                let (title, _) = tr::criterion(&r.criterion);
                assert!(!title.is_empty(), "{lang:?}: {r:?}");
                let source = tr::source(&r.source);
                assert!(
                    source.contains(dated)
                        || source.contains("hatályba lépés: ")
                        || source.contains("in force from "),
                    "{lang:?}: {source}"
                );
            }
            for n in &b.notes {
                assert!(!tr::note(&n.note).is_empty());
            }
            for dl in &b.deadlines {
                let (title, steps) = tr::deadline(dl);
                if dl.deadline == DeadlineId::ReportChanges {
                    assert!(title.contains(term), "{lang:?}: {title}");
                    assert!(steps[0].contains(due), "{lang:?}: {steps:?}");
                    saw_term = true;
                }
            }
        }
        assert!(saw_term, "{lang:?}: no report-changes term");
        let heating = ev.benefit(BenefitId::HeatingAid).expect("heating aid");
        assert!(
            heating
                .documents
                .iter()
                .any(|doc| tr::document(&doc.document, &household) == income_paper),
            "{lang:?}: {:?}",
            heating
                .documents
                .iter()
                .map(|doc| tr::document(&doc.document, &household))
                .collect::<Vec<_>>()
        );
    }
    use_language(Lang::Ro);
}

#[test]
fn the_holidays_a_working_day_term_skips_are_named_in_each_language() {
    // The incentive asked without the allowance: 60 working days from
    // 22.10.2026; the weekday holidays skipped are 30.11, 1.12, 25.12.2026,
    // 1.01, 6.01 and 7.01.2027 (see i18n_ro.rs).
    let household: Household = serde_json::from_str(
        r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"},
            "members":[{"role":"applicant","birth_date":"1992-04-01","incomes":[]},
                       {"role":"child","birth_date":"2026-09-10","birth_country":"romania","incomes":[]}],
            "child_raising":{"carer":"natural_parent","income_months":20,"average_net_income":"4000",
                             "maternity_leave":true,"maternity_leave_end":"2026-10-22",
                             "back_to_work":true,"receives_allowance":false,"back_to_work_date":"2026-11-02"}}"#,
    )
    .expect("household");
    let ev = evaluate(
        &household,
        &EvalContext {
            date: d(2026, 11, 23),
            municipality: MunicipalityId::ClujNapoca,
        },
    )
    .expect("evaluation");
    let dl = ev
        .benefit(BenefitId::InsertionIncentive)
        .expect("the incentive")
        .deadlines
        .iter()
        .find(|dl| dl.deadline == DeadlineId::FileInsertionIncentive)
        .expect("the filing window");
    let expected = [
        (
            Lang::Hu,
            "A törvényes munkaszüneti napok nem számítanak bele: 2026. november 30., hétfő (Szent András), 2026. december 1., kedd (Románia nemzeti ünnepe), 2026. december 25., péntek (Karácsony), 2027. január 1., péntek (Újév), 2027. január 6., szerda (Vízkereszt), 2027. január 7., csütörtök (Keresztelő Szent János).",
        ),
        (
            Lang::En,
            "The public holidays are not counted: Monday, 30 November 2026 (Saint Andrew's Day), Tuesday, 1 December 2026 (National Day of Romania), Friday, 25 December 2026 (Christmas Day), Friday, 1 January 2027 (New Year's Day), Wednesday, 6 January 2027 (Epiphany), Thursday, 7 January 2027 (Saint John the Baptist).",
        ),
    ];
    for (lang, line) in expected {
        use_language(lang);
        let (_, steps) = tr::deadline(dl);
        assert!(steps.iter().any(|s| s == line), "{lang:?}: {steps:?}");
    }
    use_language(Lang::Ro);
}

/// The values of one catalogue file, by key.
fn values(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .collect()
}

#[test]
fn every_engine_message_is_translated_and_fragments_keep_their_glue() {
    let ro = values(include_str!("../src/i18n/ro/engine.txt"));
    // Messages that read the same in every language: an acronym, a pure
    // arrangement of placeholders.
    let same = ["decider_dasm", "joined_sentences", "step_holiday"];
    for (lang, text) in [
        ("hu", include_str!("../src/i18n/hu/engine.txt")),
        ("en", include_str!("../src/i18n/en/engine.txt")),
    ] {
        let translated = values(text);
        let keys: Vec<&str> = translated.iter().map(|(k, _)| *k).collect();
        let ro_keys: Vec<&str> = ro.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ro_keys, "{lang}: keys or their order differ");
        for ((key, value), (_, original)) in translated.iter().zip(&ro) {
            if !same.contains(key) {
                assert_ne!(value, original, "{lang}: `{key}` is still Romanian");
            }
            // A fragment glued after another piece keeps its leading space
            // or comma.
            for glue in [" ", ",", ";"] {
                assert_eq!(
                    original.starts_with(glue),
                    value.starts_with(glue),
                    "{lang}: `{key}` lost or gained its leading {glue:?}"
                );
            }
        }
    }
}
