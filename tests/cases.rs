//! Every benefit's cases, written as data a caseworker can read: a household,
//! the date of the check, the answer expected and the line of the source page
//! that justifies it, with the arithmetic worked by hand. One harness runs the
//! files in `tests/cases/*.yaml`, each case as its own test (as OpenFisca runs
//! its YAML tests). The format is described in `tests/cases/README.md`.
//!
//! A quotation in a case's `seed` is checked against the page it names, so a
//! case cannot cite words the page does not say.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;
use libtest_mimic::{Arguments, Failed, Trial};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{Map, Value};

use eligibil::i18n::tr;
use eligibil::rules::household::Household;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{BenefitOutcome, Evaluation};
use eligibil::rules::{evaluate, EvalContext};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// The rule, in words: "A family of three at exactly 1.386 lei … qualifies".
    name: String,
    /// The page and the quoted line(s) that justify the expected answer:
    /// `004: "de până la 1.386 lei în cazul familiilor"`.
    seed: Citation,
    /// The working, by hand.
    #[serde(default)]
    arithmetic: Option<String>,
    /// The date of the check.
    date: NaiveDate,
    /// `cluj-napoca` (default), `navodari` or `other`.
    #[serde(default)]
    city: Option<MunicipalityId>,
    /// The household, in the command-line tool's file format.
    household: Value,
    /// A subset of the evaluation (see the README).
    #[serde(default)]
    expect: Option<Value>,
    /// The engine must refuse; a subset of its error.
    #[serde(default)]
    expect_error: Option<Value>,
    /// Words the person must read for a benefit (its verdict, reasons,
    /// notes, terms, papers): `insertion_incentive: ["Încă nu"]`.
    #[serde(default)]
    says: BTreeMap<String, Vec<String>>,
    /// Words the person must not read for a benefit.
    #[serde(default)]
    does_not_say: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Citation {
    One(String),
    Many(Vec<String>),
}

