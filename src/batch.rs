//! Screening a list of households at once (`eligibil batch`, issue 20): DASM
//! staff and NGOs holding a list (a food-aid queue, a school, a social
//! inquiry) learn whom to call first, on their own machine.
//!
//! One household per line in (the household-file format, docs/batch.md),
//! one result per line out, as JSON Lines or CSV; a summary at the end. A bad
//! line is reported with its number and the rest go on. Nothing is kept per
//! line but counts, so a file of a million lines runs in flat memory.
//!
//! Native only, like [`crate::household_file`], whose reader it reuses: the
//! same line gives the same verdicts and the same messages as `check`.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;

use crate::household_file::{describe, parse_household};
use crate::rules::facts::Fact;
use crate::rules::outcome::{BenefitId, BenefitOutcome, DeadlineId, Evaluation, Status};
use crate::rules::params::ParamError;
use crate::rules::{evaluate, EngineError, EvalContext, BENEFITS};

/// A longer line cannot be one household (30 members at most): it is
/// reported and skipped without being held, so memory stays flat whatever
/// the input.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// The most frequent missing facts the summary lists.
pub const TOP_MISSING: usize = 10;

/// The CSV header: one row per household and benefit.
pub const CSV_HEADER: &str = "line,benefit,status,monthly_total,next_step,next_step_date";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line (docs/batch.md).
    JsonLines,
    /// One row per household and benefit, for a spreadsheet.
    Csv,
}

impl Format {
    /// The name given to `--format`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "jsonl" => Some(Format::JsonLines),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// One benefit's answer for one household, as the output holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub benefit: BenefitId,
    pub status: Status,
    pub monthly_total: Option<Decimal>,
    pub next_step: Option<NextStep>,
}

/// The earliest dated deadline on or after the check date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub deadline: DeadlineId,
    pub date: NaiveDate,
}

/// The verdicts worth a row: a benefit that is only explained (no criteria
/// on the pages) or not for this household at all (a child benefit with no
/// child) tells an outreach list nothing, and would make it 25 rows a
/// household.
pub fn verdicts(evaluation: &Evaluation) -> impl Iterator<Item = Verdict> + '_ {
    evaluation
        .benefits
        .iter()
        .filter(|b| !matches!(b.status, Status::InformationOnly | Status::NotApplicable))
        .map(|b| Verdict {
            benefit: b.benefit,
            status: b.status,
            monthly_total: b.amount.as_ref().map(|a| a.monthly_total),
            next_step: next_step(b, evaluation.date),
        })
}

/// The dated step nearest to `date`. A term counted from an event still to
/// come (a change to report) has only an example date, "if it happened
/// today", which is no one's deadline: left out, as the app leaves it out
/// of the calendar file. A window's date is its last day (`computed.due`),
/// already the earlier reading where two pages differ.
pub fn next_step(outcome: &BenefitOutcome, date: NaiveDate) -> Option<NextStep> {
    outcome
        .deadlines
        .iter()
        .filter(|d| !d.anchor.is_event_to_come())
        .filter_map(|d| {
            let due = d.computed.as_ref()?.due;
            (due >= date).then_some(NextStep {
                deadline: d.deadline,
                date: due,
            })
        })
        .min_by_key(|step| step.date)
}

/// How many households got each status for one benefit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub eligible: u64,
    pub probably_not_eligible: u64,
    pub needs_more_info: u64,
    pub not_eligible: u64,
}

impl StatusCounts {
    fn add(&mut self, status: Status) {
        match status {
            Status::Eligible => self.eligible += 1,
            Status::ProbablyNotEligible => self.probably_not_eligible += 1,
            Status::NeedsMoreInfo => self.needs_more_info += 1,
            Status::NotEligible => self.not_eligible += 1,
            Status::InformationOnly | Status::NotApplicable => {}
        }
    }

