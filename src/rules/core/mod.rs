//! The engine's core: what a person tells us ([`household`]), what a
//! benefit can still need ([`facts`]), what we answer ([`outcome`]), the
//! dates ([`calendar`], [`deadlines`]), the citations ([`source`]) and the
//! dated parameters ([`params`]), the towns and their offices
//! ([`municipality`]), the areas' identifiers ([`ids`]), the topics and
//! the household checks. Core imports nothing from outside it
//! (`tests/layout.rs` keeps it so): the benefits build on it, the profiles
//! and `rules::evaluate` sit on top.

use chrono::NaiveDate;

use municipality::MunicipalityId;

pub mod calendar;
pub mod deadlines;
pub mod facts;
pub mod household;
pub mod ids;
pub mod municipality;
pub mod outcome;
pub mod params;
pub mod source;
pub mod topics;
pub mod validate;

/// The date the check is made for and the municipality whose office decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvalContext {
    pub date: NaiveDate,
    pub municipality: MunicipalityId,
}
