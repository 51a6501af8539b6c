//! "Open now / opens at …": a pure function of a date-time and an office's
//! public hours, with the public holidays of [`crate::rules::core::calendar`]. The
//! engine never reads the clock: the caller passes the time (the browser's
//! local time in Romania).
//!
//! An interval is open from its first minute and closed at its last one
//! ("08:30–15:30": open at 08:30, closed at 15:30). On a public holiday the
//! office is taken as closed all day: the pages list no holiday hours, and
//! the holidays are non-working days (Codul muncii, art. 139).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Serialize;

use crate::rules::core::calendar::{self, HolidayId};
use crate::rules::core::municipality::OpeningHours;
use crate::rules::core::params::ParamError;

/// How far ahead the next opening is looked for: longer than any run of
/// holidays and weekends (Christmas to 7 January is the longest).
const LOOK_AHEAD_DAYS: u32 = 21;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OpenState {
    /// Open now, until `closes_at` (the end of the current interval).
    Open { closes_at: NaiveDateTime },
    /// Closed now; opens at `opens_at` (none within three weeks: the pages
    /// give no hours, e.g. an office we hold no hours for).
    Closed {
        reason: ClosedReason,
        opens_at: Option<NaiveDateTime>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum ClosedReason {
    PublicHoliday {
        holiday: HolidayId,
    },
    Weekend,
    /// A working day, before, between or after the hours.
    OutsideHours,
    /// We hold no hours for this office.
    NoHours,
}

/// Whether the office with `hours` is open at `at`, and when it closes or
/// next opens. Refused (`NotCovered`) for a time before the holiday
/// calendar's range, as every date question is.
pub fn open_now(hours: &[OpeningHours], at: NaiveDateTime) -> Result<OpenState, ParamError> {
    let today = at.date();
    let holiday = calendar::public_holiday(today)?;
    if hours.is_empty() {
        return Ok(OpenState::Closed {
            reason: ClosedReason::NoHours,
            opens_at: None,
        });
    }
    if holiday.is_none() {
        for (opens, closes) in intervals(hours, today) {
            if opens <= at.time() && at.time() < closes {
                return Ok(OpenState::Open {
                    closes_at: today.and_time(closes),
                });
            }
        }
    }
    let reason = match (holiday, today.weekday()) {
        (Some(holiday), _) => ClosedReason::PublicHoliday { holiday },
        (None, Weekday::Sat | Weekday::Sun) => ClosedReason::Weekend,
        (None, _) => ClosedReason::OutsideHours,
    };
    Ok(OpenState::Closed {
        reason,
        opens_at: next_opening(hours, at)?,
    })
}

/// The first opening after `at` within [`LOOK_AHEAD_DAYS`].
fn next_opening(
    hours: &[OpeningHours],
    at: NaiveDateTime,
) -> Result<Option<NaiveDateTime>, ParamError> {
    let mut day = at.date();
    for _ in 0..=LOOK_AHEAD_DAYS {
        if calendar::is_working_day(day)? {
            let mut starts: Vec<NaiveTime> = intervals(hours, day)
                .into_iter()
                .map(|(opens, _)| opens)
                .filter(|opens| day > at.date() || *opens > at.time())
                .collect();
            starts.sort();
            if let Some(first) = starts.first() {
                return Ok(Some(day.and_time(*first)));
            }
        }
        day = match day.succ_opt() {
            Some(next) => next,
            None => return Ok(None),
        };
    }
    Ok(None)
}

/// The intervals of `hours` that apply on `day`'s weekday.
fn intervals(hours: &[OpeningHours], day: NaiveDate) -> Vec<(NaiveTime, NaiveTime)> {
    let weekday = u8::try_from(day.weekday().number_from_monday()).unwrap_or(0);
    hours
        .iter()
        .filter(|h| h.first_weekday <= weekday && weekday <= h.last_weekday)
        .filter_map(|h| Some((time(h.opens)?, time(h.closes)?)))
        .collect()
}

/// "08:30" (also "8:30").
fn time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}
