//! One file per benefit, each with its `evaluate` (registered in
//! `rules::BENEFITS`), over the core. Beside them, what several benefits
//! share: [`criteria`] (residence, income per member), [`means`] (the
//! means-tested benefits' income splits and obligations), [`child_raising`]
//! (the youngest child, the 12 months of 24, the dated terms) and
//! `vulnerable_consumer` (Legea 226/2021's two benefits). A benefit
//! imports the core and, only where it builds on another, that benefit;
//! never the profiles.

pub mod child_allowance_support;
pub mod child_raising;
pub mod child_raising_allowance;
pub mod criteria;
pub mod emergency_aid;
pub mod energy_supplement;
pub mod further_birth_supplement;
pub mod heating_aid;
pub mod information_only;
pub mod insertion_incentive;
pub mod kindergarten_tickets;
pub mod means;
pub mod navodari_day_centres;
pub mod navodari_emergency_aid;
pub mod navodari_funeral_aid;
pub mod navodari_holiday_tickets;
pub mod navodari_home_care;
pub mod parents_abroad;
pub mod rent_aid;
pub mod social_canteen;
pub mod state_child_allowance;
pub mod vmi;
mod vulnerable_consumer;
