//! The engine inside a browser page (issue 20): every benefit for one
//! household, timed with `performance.now()` over thousands of evaluations
//! of varied households (the example files, their incomes and birth dates
//! moved). A figure, printed by `scripts/bench-web`, not a pass/fail on
//! time: the one assertion is that every evaluation answered.
#![cfg(target_arch = "wasm32")]

use eligibil::rules::household::Household;
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::{evaluate, EvalContext};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EXAMPLES: [&str; 13] = [
    include_str!("../docs/examples/care-leaver-24.json"),
    include_str!("../docs/examples/domestic-violence-renting.json"),
    include_str!("../docs/examples/family-allowance-decides.json"),
    include_str!("../docs/examples/family-district-heating.json"),
    include_str!("../docs/examples/family-electricity-only.json"),
    include_str!("../docs/examples/family-gas-eligible.json"),
    include_str!("../docs/examples/family-over-limit.json"),
    include_str!("../docs/examples/low-income-family-two-children.json"),
    include_str!("../docs/examples/missing-answers.json"),
    include_str!("../docs/examples/new-parent-child-raising.json"),
    include_str!("../docs/examples/newborn-parents.json"),
    include_str!("../docs/examples/single-pensioner-70.json"),
    include_str!("../docs/examples/single-pensioner-wood.json"),
];

fn now() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| js_sys::Reflect::get(&p, &"now".into()).ok().map(|f| (p, f)))
        .and_then(|(p, f)| js_sys::Function::from(f).call0(&p).ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// The examples, each in 40 variants: every income scaled from 50 % to
/// 147 % and every birth date moved back up to 39 months.
fn households() -> Vec<Household> {
    use rust_decimal::Decimal;
    let mut out = Vec::new();
    for text in EXAMPLES {
        let base: Household = serde_json::from_str(text).expect("an example household");
        for v in 0..40u32 {
            let mut h = base.clone();
            if let Some(members) = h.members.as_mut() {
                for m in members.iter_mut() {
                    if let Some(incomes) = m.incomes.as_mut() {
                        for i in incomes.iter_mut() {
                            i.net_monthly = (i.net_monthly
                                * Decimal::new(50 + 97 * v as i64 / 39, 2))
                            .round_dp(2);
                        }
                    }
                    if let Some(born) = m.birth_date {
                        m.birth_date = born.checked_sub_months(chrono::Months::new(v % 40));
                    }
                }
            }
            out.push(h);
        }
    }
    out
}

#[wasm_bindgen_test]
fn the_engine_answers_every_benefit_for_a_household_in_the_page() {
    let list = households();
    let ctx = EvalContext {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        municipality: MunicipalityId::ClujNapoca,
    };
    // Warm-up, then ten rounds over every household.
    for h in &list {
        let _ = evaluate(h, &ctx);
    }
    let mut answered = 0usize;
    let mut each = Vec::with_capacity(10 * list.len());
    let start = now();
    for _ in 0..10 {
        for h in &list {
            let t = now();
            if evaluate(h, &ctx).is_ok() {
                answered += 1;
            }
            each.push(now() - t);
        }
    }
    let total = now() - start;
    let n = each.len();
    each.sort_by(f64::total_cmp);
    let at = |q: usize| each[(n - 1) * q / 100];
    let over = each.iter().filter(|&&t| t > 1.0).count();
    console_log!(
        "engine in the page: {n} evaluations of {} varied households, {:.1} µs each on average; median {:.2} ms, 99th percentile {:.2} ms, slowest {:.2} ms; {over} over 1 ms (performance.now() is coarsened by the browser to 0.1 ms or more)",
        list.len(),
        1000.0 * total / n as f64,
        at(50),
        at(99),
        each[n - 1]
    );
    assert_eq!(answered, n, "every household evaluated");
}
