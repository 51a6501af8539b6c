//! The child-raising area's sentences (the allowance, the insertion
//! incentive, the supplement for a further birth, the support for a parent
//! with a disability) in Hungarian and English: every one is filled in,
//! none is left in Romanian, and where a sentence names a benefit the
//! Romanian name written on the forms stands beside it, in brackets.

use chrono::NaiveDate;
use eligibil::household_file::parse_household;
use eligibil::i18n::{tr, use_language, Lang};
use eligibil::rules::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingFact, ChildRaisingNote, IncentiveRate,
};
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{AssimilatedPeriod, Household};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{
    BenefitId, BenefitOutcome, Criterion, Document, Form, Note, SupplementPart, YearMonth,
};
use eligibil::rules::{evaluate, EvalContext};
use rust_decimal_macros::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// The check date of the case files: Monday 23 November 2026.
fn check_date() -> NaiveDate {
    d(2026, 11, 23)
}

fn household(json: &str) -> Household {
    parse_household(json.as_bytes()).expect("a household file")
}

/// A mother after her postnatal leave, with 20 months of income: the
/// allowance, its papers and terms, the other parent's share.
const AFTER_LEAVE: &str = r#"{
  "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
  "members": [
    {"role": "applicant", "birth_date": "1992-04-01", "incomes": []},
    {"role": "spouse", "birth_date": "1990-02-03", "incomes": [{"kind": "salary", "net_monthly": "5000.00"}]},
    {"role": "child", "name": "Ana", "disability": "none", "birth_date": "2026-09-10", "birth_country": "romania", "incomes": []}
  ],
  "child_raising": {"carer": "natural_parent", "income_months": 20, "average_net_income": "4000.00",
    "maternity_leave": true, "maternity_leave_end": "2026-10-22", "back_to_work": false, "meal_vouchers": false}
}"#;

/// A parent on the allowance back at work when the baby is 4 months old:
/// the incentive at 1.500 lei, the request to end the allowance.
const BACK_AT_WORK: &str = r#"{
  "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
  "members": [
    {"role": "applicant", "birth_date": "1992-04-01", "incomes": [{"kind": "salary", "net_monthly": "4000.00"}]},
    {"role": "spouse", "birth_date": "1990-04-01", "incomes": [{"kind": "salary", "net_monthly": "4000.00"}]},
    {"role": "child", "birth_date": "2026-06-10", "birth_country": "romania", "incomes": []}
  ],
  "child_raising": {"carer": "natural_parent", "receives_allowance": true, "back_to_work": true, "back_to_work_date": "2026-11-02"}
}"#;

/// A second baby born during the leave with the first: the supplement.
const FURTHER_BIRTH: &str = r#"{
  "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
  "members": [
    {"role": "applicant", "birth_date": "1992-04-01", "incomes": [{"kind": "child_raising_allowance", "net_monthly": "3000.00"}]},
    {"role": "child", "birth_date": "2025-08-01", "birth_country": "romania", "incomes": []},
    {"role": "child", "birth_date": "2026-10-15", "birth_country": "romania", "incomes": []}
  ],
  "child_raising": {"leave_for_older_child": true}
}"#;

/// A mother with a severe disability and no months of income: the 45%.
const DISABLED_PARENT: &str = r#"{
  "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
  "members": [
    {"role": "applicant", "birth_date": "1992-04-01", "disability": "severe", "incomes": [{"kind": "disability_allowance", "net_monthly": "1000.00"}]},
    {"role": "child", "birth_date": "2026-09-10", "birth_country": "romania", "incomes": []}
  ],
  "child_raising": {"carer": "natural_parent", "income_months": 0, "assimilated_periods": []}
}"#;

/// Eleven months with income and a month in one of the assimilated periods.
const TOO_FEW_MONTHS: &str = r#"{
  "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
  "members": [
    {"role": "applicant", "birth_date": "1992-04-01", "incomes": []},
    {"role": "child", "birth_date": "2026-09-10", "birth_country": "romania", "incomes": []}
  ],
  "child_raising": {"carer": "adoptive_parent", "decision_date": "2026-10-01", "income_months": 5,
    "assimilated_periods": ["unemployment_benefit", "full_time_studies"], "assimilated_months": 3}
}"#;

