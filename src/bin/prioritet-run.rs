//! `prioritet-run`: the native command-line runner for think tanks that run
//! many scenarios. It reads a scenario file (see `docs/scenario-format.md`),
//! projects it with the built-in data set (or `--data FILE`), and writes the
//! central projection, the p10/p50/p90 bands and the "no change" baseline to
//! stdout as JSON, or as long-format CSV with `--format csv`. Bad input exits
//! with status 2 and a message naming the field. Files are read as the app
//! reads them: UTF-8 with or without a byte-order mark, at most
//! [`MAX_INPUT_BYTES`] (5 MiB); and a projection with a number that is not
//! finite is refused, never printed.

use std::fs::File;
use std::io::Read;
use std::process::ExitCode;

use prioritet::model::analysis::finite::{first_non_finite, first_non_finite_band};
use prioritet::model::codec::export::projection_csv;
use prioritet::model::data::input::MAX_INPUT_BYTES;
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

Files are UTF-8 (a byte-order mark is fine) of at most 5 MiB. Bad input exits
with status 2 and a message naming the file and the field.

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
            let id: ApproachId = name.parse()?;
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

/// A file's text: at most [`MAX_INPUT_BYTES`] read (a larger file, or an
/// endless one like `/dev/zero`, is refused without reading more), a UTF-8
/// byte-order mark dropped (the browser drops it too), anything that is
/// not UTF-8 refused. The error starts with the path.
fn read_text(path: &str) -> Result<String, String> {
    let file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{path}: {e}"))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "{path}: the file is larger than 5 MiB ({MAX_INPUT_BYTES} bytes); it was not read"
        ));
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(text.to_vec()).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{path}: not UTF-8 text (byte {at} is not)")
    })
}

fn run_scenario(a: &Args) -> Result<String, String> {
    let ds = match &a.data_path {
        Some(p) => {
            let text = read_text(p)?;
            DataSet::from_json(&text).map_err(|e| format!("{p}: {e}"))?
        }
        None => DataSet::builtin(),
    };
    let path = &a.scenario_path;
    let text = read_text(path)?;
    let scenario = Scenario::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
    let central = project_central(&scenario, &ds).map_err(|e| format!("{path}: {e}"))?;
    let baseline = project_baseline(&scenario, &ds).map_err(|e| format!("{path}: {e}"))?;
    let bands = if a.draws > 0 {
        Some(project(&scenario, &ds, a.draws, a.seed).map_err(|e| e.to_string())?)
    } else {
        None
    };
    let data = a.data_path.as_deref().unwrap_or("the built-in data set");
    let not_finite = first_non_finite(&central)
        .map(|bad| ("projection", bad))
        .or_else(|| first_non_finite(&baseline).map(|bad| ("baseline", bad)))
        .or_else(|| {
            bands
                .as_ref()
                .and_then(first_non_finite_band)
                .map(|bad| ("bands", bad))
        });
    if let Some((what, bad)) = not_finite {
        return Err(format!(
            "{path}: the {what} has a number that is not finite ({bad}); nothing was written. Check {data}"
        ));
    }
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

    #[test]
    fn files_are_read_within_the_limit_with_or_without_a_byte_order_mark() {
        let dir = std::env::temp_dir();
        let path = |name: &str| {
            dir.join(format!("prioritet-run-unit-{}-{name}", std::process::id()))
                .to_string_lossy()
                .into_owned()
        };
        let bom = path("bom.json");
        std::fs::write(&bom, b"\xEF\xBB\xBF{\"version\":1}").unwrap();
        assert_eq!(read_text(&bom).unwrap(), "{\"version\":1}");
        let latin1 = path("latin1.json");
        std::fs::write(&latin1, b"{\"name\":\"\xE6\"}").unwrap();
        assert!(read_text(&latin1).unwrap_err().contains("not UTF-8"));
        let big = path("big.json");
        std::fs::write(&big, vec![b' '; MAX_INPUT_BYTES + 1]).unwrap();
        assert!(read_text(&big).unwrap_err().contains("larger than 5 MiB"));
        std::fs::write(&big, vec![b' '; MAX_INPUT_BYTES]).unwrap();
        assert_eq!(read_text(&big).unwrap().len(), MAX_INPUT_BYTES);
        for p in [bom, latin1, big] {
            let _ = std::fs::remove_file(p);
        }
    }
}
