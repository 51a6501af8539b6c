//! The dates to act by as an iCalendar file (RFC 5545) that a person adds to
//! their phone's calendar: one all-day event per dated deadline, each with a
//! reminder a week before — seed `000` advises sending a dossier through the
//! portal "cu cel puțin o săptămână înainte de expirarea termenului". Built
//! in the browser from what the engine answered; plain Rust, tested
//! natively against an independent parser.

use chrono::{Datelike, Days, NaiveDate};

/// One day to act by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable for the same deadline, so importing again updates the event
    /// instead of adding a copy.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The UID of the event for `deadline` due on `due`: the deadline, what
/// it counts from (which child's birth, which certificate) and the date,
/// so twins' two allowance terms are two events, and the same term
/// downloaded again updates its event instead of adding a copy.
pub fn uid(deadline: &crate::rules::outcome::Deadline, due: NaiveDate) -> String {
    let names = serde_json::to_string(&(deadline.deadline, deadline.anchor)).unwrap_or_default();
    let mut slug = String::new();
    for c in names.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    format!("{}-{}@eligibil", slug.trim_end_matches('-'), day(due))
}

/// How long before a date the reminder rings.
pub const REMINDER_DAYS_BEFORE: u32 = 7;

/// The calendar file for `events`; `stamp` is the day it was made (the
/// check date: the engine and this file never read the clock).
pub fn calendar(events: &[Event], stamp: NaiveDate) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Eligibil//Termene//RO".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for event in events {
        let next_day = event
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(event.date);
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", text(&event.uid)),
            format!("DTSTAMP:{}T000000Z", day(stamp)),
            format!("DTSTART;VALUE=DATE:{}", day(event.date)),
            format!("DTEND;VALUE=DATE:{}", day(next_day)),
            format!("SUMMARY:{}", text(&event.summary)),
            format!("DESCRIPTION:{}", text(&event.description)),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", text(&event.summary)),
            format!("TRIGGER:-P{REMINDER_DAYS_BEFORE}D"),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// `20270310`. Written out: chrono's `format` would bring its whole
/// strftime parser into the wasm for one pattern.
pub fn day(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// TEXT values escape backslash, semicolon, comma and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines are at most 75 octets; longer ones continue on lines that start
/// with a space, never splitting a character (Romanian letters are two
/// octets in UTF-8).
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}
