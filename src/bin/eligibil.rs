//! The command-line tool over the engine: reads a household file and prints
//! the full evaluation as JSON.
//!
//! ```text
//! eligibil check household.json --date 2026-11-22 [--city cluj-napoca]
//! eligibil --help
//! ```
//! Exit codes: 0 evaluated (or the usage asked for with --help / -h); 2 bad arguments or a malformed or impossible
//! household file (the message names the field); 1 output could not be written.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    use chrono::NaiveDate;
    use eligibil::household_file::parse_household;
    use eligibil::rules::municipality::MunicipalityId;
    use eligibil::rules::validate::{Invalid, Problem};
    use eligibil::rules::{evaluate, EngineError, EvalContext};

    const USAGE: &str =
        "usage: eligibil check <household.json | -> --date YYYY-MM-DD [--city cluj-napoca]
       eligibil --help
Prints the evaluation of the household (docs/household-format.md) as JSON.";

    /// What the command line asks for.
    enum Command {
        Help,
        Check(Args),
    }

    struct Args {
        file: String,
        date: NaiveDate,
        city: MunicipalityId,
    }

    pub fn main() -> ExitCode {
        let args = match parse_args(std::env::args().skip(1).collect()) {
            Ok(Command::Check(args)) => args,
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

    fn parse_args(args: Vec<String>) -> Result<Command, String> {
        let mut iter = args.into_iter();
        match iter.next().as_deref() {
            Some("check") => {}
            Some("-h" | "--help") => return Ok(Command::Help),
            None => return Err(USAGE.into()),
            Some(other) => return Err(format!("unknown command `{other}`\n{USAGE}")),
        }
        let (mut file, mut date, mut city) = (None, None, MunicipalityId::ClujNapoca);
        while let Some(arg) = iter.next() {
            match arg.as_str() {
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
                    city = MunicipalityId::from_slug(&value).ok_or(format!(
                        "--city `{value}`: no profile for it (known: cluj-napoca)"
                    ))?;
                }
                _ if file.is_none() && (arg == "-" || !arg.starts_with('-')) => file = Some(arg),
                _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
            }
        }
        Ok(Command::Check(Args {
            file: file.ok_or(format!("no household file given\n{USAGE}"))?,
            // The engine never reads the clock; neither does its tool.
            date: date.ok_or(format!(
                "--date is required: the rules depend on it\n{USAGE}"
            ))?,
            city,
        }))
    }

    fn describe(invalid: &Invalid) -> String {
        let what = match &invalid.problem {
            Problem::FirstMemberNotApplicant => {
                "the first member must have role \"applicant\"".to_string()
            }
            Problem::SecondApplicant => "only the first member can be the applicant".to_string(),
            Problem::BirthDateAfterCheckDate {
                birth_date,
                check_date,
            } => {
                format!("birth date {birth_date} is after the date of the check {check_date}")
            }
            Problem::BirthDateImplausible { birth_date } => {
                format!("birth date {birth_date} would make the person older than 120")
            }
            Problem::NegativeAmount { amount } => format!("amount {amount} is negative"),
            Problem::MoreThanTwoDecimals { amount } => {
                format!("amount {amount} has more than two decimals")
            }
            Problem::AmountImplausible { amount, max } => {
                format!("amount {amount} is above {max} lei a month: check for a typing mistake")
            }
            Problem::TooManyMembers { count, max } => format!("{count} members; at most {max}"),
            Problem::NoMembers => {
                "the list is empty: it must hold at least the applicant".to_string()
            }
            Problem::DuplicateEnergySource => "an energy source is listed twice".to_string(),
            Problem::HeatingNotAmongEnergySources => {
                "the heating system's energy source is missing from home.energy_sources".to_string()
            }
        };
        format!("field `{}`: {what}", invalid.field)
    }
}
