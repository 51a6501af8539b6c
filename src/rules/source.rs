//! Where a rule comes from. Every parameter, criterion, document and deadline
//! the engine states carries one of these, so a person (or a caseworker) can
//! check it against the page or the act it was read from.

use chrono::NaiveDate;
use serde::Serialize;

/// One of the public pages in `shared/seeds/` the product is built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Seed {
    /// `000`: DASM Cluj-Napoca, Serviciul protecție socială (current page).
    DasmCluj,
    /// `001`: DASM Cluj-Napoca, same service (older page; rent aid).
    DasmClujOld,
    /// `002`: Cluj-Napoca annual action plan for social services, 2024.
    ClujActionPlan2024,
    /// `003`: DGASPC Cluj.
    DgaspcCluj,
    /// `004`: Direcția Asistență Socială Năvodari (national rules stated in detail).
    DasNavodari,
}

impl Seed {
    /// The file prefix in `shared/seeds/`, e.g. `"004"`.
    pub const fn code(self) -> &'static str {
        match self {
            Seed::DasmCluj => "000",
            Seed::DasmClujOld => "001",
            Seed::ClujActionPlan2024 => "002",
            Seed::DgaspcCluj => "003",
            Seed::DasNavodari => "004",
        }
    }
}

/// A citation: the seed page that states the rule, the legal act behind it
/// (kept in Romanian, as printed on forms), and the date the rule took effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The seed page that states it, if any.
    pub seed: Option<Seed>,
    /// The legal act and, where known, the article: `"Legea 226/2021"`.
    pub act: Option<&'static str>,
    /// The date the rule took effect (first day it applies); see `date_basis`.
    pub effective_from: NaiveDate,
    pub date_basis: DateBasis,
}

/// What `effective_from` is. Seed pages often state a rule without saying
/// since when; we then record the day the page was read and say so, rather
/// than present a guess as the date a rule took effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The date the act (or the page) says the rule applies from.
    InForce,
    /// The page gives no date: the rule was in force when the page was read.
    PageReadOn,
}

/// The day the seed pages were read for this product.
pub const SEEDS_READ_ON: NaiveDate = ymd(2026, 11, 22);

/// `NaiveDate` in a `const`/`static`: a wrong date fails the build, not a person.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("invalid date in parameter data"),
    }
}
