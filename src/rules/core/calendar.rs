//! Working days and Romanian public holidays: the date arithmetic behind
//! deadlines stated in working days ("zile lucrătoare"). Which days are
//! holidays is data, in [`super::params::holidays`]; this module only dates
//! them and counts around them.
//!
//! Every question about a date before [`COVERED_FROM`] is refused with
//! [`ParamError::NotCovered`], weekends included, so a caller never gets a
//! deadline half-counted with a list we do not vouch for.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

pub use super::params::holidays::{HolidayId, COVERED_FROM};

use super::params::holidays::{HolidayRule, PARAM_ID, PUBLIC_HOLIDAYS};
use super::params::ParamError;

/// A calendar month, e.g. the month whose income counts. Here, below the
/// identifiers that carry it; [`super::outcome`] re-exports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

/// Orthodox Easter Sunday of `year`, as a (Gregorian) civil date.
///
/// The Orthodox Church dates Easter with the Julian computus (here Meeus'
/// algorithm), which gives a Julian-calendar date; that date is moved onto
/// the Gregorian calendar by the gap between the two calendars for that
/// year, `year/100 - year/400 - 2` days: 13 days for 1900–2099, 14 for
/// 2100–2199, and so on (Easter is always after the Julian leap day, so
/// one gap holds for its whole range, 22 March to 25 April Julian).
///
/// `None` only for years no one will ask about: years `NaiveDate` cannot hold,
/// and years tens of thousands of years away, where the two calendars have
/// drifted so far apart that Julian Easter lands in another Gregorian year.
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(4);
    let b = year.rem_euclid(7);
    let c = year.rem_euclid(19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian month/day written as a Gregorian date, then shifted by the
    // gap: that is the same day on the Gregorian calendar.
    let julian_label =
        NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    let gap = year.div_euclid(100) - year.div_euclid(400) - 2;
    add_calendar_days(julian_label, i64::from(gap)).filter(|date| date.year() == year)
}

/// The public holidays of `year`, sorted by date. Two holidays may fall on
/// the same date (1 June is also Pentecost Monday in 2026); both are kept,
/// in the order the law lists them, since each is its own legal ground.
///
/// Refused (`NotCovered`) before [`COVERED_FROM`], and for years so far
/// ahead that [`orthodox_easter`] has no answer (then `covered_from` is
/// `None`).
pub fn public_holidays(year: i32) -> Result<Vec<(NaiveDate, HolidayId)>, ParamError> {
    // The date an error reports: 1 January, or the nearest date chrono holds.
    let first_day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(if year < COVERED_FROM.year() {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    });
    holidays_in(year, first_day)
}

/// The public holiday on `date`, if any. When two share the date, the one
/// the law lists first.
pub fn public_holiday(date: NaiveDate) -> Result<Option<HolidayId>, ParamError> {
    YearCache::default().holiday(date)
}

/// Monday to Friday and not a public holiday.
pub fn is_working_day(date: NaiveDate) -> Result<bool, ParamError> {
    YearCache::default().is_working_day(date)
}

/// The `n`-th working day after `start` (`start` itself is not counted, as
/// in "within 5 working days of the request"); `n = 0` gives `start` back.
pub fn add_working_days(start: NaiveDate, n: u32) -> Result<NaiveDate, ParamError> {
    let mut cache = YearCache::default();
    let mut date = start;
    let mut left = n;
    while left > 0 {
        date = step(date, Direction::Forward)?;
        if cache.is_working_day(date)? {
            left -= 1;
        }
    }
    Ok(date)
}

/// `date` if it is a working day, else the last working day before it.
pub fn working_day_on_or_before(date: NaiveDate) -> Result<NaiveDate, ParamError> {
    first_working_day(date, Direction::Backward)
}

/// `date` if it is a working day, else the first working day after it
/// (where a deadline that ends on a holiday moves to).
pub fn working_day_on_or_after(date: NaiveDate) -> Result<NaiveDate, ParamError> {
    first_working_day(date, Direction::Forward)
}

/// `start` plus `n` calendar days (`n` may be negative); `None` past the
/// dates `NaiveDate` can hold, rather than a panic.
pub fn add_calendar_days(start: NaiveDate, n: i64) -> Option<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        start.checked_add_days(days)
    } else {
        start.checked_sub_days(days)
    }
}

/// `public_holidays`, with `asked` as the date any error reports (the
/// caller's own date when there is one).
fn holidays_in(year: i32, asked: NaiveDate) -> Result<Vec<(NaiveDate, HolidayId)>, ParamError> {
    if asked < COVERED_FROM {
        return Err(not_covered(asked));
    }
    // Past the years we can date, say so rather than return a partial list.
    let beyond = || ParamError::NotCovered {
        param: PARAM_ID,
        date: asked,
        covered_from: None,
    };
    let easter = orthodox_easter(year).ok_or_else(beyond)?;
    let mut list = Vec::with_capacity(PUBLIC_HOLIDAYS.len());
    for entry in PUBLIC_HOLIDAYS {
        let date = match entry.value.rule {
            HolidayRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            HolidayRule::EasterOffset { days } => add_calendar_days(easter, days),
        }
        .filter(|date| date.year() == year)
        .ok_or_else(beyond)?;
        if date >= entry.source.effective_from {
            list.push((date, entry.value.id));
        }
    }
    // Stable sort: holidays sharing a date stay in the law's order.
    list.sort_by_key(|&(date, _)| date);
    Ok(list)
}

/// The refusal for a date before the data starts.
fn not_covered(date: NaiveDate) -> ParamError {
    ParamError::NotCovered {
        param: PARAM_ID,
        date,
        covered_from: Some(COVERED_FROM),
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[derive(Clone, Copy)]
enum Direction {
    Forward,
    Backward,
}

/// The next day in `direction`. Only fails at the ends of `NaiveDate`'s
/// range, which the coverage checks reach first; reported all the same.
fn step(date: NaiveDate, direction: Direction) -> Result<NaiveDate, ParamError> {
    match direction {
        Direction::Forward => date.succ_opt(),
        Direction::Backward => date.pred_opt(),
    }
    .ok_or(ParamError::NotCovered {
        param: PARAM_ID,
        date,
        covered_from: None,
    })
}

fn first_working_day(date: NaiveDate, direction: Direction) -> Result<NaiveDate, ParamError> {
    let mut cache = YearCache::default();
    let mut date = date;
    // Ends: no run of non-working days is longer than a few days, and
    // leaving the covered range is an error.
    while !cache.is_working_day(date)? {
        date = step(date, direction)?;
    }
    Ok(date)
}

/// The holidays of one year at a time, so counting many days does not
/// rebuild the list for each day.
#[derive(Default)]
struct YearCache {
    year: Option<i32>,
    list: Vec<(NaiveDate, HolidayId)>,
}

impl YearCache {
    fn holiday(&mut self, date: NaiveDate) -> Result<Option<HolidayId>, ParamError> {
        // Checked per date, not per cached year: stepping back must stop at
        // the first uncovered day even inside a year already loaded.
        if date < COVERED_FROM {
            return Err(not_covered(date));
        }
        if self.year != Some(date.year()) {
            self.list = holidays_in(date.year(), date)?;
            self.year = Some(date.year());
        }
        Ok(self
            .list
            .iter()
            .find(|&&(day, _)| day == date)
            .map(|&(_, id)| id))
    }

    fn is_working_day(&mut self, date: NaiveDate) -> Result<bool, ParamError> {
        // Holidays first: a weekend before the covered range is refused too.
        let holiday = self.holiday(date)?;
        Ok(!is_weekend(date) && holiday.is_none())
    }
}
