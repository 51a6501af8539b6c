//! The facts the engine may need, one per question. A benefit reports the
//! facts it is missing (the way Publicodes reports `missingVariables`), so
//! the app asks only what can still change an answer.

use serde::{Deserialize, Serialize};

use super::ids::child_raising::ChildRaisingFact;
use super::ids::local::LocalFact;
use super::ids::means::MeansFact;

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
    /// Whether a member has a certificate of disability (certificat de
    /// încadrare în grad de handicap), and its grade: asked only where a
    /// rule reads it and the answer can change something.
    Disability {
        member: usize,
    },
    /// Whether a child of 18 or over still goes to high school or
    /// vocational school (the state allowance runs until they finish).
    ChildSchooling {
        member: usize,
    },
    /// Where a child was born (the EU annex; in person only for a child born
    /// in another European country).
    ChildBirthCountry {
        member: usize,
    },
    /// When a child's disability certificate was issued (a filing term
    /// counts from it).
    ChildCertificateDate {
        member: usize,
    },
    /// The child-raising area's facts (`core::ids::child_raising`).
    #[serde(untagged)]
    ChildRaising(ChildRaisingFact),
    /// The means-tested and local benefits' facts (`core::ids::means`), asked
    /// after the others. Serde wants untagged variants last.
    #[serde(untagged)]
    Means(MeansFact),
    /// The abroad duty's and one town's own facts (`core::ids::local`), asked
    /// last.
    #[serde(untagged)]
    Local(LocalFact),
}

impl Fact {
    /// A short stable name, used to store an answer on the device:
    /// `tenure`, `incomes:1`. Written out (not derived through serde) so
    /// that reading it back costs the wasm nothing but this table.
    pub fn key(self) -> String {
        match self {
            Fact::Residence => "residence".into(),
            Fact::Members => "members".into(),
            Fact::Incomes { member } => format!("incomes:{member}"),
            Fact::Heating => "heating".into(),
            Fact::EnergySources => "energy_sources".into(),
            Fact::ExcludingAssets => "excluding_assets".into(),
            Fact::Tenure => "tenure".into(),
            Fact::OwnersAssociation => "owners_association".into(),
            Fact::Vehicles => "vehicles".into(),
            Fact::DeclaredProperty => "declared_property".into(),
            Fact::Disability { member } => format!("disability:{member}"),
            Fact::ChildSchooling { member } => format!("child_schooling:{member}"),
            Fact::ChildBirthCountry { member } => format!("child_birth_country:{member}"),
            Fact::ChildCertificateDate { member } => format!("child_certificate_date:{member}"),
            Fact::ChildRaising(fact) => fact.key().into(),
            Fact::Means(fact) => fact.key(),
            Fact::Local(fact) => fact.key().into(),
        }
    }

    /// The fact named by [`Fact::key`]; `None` for a name this version
    /// does not know (an answer stored by another version).
    pub fn from_key(key: &str) -> Option<Fact> {
        let (name, member) = match key.split_once(':') {
            Some((name, member)) => (name, Some(member.parse::<usize>().ok()?)),
            None => (key, None),
        };
        Some(match (name, member) {
            ("residence", None) => Fact::Residence,
            ("members", None) => Fact::Members,
            ("incomes", Some(member)) => Fact::Incomes { member },
            ("heating", None) => Fact::Heating,
            ("energy_sources", None) => Fact::EnergySources,
            ("excluding_assets", None) => Fact::ExcludingAssets,
            ("tenure", None) => Fact::Tenure,
            ("owners_association", None) => Fact::OwnersAssociation,
            ("vehicles", None) => Fact::Vehicles,
            ("declared_property", None) => Fact::DeclaredProperty,
            ("disability", Some(member)) => Fact::Disability { member },
            ("child_schooling", Some(member)) => Fact::ChildSchooling { member },
            ("child_birth_country", Some(member)) => Fact::ChildBirthCountry { member },
            ("child_certificate_date", Some(member)) => Fact::ChildCertificateDate { member },
            (name, None) if ChildRaisingFact::from_key(name).is_some() => {
                Fact::ChildRaising(ChildRaisingFact::from_key(name)?)
            }
            (name, None) if LocalFact::from_key(name).is_some() => {
                Fact::Local(LocalFact::from_key(name)?)
            }
            _ => return MeansFact::from_parts(name, member).map(Fact::Means),
        })
    }
}

/// Merges per-benefit needs into one asking order without repeats.
pub fn merge<'a>(lists: impl IntoIterator<Item = &'a [Fact]>) -> Vec<Fact> {
    let mut all: Vec<Fact> = lists.into_iter().flatten().copied().collect();
    all.sort();
    all.dedup();
    all
}
