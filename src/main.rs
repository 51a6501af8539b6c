//! Mounts the browser app once its language is loaded; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    wasm_bindgen_futures::spawn_local(eligibil::ui::start());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("eligibil-web is the browser app: build it with `trunk build` (see README.md).");
}
