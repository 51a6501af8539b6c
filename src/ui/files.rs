//! Files a person takes away: a case to hand over, the dates for their
//! calendar. Made in the browser; nothing is sent anywhere.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `name`; `false` if the browser
/// refused (the caller says so, nothing is lost).
pub fn download(text: &str, name: &str, mime: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(anchor) = anchor else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// "eligibil-ana-pop.json": letters and digits of the name only.
pub(crate) fn case_file_name(case: &crate::cases::Case) -> String {
    let mut slug = String::new();
    for c in case.name.to_lowercase().chars() {
        let c = match c {
            'ă' | 'â' => 'a',
            'î' => 'i',
            'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("eligibil-{}.json", slug.trim_matches('-'))
}
