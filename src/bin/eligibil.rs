//! The command-line tool over the engine: reads a household file and prints
//! the full evaluation as JSON, or screens a list of households, one per
//! line (`batch`, docs/batch.md).
//!
//! ```text
//! eligibil check household.json --date 2026-11-22 [--city cluj-napoca|navodari|other]
//! eligibil batch households.jsonl --date 2026-11-22 [--city cluj-napoca|navodari|other] [--format jsonl|csv]
//! eligibil --help
//! ```
//! Exit codes: 0 evaluated (or the usage asked for with --help / -h); 2 bad arguments or a malformed or impossible
//! household file (the message names the field), or for `batch` any bad line (the others are still
//! answered); 1 output could not be written.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{BufReader, IsTerminal, LineWriter, Read, Write};
    use std::process::ExitCode;

    use chrono::NaiveDate;
    use eligibil::batch::{self, Format, Progress};
    use eligibil::household_file::{describe, parse_household};
    use eligibil::rules::municipality::MunicipalityId;
    use eligibil::rules::{evaluate, EngineError, EvalContext};

    const USAGE: &str = "usage: eligibil check <household.json | -> --date YYYY-MM-DD [--city TOWN]
       eligibil batch <households.jsonl | -> --date YYYY-MM-DD [--city TOWN] [--format jsonl|csv]
       eligibil --help
check: prints the evaluation of one household (docs/household-format.md) as JSON.
batch: one household per line in, one result per line out (JSON Lines, or CSV with
  --format csv: a row per household and benefit), a summary on standard error
  (docs/batch.md). A bad line is reported as `line N: ...` and the others go on.
  `-` reads standard input. Nothing leaves the machine.
--city: the town whose office and own programmes apply: cluj-napoca (default),
  navodari, or other (the national benefits, filed at your own town hall). Any
  other town's name is taken as `other`, with a note on standard error.
