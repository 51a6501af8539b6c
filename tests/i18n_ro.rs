//! The Romanian sentences a person reads: sums and dates written the way
//! Romanian pages write them, and a sentence for everything the engine says.

use chrono::NaiveDate;
use eligibil::i18n::tr;
use eligibil::rules::household::Household;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{Check, DeadlineId};
use eligibil::rules::{evaluate, EvalContext};
use rust_decimal_macros::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

#[test]
fn sums_use_the_thousands_dot_and_the_decimal_comma() {
    // Seed 004 writes "1.386 lei" and "2.053 lei".
    assert_eq!(tr::lei(dec!(1386)), "1.386 lei");
    assert_eq!(tr::lei(dec!(2053.00)), "2.053 lei");
    assert_eq!(tr::lei(dec!(897.33)), "897,33 lei");
    assert_eq!(tr::lei(dec!(1386.005)), "1.386,01 lei");
    assert_eq!(tr::lei(dec!(70)), "70 lei");
    assert_eq!(tr::lei(dec!(1234567.5)), "1.234.567,50 lei");
    assert_eq!(tr::lei(dec!(0)), "0 lei");
}

#[test]
fn dates_name_the_month_and_the_weekday_in_romanian() {
    // 27 November 2026 is a Friday (`date -d 2026-11-27 +%A`).
    assert_eq!(
        tr::date_with_weekday(d(2026, 11, 27)),
        "vineri, 27 noiembrie 2026"
    );
    assert_eq!(tr::date(d(2027, 1, 1)), "1 ianuarie 2027");
}

#[test]
fn every_part_of_a_full_answer_has_a_romanian_sentence() {
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
    for b in &ev.benefits {
        assert!(!tr::benefit_name(b.benefit).is_empty());
        for r in &b.reasons {
            let (title, detail) = tr::criterion(&r.criterion);
            // A decided criterion says what decided it; an open one ("?")
            // may have nothing more to say yet.
            assert!(!title.is_empty(), "{r:?}");
            assert!(
                r.check == Check::Unknown || detail.is_some_and(|d| !d.is_empty()),
                "{r:?}"
            );
            assert!(
                tr::source(&r.source).contains("în vigoare din")
                    || tr::source(&r.source).contains("consultată la")
            );
        }
        for doc in &b.documents {
            assert!(!tr::document(&doc.document, &household).is_empty());
        }
        for n in &b.notes {
            assert!(!tr::note(&n.note).is_empty());
        }
        for dl in &b.deadlines {
            let (title, steps) = tr::deadline(dl);
            assert!(!title.is_empty() && !steps.is_empty(), "{title}");
            if dl.deadline == DeadlineId::ReportChanges {
                assert!(title.contains("5 zile calendaristice"), "{title}");
                // From Sunday 22 Nov 2026, 5 calendar days: Friday 27 Nov 2026.
                assert!(steps[0].contains("vineri, 27 noiembrie 2026"), "{steps:?}");
            }
        }
    }
    // The applicant, named in the file, is named in the list of papers.
    let heating = &ev.benefits[0];
    assert!(heating
        .documents
        .iter()
        .any(|doc| tr::document(&doc.document, &household)
            == "Dovada venitului din octombrie 2026: salariu — Ana"));
}

#[test]
fn a_term_in_working_days_names_the_holidays_it_skips_in_one_line_and_says_the_pages_differ() {
    // The incentive asked without the allowance (seed 000, "stimulent
    // inserție direct"; seed 004: "60 zile lucrătoare de la terminarea
    // concediului de maternitate"): 60 working days from the last day of
    // the postnatal leave, 22.10.2026 → 22.01.2027. Weekday holidays
    // skipped: 30.11, 1.12, 25.12.2026, 1.01, 6.01, 7.01.2027; 26.12 and
    // 2.01 fall on a Saturday.
    let household: Household = serde_json::from_str(
        r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"},
            "members":[{"role":"applicant","birth_date":"1992-04-01","incomes":[]},
                       {"role":"child","birth_date":"2026-09-10","birth_country":"romania","incomes":[]}],
            "child_raising":{"carer":"natural_parent","income_months":20,"average_net_income":"4000",
                             "maternity_leave":true,"maternity_leave_end":"2026-10-22",
                             "back_to_work":true,"receives_allowance":false,"back_to_work_date":"2026-11-02"}}"#,
    )
    .expect("household");
    let ctx = EvalContext {
        date: d(2026, 11, 23),
        municipality: MunicipalityId::ClujNapoca,
    };
    let ev = evaluate(&household, &ctx).expect("evaluation");
    let term = |benefit, deadline| {
        let b = ev.benefit(benefit).expect("the benefit");
        let dl = b
            .deadlines
            .iter()
            .find(|dl| dl.deadline == deadline)
            .expect("the filing window");
        tr::deadline(dl)
    };
    use eligibil::rules::outcome::BenefitId;
    let (title, steps) = term(
        BenefitId::InsertionIncentive,
        DeadlineId::FileInsertionIncentive,
    );
    assert_eq!(
        title,
        "Depuneți dosarul pentru stimulentul de inserție între 22 septembrie 2026 și vineri, 22 ianuarie 2027"
    );
    let skipped: Vec<&String> = steps.iter().filter(|s| s.contains("liber")).collect();
    assert_eq!(skipped.len(), 1, "{steps:?}");
    assert_eq!(
        skipped[0],
        "Nu se numără zilele libere legale: luni, 30 noiembrie 2026 (Sfântul Andrei), marți, 1 decembrie 2026 (Ziua Națională), vineri, 25 decembrie 2026 (Crăciunul), vineri, 1 ianuarie 2027 (Anul Nou), miercuri, 6 ianuarie 2027 (Boboteaza), joi, 7 ianuarie 2027 (Sfântul Ioan)."
    );
    // The allowance's own term: seed 004's bare "60 de zile" ends first
    // (21.12.2026); seed 000's 60 working days are named beside it.
    let (title, steps) = term(
        BenefitId::ChildRaisingAllowance,
        DeadlineId::FileChildRaisingAllowance,
    );
    assert_eq!(
        title,
        "Depuneți dosarul pentru indemnizația de creștere a copilului între 22 septembrie 2026 și luni, 21 decembrie 2026"
    );
    assert!(
        steps.iter().any(|s| {
            s.starts_with(
            "Paginile oficiale diferă: pagina DASM Cluj-Napoca, Serviciul protecție socială dă 60 de zile lucrătoare (până 22 ianuarie 2027)."
        )
        }),
        "{steps:?}"
    );
}

