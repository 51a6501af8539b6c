//! Sentences for the engine's identifiers, one module per language. The
//! engine holds no display text; Hungarian (`hu`) and English (`en`) will
//! offer the same functions as `ro`.

pub mod ro;
