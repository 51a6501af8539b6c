//! Reads the language catalogues (`src/i18n/<lang>/<area>.txt`) and writes
//! `$OUT_DIR/messages.rs`: one function per message, named after its key,
//! taking its placeholders as arguments. The build fails when a language
//! lacks a message another has, has one more, or uses other placeholders
//! or another number of plural forms than its language has: a missing
//! sentence can never reach a person.
//!
//! Format, one message per line (`#` starts a comment line):
//!
//! ```text
//! key = Text with {placeholder} and {n:plural|# copil|# copii|# de copii}
//! ```
//!
//! `\n` in a value is a line break. In a plural, `#` is the number; the
//! forms are Romanian one/few/other, Hungarian and English one/other.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// The languages, Romanian first (its order of keys is the catalogue's).
const LANGUAGES: [(&str, usize); 3] = [("ro", 3), ("hu", 2), ("en", 2)];
/// The files of each language, in this order.
const AREAS: [&str; 7] = ["core", "ui", "engine", "means", "child", "local", "answers"];

struct Message {
    key: String,
    value: String,
    line: usize,
    area: &'static str,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("i18n");
    let mut catalogues: Vec<(&str, Vec<Message>)> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    for (lang, _) in LANGUAGES {
        let mut messages = Vec::new();
        for area in AREAS {
            let file = root.join(lang).join(format!("{area}.txt"));
            println!("cargo:rerun-if-changed={}", file.display());
            let text = match std::fs::read_to_string(&file) {
                Ok(text) => text,
                Err(e) => {
                    problems.push(format!("{}: {e}", file.display()));
                    continue;
                }
            };
            for (n, line) in text.lines().enumerate() {
                let line = line.trim_end_matches('\r');
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                match line.split_once(" = ") {
                    Some((key, value)) if valid_key(key) => messages.push(Message {
                        key: key.to_string(),
                        value: value.to_string(),
                        line: n + 1,
                        area,
                    }),
                    _ => problems.push(format!(
                        "src/i18n/{lang}/{area}.txt:{}: not `key = text`: {line}",
                        n + 1
                    )),
                }
            }
        }
        catalogues.push((lang, messages));
    }

