//! What the Statistikbanken import tests share: the fixtures, the built-in
//! data set and the invariants every import holds, whatever its input.

use std::process::Command;
use std::sync::OnceLock;

use prioritet::model::data::dataset::Area;
use prioritet::model::data::localized::Lang;
use prioritet::model::data::sources::SourceRegistry;
use prioritet::model::ids::StatTable;
use prioritet::model::import::statbank::{read_extracts, services, StatbankImport, VolumeRead};
use prioritet::model::import::{with_municipality_source, Severity, MAX_PROBLEMS};
use prioritet::model::DataSet;
use prioritet::text::statbank::message;

/// The fixtures (made-up figures in Statistikbanken's layout).
pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/statbank_corpus");

/// The built-in data set, parsed once.
pub fn base() -> &'static DataSet {
    static DS: OnceLock<DataSet> = OnceLock::new();
    DS.get_or_init(DataSet::builtin)
}

/// data/sources.json with the municipality's file and the tables added.
pub fn registry() -> &'static SourceRegistry {
    static REG: OnceLock<SourceRegistry> = OnceLock::new();
    REG.get_or_init(|| {
        let reg: SourceRegistry =
            serde_json::from_str(include_str!("../../data/sources.json")).unwrap();
        with_municipality_source(&reg)
    })
}

/// A fixture's bytes.
pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{CORPUS}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Reads the named fixtures for the municipality `chosen`.
pub fn read(names: &[&str], chosen: Option<u16>) -> StatbankImport {
    let bytes: Vec<Vec<u8>> = names.iter().map(|n| fixture(n)).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&bytes)
        .map(|(n, b)| (*n, b.as_slice()))
        .collect();
    read_extracts(&files, chosen, base())
}

/// What holds for every import, whatever the input.
pub fn check(im: &StatbankImport, what: &str) -> Result<(), String> {
    let i = &im.import;
    if i.origin.len() != i.data.areas.len() || im.areas.len() > i.data.areas.len() {
        return Err(format!("{what}: one origin per area"));
    }
    let row_problems = im.problems.iter().filter(|p| p.line.is_some()).count();
    if row_problems > MAX_PROBLEMS {
        return Err(format!("{what}: {row_problems} row problems listed"));
    }
    for p in &im.problems {
        for lang in [Lang::Da, Lang::En] {
            let m = message(p, lang);
            if m.trim().is_empty() {
                return Err(format!("{what}: empty message for {:?}", p.kind));
            }
            if let Some(l) = p.line {
                let word = if lang == Lang::Da { "linje" } else { "line" };
                if !m.contains(&format!("{word} {l}")) {
                    return Err(format!("{what}: message does not name its line: {m}"));
                }
            }
            if let Some(c) = &p.column {
                if !m.contains(&format!("«{c}»")) {
                    return Err(format!("{what}: message does not name its column: {m}"));
                }
            }
        }
    }
    if i.usable {
        i.data
            .validate()
            .map_err(|e| format!("{what}: usable but invalid: {e}"))?;
        if !(i.scale.is_finite() && i.scale > 0.0) {
            return Err(format!("{what}: scale {}", i.scale));
        }
        if i.municipality.is_none() || im.money.is_none() {
            return Err(format!("{what}: usable with no municipality or table"));
        }
        for (field, s) in i.data.sourced_fields() {
            s.check(&field, registry())
                .map_err(|e| format!("{what}: {e}"))?;
        }
    } else {
        if !im.problems.iter().any(|p| p.severity == Severity::Error) {
            return Err(format!("{what}: unusable without an error"));
        }
        if i.data != *base() || i.scale != 1.0 {
            return Err(format!("{what}: unusable but not the national data"));
        }
    }
    Ok(())
}

/// What the panel shows as the volume of the area `id`.
#[allow(dead_code)] // each test crate compiles this module; not all use it
pub fn volume<'a>(im: &'a StatbankImport, id: &str) -> &'a VolumeRead {
    &im.areas.iter().find(|a| a.area_id == id).unwrap().volume
}

/// The area `id` of `data`.
#[allow(dead_code)] // each test crate compiles this module; not all use it
pub fn at<'a>(data: &'a DataSet, id: &str) -> &'a Area {
    &data.areas[data.area_index(id).unwrap()]
}

/// Every service type of `table`'s mapping names a real area, or says in
/// Danish and English why it is not used.
#[allow(dead_code)] // each test crate compiles this module; not all use it
pub fn every_service_has_an_area_or_a_reason(table: StatTable) {
    for s in services(table) {
        match &s.area {
            Some(a) => assert!(base().area_index(a).is_some(), "{}: {a}", s.key),
            None => {
                let why = s.why.as_ref().expect("not used without a reason");
                assert!(!why.da.is_empty() && !why.en.is_empty() && why.da != why.en);
            }
        }
    }
}

/// The data set an import built runs through `prioritet-run --data` with a
/// default scenario and gives a projection (`tag` names the temporary files).
#[allow(dead_code)] // each test crate compiles this module; not all use it
pub fn runs_through_the_runner(data: &DataSet, tag: &str) {
    let dir = std::env::temp_dir();
    let data_file = dir.join(format!("statbank-{tag}-{}.json", std::process::id()));
    let scenario = dir.join(format!("statbank-{tag}-scn-{}.json", std::process::id()));
    std::fs::write(&data_file, serde_json::to_string(data).unwrap()).unwrap();
    std::fs::write(&scenario, r#"{"version":1}"#).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_prioritet-run"))
        .arg("run")
        .arg(&scenario)
        .args(["--draws", "0", "--data"])
        .arg(&data_file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&data_file);
    let _ = std::fs::remove_file(&scenario);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json.is_object(), "{json}");
}
