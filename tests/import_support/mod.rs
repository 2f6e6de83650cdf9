//! What the import tests share: the corpus, the built-in data set and the
//! invariants every import holds, whatever its input.

use std::sync::OnceLock;

use prioritet::model::data::localized::Lang;
use prioritet::model::data::sources::SourceRegistry;
use prioritet::model::import::{with_municipality_source, Import, Severity, MAX_PROBLEMS};
use prioritet::model::DataSet;
use prioritet::text::import::message;
/// The corpus of good and bad files.
pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import_corpus");

/// The built-in data set, parsed once.
pub fn base() -> &'static DataSet {
    static DS: OnceLock<DataSet> = OnceLock::new();
    DS.get_or_init(DataSet::builtin)
}

/// data/sources.json with the municipality's file added.
pub fn registry() -> &'static SourceRegistry {
    static REG: OnceLock<SourceRegistry> = OnceLock::new();
    REG.get_or_init(|| {
        let reg: SourceRegistry =
            serde_json::from_str(include_str!("../../data/sources.json")).unwrap();
        with_municipality_source(&reg)
    })
}

/// A corpus file's bytes.
pub fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(format!("{CORPUS}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// What holds for every import, whatever the input.
pub fn check_invariants(im: &Import, what: &str) -> Result<(), String> {
    let base = base();
    if im.origin.len() != im.data.areas.len() {
        return Err(format!("{what}: one origin per area"));
    }
    // The cap, a few summaries about the whole file, and a closing count.
    if im.problems.len() > MAX_PROBLEMS + 4 {
        return Err(format!("{what}: {} problems listed", im.problems.len()));
    }
    for p in &im.problems {
        for lang in [Lang::Da, Lang::En] {
            let m = message(p, lang);
            if m.trim().is_empty() {
                return Err(format!("{what}: empty message for {:?}", p.kind));
            }
            if let Some(l) = p.line {
                let word = if lang == Lang::Da { "Linje" } else { "Line" };
                if !m.starts_with(&format!("{word} {l}")) {
                    return Err(format!("{what}: message does not start with its line: {m}"));
                }
            }
            if let Some(c) = &p.column {
                if !m.contains(&format!("«{c}»")) {
                    return Err(format!("{what}: message does not name its column: {m}"));
                }
            }
        }
    }
    if im.usable {
        im.data
            .validate()
            .map_err(|e| format!("{what}: usable but invalid: {e}"))?;
        if !(im.scale.is_finite() && im.scale > 0.0) {
            return Err(format!("{what}: scale {}", im.scale));
        }
        if !im.origin.iter().any(|o| o.from_file()) {
            return Err(format!("{what}: usable with no area from the file"));
        }
        for (field, s) in im.data.sourced_fields() {
            s.check(&field, registry())
                .map_err(|e| format!("{what}: {e}"))?;
        }
    } else {
        if !im.problems.iter().any(|p| p.severity == Severity::Error) {
            return Err(format!("{what}: unusable without an error"));
        }
        if im.data != *base || im.scale != 1.0 {
            return Err(format!("{what}: unusable but not the national data"));
        }
    }
    Ok(())
}
