//! Eligibil: which social benefits a household in Cluj-Napoca can get.
//!
//! - [`rules`]: the engine, plain Rust (native and browser).
//! - [`draft`]: the answers as typed, and their reading into a household.
//! - [`questions`]: how each fact is asked and where its answer lands.
//! - [`i18n`]: the sentences a person reads.
//! - `ui`, `storage`: the browser app (wasm32 only).

pub mod draft;
pub mod i18n;
pub mod questions;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