const AREA: [BenefitId; 4] = [
    BenefitId::ChildRaisingAllowance,
    BenefitId::InsertionIncentive,
    BenefitId::FurtherBirthSupplement,
    BenefitId::DisabledParentSupport,
];

/// The Romanian name of each benefit of the area, as on the forms.
fn official_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::ChildRaisingAllowance => "indemnizația pentru creșterea copilului",
        BenefitId::InsertionIncentive => "stimulentul de inserție",
        BenefitId::FurtherBirthSupplement => {
            "suma suplimentară pentru încă un copil născut în concediu"
        }
        BenefitId::DisabledParentSupport => "sprijin lunar pentru părintele cu dizabilitate",
        _ => "",
    }
}

/// One sentence in the three languages.
struct Said {
    what: String,
    ro: String,
    hu: String,
    en: String,
}

/// Renders `f` in Romanian, Hungarian and English (this thread only).
fn in_each<T>(
    what: &str,
    f: impl Fn() -> T,
    out: &mut Vec<Said>,
    lines: impl Fn(T) -> Vec<String>,
) {
    let mut by_lang = Vec::new();
    for lang in [Lang::Ro, Lang::Hu, Lang::En] {
        use_language(lang);
        by_lang.push(lines(f()));
    }
    use_language(Lang::Ro);
    let [ro, hu, en] = <[Vec<String>; 3]>::try_from(by_lang).expect("three languages");
    assert_eq!(ro.len(), hu.len(), "{what}: as many sentences in Hungarian");
    assert_eq!(ro.len(), en.len(), "{what}: as many sentences in English");
    for ((ro, hu), en) in ro.into_iter().zip(hu).zip(en) {
        out.push(Said {
            what: what.to_string(),
            ro,
            hu,
            en,
        });
    }
}

/// Every sentence of this area about one benefit of an evaluation: the name,
/// the verdict, the reasons, the parts, the terms' titles, the papers, the
/// forms and the notes (only the child-raising area's own identifiers).
fn benefit_sentences(b: &BenefitOutcome, household: &Household) -> Vec<String> {
    let mut lines = vec![tr::benefit_name(b.benefit).to_string()];
    if b.not_yet() {
        lines.push(tr::verdict(b));
    }
    for r in &b.reasons {
        if let Criterion::ChildRaising(_) = r.criterion {
            let (title, detail) = tr::criterion(&r.criterion);
            lines.push(title);
            lines.extend(detail);
        }
    }
    if let Some(amount) = &b.amount {
        for part in &amount.parts {
            if let SupplementPart::ChildRaising(_) = part.part {
                lines.push(tr::supplement_part(part.part).to_string());
            }
        }
    }
    for dl in &b.deadlines {
        lines.push(tr::deadline(dl).0);
    }
    for doc in &b.documents {
        if let Document::ChildRaising(_) = doc.document {
            lines.push(tr::document(&doc.document, household));
        }
    }
    for f in &b.forms {
        if let Form::ChildRaising(_) = f {
            lines.push(tr::form(*f).to_string());
        }
    }
    for n in &b.notes {
        if let Note::ChildRaising(_) = n.note {
            lines.push(tr::note(&n.note));
        }
    }
    lines
}

fn evaluated(json: &str, out: &mut Vec<Said>) -> Vec<BenefitId> {
    let household = household(json);
    let ctx = EvalContext {
        date: check_date(),
        municipality: MunicipalityId::ClujNapoca,
    };
    let evaluation = evaluate(&household, &ctx).expect("evaluates");
    let mut seen = Vec::new();
    for b in evaluation
        .benefits
        .iter()
        .filter(|b| AREA.contains(&b.benefit))
    {
        seen.push(b.benefit);
        in_each(
            &format!("{:?}", b.benefit),
            || benefit_sentences(b, &household),
            out,
            |lines| lines,
        );
    }
    seen
}

/// A sum or a sum's working written only with figures ("85% × 900 lei =
/// 765 lei."): the same in every language but for the digits' marks.
fn only_figures(text: &str) -> bool {
    !text
        .replace("lei", "")
        .replace("lej", "")
        .chars()
        .any(char::is_alphabetic)
}