    fn is_empty(&self) -> bool {
        *self == StatusCounts::default()
    }
}

/// What a run saw, for the summary on standard error.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Lines read, blank ones included (line numbers count them too).
    pub lines: u64,
    pub blank_lines: u64,
    /// Lines evaluated.
    pub households: u64,
    pub bad_lines: u64,
    /// Every benefit of the engine, in its order.
    pub benefits: Vec<(BenefitId, StatusCounts)>,
    /// Per question (a fact's name without its member: `incomes`), the
    /// households lacking it for anyone, and its first fact in asking order.
    missing: HashMap<String, (u64, Fact)>,
}

impl Default for Summary {
    fn default() -> Self {
        Summary {
            lines: 0,
            blank_lines: 0,
            households: 0,
            bad_lines: 0,
            benefits: BENEFITS
                .iter()
                .map(|(id, _)| (*id, StatusCounts::default()))
                .collect(),
            missing: HashMap::new(),
        }
    }
}

impl Summary {
    fn count(&mut self, evaluation: &Evaluation) {
        self.households += 1;
        for b in &evaluation.benefits {
            if let Some((_, counts)) = self.benefits.iter_mut().find(|(id, _)| *id == b.benefit) {
                counts.add(b.status);
            }
        }
        // An analyst asks a question of a whole list, not of member 2: a
        // household lacking incomes for two members counts once for `incomes`.
        let mut seen: Vec<String> = Vec::new();
        for fact in &evaluation.needs {
            let mut key = fact.key();
            if let Some(colon) = key.find(':') {
                key.truncate(colon);
            }
            if seen.contains(&key) {
                continue;
            }
            match self.missing.get_mut(&key) {
                Some((households, first)) => {
                    *households += 1;
                    *first = (*first).min(*fact);
                }
                None => {
                    self.missing.insert(key.clone(), (1, *fact));
                }
            }
            seen.push(key);
        }
    }

    pub fn counts(&self, benefit: BenefitId) -> StatusCounts {
        self.benefits
            .iter()
            .find(|(id, _)| *id == benefit)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    /// The questions most often unanswered, most frequent first (ties in
    /// asking order), at most `n`: the fact's name without its member
    /// (`incomes`, `energy_sources`) and the households lacking it.
    pub fn most_often_missing(&self, n: usize) -> Vec<(&str, u64)> {
        let mut all: Vec<(&str, u64, Fact)> = self
            .missing
            .iter()
            .map(|(name, (count, first))| (name.as_str(), *count, *first))
            .collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        all.into_iter()
            .take(n)
            .map(|(name, count, _)| (name, count))
            .collect()
    }

    /// The summary as a small table of identifiers and counts (docs/batch.md).
    pub fn write(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "summary: {} lines read, {} households evaluated, {} bad lines, {} blank lines skipped",
            self.lines, self.households, self.bad_lines, self.blank_lines
        )?;
        writeln!(
            w,
            "{:<28} {:>9} {:>22} {:>16} {:>13}",
            "benefit", "eligible", "probably_not_eligible", "needs_more_info", "not_eligible"
        )?;
        for (id, c) in self.benefits.iter().filter(|(_, c)| !c.is_empty()) {
            writeln!(
                w,
                "{:<28} {:>9} {:>22} {:>16} {:>13}",
                name(id),
                c.eligible,
                c.probably_not_eligible,
                c.needs_more_info,
                c.not_eligible
            )?;
        }
        let missing = self.most_often_missing(TOP_MISSING);
        if missing.is_empty() {
            writeln!(w, "most often missing: nothing")?;
        } else {
            writeln!(w, "most often missing (households lacking it):")?;
            for (question, households) in missing {
                writeln!(w, "  {question:<38} {households:>9}")?;
            }
        }
        Ok(())
    }
}

