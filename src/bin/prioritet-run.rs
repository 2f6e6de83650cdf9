//! `prioritet-run`: the native command-line runner for think tanks that run
//! many scenarios. It reads a scenario file (see `docs/scenario-format.md`),
//! projects it with the built-in data set (or `--data FILE`), and writes the
//! central projection, the p10/p50/p90 bands and the "no change" baseline to
//! stdout as JSON, or as long-format CSV with `--format csv`. Bad input exits
//! with status 2 and a message naming the field.

use std::process::ExitCode;

use prioritet::model::codec::export::projection_csv;
use prioritet::model::ids::ApproachId;
use prioritet::model::{project, project_baseline, project_central, DataSet, Scenario};

const HELP: &str = "\
prioritet-run: project a scenario for the Danish specialised social area

USAGE:
    prioritet-run run <scenario.json> [--format json|csv] [--draws N] [--seed S] [--data FILE]
    prioritet-run preset <approach>     print an approach preset as a scenario file
    prioritet-run --help

OPTIONS:
    --format json|csv   output format (default json)
    --draws N           Monte Carlo draws for the p10/p50/p90 bands (default 1000; 0 = central only)
    --seed S            seed of the draws (default 1); the same seed gives the same numbers
    --data FILE         use this data set instead of the built-in one

APPROACHES: budget_squeeze, social_professional, steering, diagnosis, future_priorities

JSON output: {\"scenario\", \"central\", \"bands\", \"baseline\"}; money in DKK (constant prices),
citizens in full-year citizens, coverage as a share 0..1. Bands cover the headline
outputs (totals, need/spending/coverage by area, squeeze, ceiling council, prevention).
CSV output: one row per output, area/service and year (p10..p90 empty where not banded):
    output,id,year,central,p10,p50,p90,baseline
";

struct Args {
    scenario_path: String,
    csv: bool,
    draws: usize,
    seed: u64,
    data_path: Option<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("prioritet-run: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        None | Some("--help") | Some("-h") | Some("help") => Ok(HELP.to_string()),
        Some("preset") => {
            let name = args.get(1).ok_or("preset: name an approach")?;
            let id = ApproachId::from_id(name).ok_or_else(|| {
                let known: Vec<&str> = ApproachId::ALL.iter().map(|a| a.as_str()).collect();
                format!("unknown approach '{name}' (known: {})", known.join(", "))
            })?;
            let ds = DataSet::builtin();
            let s = Scenario::from_preset(&ds, id).map_err(|e| e.to_string())?;
            Ok(format!("{}\n", s.to_json()))
        }
        Some("run") => {
            let a = parse(args.get(1..).unwrap_or_default())?;
            run_scenario(&a)
        }
        Some(other) => Err(format!("unknown command '{other}' (try --help)")),
    }
}

fn parse(rest: &[String]) -> Result<Args, String> {
    let mut a = Args {
        scenario_path: String::new(),
        csv: false,
        draws: 1000,
        seed: 1,
        data_path: None,
    };
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name}: missing value"));
        match arg.as_str() {
            "--format" => match value("--format")?.as_str() {
                "json" => a.csv = false,
                "csv" => a.csv = true,
                f => return Err(format!("--format: unknown format '{f}' (json or csv)")),
            },
            "--draws" => {
                a.draws = value("--draws")?
                    .parse()
                    .map_err(|_| "--draws: must be a whole number".to_string())?
            }
            "--seed" => {
                a.seed = value("--seed")?
                    .parse()
                    .map_err(|_| "--seed: must be a whole number".to_string())?
            }
            "--data" => a.data_path = Some(value("--data")?),
            s if s.starts_with("--") => return Err(format!("unknown option '{s}' (try --help)")),
            s if a.scenario_path.is_empty() => a.scenario_path = s.to_string(),
            s => return Err(format!("unexpected argument '{s}'")),
        }
    }
    if a.scenario_path.is_empty() {
        return Err("run: name a scenario file (try --help)".into());
    }
    Ok(a)
}

fn run_scenario(a: &Args) -> Result<String, String> {
    let ds = match &a.data_path {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
            DataSet::from_json(&text).map_err(|e| format!("{p}: {e}"))?
        }
        None => DataSet::builtin(),
    };
    let path = &a.scenario_path;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let scenario = Scenario::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
    let central = project_central(&scenario, &ds).map_err(|e| format!("{path}: {e}"))?;
    let baseline = project_baseline(&scenario, &ds).map_err(|e| format!("{path}: {e}"))?;
    let bands = if a.draws > 0 {
        Some(project(&scenario, &ds, a.draws, a.seed).map_err(|e| e.to_string())?)
    } else {
        None
    };
    if a.csv {
        Ok(projection_csv(&central, bands.as_ref(), &baseline))
    } else {
        let doc = serde_json::json!({
            "scenario": scenario,
            "draws": a.draws,
            "seed": a.seed,
            "central": central,
            "bands": bands,
            "baseline": baseline,
        });
        serde_json::to_string_pretty(&doc)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_approach() {
        let h = run(&["--help".to_string()]).unwrap();
        for id in ApproachId::ALL {
            assert!(h.contains(id.as_str()));
        }
    }

    #[test]
    fn bad_options_are_errors() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(run(&args(&["run"])).is_err());
        assert!(run(&args(&["run", "x.json", "--format", "xml"]))
            .unwrap_err()
            .contains("--format"));
        assert!(run(&args(&["run", "x.json", "--draws", "-3"]))
            .unwrap_err()
            .contains("--draws"));
        assert!(run(&args(&["frobnicate"])).is_err());
    }
}
