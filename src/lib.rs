//! Eligibil: the rules engine (native and browser) and, in the browser, the app shell.
pub mod rules;
