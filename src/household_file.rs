//! Reading a household file (docs/household-format.md), the command-line
//! tool's input. A pure function of the bytes, so the fuzz tests
//! (tests/household_file_fuzz.rs) can call it without a process or a file.
//!
//! Only the shape is checked here (JSON, one object, known fields, allowed
//! values); whether the household could exist depends on the date of the
//! check and is [`crate::rules::evaluate`]'s job.

use serde_json::Value;

use crate::rules::household::Household;

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
    Ok(household)
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