fn check(said: &[Said]) {
    assert!(!said.is_empty());
    for s in said {
        for (lang, text) in [("hu", &s.hu), ("en", &s.en)] {
            assert!(
                !text.trim().is_empty(),
                "{}: empty in {lang} ({})",
                s.what,
                s.ro
            );
            assert!(
                !text.contains('{'),
                "{}: a placeholder left in {lang}: {text}",
                s.what
            );
            assert!(
                !text.contains('}'),
                "{}: a placeholder left in {lang}: {text}",
                s.what
            );
            if !only_figures(&s.ro) {
                assert_ne!(text, &s.ro, "{}: still Romanian in {lang}", s.what);
            }
        }
        assert!(
            !s.ro.contains('{'),
            "{}: a placeholder left: {}",
            s.what,
            s.ro
        );
    }
}

/// Where a sentence names one of the area's benefits by its Romanian
/// name, the Hungarian and English ones give that name too, in brackets.
fn check_official_names(said: &[Said]) {
    for s in said {
        for b in AREA {
            if !s.ro.to_lowercase().contains(official_name(b)) {
                continue;
            }
            for (lang, text) in [("hu", &s.hu), ("en", &s.en)] {
                assert!(
                    text.contains(&format!("({}", official_name(b)))
                        || text.contains(&format!(", {})", official_name(b)))
                        || text.contains(&format!(", {};", official_name(b))),
                    "{}: {lang} names {b:?} without its Romanian name in brackets: {text}",
                    s.what
                );
            }
        }
    }
}

fn tr_in<T>(lang: Lang, f: impl Fn() -> T) -> T {
    use_language(lang);
    let out = f();
    use_language(Lang::Ro);
    out
}

#[test]
fn the_allowance_after_the_postnatal_leave_reads_in_hungarian_and_english() {
    let mut said = Vec::new();
    let seen = evaluated(AFTER_LEAVE, &mut said);
    assert!(seen.contains(&BenefitId::ChildRaisingAllowance));
    check(&said);
    check_official_names(&said);
    let allowance: Vec<&Said> = said
        .iter()
        .filter(|s| s.what == "ChildRaisingAllowance")
        .collect();
    // The sum's criterion, the filing window and a note of the area.
    assert!(allowance.iter().any(|s| s.hu.contains("85%-a")), "no sum");
    assert!(allowance.iter().any(|s| s.en.starts_with(
        "File the papers for the child-raising allowance (indemnizația pentru creșterea copilului)"
    )));
    assert!(allowance
        .iter()
        .any(|s| s.hu.contains("a másik szülőt illeti")));
    // Hungarian sums: "3 400 lej", with its non-breaking space.
    assert!(allowance.iter().any(|s| s.hu.contains("lej")));
}

#[test]
fn the_incentive_back_at_work_reads_in_hungarian_and_english() {
    let mut said = Vec::new();
    let seen = evaluated(BACK_AT_WORK, &mut said);
    assert!(seen.contains(&BenefitId::InsertionIncentive));
    check(&said);
    check_official_names(&said);
    let incentive: Vec<&Said> = said
        .iter()
        .filter(|s| s.what == "InsertionIncentive")
        .collect();
    assert!(incentive
        .iter()
        .any(|s| s.en.contains("1,500 lei a month") && s.hu.contains("1\u{a0}500 lej")));
    assert!(incentive
        .iter()
        .any(|s| s.en.contains("Ask AJPIS to stop the allowance")));
}

#[test]
fn not_back_at_work_yet_says_not_yet_in_each_language() {
    let mut said = Vec::new();
    evaluated(AFTER_LEAVE, &mut said);
    let not_yet: Vec<&Said> = said
        .iter()
        .filter(|s| s.ro.starts_with("Încă nu"))
        .collect();
    assert!(!not_yet.is_empty(), "the incentive is not yet for her");
    for s in not_yet {
        assert!(s.hu.starts_with("Még nem"), "{}", s.hu);
        assert!(s.en.starts_with("Not yet"), "{}", s.en);
    }
}

#[test]
fn the_supplement_and_the_disabled_parents_support_read_in_hungarian_and_english() {
    let mut said = Vec::new();
    let seen = evaluated(FURTHER_BIRTH, &mut said);
    assert!(seen.contains(&BenefitId::FurtherBirthSupplement));
    let seen = evaluated(DISABLED_PARENT, &mut said);
    assert!(seen.contains(&BenefitId::DisabledParentSupport));
    check(&said);
    check_official_names(&said);
    assert!(said
        .iter()
        .any(|s| s.en.contains("45% of the minimum allowance")));
    assert!(said.iter().any(|s| s.hu.contains("súlyos (grav)")));
}

