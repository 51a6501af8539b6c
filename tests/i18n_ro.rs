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

/// Every fact the app may ask about member `m` (and the household's own).
fn every_fact(m: usize) -> Vec<eligibil::rules::facts::Fact> {
    use eligibil::rules::child_raising::ChildRaisingFact as C;
    use eligibil::rules::facts::Fact;
    use eligibil::rules::means::MeansFact as M;
    let mut facts = vec![
        Fact::Residence,
        Fact::Members,
        Fact::Incomes { member: m },
        Fact::Heating,
        Fact::EnergySources,
        Fact::ExcludingAssets,
        Fact::Tenure,
        Fact::OwnersAssociation,
        Fact::Vehicles,
        Fact::DeclaredProperty,
        Fact::Disability { member: m },
        Fact::ChildSchooling { member: m },
        Fact::ChildBirthCountry { member: m },
        Fact::ChildCertificateDate { member: m },
    ];
    facts.extend(
        [
            C::Carer,
            C::DecisionDate,
            C::IncomeMonths,
            C::AssimilatedPeriods,
            C::AssimilatedMonths,
            C::MaternityLeave,
            C::MaternityLeaveEnd,
            C::AverageNetIncome,
            C::LeaveForOlderChild,
            C::BackToWork,
            C::ReceivesAllowance,
            C::BackToWorkDate,
            C::MealVouchers,
        ]
        .map(Fact::ChildRaising),
    );
    facts.extend(
        [
            M::LivesWithOthers,
            M::CareLeaver,
            M::MarginalisedInDasmRecords,
            M::DomesticViolenceVictim,
            M::MonthsOfResidence,
            M::ActuallyLivesInCity,
            M::OwnsOrSoldHome,
            M::StateHousing,
            M::StateHousingCredit,
            M::RentAidMonthsReceived,
            M::RetirementAge { member: m },
            M::SociallyIsolated { member: m },
            M::LegalSupporters { member: m },
            M::ChronicallyIllOrInvalid,
            M::DaysWithoutIncome { member: m },
            M::FullTimeStudent { member: m },
            M::StudiesOverFiveYears { member: m },
            M::Kindergarten { member: m },
            M::DesignatedCarer,
            M::ListedAssets,
            M::LocalTaxesPaid,
            M::LeaseWithRelative,
            M::LeaseRegistered,
            M::AbleToWork { member: m },
        ]
        .map(Fact::Means),
    );
    facts
}

/// The masculine-only forms issue 21 found after a member's name or about
/// a child, and the forms that replaced them must never come back: an
/// adjective or participle agreeing with a man ("Elena este apt de
/// muncă?"), a pronoun for a boy ("L-am adoptat" about a girl).
const MASCULINE_ONLY: [&str; 16] = [
    "este apt",
    "apt de muncă?",
    "este izolat",
    "izolat social",
    "este invalid",
    "invalid sau bolnav cronic?",
    "să-l ",
    "l-am adoptat",
    "îl am în plasament",
    "^mi-a fost încredințat",
    "nu este înscris",
    "este înscris",
    ": înscris",
    "categoria: pensionar.",
    "beneficiar de venit",
    "este izolat, fără",
];

/// The first form of `MASCULINE_ONLY` in `text` ("^": at its start).
fn masculine_only_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    MASCULINE_ONLY
        .iter()
        .copied()
        .find(|f| match f.strip_prefix('^') {
            Some(start) => lower.starts_with(start),
            None => lower.contains(f),
        })
}

#[test]
fn every_question_about_a_member_named_elena_agrees_with_her_whatever_her_role() {
    use eligibil::questions;
    use eligibil::rules::facts::Fact;
    use eligibil::rules::household::{Member, Role};
    use eligibil::rules::means::{CanteenCategory, MeansCriterion};
    use eligibil::rules::outcome::{Criterion, YearMonth};
    let month = YearMonth {
        year: 2026,
        month: 10,
    };
    let person = |role, name: Option<&str>, born| Member {
        role,
        name: name.map(str::to_string),
        birth_date: Some(born),
        incomes: Some(vec![]),
        schooling: None,
        disability: None,
        disability_certificate_date: None,
        birth_country: None,
        situation: Default::default(),
    };
    let roles = [
        Role::Applicant,
        Role::Spouse,
        Role::Partner,
        Role::Child,
        Role::Relative,
        Role::Other,
    ];
    for role in roles {
        // Elena is the applicant herself, or the second member.
        let members = if role == Role::Applicant {
            vec![person(Role::Applicant, Some("Elena"), d(1990, 3, 1))]
        } else {
            vec![
                person(Role::Applicant, Some("Ana"), d(1980, 1, 1)),
                person(role, Some("Elena"), d(2012, 5, 5)),
            ]
        };
        let elena = members.len() - 1;
        let household = Household {
            members: Some(members),
            ..Household::default()
        };
        for fact in every_fact(elena) {
            let spec = questions::spec(fact);
            let own_screen = matches!(
                fact,
                Fact::Residence
                    | Fact::Members
                    | Fact::Incomes { .. }
                    | Fact::Heating
                    | Fact::EnergySources
            );
            assert!(spec.is_some() || own_screen, "{fact:?} has no question");
            let mut texts = vec![tr::question(fact, &household, month)];
            texts.extend(tr::question_hint(fact).map(str::to_string));
            if let Some(spec) = spec {
                texts.extend(
                    spec.kind
                        .options()
                        .iter()
                        .map(|v| tr::option_label(fact, v).to_string()),
                );
            }
            for text in &texts {
                assert!(!text.is_empty(), "{role:?} {fact:?}");
                assert_eq!(masculine_only_in(text), None, "{role:?} {fact:?}: {text}");
                assert!(!text.contains("Elena este"), "{role:?} {fact:?}: {text}");
            }
        }
    }
    // The canteen's categories and the kindergarten line, said of anyone.
    let all = vec![
        CanteenCategory::ChildInLowIncomeFamily,
        CanteenCategory::StudentInLowIncomeFamily,
        CanteenCategory::VmiBeneficiary,
        CanteenCategory::Pensioner,
        CanteenCategory::RetirementAgeAlone,
        CanteenCategory::ChronicallyIllOrInvalid,
        CanteenCategory::TemporarilyWithoutIncome,
    ];
    for category in all {
        let (title, detail) = tr::criterion(&Criterion::Means(MeansCriterion::CanteenMember {
            member: 1,
            categories: vec![category],
        }));
        for text in [title, detail.unwrap_or_default()] {
            assert_eq!(masculine_only_in(&text), None, "{category:?}: {text}");
        }
    }
    let (title, _) = tr::criterion(&Criterion::Means(MeansCriterion::KindergartenChild {
        member: 1,
        age: Some(4),
        attendance: None,
    }));
    assert_eq!(masculine_only_in(&title), None, "{title}");
}

