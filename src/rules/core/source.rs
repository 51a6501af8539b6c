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
    /// The last day someone compared this rule with its source. Figures
    /// change by year; a check dated long after this says so (see
    /// [`Source::may_be_outdated_on`]).
    pub checked_on: NaiveDate,
}

impl Source {
    /// How long a figure is trusted after it was last checked: a year, the
    /// rhythm in which thresholds, ISR and the minimum wage are revised.
    pub const TRUSTED_FOR_DAYS: u64 = 365;

    /// Whether a check made on `date` is so long after `checked_on` that the
    /// figure may have changed since.
    pub fn may_be_outdated_on(&self, date: NaiveDate) -> bool {
        self.checked_on
            .checked_add_days(chrono::Days::new(Self::TRUSTED_FOR_DAYS))
            .is_some_and(|trusted_until| date > trusted_until)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    const CHECKED: Source = Source {
        seed: Some(Seed::DasNavodari),
        act: None,
        effective_from: ymd(2021, 11, 1),
        date_basis: DateBasis::InForce,
        checked_on: ymd(2026, 11, 22),
    };

    #[test]
    fn a_figure_is_trusted_for_a_year_after_it_was_last_checked() {
        // 2026-11-22 + 365 days = 2027-11-22 (2027 is not a leap year).
        assert!(!CHECKED.may_be_outdated_on(ymd(2027, 11, 22)));
        assert!(CHECKED.may_be_outdated_on(ymd(2027, 11, 23)));
        assert!(!CHECKED.may_be_outdated_on(ymd(2026, 11, 22)));
    }
}