#[test]
fn a_passed_allowance_term_says_when_payment_starts_without_contradicting_itself() {
    // Seed 004: "plata drepturilor se face începând cu luna următoare
    // depunerii cererii"; "se poate face şi pentru perioadele anterioare,
    // dar nu mai mult de 12 luni". Born 1 May 2024, checked 22 Nov 2026.
    let household: Household = serde_json::from_str(
        r#"{"residence":{"municipality":"cluj-napoca","kind":"domiciliu"},
            "members":[{"role":"applicant","birth_date":"1992-04-01","incomes":[]},
                       {"role":"child","birth_date":"2024-05-01","birth_country":"romania","incomes":[]}]}"#,
    )
    .expect("household");
    let ctx = EvalContext {
        date: d(2026, 11, 22),
        municipality: MunicipalityId::ClujNapoca,
    };
    let ev = evaluate(&household, &ctx).expect("evaluation");
    let allowance = ev
        .benefit(eligibil::rules::outcome::BenefitId::StateChildAllowance)
        .expect("the allowance");
    let term = allowance
        .deadlines
        .iter()
        .find(|dl| dl.deadline == DeadlineId::FileStateAllowance)
        .expect("the filing term");
    let (_, steps) = tr::deadline(term);
    let passed = steps
        .iter()
        .find(|s| s.starts_with("Termenul a trecut"))
        .expect("the passed step");
    assert!(!passed.contains("de la data depunerii"), "{passed}");
    assert!(passed.contains("din luna de după depunere"), "{passed}");
    assert!(passed.contains("cel mult 12"), "{passed}");
}

#[test]
fn a_count_meets_its_noun_the_romanian_way() {
    // 1 copil / 2 copii / 20 de copii; 1 an / 2 ani / 20 de ani; a baby is
    // "sub 1 an", never "0 ani".
    assert_eq!(tr::plural(1, "copil", "copii"), "1 copil");
    assert_eq!(tr::plural(2, "copil", "copii"), "2 copii");
    assert_eq!(tr::plural(19, "copil", "copii"), "19 copii");
    assert_eq!(tr::plural(20, "copil", "copii"), "20 de copii");
    assert_eq!(tr::plural(101, "copil", "copii"), "101 copii");
    assert_eq!(tr::plural(120, "copil", "copii"), "120 de copii");
    assert_eq!(tr::plural(200, "copil", "copii"), "200 de copii");
    assert_eq!(tr::plural(36, "lună", "luni"), "36 de luni");
    assert_eq!(tr::age(0), "sub 1 an");
    assert_eq!(tr::age(1), "1 an");
    assert_eq!(tr::age(2), "2 ani");
    assert_eq!(tr::age(20), "20 de ani");
}

#[test]
fn one_child_under_18_is_one_copil_and_a_baby_is_under_one_year() {
    use eligibil::rules::means::MeansCriterion;
    use eligibil::rules::outcome::Criterion;
    let (_, detail) = tr::criterion(&Criterion::Means(MeansCriterion::ChildrenUnder18 {
        children: 1,
        single_parent: true,
    }));
    let detail = detail.expect("a detail");
    assert!(detail.starts_with("1 copil sub 18 ani"), "{detail}");
    let (_, detail) = tr::criterion(&Criterion::ChildAllowanceAge {
        member: 1,
        age: Some(0),
        in_high_school: None,
        level: None,
    });
    let detail = detail.expect("a detail");
    assert!(
        detail.contains("sub 1 an") && !detail.contains("0 ani"),
        "{detail}"
    );
}

#[test]
fn a_source_names_the_page_a_person_can_look_for_never_its_file_number() {
    use eligibil::rules::source::{DateBasis, Seed, Source};
    let on = d(2026, 11, 22);
    for (seed, name) in [
        (
            Seed::DasmCluj,
            "DASM Cluj-Napoca, Serviciul protecție socială",
        ),
        (
            Seed::DasmClujOld,
            "DASM Cluj-Napoca, Serviciul protecție socială",
        ),
        (Seed::ClujActionPlan2024, "municipiului Cluj-Napoca, 2024"),
        (Seed::DgaspcCluj, "DGASPC Cluj"),
        (Seed::DasNavodari, "Direcției Asistență Socială Năvodari"),
    ] {
        let text = tr::source(&Source {
            seed: Some(seed),
            act: Some("Legea 196/2016"),
            effective_from: on,
            date_basis: DateBasis::PageReadOn,
            checked_on: on,
        });
        assert!(text.contains(name), "{text}");
        assert!(!text.contains(seed.code()), "{text}");
        assert!(text.contains("consultată la 22 noiembrie 2026"), "{text}");
    }
}