    let (_, romanian) = &catalogues[0];
    let mut seen = HashMap::new();
    for m in romanian {
        if let Some(first) = seen.insert(m.key.clone(), m.line) {
            problems.push(format!(
                "src/i18n/ro/{}.txt:{}: `{}` is already defined on line {first}",
                m.area, m.line, m.key
            ));
        }
    }
    for (lang, messages) in &catalogues {
        let forms = LANGUAGES
            .iter()
            .find(|(l, _)| l == lang)
            .map_or(2, |(_, f)| *f);
        let by_key: HashMap<&str, &Message> =
            messages.iter().map(|m| (m.key.as_str(), m)).collect();
        for m in messages {
            if let Err(e) = check_value(&m.value, forms) {
                problems.push(format!("src/i18n/{lang}/{}.txt:{}: {e}", m.area, m.line));
            }
        }
        if *lang == "ro" {
            continue;
        }
        for r in romanian {
            match by_key.get(r.key.as_str()) {
                None => problems.push(format!(
                    "src/i18n/{lang}/{}.txt: `{}` is missing (src/i18n/ro/{}.txt:{})",
                    r.area, r.key, r.area, r.line
                )),
                Some(m) if m.area != r.area => problems.push(format!(
                    "src/i18n/{lang}/{}.txt:{}: `{}` belongs in {}.txt, as in Romanian",
                    m.area, m.line, m.key, r.area
                )),
                Some(m) => {
                    let (want, got) = (placeholders(&r.value), placeholders(&m.value));
                    if want != got {
                        problems.push(format!(
                            "src/i18n/{lang}/{}.txt:{}: `{}` has placeholders {:?}, Romanian has {:?}",
                            m.area, m.line, m.key, got, want
                        ));
                    }
                }
            }
        }
        let known: BTreeSet<&str> = romanian.iter().map(|m| m.key.as_str()).collect();
        for m in messages {
            if !known.contains(m.key.as_str()) {
                problems.push(format!(
                    "src/i18n/{lang}/{}.txt:{}: `{}` is not in Romanian",
                    m.area, m.line, m.key
                ));
            }
        }
    }
    if !problems.is_empty() {
        for p in &problems {
            println!("cargo:warning={p}");
        }
        panic!(
            "{} problem(s) in the language catalogues:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    let mut out = String::new();
    writeln!(
        out,
        "// Written by build.rs from src/i18n/ro/*.txt. Do not edit."
    )
    .unwrap();
    writeln!(out, "pub const COUNT: usize = {};", romanian.len()).unwrap();
    writeln!(
        out,
        "/// The keys, in catalogue order (native builds: tests and the readers of the sources)."
    )
    .unwrap();
    writeln!(out, "#[cfg(not(target_arch = \"wasm32\"))]").unwrap();
    write!(out, "pub const KEYS: [&str; {}] = [", romanian.len()).unwrap();
    for m in romanian {
        write!(out, "{:?},", m.key).unwrap();
    }
    writeln!(out, "];").unwrap();
    for (i, m) in romanian.iter().enumerate() {
        let names = placeholders(&m.value);
        writeln!(out, "/// {}", m.value.replace('\n', " ")).unwrap();
        if names.is_empty() {
            writeln!(
                out,
                "pub fn {}() -> &'static str {{ super::text({i}) }}",
                m.key
            )
            .unwrap();
            continue;
        }
        let args: Vec<String> = names
            .iter()
            .map(|(name, plural)| {
                if *plural {
                    format!("{name}: u32")
                } else {
                    format!("{name}: &str")
                }
            })
            .collect();
        let values: Vec<String> = names
            .iter()
            .map(|(name, plural)| {
                if *plural {
                    format!("super::Arg::Count({name})")
                } else {
                    format!("super::Arg::Text({name})")
                }
            })
            .collect();
        let keys: Vec<String> = names.iter().map(|(n, _)| format!("{n:?}")).collect();
        writeln!(
            out,
            "pub fn {}({}) -> String {{ super::fill({i}, &[{}], &[{}]) }}",
            m.key,
            args.join(", "),
            keys.join(", "),
            values.join(", ")
        )
        .unwrap();
    }
    // The catalogue sources for native builds: tests read every language.
    for (lang, _) in LANGUAGES {
        write!(
            out,
            "#[cfg(not(target_arch = \"wasm32\"))]\npub const SOURCE_{}: &[&str] = &[",
            lang.to_uppercase()
        )
        .unwrap();
        for area in AREAS {
            let file = root.join(lang).join(format!("{area}.txt"));
            write!(out, "include_str!({:?}),", file.display().to_string()).unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    std::fs::write(dest, out).expect("write messages.rs");
    println!("cargo:rerun-if-changed=build.rs");
}

fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// The placeholders of a value, each once, with whether it is a plural.
fn placeholders(value: &str) -> BTreeSet<(String, bool)> {
    let mut out = BTreeSet::new();
    let mut rest = value;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let inner = &rest[start + 1..start + len];
        match inner.split_once(":plural|") {
            Some((name, _)) => out.insert((name.to_string(), true)),
            None => out.insert((inner.to_string(), false)),
        };
        rest = &rest[start + len + 1..];
    }
    out
}

fn check_value(value: &str, forms: usize) -> Result<(), String> {
    let mut rest = value;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            return Err(format!("a `{{` without its `}}`: {value}"));
        };
        let inner = &rest[start + 1..start + len];
        if let Some((name, plural)) = inner.split_once(":plural|") {
            let n = plural.split('|').count();
            if n != forms {
                return Err(format!(
                    "`{name}` has {n} plural forms, this language has {forms}: {value}"
                ));
            }
        } else if !valid_key(inner) {
            return Err(format!("`{{{inner}}}` is not a placeholder name: {value}"));
        }
        rest = &rest[start + len + 1..];
    }
    Ok(())
}
