//! Fuzzing the command-line tool's household-file parser
//! (`eligibil::household_file::parse_household`) with proptest: arbitrary
//! bytes, JSON-ish token soup, byte-level mutations of the example files in
//! docs/examples, and structural mutations (a node of an example replaced by
//! an arbitrary JSON value). For every input:
//!
//! - parsing never panics; a refused file gets a non-empty message;
//! - only a file whose first non-blank character is `{` is accepted;
//! - an accepted household written back as JSON reads back identical;
//! - evaluating it (22 Nov 2026, Cluj-Napoca) never panics, and a household
//!   that could not exist is refused with at least one problem named.
//!
//! Each property runs 256 cases in the normal `cargo test`; a long run:
//!
//! ```text
//! ELIGIBIL_FUZZ_CASES=1000000 cargo test --release --test household_file_fuzz
//! ```

mod common;

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use eligibil::household_file::parse_household;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::{evaluate, EngineError, EvalContext};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use rust_decimal::Decimal;
use serde_json::Value;

/// Cases per property: $ELIGIBIL_FUZZ_CASES, or 256.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: common::fuzz_cases(),
        // The mutators reject nothing; shrinking a failure stays cheap.
        max_shrink_iters: 4096,
        ..ProptestConfig::default()
    }
}

/// The example files (name, bytes), read once.
fn examples() -> &'static [(String, Vec<u8>)] {
    static FILES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(read_examples)
}

fn read_examples() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("docs/examples exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let bytes = std::fs::read(&p).expect("example readable");
            (p.display().to_string(), bytes)
        })
        .collect();
    files.sort();
    assert!(files.len() >= 6, "the examples are there");
    files
}

/// The example files as JSON, read once.
fn example_values() -> &'static [Value] {
    static VALUES: OnceLock<Vec<Value>> = OnceLock::new();
    VALUES.get_or_init(|| {
        examples()
            .iter()
            .map(|(name, bytes)| {
                serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
            })
            .collect()
    })
}

/// Every key and string value in the examples (field names, enum values,
/// dates, amounts), so that generated JSON looks like a household often.
fn vocabulary() -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(k.clone());
                    walk(v, out);
                }
            }
            _ => {}
        }
    }
    let mut out = vec![];
    example_values().iter().for_each(|v| walk(v, &mut out));
    out.sort();
    out.dedup();
    out
}

/// The checks every input must pass (see the module comment).
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let household = match parse_household(bytes) {
        Err(message) => {
            prop_assert!(!message.trim().is_empty(), "refused without a message");
            return Ok(());
        }
        Ok(h) => h,
    };
    prop_assert_eq!(
        bytes.iter().find(|b| !b.is_ascii_whitespace()),
        Some(&b'{'),
        "accepted a file that is not one JSON object"
    );
    let written = serde_json::to_vec(&household)
        .map_err(|e| TestCaseError::fail(format!("cannot write back: {e}")))?;
    let read_back = parse_household(&written);
    prop_assert_eq!(read_back.as_ref(), Ok(&household));
    let ctx = EvalContext {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date"),
        municipality: MunicipalityId::ClujNapoca,
    };
    match evaluate(&household, &ctx) {
        Ok(ev) => prop_assert_eq!(
            ev.benefits.len(),
            eligibil::rules::benefits_for(MunicipalityId::ClujNapoca).count()
        ),
        Err(EngineError::InvalidHousehold { problems }) => {
            prop_assert!(!problems.is_empty(), "refused without a problem")
        }
        // Not expected for a date the parameters cover, but not a crash either.
        Err(EngineError::Parameter { .. }) => {}
    }
    Ok(())
}

/// Arbitrary JSON, with leaves biased towards what a household holds.
fn json_value(vocab: Vec<String>) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        select(vocab.clone()).prop_map(Value::String),
        (any::<i64>(), 0u32..6)
            .prop_map(|(n, scale)| Value::String(Decimal::new(n, scale).to_string())),
        (0i32..3000, 0u32..14, 0u32..33)
            .prop_map(|(y, m, d)| Value::String(format!("{y:04}-{m:02}-{d:02}"))),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((select(vocab.clone()), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Pointers (RFC 6901) to every node of `v`, the root first.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let key = k.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum ByteEdit {
    Set(Index, u8),
    Delete(Index, usize),
    Insert(Index, String),
    Truncate(Index),
}

fn apply(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len + 1) };
    match edit {
        ByteEdit::Set(i, b) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes[at] = *b;
        }
        ByteEdit::Set(..) => {}
        ByteEdit::Delete(i, n) => {
            let start = at(i, bytes.len()).min(bytes.len());
            let end = (start + n).min(bytes.len());
            bytes.drain(start..end);
        }
        ByteEdit::Insert(i, s) => {
            let start = at(i, bytes.len()).min(bytes.len());
            bytes.splice(start..start, s.bytes());
        }
        ByteEdit::Truncate(i) => {
            let len = at(i, bytes.len()).min(bytes.len());
            bytes.truncate(len);
        }
    }
}

fn json_token(vocab: Vec<String>) -> impl Strategy<Value = String> {
    let punctuation = [
        "{", "}", "[", "]", ":", ",", "\"", "null", "true", "false", "-", "0", "1.5", "1e400",
        "-0", "\\u0000", "\\ud800", " ", "\n", "\u{feff}", "ă", "\u{7f}",
    ]
    .map(String::from)
    .to_vec();
    prop_oneof![
        select(punctuation),
        select(vocab.clone()).prop_map(|s| format!("\"{s}\"")),
        select(vocab),
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_crash_the_parser(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes)?;
    }

    #[test]
    fn json_token_soup_never_crashes_the_parser(
        tokens in prop::collection::vec(json_token(vocabulary()), 0..64),
        open in any::<bool>(),
    ) {
        let mut text = if open { "{".to_string() } else { String::new() };
        text.push_str(&tokens.concat());
        check(text.as_bytes())?;
    }

    #[test]
    fn byte_level_mutations_of_the_examples_are_read_or_refused(
        which in any::<Index>(),
        edits in prop::collection::vec(
            prop_oneof![
                (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Set(i, b)),
                (any::<Index>(), 1usize..40).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
                (any::<Index>(), json_token(vocabulary())).prop_map(|(i, s)| ByteEdit::Insert(i, s)),
                any::<Index>().prop_map(ByteEdit::Truncate),
            ],
            1..6,
        ),
    ) {
        let files = examples();
        let mut bytes = files[which.index(files.len())].1.clone();
        for edit in &edits {
            apply(&mut bytes, edit);
        }
        check(&bytes)?;
    }

    #[test]
    fn structural_mutations_of_the_examples_are_read_or_refused(
        which in any::<Index>(),
        node in any::<Index>(),
        replacement in json_value(vocabulary()),
    ) {
        let values = example_values();
        let mut value = values[which.index(values.len())].clone();
        let mut all = vec![];
        pointers(&value, String::new(), &mut all);
        let pointer = &all[node.index(all.len())];
        if let Some(slot) = value.pointer_mut(pointer) {
            *slot = replacement;
        }
        let bytes = serde_json::to_vec(&value)
            .map_err(|e| TestCaseError::fail(format!("cannot write: {e}")))?;
        check(&bytes)?;
    }
}

#[test]
fn every_example_is_read() {
    for (name, bytes) in examples() {
        assert!(parse_household(bytes).is_ok(), "{name}");
    }
}
