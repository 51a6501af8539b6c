//! The municipality whose office the person applies to, and that office's
//! contact data. Cluj-Napoca is the default; Năvodari (seed `004`) comes later.

use serde::{Deserialize, Serialize};

use super::source::{DateBasis, Seed, Source, SEEDS_READ_ON};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum MunicipalityId {
    #[default]
    ClujNapoca,
    /// Any other place: the Cluj-Napoca office cannot take the application.
    Other,
}

impl MunicipalityId {
    /// Parses the `--city` argument of the command-line tool.
    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug {
            "cluj-napoca" => Some(Self::ClujNapoca),
            _ => None,
        }
    }
}

/// Seed `000`, DASM Cluj-Napoca's page: its own rules (who may file there,
/// the opis) and its office data. The page gives no date for these.
pub const DASM_CLUJ_PAGE: Source = Source {
    seed: Some(Seed::DasmCluj),
    act: None,
    effective_from: SEEDS_READ_ON,
    date_basis: DateBasis::PageReadOn,
    checked_on: SEEDS_READ_ON,
};

/// Public opening hours for one group of weekdays (1 = Monday … 5 = Friday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OpeningHours {
    pub first_weekday: u8,
    pub last_weekday: u8,
    pub opens: &'static str,
    pub closes: &'static str,
}

/// Where a person files the dossier: proper names and numbers are data,
/// kept exactly as the seed page prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Office {
    pub name: &'static str,
    pub address: &'static str,
    pub counter: Option<&'static str>,
    pub hours: &'static [OpeningHours],
    pub phone: &'static str,
    pub portal: Option<&'static str>,
    pub source: Source,
}

/// Seed `000` (DASM Cluj-Napoca, Serviciul protecție socială): "biroul DASM
/// din str. Venus, 20-22", "ghișeul 1", hours, phone and the online portal.
/// The page gives no date for these (`DateBasis::PageReadOn`).
pub const DASM_CLUJ: Office = Office {
    name:
        "Direcția de Asistență Socială și Medicală Cluj-Napoca (DASM), Serviciul protecție socială",
    address: "str. Venus nr. 20-22, Cluj-Napoca",
    counter: Some("ghișeul 1"),
    hours: &[
        OpeningHours {
            first_weekday: 1,
            last_weekday: 3,
            opens: "08:30",
            closes: "15:30",
        },
        OpeningHours {
            first_weekday: 4,
            last_weekday: 4,
            opens: "08:30",
            closes: "17:00",
        },
        OpeningHours {
            first_weekday: 5,
            last_weekday: 5,
            opens: "08:30",
            closes: "14:00",
        },
    ],
    phone: "0264 413 058",
    portal: Some("https://portal.dasmclujnapoca.ro/"),
    source: DASM_CLUJ_PAGE,
};

/// The office for a municipality we have a profile for.
pub fn office(id: MunicipalityId) -> Option<&'static Office> {
    match id {
        MunicipalityId::ClujNapoca => Some(&DASM_CLUJ),
        MunicipalityId::Other => None,
    }
}