#[test]
fn the_applicant_without_a_name_is_spoken_to_directly_never_as_a_third_person() {
    use eligibil::rules::household::{Member, Role};
    use eligibil::rules::outcome::YearMonth;
    let month = YearMonth {
        year: 2026,
        month: 10,
    };
    let household = Household {
        members: Some(vec![Member {
            role: Role::Applicant,
            name: None,
            birth_date: Some(d(1960, 1, 1)),
            incomes: Some(vec![]),
            schooling: None,
            disability: None,
            disability_certificate_date: None,
            birth_country: None,
            situation: Default::default(),
        }]),
        ..Household::default()
    };
    use eligibil::rules::facts::Fact;
    use eligibil::rules::means::MeansFact as M;
    for fact in [
        Fact::Incomes { member: 0 },
        Fact::Disability { member: 0 },
        Fact::Means(M::RetirementAge { member: 0 }),
        Fact::Means(M::SociallyIsolated { member: 0 }),
        Fact::Means(M::LegalSupporters { member: 0 }),
        Fact::Means(M::DaysWithoutIncome { member: 0 }),
        Fact::Means(M::FullTimeStudent { member: 0 }),
        Fact::Means(M::StudiesOverFiveYears { member: 0 }),
        Fact::Means(M::AbleToWork { member: 0 }),
    ] {
        let text = tr::question(fact, &household, month);
        assert!(
            !text.contains("Dumneavoastră "),
            "{fact:?}: {text} (a verb in the third person after it)"
        );
        assert_eq!(masculine_only_in(&text), None, "{fact:?}: {text}");
    }
}

#[test]
fn the_property_questions_say_what_the_pages_give_and_where_the_list_itself_is() {
    use eligibil::rules::facts::Fact;
    use eligibil::rules::means::MeansFact;
    // Seed 000 names the form "Lista bunurilor" only; seed 004: "care nu
    // deţin bunuri care să excludă de la acordarea ajutorului" and, as the
    // proof of the home, "contract de vânzare-cumpărare … certificat de
    // moştenitor". No list is invented.
    let hint = tr::question_hint(Fact::ExcludingAssets).expect("a hint");
    assert!(hint.contains("„Lista bunurilor”"), "{hint}");
    assert!(hint.contains("nu este scrisă pe ele"), "{hint}");
    assert!(
        hint.contains("Locuința pentru care cereți ajutorul nu vă exclude"),
        "{hint}"
    );
    assert!(hint.contains("Nu știu sigur"), "{hint}");
    // The pensioner unsure whether his own flat counts: its deed is in the
    // dossier anyway, as the proof of the home (seed 004, act 1).
    let q = tr::question(
        Fact::DeclaredProperty,
        &Household::default(),
        eligibil::rules::outcome::YearMonth {
            year: 2026,
            month: 10,
        },
    );
    assert!(
        q.starts_with("Pe lângă locuința pentru care cereți ajutorul"),
        "{q}"
    );
    let hint = tr::question_hint(Fact::DeclaredProperty).expect("a hint");
    assert!(hint.contains("capitolul 5"), "{hint}");
    assert!(hint.contains("ca dovadă a locuinței"), "{hint}");
    assert!(hint.contains("paginile oficiale nu-l reproduc"), "{hint}");
    // The rent aid's list is on seed 001, from H.G. 50/2011: the home of
    // domicile is outside it ("în afara locuinţei de domiciliu").
    let hint = tr::question_hint(Fact::Means(MeansFact::ListedAssets)).expect("a hint");
    assert!(hint.contains("H.G. nr. 50/2011"), "{hint}");
    assert!(hint.contains("Locuința de domiciliu"), "{hint}");
}