#[test]
fn too_few_months_and_their_proofs_read_in_hungarian_and_english() {
    let mut said = Vec::new();
    evaluated(TOO_FEW_MONTHS, &mut said);
    check(&said);
    check_official_names(&said);
    // 5 + 3 = 8 months, 4 missing.
    assert!(said
        .iter()
        .any(|s| s.en.contains("Months with income: 5 months + in situations that count the same: 3 months = 8 months, fewer than 12. You would need 4 months more")));
    // The proof of each period, as the list of papers names it.
    let household = household(TOO_FEW_MONTHS);
    let mut proofs = Vec::new();
    for p in all_periods() {
        let doc =
            Document::ChildRaising(ChildRaisingDocument::AssimilatedPeriodProof { period: p });
        in_each(
            &format!("proof {p:?}"),
            || vec![tr::document(&doc, &household)],
            &mut proofs,
            |l| l,
        );
    }
    check(&proofs);
    assert!(proofs.iter().any(|s| s
        .hu
        .starts_with("Az időszak igazolása: munkanélküli-segély")
        && s.en
            .starts_with("Proof of the period: unemployment benefit")));
}

#[test]
fn every_benefit_name_carries_its_romanian_name_in_brackets() {
    for b in AREA {
        for lang in [Lang::Hu, Lang::En] {
            let name = tr_in(lang, || tr::benefit_name(b).to_string());
            assert!(
                name.contains(&format!("({})", official_name(b))),
                "{lang:?} {b:?}: {name}"
            );
        }
    }
}

#[test]
fn the_questions_hints_and_options_read_in_hungarian_and_english() {
    use ChildRaisingFact::*;
    let facts = [
        Carer,
        DecisionDate,
        BackToWork,
        ReceivesAllowance,
        IncomeMonths,
        AssimilatedPeriods,
        AssimilatedMonths,
        MaternityLeave,
        MaternityLeaveEnd,
        AverageNetIncome,
        LeaveForOlderChild,
        BackToWorkDate,
        MealVouchers,
    ];
    let household = household(AFTER_LEAVE);
    let month = YearMonth {
        year: 2026,
        month: 10,
    };
    let mut said = Vec::new();
    for f in facts {
        let fact = Fact::ChildRaising(f);
        in_each(
            &format!("question {f:?}"),
            || {
                vec![
                    tr::question(fact, &household, month),
                    tr::question(fact, &Household::default(), month),
                    tr::question_hint(fact).unwrap_or_default().to_string(),
                ]
            },
            &mut said,
            |lines| lines,
        );
    }
    let carers = [
        eligibil::rules::household::Carer::NaturalParent,
        eligibil::rules::household::Carer::AdoptiveParent,
        eligibil::rules::household::Carer::EntrustedForAdoption,
        eligibil::rules::household::Carer::Placement,
        eligibil::rules::household::Carer::Guardian,
        eligibil::rules::household::Carer::FosterCarer,
    ];
    for c in carers {
        let value = serde_json::to_value(c).expect("a carer");
        let value = value.as_str().expect("a name").to_string();
        in_each(
            &format!("carer {c:?}"),
            || vec![tr::option_label(Fact::ChildRaising(Carer), &value).to_string()],
            &mut said,
            |lines| lines,
        );
        // Said back to the person.
        in_each(
            &format!("carer said {c:?}"),
            || {
                let (_, detail) = tr::criterion(&Criterion::ChildRaising(
                    ChildRaisingCriterion::CarerMayApply { carer: Some(c) },
                ));
                vec![detail.unwrap_or_default()]
            },
            &mut said,
            |lines| lines,
        );
    }
    for p in all_periods() {
        let value = serde_json::to_value(p).expect("a period");
        let value = value.as_str().expect("a name").to_string();
        in_each(
            &format!("period {p:?}"),
            || vec![tr::option_label(Fact::ChildRaising(AssimilatedPeriods), &value).to_string()],
            &mut said,
            |lines| lines,
        );
    }
    check(&said);
    check_official_names(&said);
    // The child's name goes into the question; the benefit keeps its
    // Romanian name.
    let receives = said
        .iter()
        .find(|s| s.what == "question ReceivesAllowance")
        .expect("the question");
    assert!(receives.hu.contains("Ana"), "{}", receives.hu);
    assert!(receives
        .en
        .contains("child-raising allowance (indemnizația pentru creșterea copilului) for Ana"));
}

