//! The municipality whose office the person applies to, and that office's
//! contact data. Cluj-Napoca is the default; Năvodari (seed `004`) has its
//! own profile; any other town gets the national rules and its town hall.
//! The profiles themselves (offices, local benefits, filing windows,
//! emergency numbers) are data in `rules::profiles`, above the core
//! (`profiles::office` gives a town's office).

use serde::{Deserialize, Serialize};

use super::source::{DateBasis, Seed, Source, SEEDS_READ_ON};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum MunicipalityId {
    #[default]
    ClujNapoca,
    /// Any other place: the national rules, filed at the social assistance
    /// service of the person's own town hall.
    Other,
    /// Năvodari (seed `004`): its own office, filing windows and local
    /// benefits. Declared after `Other` so older files keep their meaning.
    Navodari,
}

impl MunicipalityId {
    /// Parses the `--city` argument of the command-line tool.
    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug {
            "cluj-napoca" => Some(Self::ClujNapoca),
            "navodari" => Some(Self::Navodari),
            "other" => Some(Self::Other),
            _ => None,
        }
    }

    /// A town's name as a person types it ("Năvodari", "cluj napoca",
    /// "NAVODARI"): diacritics, case, spaces and hyphens do not matter.
    /// Any town we hold no profile for is `Other` (the national rules and
    /// the town hall), never a refusal.
    pub fn from_town_name(name: &str) -> Self {
        let folded: String = fold(name).chars().filter(|c| c.is_alphanumeric()).collect();
        match folded.as_str() {
            "clujnapoca" | "cluj" => Self::ClujNapoca,
            "navodari" => Self::Navodari,
            _ => Self::Other,
        }
    }

    /// The identifier in files and on the command line: `cluj-napoca`.
    pub const fn slug(self) -> &'static str {
        match self {
            Self::ClujNapoca => "cluj-napoca",
            Self::Navodari => "navodari",
            Self::Other => "other",
        }
    }
}

/// Lower case without diacritics ("Năvodari" → "navodari", "ș"/"ş" → "s"),
/// so a town's name or a search typed on a phone without Romanian letters
/// still finds (the directory's search folds the same way).
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ă' | 'â' | 'á' | 'à' | 'ä' => 'a',
            'î' | 'í' => 'i',
            'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            'é' | 'ë' => 'e',
            'ó' | 'ö' | 'ő' => 'o',
            'ú' | 'ü' | 'ű' => 'u',
            '„' | '”' | '“' => '"',
            other => other,
        })
        .collect()
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
/// A day open twice (Năvodari's Thursday: morning and afternoon) has two
/// entries for the same weekday.
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
    /// The office's e-mail, where a page gives one (with its own source:
    /// Cluj-Napoca's is on the older page `001` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Contact>,
    /// More numbers the pages give (other compartments, a mobile), each
    /// with what it is for.
    #[serde(skip_serializing_if = "none")]
    pub other_phones: &'static [Phone],
    /// How a dossier may be sent without coming in (portal, e-mail), as the
    /// page states the rules.
    #[serde(skip_serializing_if = "none")]
    pub remote_filing: &'static [RemoteFiling],
    /// Where the pages give other hours for the same counter (Năvodari's
    /// filing sections say 08:00, its opening-hours line 8:30): that
    /// reading. `hours` is always the narrower one, so "open now" is safe.
    #[serde(skip_serializing_if = "none")]
    pub other_hours_reading: &'static [OpeningHours],
}

/// For `skip_serializing_if`: an empty list is left out of the JSON.
fn none<T>(list: &&'static [T]) -> bool {
    list.is_empty()
}

/// A contact detail kept with the page it is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub value: &'static str,
    pub source: Source,
}

/// A phone number and what the page says it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Phone {
    pub number: &'static str,
    pub purpose: PhonePurpose,
    pub source: Source,
}

/// What a number is for, as the page labels it (the words are in i18n).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhonePurpose {
    /// The office's own line, a second number for it.
    Office,
    /// Beneficii de asistență socială – Protecția persoanelor cu handicap.
    BenefitsAndDisability,
    /// Protecția copilului – Autoritate tutelară.
    ChildProtection,
    /// Centrul de zi pentru copii.
    ChildrenDayCentre,
    /// Centrul de zi pentru persoane vârstnice / îngrijire la domiciliu.
    ElderlyDayCentreAndHomeCare,
    /// Programul 50/20 for refugees from Ukraine.
    UkraineRefugees,
}

/// A way to file without coming to the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum RemoteFiling {
    /// The online portal (seed `000`): scanned PDFs joined; watch for a
    /// registration number, call after `call_after_working_days` without
    /// one; send at least `send_days_before` days before the term.
    Portal {
        url: &'static str,
        call_after_working_days: u32,
        send_days_before: u32,
        source: Source,
    },
    /// By e-mail (seed `004`): scanned, saved in one PDF file, in the
    /// order of the page's list for that benefit (see the profile's
    /// `email_order`).
    Email {
        address: &'static str,
        one_pdf: bool,
        source: Source,
    },
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
    // Seed 001 only ("Email: protectiesociala@dasmclujnapoca.ro"); seed
    // 000 gives none. Its phone there (0264-563052) differs from 000's:
    // 000 stands, so `phone` is 000's.
    email: Some(Contact {
        value: "protectiesociala@dasmclujnapoca.ro",
        source: DASM_CLUJ_OLD_PAGE,
    }),
    other_phones: &[],
    remote_filing: &[RemoteFiling::Portal {
        url: "https://portal.dasmclujnapoca.ro/",
        call_after_working_days: 10,
        send_days_before: 7,
        source: DASM_CLUJ_PAGE,
    }],
    other_hours_reading: &[],
};

/// Seed `001`, the older DASM Cluj-Napoca page (its contact block).
pub const DASM_CLUJ_OLD_PAGE: Source = Source {
    seed: Some(Seed::DasmClujOld),
    act: None,
    effective_from: SEEDS_READ_ON,
    date_basis: DateBasis::PageReadOn,
    checked_on: SEEDS_READ_ON,
};
