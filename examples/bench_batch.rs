//! Writes a household list for `scripts/bench-batch`: the example households
//! of `docs/examples/` cycled, one per line, each varied so the engine does
//! not see the same few households again and again (every net income scaled
//! by 50–150 %, every birth date moved up to a year earlier). Deterministic:
//! the same count gives the same file.
//!
//!   cargo run --release --example bench_batch -- LINES OUT.jsonl

use std::io::{BufWriter, Write};

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde_json::Value;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let lines: u64 = args.next().ok_or("usage: bench_batch LINES OUT")?.parse()?;
    let out = args.next().ok_or("usage: bench_batch LINES OUT")?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let examples: Vec<Value> = files
        .iter()
        .map(|p| Ok(serde_json::from_str(&std::fs::read_to_string(p)?)?))
        .collect::<Result<_, Box<dyn std::error::Error>>>()?;
    let mut w = BufWriter::with_capacity(1 << 16, std::fs::File::create(&out)?);
    let mut seed = 0x5eed_u64;
    for i in 0..lines {
        let mut household = examples[(i % examples.len() as u64) as usize].clone();
        vary(&mut household, &mut seed);
        serde_json::to_writer(&mut w, &household)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}

/// SplitMix64: a fixed sequence, no dependency.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn vary(household: &mut Value, seed: &mut u64) {
    let Some(members) = household.get_mut("members").and_then(Value::as_array_mut) else {
        return;
    };
    for member in members {
        // Earlier only: a birth date never moves past the check date.
        if let Some(date) = member
            .get("birth_date")
            .and_then(Value::as_str)
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        {
            let earlier = date - Duration::days((next(seed) % 366) as i64);
            member["birth_date"] = Value::from(earlier.format("%Y-%m-%d").to_string());
        }
        let Some(incomes) = member.get_mut("incomes").and_then(Value::as_array_mut) else {
            continue;
        };
        for income in incomes {
            let Some(amount) = income
                .get("net_monthly")
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<Decimal>().ok())
            else {
                continue;
            };
            let percent = Decimal::from(50 + next(seed) % 101);
            let scaled = (amount * percent / Decimal::from(100)).round_dp(2);
            income["net_monthly"] = Value::from(scaled.to_string());
        }
    }
}