fn all_periods() -> Vec<AssimilatedPeriod> {
    use AssimilatedPeriod::*;
    vec![
        MissionAbroad,
        Covid2020Allowance,
        AccompaniedSpouseOnMission,
        UnemploymentBenefit,
        RegisteredForUnemploymentBenefit,
        SickLeave,
        WorkAccidentLeave,
        InvalidityPension,
        EmployerSuspension,
        ChildRaisingLeave,
        UnpaidChildRaisingLeave,
        BetweenFixedTermContracts,
        DoctoralStudent,
        MilitaryService,
        FullTimeStudies,
        BetweenStudies,
        AfterGraduation,
        UnpaidTrainingLeave,
        BeforeResidency,
    ]
}

#[test]
fn the_incentives_readings_and_counts_read_in_hungarian_and_english() {
    // Identifiers the case files reach rarely: the disabled child's two
    // readings, the threshold day, the other parent's share in months.
    let notes = vec![
        ChildRaisingNote::IncentiveDisabledEarlyReadings {
            early_months: 6,
            early_until: d(2026, 12, 1),
            other_months: 12,
            other_until: d(2027, 6, 1),
            back_in_between: true,
        },
        ChildRaisingNote::IncentiveDisabledEarlyReadings {
            early_months: 6,
            early_until: d(2026, 12, 1),
            other_months: 18,
            other_until: d(2027, 6, 1),
            back_in_between: false,
        },
        ChildRaisingNote::IncentiveOnThresholdDay {
            day: d(2026, 11, 10),
            early_months: 6,
            higher: dec!(1500),
            lower: dec!(650),
        },
        ChildRaisingNote::OtherParentShare {
            months: 1,
            rules_of_2023: false,
        },
        ChildRaisingNote::OtherParentShare {
            months: 2,
            rules_of_2023: true,
        },
        ChildRaisingNote::IncentiveIfBackBy {
            higher: Some(dec!(1500)),
            early_until: Some(d(2026, 12, 1)),
            higher_until: d(2028, 6, 1),
            lower: dec!(650),
            lower_until: d(2029, 6, 1),
        },
        ChildRaisingNote::SupportAskOffice {
            leave_until: d(2027, 2, 3),
            past: true,
        },
    ];
    let criteria = vec![
        ChildRaisingCriterion::QualifyingMonths {
            income_months: Some(0),
            assimilated_months: Some(0),
            required: 12,
            window: 24,
        },
        ChildRaisingCriterion::ChildAgeForLeave {
            member: 1,
            disabled: true,
            years: 3,
            until: d(2027, 5, 6),
            disability_unasked: false,
        },
        ChildRaisingCriterion::BackAtWork {
            back: Some(true),
            date: Some(d(2026, 11, 2)),
            child_age_months: Some(8),
            early_months: Some(6),
            rate: Some(IncentiveRate::Lower),
            until: Some(d(2029, 6, 10)),
            higher_ended: None,
        },
        ChildRaisingCriterion::AllowanceAmount {
            average_net_income: Some(dec!(1000)),
            share: dec!(0.85),
            computed: Some(dec!(850)),
            minimum: dec!(1314),
            maximum: dec!(8500),
        },
    ];
    let mut said = Vec::new();
    for n in notes {
        let note = Note::ChildRaising(n);
        in_each(
            &format!("{note:?}"),
            || vec![tr::note(&note)],
            &mut said,
            |l| l,
        );
    }
    for c in criteria {
        let c = Criterion::ChildRaising(c);
        in_each(
            &format!("{c:?}"),
            || {
                let (title, detail) = tr::criterion(&c);
                vec![title, detail.unwrap_or_default()]
            },
            &mut said,
            |l| l,
        );
    }
    check(&said);
    // Romanian: "nicio lună"; the others say it their way.
    assert!(said.iter().any(|s| s.ro.contains("nicio lună")
        && s.en.contains("no months")
        && s.hu.contains("0 hónap")));
    // Hungarian keeps the noun singular after a number.
    assert!(said.iter().any(|s| s.hu.contains("18 hónap")));
    assert!(said
        .iter()
        .any(|s| s.en.contains("under 3 years old") && s.hu.contains("3 évesnél fiatalabb")));
}
