//! Parameters as dated data. Each value carries the date it took effect and
//! its source; asking for a date before the first value is an error, never a
//! silent zero (the way Catala refuses a date its rules do not cover).

use chrono::NaiveDate;
use serde::Serialize;

use super::source::{DateBasis, Seed, Source, SEEDS_READ_ON};

pub mod abroad;
pub mod child;
pub mod child_raising;
pub mod heating;
pub mod holidays;
pub mod means;
pub mod navodari;
pub mod ngo;

/// A seed page that states a rule without dating it: the rule was in force
/// on the day the page was read (`DateBasis::PageReadOn`).
const fn page_read_on(seed: Seed, act: Option<&'static str>) -> Source {
    Source {
        seed: Some(seed),
        act,
        effective_from: SEEDS_READ_ON,
        date_basis: DateBasis::PageReadOn,
        checked_on: SEEDS_READ_ON,
    }
}

/// A parameter with one value, from `source`.
const fn one<T: Copy>(value: T, source: Source) -> [Dated<T>; 1] {
    [Dated { value, source }]
}

/// One value of a parameter and the date from which it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Dated<T: 'static> {
    pub value: T,
    pub source: Source,
}

/// A parameter: an identifier and its values, oldest first, each in force
/// from its `source.effective_from` until the next one.
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// Stable identifier, e.g. `"heating_aid.income_limit.family"`.
    pub id: &'static str,
    pub values: &'static [Dated<T>],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum ParamError {
    /// The date is before the first value we hold: we do not know the rule then.
    NotCovered {
        param: &'static str,
        date: NaiveDate,
        covered_from: Option<NaiveDate>,
    },
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamError::NotCovered {
                param,
                date,
                covered_from: Some(from),
            } => write!(
                f,
                "parameter {param} is not known for {date}: the data starts on {from}"
            ),
            ParamError::NotCovered {
                param,
                date,
                covered_from: None,
            } => {
                write!(f, "parameter {param} has no value for {date}")
            }
        }
    }
}

impl std::error::Error for ParamError {}

impl<T: Copy> Param<T> {
    /// The value in force on `date`, with its source.
    pub fn at(&self, date: NaiveDate) -> Result<Dated<T>, ParamError> {
        self.values
            .iter()
            .rev()
            .find(|v| v.source.effective_from <= date)
            .copied()
            .ok_or(ParamError::NotCovered {
                param: self.id,
                date,
                covered_from: self.values.first().map(|v| v.source.effective_from),
            })
    }
}