/// Why a run stopped before the end of its input.
#[derive(Debug)]
pub enum BatchError {
    /// The input could not be read (line: the one being read).
    Read { line: u64, error: io::Error },
    /// The output could not be written.
    Write(io::Error),
    /// The rules do not cover the date of the check: every line would fail
    /// alike, so the first one stops the run (the date is wrong, not the line).
    DateNotCovered { line: u64, detail: ParamError },
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BatchError::Read { line, error } => write!(f, "line {line}: cannot read: {error}"),
            BatchError::Write(error) => write!(f, "cannot write the output: {error}"),
            BatchError::DateNotCovered { line, detail } => write!(f, "line {line}: {detail}"),
        }
    }
}

/// A progress line on a terminal, redrawn at most every 200 ms.
pub struct Progress {
    /// The input's size when it is a file (then a bar and a percentage).
    total_bytes: Option<u64>,
    started: Instant,
    drawn: Option<Instant>,
}

const REDRAW: Duration = Duration::from_millis(200);

impl Progress {
    pub fn new(total_bytes: Option<u64>) -> Self {
        Progress {
            total_bytes,
            started: Instant::now(),
            drawn: None,
        }
    }

    fn tick(&mut self, lines: u64, bytes: u64, w: &mut dyn Write) {
        let now = Instant::now();
        if self.drawn.is_some_and(|at| now.duration_since(at) < REDRAW) {
            return;
        }
        // The first draw waits too: a short file finishes with no flicker.
        if self.drawn.is_none() && now.duration_since(self.started) < REDRAW {
            return;
        }
        self.drawn = Some(now);
        let line = progress_line(
            lines,
            bytes,
            self.total_bytes,
            now.duration_since(self.started),
        );
        // Progress is a courtesy: a terminal that cannot take it stops nothing.
        let _ = write!(w, "\r\x1b[2K{line}").and_then(|()| w.flush());
    }

    /// Wipes the progress line, so that a message or the summary starts at
    /// the left margin on a clean line.
    fn clear(&mut self, w: &mut dyn Write) {
        if self.drawn.is_some() {
            let _ = write!(w, "\r\x1b[2K").and_then(|()| w.flush());
        }
    }
}

/// The text of the progress line: a bar when the size is known.
pub fn progress_line(
    lines: u64,
    bytes: u64,
    total_bytes: Option<u64>,
    elapsed: Duration,
) -> String {
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        (lines as f64 / seconds) as u64
    } else {
        0
    };
    match total_bytes.filter(|t| *t > 0) {
        Some(total) => {
            let done = (bytes.min(total) as f64 / total as f64).clamp(0.0, 1.0);
            let filled = (done * 30.0).round() as usize;
            format!(
                "[{}{}] {:>3}%  {lines} lines  {rate}/s",
                "#".repeat(filled),
                " ".repeat(30 - filled),
                (done * 100.0).floor() as u64
            )
        }
        None => format!("{lines} lines  {rate}/s"),
    }
}

