//! Mounts the browser app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(eligibil::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("eligibil-web is the browser app: build it with `trunk build` (see README.md).");
}