impl Citation {
    fn lines(&self) -> Vec<&str> {
        match self {
            Citation::One(line) => vec![line.as_str()],
            Citation::Many(lines) => lines.iter().map(String::as_str).collect(),
        }
    }
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/seeds` beside the repository, as on every machine and in CI.
fn seeds_dir() -> PathBuf {
    repo_root().join("..").join("shared").join("seeds")
}

fn main() {
    let args = Arguments::from_args();
    let trials = match load_trials() {
        Ok(trials) => trials,
        Err(message) => {
            eprintln!("tests/cases: {message}");
            std::process::exit(101);
        }
    };
    libtest_mimic::run(&args, trials).exit();
}

fn load_trials() -> Result<Vec<Trial>, String> {
    let dir = repo_root().join("tests").join("cases");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for file in files {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        // A file that does not parse fails as one test, so the others still run.
        // YAML anchors and merge keys (`<<: *family`) let a file reuse a
        // household and change one line of it.
        let parsed = serde_norway::from_str::<serde_norway::Value>(&text).and_then(|mut value| {
            value.apply_merge()?;
            serde_norway::from_value::<Vec<Case>>(value)
        });
        match parsed {
            Ok(cases) => {
                for case in cases {
                    let name = format!("{stem}: {}", case.name);
                    trials.push(Trial::test(name, move || run_case(&case)));
                }
            }
            Err(error) => {
                let message = format!("{}: {error}", file.display());
                trials.push(Trial::test(format!("{stem}: the file reads"), move || {
                    Err(Failed::from(message))
                }));
            }
        }
    }
    Ok(trials)
}

fn run_case(case: &Case) -> Result<(), Failed> {
    let fail = |what: String| -> Failed {
        let mut text = format!("{what}\n  seed: {}", case.seed.lines().join(" | "));
        if let Some(arithmetic) = &case.arithmetic {
            text.push_str(&format!("\n  arithmetic: {arithmetic}"));
        }
        Failed::from(text)
    };
    for line in case.seed.lines() {
        check_quotation(line).map_err(&fail)?;
    }
    if let Some(path) = first_float(&case.household, "household") {
        return Err(fail(format!(
            "{path} is written as a decimal number; write sums in quotes (\"1386.01\") so no \
             digit is lost to floating point"
        )));
    }
    let household: Household = serde_path_to_error::deserialize(case.household.clone())
        .map_err(|e| fail(format!("the household does not read: {e}")))?;
    let ctx = EvalContext {
        date: case.date,
        municipality: case.city.unwrap_or_default(),
    };
    match (evaluate(&household, &ctx), &case.expect, &case.expect_error) {
        (Ok(evaluation), Some(expect), None) => {
            let actual =
                by_benefit(serde_json::to_value(&evaluation).map_err(|e| fail(e.to_string()))?);
            let mut expect = expect.clone();
            let absent = expect.as_object_mut().and_then(|o| o.remove("absent"));
            subset(&expect, &actual, "").map_err(&fail)?;
            if let Some(absent) = absent {
                none_of(&absent, &actual, "absent").map_err(&fail)?;
            }
            words(case, &evaluation, &household).map_err(&fail)
        }
        (Err(error), None, Some(expect_error)) => {
            let actual = serde_json::to_value(&error).map_err(|e| fail(e.to_string()))?;
            subset(expect_error, &actual, "error").map_err(&fail)
        }
        (Ok(_), None, Some(_)) => Err(fail(
            "the engine answered, but the case expects a refusal".into(),
        )),
        (Err(error), Some(_), None) => Err(fail(format!("the engine refused: {error:?}"))),
        _ => Err(fail(
            "a case has exactly one of `expect` and `expect_error`".into(),
        )),
    }
}

/// The `says` and `does_not_say` of a case, against the Romanian the
/// person reads for each benefit named.
fn words(case: &Case, evaluation: &Evaluation, household: &Household) -> Result<(), String> {
    let text_of = |id: &str| -> Result<String, String> {
        evaluation
            .benefits
            .iter()
            .find(|b| serde_json::to_value(b.benefit).is_ok_and(|v| v == id))
            .map(|b| tr::local::for_town(&romanian(b, household), evaluation.municipality))
            .ok_or_else(|| format!("{id}: no such benefit in the answer"))
    };
    for (id, fragments) in &case.says {
        let text = text_of(id)?;
        for fragment in fragments {
            if !normalise(&text).contains(&normalise(fragment)) {
                return Err(format!(
                    "{id} does not say \"{fragment}\"; it says:\n{text}"
                ));
            }
        }
    }
    for (id, fragments) in &case.does_not_say {
        let text = text_of(id)?;
        for fragment in fragments {
            if normalise(&text).contains(&normalise(fragment)) {
                return Err(format!("{id} says \"{fragment}\"; it should not:\n{text}"));
            }
        }
    }
    Ok(())
}

/// Everything the person reads about one benefit, one line each: the
/// verdict, the reasons, the amount's parts, the terms, the papers, the
/// forms and the notes.
fn romanian(b: &BenefitOutcome, household: &Household) -> String {
    let mut lines = vec![tr::verdict(b)];
    for r in &b.reasons {
        let (title, detail) = tr::criterion(&r.criterion);
        lines.push(format!("[{}] {title}", tr::check_mark(r.check)));
        lines.extend(detail);
    }
    if let Some(amount) = &b.amount {
        lines.push(tr::lei(amount.monthly_total));
        for part in &amount.parts {
            lines.push(format!(
                "{} — {}",
                tr::lei(part.monthly),
                tr::supplement_part(part.part)
            ));
        }
    }
    for d in &b.deadlines {
        let (title, steps) = tr::deadline(d);
        lines.push(title);
        lines.extend(steps);
    }
    for d in &b.documents {
        lines.push(tr::document(&d.document, household));
    }
    for f in &b.forms {
        lines.push(tr::form(*f).to_string());
    }
    for n in &b.notes {
        lines.push(tr::note(&n.note));
    }
    lines.join("\n")
}

/// The evaluation with its benefits keyed by their identifier, so a case can
/// say `heating_aid: {status: eligible}`.
fn by_benefit(mut evaluation: Value) -> Value {
    let mut out = Map::new();
    if let Some(object) = evaluation.as_object_mut() {
        if let Some(Value::Array(benefits)) = object.remove("benefits") {
            for benefit in benefits {
                if let Some(id) = benefit.get("benefit").and_then(Value::as_str) {
                    out.insert(id.to_string(), benefit.clone());
                }
            }
        }
        for (key, value) in object.iter() {
            out.insert(key.clone(), value.clone());
        }
    }
    Value::Object(out)
}

/// Does `expected` describe `actual`? Objects match key by key; a non-empty
/// list matches when each expected item matches some actual item; an empty
/// list means the actual list is empty; decimals match by value ("40" is
/// "40.00").
fn subset(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, e_value) in e {
                let here = join(path, key);
                match a.get(key) {
                    Some(a_value) => subset(e_value, a_value, &here)?,
                    None => {
                        return Err(format!(
                            "{here}: missing from the answer ({})",
                            brief(actual)
                        ))
                    }
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) if e.is_empty() => {
            if a.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "{path}: expected none, the answer has {}",
                    brief(&Value::Array(a.clone()))
                ))
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for item in e {
                if !a
                    .iter()
                    .any(|candidate| subset(item, candidate, path).is_ok())
                {
                    // The closest miss explains more than "not found".
                    let why = a
                        .iter()
                        .map(|candidate| subset(item, candidate, path).err().unwrap_or_default())
                        .min_by_key(String::len)
                        .unwrap_or_else(|| "the list is empty".into());
                    return Err(format!(
                        "{path}: nothing matches {}; closest: {why}",
                        brief(item)
                    ));
                }
            }
            Ok(())
        }
        (e, a) if same_scalar(e, a) => Ok(()),
        (e, a) => Err(format!(
            "{path}: expected {}, the answer says {}",
            brief(e),
            brief(a)
        )),
    }
}

/// Nothing in `actual` matches the items listed under `absent`.
fn none_of(absent: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (absent, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, e_value) in e {
                if let Some(a_value) = a.get(key) {
                    none_of(e_value, a_value, &join(path, key))?;
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            for item in e {
                if let Some(found) = a
                    .iter()
                    .find(|candidate| subset(item, candidate, path).is_ok())
                {
                    return Err(format!(
                        "{path}: expected no {}, the answer has {}",
                        brief(item),
                        brief(found)
                    ));
                }
            }
            Ok(())
        }
        (e, a) if same_scalar(e, a) => Err(format!("{path}: expected anything but {}", brief(e))),
        _ => Ok(()),
    }
}

fn same_scalar(expected: &Value, actual: &Value) -> bool {
    if expected == actual {
        return true;
    }
    match (as_decimal(expected), as_decimal(actual)) {
        (Some(e), Some(a)) => e == a,
        _ => false,
    }
}

fn as_decimal(value: &Value) -> Option<Decimal> {
    match value {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) if n.is_i64() || n.is_u64() => n.to_string().parse().ok(),
        _ => None,
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A value short enough for a failure message.
fn brief(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 400 {
        format!("{}…", text.chars().take(400).collect::<String>())
    } else {
        text
    }
}

/// The path of the first number with a fractional part, if any.
fn first_float(value: &Value, path: &str) -> Option<String> {
    match value {
        Value::Number(n) if !(n.is_i64() || n.is_u64()) => Some(path.to_string()),
        Value::Object(o) => o.iter().find_map(|(k, v)| first_float(v, &join(path, k))),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .find_map(|(i, v)| first_float(v, &format!("{path}[{i}]"))),
        _ => None,
    }
}

/// A citation of the form `004: "quoted words" …`: every quotation (in "…",
/// „…” or «…») must be on that page, except for spacing, case and the two
/// spellings of ș and ț; a quotation may skip words with "…" or "...". A
/// citation of a legal act alone (no page code) is taken as it is.
fn check_quotation(citation: &str) -> Result<(), String> {
    let code: String = citation.chars().take(3).collect();
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(());
    }
    let page = seed_text(&code)?;
    for quote in quotations(citation) {
        for fragment in quote.split(['…']).flat_map(|f| f.split("...")) {
            let fragment = normalise(fragment);
            if !fragment.is_empty() && !page.contains(&fragment) {
                return Err(format!("seed {code} does not say \"{}\"", fragment));
            }
        }
    }
    Ok(())
}

fn quotations(text: &str) -> Vec<String> {
    let mut quotes = Vec::new();
    let mut current: Option<(char, String)> = None;
    for c in text.chars() {
        match &mut current {
            Some((close, buffer)) if c == *close => {
                quotes.push(std::mem::take(buffer));
                current = None;
            }
            Some((_, buffer)) => buffer.push(c),
            None => {
                current = match c {
                    '"' => Some(('"', String::new())),
                    '„' => Some(('”', String::new())),
                    '«' => Some(('»', String::new())),
                    _ => None,
                }
            }
        }
    }
    quotes
}

/// The page whose file name starts with `code`, normalised; the pages are
/// read once for all cases.
fn seed_text(code: &str) -> Result<&'static str, String> {
    static PAGES: OnceLock<Result<Vec<(String, String)>, String>> = OnceLock::new();
    let pages = PAGES.get_or_init(|| {
        let dir = seeds_dir();
        let entries =
            fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let mut pages = Vec::new();
        for path in entries.flatten().map(|e| e.path()) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let (Some(code), true) = (name.get(..3), name.ends_with(".txt")) {
                let text = fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                pages.push((code.to_string(), normalise(&text)));
            }
        }
        Ok(pages)
    });
    let pages = pages.as_ref().map_err(Clone::clone)?;
    pages
        .iter()
        .find(|(c, _)| c == code)
        .map(|(_, text)| text.as_str())
        .ok_or_else(|| format!("no seed page {code} in {}", seeds_dir().display()))
}

/// Lower case, single spaces, one spelling of ș/ț, straight apostrophes.
fn normalise(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            'ş' | 'Ş' | 'Ș' => 'ș',
            'ţ' | 'Ţ' | 'Ț' => 'ț',
            '’' | '‘' => '\'',
            '–' | '—' => '-',
            // List bullets are page layout, not words.
            '•' | '·' | '\u{f0b7}' => ' ',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}