/// Reads households from `input` one per line, writes one result per line
/// to `output` (CSV: a header first), and each bad line's messages to
/// `errors` (`line N: …`). Blank lines are skipped; line numbers count
/// every line of the input, from 1. The summary is returned, not written.
pub fn run(
    mut input: impl BufRead,
    mut output: impl Write,
    errors: &mut dyn Write,
    ctx: &EvalContext,
    format: Format,
    mut progress: Option<Progress>,
) -> Result<Summary, BatchError> {
    let mut summary = Summary::default();
    let mut line = Vec::with_capacity(4096);
    let mut rows: Vec<Verdict> = Vec::with_capacity(BENEFITS.len());
    let mut scratch = Vec::with_capacity(64);
    let mut bytes_read = 0u64;
    if format == Format::Csv {
        writeln!(output, "{CSV_HEADER}").map_err(BatchError::Write)?;
    }
    loop {
        line.clear();
        let number = summary.lines + 1;
        let (consumed, too_long) =
            read_line(&mut input, &mut line).map_err(|error| BatchError::Read {
                line: number,
                error,
            })?;
        if consumed == 0 {
            break;
        }
        summary.lines = number;
        bytes_read += consumed as u64;
        if let Some(p) = progress.as_mut() {
            p.tick(number, bytes_read, errors);
        }
        if too_long {
            bad_line(
                errors,
                &mut progress,
                &mut summary,
                number,
                &[format!(
                    "longer than {MAX_LINE_BYTES} bytes: not one household (one JSON object per line)"
                )],
            );
            continue;
        }
        let mut text = trim_line_end(&line);
        if number == 1 {
            // Windows tools often start a UTF-8 file with a byte-order mark.
            text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
        }
        if text.iter().all(u8::is_ascii_whitespace) {
            summary.blank_lines += 1;
            continue;
        }
        let household = match parse_household(text) {
            Ok(h) => h,
            Err(message) => {
                bad_line(errors, &mut progress, &mut summary, number, &[message]);
                continue;
            }
        };
        let evaluation = match evaluate(&household, ctx) {
            Ok(ev) => ev,
            Err(EngineError::InvalidHousehold { problems }) => {
                let messages: Vec<String> = problems.iter().map(describe).collect();
                bad_line(errors, &mut progress, &mut summary, number, &messages);
                continue;
            }
            Err(EngineError::Parameter { detail }) => {
                if let Some(p) = progress.as_mut() {
                    p.clear(errors);
                }
                return Err(BatchError::DateNotCovered {
                    line: number,
                    detail,
                });
            }
        };
        summary.count(&evaluation);
        rows.clear();
        rows.extend(verdicts(&evaluation));
        match format {
            Format::JsonLines => write_record(&mut output, number, &rows, &evaluation.needs),
            Format::Csv => rows
                .iter()
                .try_for_each(|row| write_csv_row(&mut output, number, row, &mut scratch)),
        }
        .map_err(BatchError::Write)?;
    }
    output.flush().map_err(BatchError::Write)?;
    if let Some(p) = progress.as_mut() {
        p.clear(errors);
    }
    Ok(summary)
}

fn bad_line(
    errors: &mut dyn Write,
    progress: &mut Option<Progress>,
    summary: &mut Summary,
    number: u64,
    messages: &[String],
) {
    summary.bad_lines += 1;
    if let Some(p) = progress.as_mut() {
        p.clear(errors);
    }
    for message in messages {
        // A message that cannot be written must not stop the screening of
        // the other households; the exit status still says a line was bad.
        let _ = writeln!(errors, "line {number}: {message}");
    }
}

/// One line into `buf`, newline included. Returns the bytes consumed and
/// whether the line was over [`MAX_LINE_BYTES`] (then `buf` is emptied and
/// the rest of the line skipped unread into memory).
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<(usize, bool)> {
    let limit = MAX_LINE_BYTES as u64 + 1;
    let n = io::Read::take(&mut *input, limit).read_until(b'\n', buf)?;
    if n < limit as usize || buf.last() == Some(&b'\n') {
        return Ok((n, false));
    }
    buf.clear();
    let mut consumed = n;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            break;
        }
        match available.iter().position(|b| *b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                consumed += i + 1;
                break;
            }
            None => {
                let len = available.len();
                input.consume(len);
                consumed += len;
            }
        }
    }
    Ok((consumed, true))
}

/// Without its `\n` or `\r\n` (a list saved on Windows).
fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The JSON Lines record: `{"line":N,"benefits":[…],"needs":[…]}`.
fn write_record(
    output: &mut impl Write,
    line: u64,
    benefits: &[Verdict],
    needs: &[Fact],
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Record<'a> {
        line: u64,
        benefits: &'a [Verdict],
        needs: Keys<'a>,
    }
    serde_json::to_writer(
        &mut *output,
        &Record {
            line,
            benefits,
            needs: Keys(needs),
        },
    )?;
    output.write_all(b"\n")
}

