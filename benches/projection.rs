//! Benchmark: one full banded projection (1,000 draws, all areas, ten
//! years) and one central projection, on the built-in data set. Prints the
//! median and best time of several runs. Run with `cargo bench --bench
//! projection`. Goal: the banded projection under 5 ms natively.
//!
//! `cargo bench --bench projection -- once <preset>` runs a single banded
//! projection (1,000 draws) of one preset (`neutral`, `social_professional`,
//! `future_priorities`) and nothing else, for instruction counts under
//! `valgrind --tool=callgrind`; `-- central <preset>` runs 1,000 central
//! projections.

use std::hint::black_box;
use std::time::{Duration, Instant};

use prioritet::model::ids::Preset;
use prioritet::model::{project, project_central, DataSet, Scenario};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}

fn scenario(ds: &DataSet, name: &str) -> Scenario {
    match Preset::from_id(name).expect("a preset: neutral or an approach id") {
        Preset::Neutral => Scenario::neutral(),
        Preset::Approach(a) => Scenario::from_preset(ds, a).expect("preset"),
    }
}

fn main() {
    let ds = DataSet::builtin();
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "once") {
        let name = args.get(i + 1).map_or("neutral", String::as_str);
        let scenario = scenario(&ds, name);
        black_box(project(&scenario, &ds, 1000, 1).expect("projection"));
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "central") {
        let name = args.get(i + 1).map_or("neutral", String::as_str);
        let scenario = scenario(&ds, name);
        for _ in 0..1000 {
            black_box(project_central(&scenario, &ds).expect("projection"));
        }
        return;
    }
    for name in ["neutral", "social_professional", "future_priorities"] {
        let scenario = scenario(&ds, name);
        let (median, best) = time(30, || project(&scenario, &ds, 1000, 1).expect("projection"));
        println!(
            "banded projection, 1000 draws x {} areas x {} years ({name}): median {:.2} ms, best {:.2} ms",
            ds.areas.len(),
            scenario.horizon_years,
            median.as_secs_f64() * 1e3,
            best.as_secs_f64() * 1e3
        );
        let (median, best) = time(2000, || {
            project_central(&scenario, &ds).expect("projection")
        });
        println!(
            "central projection ({name}): median {:.1} us, best {:.1} us",
            median.as_secs_f64() * 1e6,
            best.as_secs_f64() * 1e6
        );
    }
}
