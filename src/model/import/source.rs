//! The municipality's file as a source: the source id every figure read
//! from the file cites, and its registry entry.

use crate::model::data::localized::Localized;
use crate::model::data::sources::{Source, SourceRegistry};

/// The source id of every figure read from the municipality's own file.
/// `data/sources.json` does not (yet) list it; [`with_municipality_source`]
/// adds [`municipality_source`] to a registry so such figures check.
pub const SOURCE_ID: &str = "municipality_file";

/// The registry entry for figures from the municipality's own file.
pub fn municipality_source() -> Source {
    Source {
        id: SOURCE_ID.into(),
        title: "Kommunens egne tal".into(),
        publisher: "Kommunen (indlæst fil)".into(),
        date: String::new(),
        url: None,
        table_id: None,
        seed_file: None,
        citation: Localized {
            da: "Kommunens egne tal (indlæst fil, kun i browseren)".into(),
            en: "The municipality's own figures (loaded file, browser only)".into(),
        },
    }
}

/// `registry` with [`municipality_source`] added (unchanged if it already
/// has an entry with that id).
pub fn with_municipality_source(registry: &SourceRegistry) -> SourceRegistry {
    let mut out = registry.clone();
    if out.get(SOURCE_ID).is_none() {
        out.sources.push(municipality_source());
    }
    out
}
