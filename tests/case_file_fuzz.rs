//! Fuzzing the case-file reader (`eligibil::cases::from_file`), the door an
//! imported file comes through: arbitrary text, byte edits of a real case
//! file, and a real case file with one value replaced by arbitrary JSON.
//! For every input:
//!
//! - reading never panics, and a file is either read whole or refused;
//! - a case that is read writes back to a file that reads back identical;
//! - the household of a case that is read can be evaluated without panic.
//!
//! Each property runs 256 cases in the normal `cargo test`; a long run:
//!
//! ```text
//! ELIGIBIL_FUZZ_CASES=1000000 cargo test --release --test case_file_fuzz
//! ```

mod common;

use chrono::NaiveDate;
use eligibil::cases::{self, Case};
use eligibil::draft::{AnswerDraft, DateDraft, IncomeDraft, MemberDraft};
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{IncomeKind, Role};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::{evaluate, EvalContext};
use proptest::prelude::*;
use serde_json::Value;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: common::fuzz_cases(),
        ..ProptestConfig::default()
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// A real case file: Ana, her husband, a salary, a tenancy, a ticked paper.
fn sample() -> String {
    let mut case = Case::new("c1".into(), "Ana Pop".into(), "2026-11-22 10:04".into());
    case.draft.members[0].birth = DateDraft {
        day: "14".into(),
        month: "3".into(),
        year: "1988".into(),
    };
    case.draft.members[0].incomes = Some(vec![IncomeDraft {
        kind: IncomeKind::Salary,
        amount: "2.400".into(),
    }]);
    case.draft.members.push(MemberDraft {
        role: Role::Spouse,
        ..MemberDraft::default()
    });
    case.draft.members_confirmed = true;
    case.draft
        .set_answer(Fact::Tenure, AnswerDraft::One("tenant".into()));
    case.ticked.insert("heating_aid/x".into());
    cases::to_file(&case)
}

/// Reads `text`; when it is accepted, the round trip and the engine must hold.
fn check(text: &str) {
    if let Ok(case) = cases::from_file(text, today()) {
        let again = cases::to_file(&case);
        assert_eq!(cases::from_file(&again, today()), Ok(case.clone()));
        let (household, _) = case.draft.to_household(today());
        let ctx = EvalContext {
            date: today(),
            municipality: MunicipalityId::ClujNapoca,
        };
        let _ = evaluate(&household, &ctx);
    }
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-zA-Z0-9ăîșțâ ,.:;-]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::hash_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path to a value inside `v`.
fn paths(v: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    match v {
        Value::Object(o) => o.iter().for_each(|(k, v)| {
            let mut p = here.clone();
            p.push(k.clone());
            paths(v, p, out)
        }),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| {
            let mut p = here.clone();
            p.push(i.to_string());
            paths(v, p, out)
        }),
        _ => {}
    }
}

fn replace_at(v: &mut Value, path: &[String], new: Value) {
    match path.split_first() {
        None => *v = new,
        Some((key, rest)) => {
            let next = match v {
                Value::Object(o) => o.get_mut(key),
                Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
                _ => None,
            };
            if let Some(next) = next {
                replace_at(next, rest, new);
            }
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_is_read_whole_or_refused(text in ".{0,400}") {
        check(&text);
    }

    #[test]
    fn a_case_file_with_bytes_changed_is_read_whole_or_refused(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
    ) {
        let mut bytes = sample().into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn a_case_file_with_a_value_replaced_is_read_whole_or_refused(
        at in any::<prop::sample::Index>(),
        new in arbitrary_json(),
    ) {
        let mut file: Value = serde_json::from_str(&sample()).expect("the sample reads");
        let mut all = Vec::new();
        paths(&file, Vec::new(), &mut all);
        let path = all[at.index(all.len())].clone();
        replace_at(&mut file, &path, new);
        check(&file.to_string());
    }
}

#[test]
fn the_sample_itself_reads() {
    assert!(cases::from_file(&sample(), today()).is_ok());
}
