//! Reading a household file (docs/household-format.md), the command-line
//! tool's input. A pure function of the bytes, so the fuzz tests
//! (tests/household_file_fuzz.rs) can call it without a process or a file.
//!
//! Only the shape is checked here (JSON, one object, known fields, allowed
//! values); whether the household could exist depends on the date of the
//! check and is [`crate::rules::evaluate`]'s job; [`describe`] words the
//! problems it finds, for `check` and `batch` alike.

use serde_json::Value;

use crate::rules::household::Household;
use crate::rules::validate::{Invalid, Problem};

/// Reads a household from a file's bytes. The error is one line for a
/// person, naming the field that broke when there is one
/// (``field `members[0].role`: unknown variant …``), never empty.
pub fn parse_household(bytes: &[u8]) -> Result<Household, String> {
    // serde's derived structs also accept a JSON array (fields by position),
    // so `[]` would read as a household with nothing answered. A household
    // file is one object: look at its first character before reading it.
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    match first {
        None => {
            return Err("the file is empty: a household is one JSON object ({ … })".into());
        }
        Some(b'{') => {}
        Some(_) => {
            return Err(match serde_json::from_slice::<Value>(bytes) {
                Ok(value) => format!(
                    "the file holds {}; a household is one JSON object ({{ … }})",
                    kind(&value)
                ),
                Err(e) => format!("the file: {e}"),
            });
        }
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let household = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "the file".to_string()
        } else {
            format!("field `{path}`")
        };
        format!("{field}: {}", e.into_inner())
    })?;
    // Text after the object (`{} {}`, `{}]`) is refused too.
    de.end().map_err(|e| format!("the file: {e}"))?;
    // The same array-for-struct reading one level down (`"home": []`, a member as
    // `["applicant"]`): what the household writes back as an object must have been one.
    let written = serde_json::to_value(&household).map_err(|e| format!("the file: {e}"))?;
    let read: Value = serde_json::from_slice(bytes).map_err(|e| format!("the file: {e}"))?;
    objects_where_written(&read, &written, &mut String::new())?;
    Ok(household)
}

/// A problem `evaluate` found, in the words the command-line tool uses for
/// it (`check` and `batch` alike): ``field `members[0].role`: …``.
pub fn describe(invalid: &Invalid) -> String {
    let what = match &invalid.problem {
        Problem::FirstMemberNotApplicant => {
            "the first member must have role \"applicant\"".to_string()
        }
        Problem::SecondApplicant => "only the first member can be the applicant".to_string(),
        Problem::BirthDateAfterCheckDate {
            birth_date,
            check_date,
        } => {
            format!("birth date {birth_date} is after the date of the check {check_date}")
        }
        Problem::BirthDateImplausible { birth_date } => {
            format!("birth date {birth_date} would make the person older than 120")
        }
        Problem::NegativeAmount { amount } => format!("amount {amount} is negative"),
        Problem::MoreThanTwoDecimals { amount } => {
            format!("amount {amount} has more than two decimals")
        }
        Problem::AmountImplausible { amount, max } => {
            format!("amount {amount} is above {max} lei a month: check for a typing mistake")
        }
        Problem::TooManyMembers { count, max } => format!("{count} members; at most {max}"),
        Problem::NoMembers => "the list is empty: it must hold at least the applicant".to_string(),
        Problem::DuplicateEnergySource => "an energy source is listed twice".to_string(),
        Problem::HeatingNotAmongEnergySources => {
            "the heating system's energy source is missing from home.energy_sources".to_string()
        }
    };
    format!("field `{}`: {what}", invalid.field)
}

/// Refuses a list wherever `written` (the household as it serialises) has an object,
/// naming the field as serde_path_to_error does (`members[0].incomes[1]`).
fn objects_where_written(read: &Value, written: &Value, path: &mut String) -> Result<(), String> {
    match (read, written) {
        (Value::Array(_), Value::Object(_)) => Err(format!(
            "field `{path}`: a list ([ … ]) where an object ({{ … }}) is expected"
        )),
        (Value::Object(read), Value::Object(written)) => {
            for (key, value) in read {
                if let Some(w) = written.get(key) {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                    objects_where_written(value, w, path)?;
                    path.truncate(len);
                }
            }
            Ok(())
        }
        (Value::Array(read), Value::Array(written)) => {
            for (i, (r, w)) in read.iter().zip(written).enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                objects_where_written(r, w, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list ([ … ])",
        Value::Object(_) => "an object",
    }
}