/// Facts by their stable short names (`incomes:1`), as the app stores them.
struct Keys<'a>(&'a [Fact]);

impl Serialize for Keys<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for fact in self.0 {
            seq.serialize_element(&fact.key())?;
        }
        seq.end()
    }
}

/// One CSV row: line, benefit, status, monthly_total, next_step, next_step_date.
fn write_csv_row(
    output: &mut impl Write,
    line: u64,
    verdict: &Verdict,
    scratch: &mut Vec<u8>,
) -> io::Result<()> {
    write!(output, "{line},")?;
    identifier(output, &verdict.benefit, scratch)?;
    output.write_all(b",")?;
    identifier(output, &verdict.status, scratch)?;
    output.write_all(b",")?;
    if let Some(total) = verdict.monthly_total {
        write!(output, "{total}")?;
    }
    output.write_all(b",")?;
    if let Some(step) = verdict.next_step {
        identifier(output, &step.deadline, scratch)?;
        write!(output, ",{}", step.date)?;
    } else {
        output.write_all(b",")?;
    }
    output.write_all(b"\n")
}

/// An identifier as the JSON output spells it (`heating_aid`), written as a
/// CSV field; `scratch` is reused so a row allocates nothing.
fn identifier(
    output: &mut impl Write,
    value: &impl Serialize,
    scratch: &mut Vec<u8>,
) -> io::Result<()> {
    scratch.clear();
    serde_json::to_writer(&mut *scratch, value)?;
    let text = scratch
        .strip_prefix(b"\"")
        .and_then(|s| s.strip_suffix(b"\""))
        .unwrap_or(scratch);
    csv_field(output, text)
}

/// A CSV field, quoted only where RFC 4180 asks it (a comma, a quote or a
/// line break inside), quotes doubled.
pub fn csv_field(output: &mut impl Write, text: &[u8]) -> io::Result<()> {
    if !text
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        return output.write_all(text);
    }
    output.write_all(b"\"")?;
    for part in text.split_inclusive(|b| *b == b'"') {
        output.write_all(part)?;
        if part.last() == Some(&b'"') {
            output.write_all(b"\"")?;
        }
    }
    output.write_all(b"\"")
}

/// The snake_case name of a benefit, as in the output.
fn name(id: &BenefitId) -> String {
    match serde_json::to_value(id) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{id:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> String {
        let mut out = Vec::new();
        csv_field(&mut out, text.as_bytes()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_fields_are_quoted_only_where_rfc_4180_asks() {
        assert_eq!(csv("heating_aid"), "heating_aid");
        assert_eq!(csv("a,b"), "\"a,b\"");
        assert_eq!(csv("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv("\""), "\"\"\"\"");
        assert_eq!(csv(""), "");
    }

    #[test]
    fn progress_shows_a_bar_only_when_the_size_is_known() {
        let second = Duration::from_secs(1);
        assert_eq!(
            progress_line(500, 50, Some(100), second),
            format!(
                "[{}{}]  50%  500 lines  500/s",
                "#".repeat(15),
                " ".repeat(15)
            )
        );
        assert_eq!(progress_line(7, 0, None, second), "7 lines  7/s");
        assert!(progress_line(1, 200, Some(100), second).contains("100%"));
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_without_being_held() {
        let mut input = Vec::new();
        input.extend(std::iter::repeat_n(b'x', MAX_LINE_BYTES + 10));
        input.extend(b"\n{}\n");
        let mut reader = io::BufReader::new(&input[..]);
        let mut buf = Vec::new();
        assert_eq!(
            read_line(&mut reader, &mut buf).unwrap(),
            (MAX_LINE_BYTES + 11, true)
        );
        assert!(buf.is_empty());
        assert_eq!(read_line(&mut reader, &mut buf).unwrap(), (3, false));
        assert_eq!(buf, b"{}\n");
    }
}
