//! The command-line runner: each example scenario runs, JSON and CSV parse,
//! bad input exits non-zero with a message naming the field.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_prioritet-run"))
}

fn examples() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn temp(name: &str, body: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("prioritet-run-test-{}-{name}", std::process::id()));
    std::fs::write(&p, body).unwrap();
    p
}

#[test]
fn every_example_runs_as_json() {
    let files = examples();
    assert!(files.len() >= 5);
    for f in files {
        let out = bin()
            .args(["run"])
            .arg(&f)
            .args(["--draws", "50"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{f:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["central"]["need_dkk"].as_array().unwrap().len() == 10);
        assert!(v["bands"]["need_dkk"][0]["p50"].as_f64().unwrap() > 0.0);
        assert!(v["baseline"]["spending_dkk"].is_array());
    }
}

#[test]
fn csv_output_parses() {
    let f = examples().into_iter().next().unwrap();
    let out = bin()
        .arg("run")
        .arg(&f)
        .args(["--format", "csv", "--draws", "30", "--seed", "9"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "output,id,year,central,p10,p50,p90,baseline"
    );
    let mut n = 0;
    for line in lines {
        let cols: Vec<&str> = line.split(',').collect();
        assert_eq!(cols.len(), 8, "{line}");
        cols[2].parse::<u16>().unwrap();
        cols[3].parse::<f64>().unwrap();
        cols[7].parse::<f64>().unwrap();
        if !cols[4].is_empty() {
            let (a, b, c) = (
                cols[4].parse::<f64>().unwrap(),
                cols[5].parse::<f64>().unwrap(),
                cols[6].parse::<f64>().unwrap(),
            );
            assert!(a <= b && b <= c, "{line}");
        }
        n += 1;
    }
    assert!(n > 100);
}

#[test]
fn bad_input_exits_non_zero_naming_the_field() {
    for (name, body, field) in [
        (
            "weight",
            r#"{"version":1,"priorities":{"budget_squeeze":1.5}}"#,
            "priorities.budget_squeeze",
        ),
        (
            "negative",
            r#"{"version":1,"levers":{"prevention_investment_dkk":-1}}"#,
            "levers.prevention_investment_dkk",
        ),
        (
            "type",
            r#"{"version":1,"frame":{"level_change":"lots"}}"#,
            "frame.level_change",
        ),
        ("unknown", r#"{"version":1,"levers":{"magic":1}}"#, "magic"),
        ("version", r#"{"version":7}"#, "version"),
        ("json", r#"{"version":1,"#, "not valid JSON"),
    ] {
        let p = temp(name, body);
        let out = bin().arg("run").arg(&p).output().unwrap();
        let _ = std::fs::remove_file(&p);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(field), "{name}: {err}");
    }
    let out = bin().args(["run", "/no/such/file.json"]).output().unwrap();
    assert!(!out.status.success());
    let out = bin().args(["run"]).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn help_and_preset_work() {
    let out = bin().arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("--format"));
    let out = bin().args(["preset", "steering"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
}

/// Runs `prioritet-run run <scenario> --draws 0` with extra arguments;
/// returns the exit code and stderr.
fn run_with(scenario: &std::path::Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = bin()
        .arg("run")
        .arg(scenario)
        .args(["--draws", "0"])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_byte_order_mark_is_accepted_as_the_app_accepts_it() {
    let p = temp("bom", "\u{feff}{\"version\":1,\"name\":\"med BOM\"}");
    let out = bin()
        .arg("run")
        .arg(&p)
        .args(["--draws", "0"])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&p);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["scenario"]["name"], "med BOM");
}

#[test]
fn input_over_five_mib_is_refused_without_reading_it_all() {
    let name = format!("{{\"version\":1,\"name\":\"{}\"}}", "x".repeat(6 << 20));
    let p = temp("huge", &name);
    let (code, err) = run_with(&p, &[]);
    let _ = std::fs::remove_file(&p);
    assert_eq!(code, Some(2));
    assert!(err.contains("larger than 5 MiB"), "{err}");
    if std::path::Path::new("/dev/zero").exists() {
        let (code, err) = run_with(std::path::Path::new("/dev/zero"), &[]);
        assert_eq!(code, Some(2));
        assert!(err.contains("larger than 5 MiB"), "{err}");
        let ok = temp("ok", r#"{"version":1}"#);
        let (code, err) = run_with(&ok, &["--data", "/dev/zero"]);
        let _ = std::fs::remove_file(&ok);
        assert_eq!(code, Some(2));
        assert!(
            err.contains("/dev/zero: the file is larger than 5 MiB"),
            "{err}"
        );
    }
}

#[test]
fn a_name_over_80_characters_is_refused_naming_the_field() {
    let p = temp(
        "long-name",
        &format!(r#"{{"version":1,"name":"{}"}}"#, "x".repeat(12_000)),
    );
    let (code, err) = run_with(&p, &[]);
    let _ = std::fs::remove_file(&p);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(": name: must be at most 80 characters"),
        "{err}"
    );
}

/// A data set file: the built-in one with `from` replaced by `to` once.
fn data_with(name: &str, from: &str, to: &str) -> PathBuf {
    let json = prioritet::model::data::dataset::BUILTIN_JSON;
    assert!(json.contains(from), "{from}");
    temp(name, &json.replacen(from, to, 1))
}

#[test]
fn implausible_data_sets_are_refused_with_short_messages() {
    let scenario = temp("for-data", r#"{"version":1}"#);
    for (name, from, to, expected) in [
        (
            "tiny-unit-cost",
            "\"value\": 30000,",
            "\"value\": 1e-300,",
            "unit_cost_dkk: must be between 1 and 1000000000, got 1e-300",
        ),
        (
            "huge-unit-cost",
            "\"value\": 30000,",
            "\"value\": 1e300,",
            "got 1e300",
        ),
        (
            "lever-min",
            "\"min\": {\n        \"value\": 0,",
            "\"min\": {\n        \"value\": 0.1,",
            "levers[0].min: must be 0",
        ),
        (
            "duplicate-key",
            "\"version\": 1,",
            "\"version\": 1, \"version\": 2,",
            "version: given twice",
        ),
    ] {
        let data = data_with(name, from, to);
        let (code, err) = run_with(&scenario, &["--data", data.to_str().unwrap()]);
        let _ = std::fs::remove_file(&data);
        assert_eq!(code, Some(2), "{name}: {err}");
        assert!(err.contains(expected), "{name}: {err}");
        assert!(err.len() < 300, "{name}: a long message: {err}");
    }
    let _ = std::fs::remove_file(&scenario);
}
