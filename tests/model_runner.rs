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
