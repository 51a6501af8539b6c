//! The start screen index.html shows before the app starts (the app shell):
//! what the person did on it is carried into the app, then it is removed.
//! Ticks made before the app started are read from its boxes; a press on
//! "Începe" before then sent the form, so the ticks and the start come in
//! the address (`?topic=child&topic=rent&start=1`), which is then cleaned.

use wasm_bindgen::{JsCast, JsValue};

use crate::rules::topics::Topic;

/// What the person chose on the start screen before the app started.
#[derive(Debug, Default)]
pub struct Carried {
    pub topics: Vec<Topic>,
    /// "Începe" was pressed.
    pub start: bool,
}

/// Reads the shell and the address, removes the shell, cleans the address.
pub fn take_over() -> Carried {
    let mut carried = Carried::default();
    let Some(window) = web_sys::window() else {
        return carried;
    };
    let location = window.location();
    let query = location.search().unwrap_or_default();
    let mut sent = false;
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("topic", value)) => {
                sent = true;
                carried.topics.extend(topic(value));
            }
            Some(("start", "1")) => {
                sent = true;
                carried.start = true;
            }
            _ => {}
        }
    }
    if let Some(document) = window.document() {
        if let Some(shell) = document.get_element_by_id("shell") {
            if let Ok(boxes) = shell.query_selector_all("input[name=topic]:checked") {
                for i in 0..boxes.length() {
                    let value = boxes
                        .get(i)
                        .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .map(|input| input.value());
                    carried.topics.extend(value.as_deref().and_then(topic));
                }
            }
            shell.remove();
        }
    }
    carried.topics.sort();
    carried.topics.dedup();
    if sent {
        // The choices now live in the case; the address keeps only the kiosk flag.
        let path = location.pathname().unwrap_or_else(|_| "./".to_string());
        let kiosk = if query.contains("kiosk=1") {
            "?kiosk=1"
        } else {
            ""
        };
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{kiosk}")));
        }
    }
    carried
}

/// A topic from its name in the address (`low_income`).
fn topic(name: &str) -> Option<Topic> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}
