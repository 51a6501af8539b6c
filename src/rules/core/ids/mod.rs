//! The identifiers of the three areas, as data: each shared enum of the
//! engine (`Fact`, `Criterion`, `Document`, `Form`, `Note`,
//! `SupplementPart`) wraps the matching enum of one area in one
//! `#[serde(untagged)]` variant, so these live in the core with the enums
//! that wrap them. The logic the areas' benefits share is in
//! `rules::benefits` (`child_raising`, `means`).

pub mod child_raising;
pub mod local;
pub mod means;
