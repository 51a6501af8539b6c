//! How long the engine takes to answer every benefit for one household:
//! each household in `docs/examples/` evaluated many times, the mean and
//! the slowest of several rounds printed per file. A figure to watch (the
//! budget is "well under a millisecond" per household), not a pass/fail.
//!
//!   cargo run --release --example bench_engine [ROUNDS]

use std::time::Instant;

use chrono::NaiveDate;
use eligibil::rules::household::Household;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::{evaluate, EvalContext};

const PER_ROUND: u32 = 2_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: u32 = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(5);
    let ctx = EvalContext {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("bad date")?,
        municipality: MunicipalityId::ClujNapoca,
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    println!(
        "{:<40} {:>14} {:>14}",
        "household", "mean µs", "worst round µs"
    );
    let mut overall_worst = 0f64;
    for path in files {
        let household: Household = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let mut worst = 0f64;
        let mut total = 0f64;
        for _ in 0..rounds {
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                let answer = evaluate(std::hint::black_box(&household), &ctx)
                    .map_err(|e| format!("{}: {e:?}", path.display()))?;
                std::hint::black_box(answer);
            }
            let per = start.elapsed().as_secs_f64() * 1e6 / f64::from(PER_ROUND);
            worst = worst.max(per);
            total += per;
        }
        overall_worst = overall_worst.max(worst);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "{:<40} {:>14.1} {:>14.1}",
            name,
            total / f64::from(rounds),
            worst
        );
    }
    println!(
        "slowest household, worst round: {overall_worst:.1} µs per evaluation of every benefit"
    );
    Ok(())
}
