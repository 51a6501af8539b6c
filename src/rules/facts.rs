//! The facts the engine may need, one per question. A benefit reports the
//! facts it is missing (the way Publicodes reports `missingVariables`), so
//! the app asks only what can still change an answer.

use serde::{Deserialize, Serialize};

/// Declaration order is asking order: who and where first, money next, the
/// home after, and the facts that only decide documents last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum Fact {
    Residence,
    /// Who lives in the family, with birth dates.
    Members,
    /// One member's incomes last month.
    Incomes {
        member: usize,
    },
    /// How the home is heated; asked before the other energy sources so that
    /// answer can already hold the heating's own source.
    Heating,
    EnergySources,
    ExcludingAssets,
    Tenure,
    OwnersAssociation,
    Vehicles,
    DeclaredProperty,
}

/// Merges per-benefit needs into one asking order without repeats.
pub fn merge<'a>(lists: impl IntoIterator<Item = &'a [Fact]>) -> Vec<Fact> {
    let mut all: Vec<Fact> = lists.into_iter().flatten().copied().collect();
    all.sort();
    all.dedup();
    all
}
