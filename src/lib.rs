//! Eligibil: which social benefits a household in Cluj-Napoca can get.
//!
//! - [`rules`]: the engine, plain Rust (native and browser).
//! - [`cases`]: several cases on one device, and a case as a file.
//! - [`draft`]: the answers as typed, and their reading into a household.
//! - [`questions`]: how each fact is asked and where its answer lands.
//! - [`ics`]: the dates to act by as a calendar file.
//! - [`i18n`]: the sentences a person reads.
//! - `household_file`: reading the command-line tool's household files (native only).
//! - `batch`: screening a list of households, one per line (native only).
//! - `ui`, `storage`: the browser app (wasm32 only).

pub mod cases;
pub mod draft;
pub mod i18n;
pub mod ics;
pub mod questions;
pub mod rules;

#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
#[cfg(not(target_arch = "wasm32"))]
pub mod household_file;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
