//! Several cases on one device (an NGO volunteer sees many people a day),
//! and a case as a file to hand over or keep: versioned JSON, refused
//! whole — never half read — when it is malformed, from a newer version of
//! the app, or changed by hand into something impossible. Plain Rust,
//! tested natively; the browser only stores and downloads the text.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::draft::{self, Draft, FieldError, InputProblem};
use crate::rules::household::Household;
use crate::rules::validate::{self, Invalid};

/// The tag every case file carries, so a stray JSON file is not taken for one.
pub const FILE_FORMAT: &str = "eligibil-case";

/// A name is for a person to recognise the case, not a document.
pub const MAX_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Stable on this device; kept by export and import.
    pub id: String,
    pub name: String,
    /// When the case last changed, as the device's clock said it
    /// ("2026-11-22 10:04"); shown in the list, never used by a rule.
    pub updated: String,
    pub draft: Draft,
    /// The papers ticked off in the checklist, by [`document_key`].
    #[serde(default)]
    pub ticked: BTreeSet<String>,
    /// The screens the case went through, up to the one last shown
    /// (`welcome`, `q:<fact>`, `results`): a reload lands there.
    #[serde(default)]
    pub trail: Vec<String>,
    /// The language the case was last seen in: opening it shows it so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::i18n::Lang>,
}

impl Case {
    pub fn new(id: String, name: String, updated: String) -> Self {
        Self {
            id,
            name,
            updated,
            draft: Draft::new(),
            ticked: BTreeSet::new(),
            trail: Vec::new(),
            lang: None,
        }
    }
}

/// The key a ticked paper is kept under: the benefit and the paper as the
/// engine names them, so a tick survives the list being rebuilt.
pub fn document_key(benefit: &str, document: &str) -> String {
    format!("{benefit}/{document}")
}

/// A case as stored on the device and as written to a file.
#[derive(Debug, Serialize, Deserialize)]
struct CaseFile {
    format: String,
    schema: u32,
    case: Case,
}

/// Why a file was refused, as data; the UI words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (an image, a text, a cut file).
    NotJson,
    /// JSON, but not a case file of this app.
    NotACase,
    /// Written by a newer version of the app: we do not guess at it.
    NewerVersion { schema: u32 },
    /// A case file whose content does not read (a field of the wrong kind).
    Unreadable,
    /// It reads, but no real household looks like this (changed by hand).
    Impossible {
        problems: Vec<Invalid>,
        answers: Vec<FieldError>,
    },
}

/// The text of a case file (also what is stored on the device).
pub fn to_file(case: &Case) -> String {
    let file = CaseFile {
        format: FILE_FORMAT.to_string(),
        schema: draft::SCHEMA,
        case: case.clone(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a case file; `today` is the date impossible answers are judged
/// against (a birth after today cannot be).
pub fn from_file(text: &str, today: NaiveDate) -> Result<Case, ImportError> {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<String>,
        schema: Option<u32>,
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ImportError::NotJson
        } else {
            ImportError::NotACase
        }
    })?;
    if probe.format.as_deref() != Some(FILE_FORMAT) {
        return Err(ImportError::NotACase);
    }
    match probe.schema {
        Some(schema) if schema > draft::SCHEMA => return Err(ImportError::NewerVersion { schema }),
        // Case files began with schema 2; an older number is not ours.
        Some(schema) if schema == draft::SCHEMA => {}
        _ => return Err(ImportError::Unreadable),
    }
    let file: CaseFile = serde_json::from_str(text).map_err(|_| ImportError::Unreadable)?;
    let mut case = file.case;
    if case.id.trim().is_empty() {
        return Err(ImportError::Unreadable);
    }
    // A name is for recognising the case, not a fact any rule reads: one
    // too long (written by an older version's copy) is cut, never a reason
    // to refuse the case and lose its answers.
    if case.name.chars().count() > MAX_NAME_CHARS {
        case.name = fit_name(&case.name, "");
    }
    check_possible(&case.draft, today)?;
    Ok(case)
}

/// A draft in progress may hold what a person typed and has not corrected
/// yet (a blank box, "două mii"): that is kept, as the app keeps it. What it
/// may not hold is a household that cannot exist — two applicants, a birth
/// after today, a heating source the family does not use — or an answer no
/// question offers.
fn check_possible(d: &Draft, today: NaiveDate) -> Result<(), ImportError> {
    let mut confirmed = d.clone();
    confirmed.members_confirmed = true;
    let (household, field_errors): (Household, Vec<FieldError>) = confirmed.to_household(today);
    let answers: Vec<FieldError> = field_errors
        .into_iter()
        .filter(|e| {
            matches!(
                e.problem,
                InputProblem::NotAnOption
                    | InputProblem::DateInFuture
                    | InputProblem::DateTooOld
                    | InputProblem::NoApplicant
                    | InputProblem::HeatingSourceNotUsed
            )
        })
        .collect();
    let problems = validate::household(&household, today)
        .err()
        .unwrap_or_default();
    if answers.is_empty() && problems.is_empty() {
        Ok(())
    } else {
        Err(ImportError::Impossible { problems, answers })
    }
}

/// The name for a copy of `name` that no case in `taken` has yet:
/// "Ana (copie)", "Ana (copie 2)", … A name near the length limit is cut
/// to leave room for the suffix: a copy must never be a case the app
/// would refuse on its next load.
pub fn copy_name(name: &str, taken: &[&str]) -> String {
    let base = fit_name(name, " (copie)");
    if !taken.contains(&base.as_str()) {
        return base;
    }
    (2..)
        .map(|n| fit_name(name, &format!(" (copie {n})")))
        .find(|candidate| !taken.contains(&candidate.as_str()))
        .unwrap_or(base)
}

/// `name` cut so that with `suffix` it holds at most [`MAX_NAME_CHARS`].
fn fit_name(name: &str, suffix: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let cut: String = name.chars().take(room).collect();
    format!("{}{suffix}", cut.trim_end())
}
