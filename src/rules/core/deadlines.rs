//! Turning "N calendar / working days from X" into dates, with the working
//! that shows how each date was reached.

use chrono::{Datelike, NaiveDate};

use super::calendar;
use super::outcome::{ComputedDeadline, DayUnit};
use super::params::ParamError;

/// The due date `days` days of `unit` after `from`, the last day the office
/// is open on or before it, and the public holidays in between.
pub fn compute(from: NaiveDate, days: u32, unit: DayUnit) -> Result<ComputedDeadline, ParamError> {
    let out_of_range = || ParamError::NotCovered {
        param: "calendar.date_range",
        date: from,
        covered_from: None,
    };
    let due = match unit {
        DayUnit::Calendar => {
            calendar::add_calendar_days(from, i64::from(days)).ok_or_else(out_of_range)?
        }
        DayUnit::Working => calendar::add_working_days(from, days)?,
        // "1 an de la data nașterii": the same day `days` years later (29
        // February gives 28 February in a common year, chrono's month step).
        DayUnit::Years => from
            .checked_add_months(chrono::Months::new(days.saturating_mul(12)))
            .ok_or_else(out_of_range)?,
    };
    let last_office_day = calendar::working_day_on_or_before(due)?;
    let mut holidays_between = Vec::new();
    for year in from.year()..=due.year() {
        holidays_between.extend(
            calendar::public_holidays(year)?
                .into_iter()
                .filter(|(d, _)| *d > from && *d <= due),
        );
    }
    Ok(ComputedDeadline {
        from,
        due,
        last_office_day,
        holidays_between,
    })
}