Exit status: 0 done; 2 bad arguments, a bad household file, or (batch) any bad
line; 1 the output could not be written.";

    /// What the command line asks for.
    enum Command {
        Help,
        Check(Args),
        Batch(Args, Format),
    }

    struct Args {
        file: String,
        date: NaiveDate,
        city: MunicipalityId,
    }

    pub fn main() -> ExitCode {
        let args = match parse_args(std::env::args().skip(1).collect()) {
            Ok(Command::Check(args)) => args,
            Ok(Command::Batch(args, format)) => return run_batch(&args, format),
            // Asked for: the usage on stdout, success (a person trying the tool types this first).
            Ok(Command::Help) => {
                return match writeln!(std::io::stdout().lock(), "{USAGE}") {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(_) => ExitCode::from(1),
                };
            }
            Err(message) => return fail(&message),
        };
        let bytes = match read(&args.file) {
            Ok(bytes) => bytes,
            Err(e) => return fail(&format!("{}: cannot read: {e}", args.file)),
        };
        let household = match parse_household(&bytes) {
            Ok(h) => h,
            Err(message) => return fail(&format!("{}: {message}", args.file)),
        };
        let ctx = EvalContext {
            date: args.date,
            municipality: args.city,
        };
        let evaluation = match evaluate(&household, &ctx) {
            Ok(ev) => ev,
            Err(EngineError::InvalidHousehold { problems }) => {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| format!("{}: {}", args.file, describe(p)))
                    .collect();
                return fail(&lines.join("\n"));
            }
            Err(EngineError::Parameter { detail }) => {
                return fail(&format!("{}: {detail}", args.file))
            }
        };
        let mut out = std::io::stdout().lock();
        match serde_json::to_writer_pretty(&mut out, &evaluation).map(|_| writeln!(out)) {
            Ok(Ok(())) => ExitCode::SUCCESS,
            _ => ExitCode::from(1),
        }
    }

    fn fail(message: &str) -> ExitCode {
        eprintln!("error: {message}");
        ExitCode::from(2)
    }

    /// The file's bytes (stdin for `-`); parse_household checks they are UTF-8 JSON.
    fn read(file: &str) -> std::io::Result<Vec<u8>> {
        if file == "-" {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes)?;
            Ok(bytes)
        } else {
            std::fs::read(file)
        }
    }

    /// Screens every line of the input; the bad lines' messages, a progress
    /// line (on a terminal only) and the summary go to standard error.
    fn run_batch(args: &Args, format: Format) -> ExitCode {
        let ctx = EvalContext {
            date: args.date,
            municipality: args.city,
        };
        let input: Box<dyn std::io::BufRead> = if args.file == "-" {
            Box::new(BufReader::with_capacity(1 << 16, std::io::stdin().lock()))
        } else {
            match std::fs::File::open(&args.file) {
                Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
                Err(e) => return fail(&format!("{}: cannot read: {e}", args.file)),
            }
        };
        let stderr = std::io::stderr();
        // Piped into a file or another program, a progress line would be noise
        // in it; with the records on the same terminal it would overwrite them.
        let progress = (stderr.is_terminal() && !std::io::stdout().is_terminal()).then(|| {
            let size = (args.file != "-")
                .then(|| std::fs::metadata(&args.file).ok())
                .flatten()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            Progress::new(size)
        });
        let mut errors = LineWriter::new(stderr.lock());
        let output = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        match batch::run(input, output, &mut errors, &ctx, format, progress) {
            Ok(summary) => {
                let _ = summary.write(&mut errors);
                if summary.bad_lines > 0 {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e @ batch::BatchError::Write(_)) => {
                let _ = writeln!(errors, "error: {e}");
                ExitCode::from(1)
            }
            Err(e) => {
                let _ = writeln!(errors, "error: {}: {e}", args.file);
                ExitCode::from(2)
            }
        }
    }

    fn parse_args(args: Vec<String>) -> Result<Command, String> {
        let mut iter = args.into_iter();
        let batch = match iter.next().as_deref() {
            Some("check") => false,
            Some("batch") => true,
            Some("-h" | "--help") => return Ok(Command::Help),
            None => return Err(USAGE.into()),
            Some(other) => return Err(format!("unknown command `{other}`\n{USAGE}")),
        };
        let (mut file, mut date, mut city) = (None, None, MunicipalityId::ClujNapoca);
        let mut format = Format::JsonLines;
        while let Some(arg) = iter.next() {
            match arg.as_str() {
                "--format" if batch => {
                    let value = iter.next().ok_or("--format needs a value (jsonl or csv)")?;
                    format = Format::from_name(&value)
                        .ok_or(format!("--format `{value}`: jsonl or csv"))?;
                }
                "--date" => {
                    let value = iter.next().ok_or("--date needs a value (YYYY-MM-DD)")?;
                    date = Some(
                        NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                            .map_err(|_| format!("--date `{value}` is not a date (YYYY-MM-DD)"))?,
                    );
                }
                "-h" | "--help" => return Ok(Command::Help),
                "--city" => {
                    let value = iter.next().ok_or("--city needs a value")?;
                    city = MunicipalityId::from_slug(&value)
                        .unwrap_or_else(|| MunicipalityId::from_town_name(&value));
                    // A town we hold no profile for is not refused: the
                    // national rules apply there, filed at its town hall.
                    if city == MunicipalityId::Other && value != "other" {
                        eprintln!(
                            "note: --city `{value}`: no profile of its own (known: cluj-napoca, \
                             navodari); using `other`: the national benefits, filed at the \
                             social assistance service of the town hall"
                        );
                    }
                }
                _ if file.is_none() && (arg == "-" || !arg.starts_with('-')) => file = Some(arg),
                _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
            }
        }
        let args = Args {
            file: file.ok_or(format!("no household file given\n{USAGE}"))?,
            // The engine never reads the clock; neither does its tool.
            date: date.ok_or(format!(
                "--date is required: the rules depend on it\n{USAGE}"
            ))?,
            city,
        };
        Ok(if batch {
            Command::Batch(args, format)
        } else {
            Command::Check(args)
        })
    }
}
