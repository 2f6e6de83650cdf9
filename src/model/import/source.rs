//! The municipality's file as a source: the source id every figure read
//! from the file cites, and its registry entry; likewise Danmarks
//! Statistik's tables read from Statistikbanken extracts.

use crate::model::data::localized::Localized;
use crate::model::data::sources::{Source, SourceRegistry};
use crate::model::ids::StatTable;
use crate::model::import::statbank::api_table;

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

/// The source id of figures read from a Statistikbanken table's extract:
/// `dst_regk31`.
pub fn statbank_source_id(table: StatTable) -> String {
    format!("dst_{}", table.as_str().to_lowercase())
}

/// The registry entry for figures read from an extract of `table`.
pub fn statbank_source(table: StatTable) -> Source {
    let (da, en) = match table {
        StatTable::Regk31 => (
            "Kommunernes regnskaber efter funktion (netto, driftskonti)",
            "Municipal accounts by function (net, operating)",
        ),
        StatTable::Budk32 => (
            "Kommunernes budgetter efter funktion (netto, driftskonti)",
            "Municipal budgets by function (net, operating)",
        ),
        StatTable::Hand01 => (
            "Handicapydelser efter område, ydelsestype og tid (fuldtidsydelser pr. kvartal)",
            "Disability services by municipality, service type and time (full-time services per quarter)",
        ),
        StatTable::Anbaar => (
            "Anbragte børn og unge pr. 31. december efter administrationskommune, anbringelsessted og tid (ANBAAR12)",
            "Children and young people placed outside the home on 31 December by municipality, place and time (ANBAAR12)",
        ),
        StatTable::Folk1a => (
            "Befolkningen den 1. i kvartalet",
            "Population on the first day of the quarter",
        ),
    };
    Source {
        id: statbank_source_id(table),
        title: format!("{table}: {da}"),
        publisher: "Danmarks Statistik (Statistikbanken)".into(),
        date: String::new(),
        url: Some(format!(
            "https://www.statistikbanken.dk/{}",
            api_table(table)
        )),
        table_id: Some(table.as_str().into()),
        seed_file: None,
        citation: Localized {
            da: format!("Danmarks Statistik, {table}: {da} (indlæst udtræk)"),
            en: format!("Statistics Denmark, {table}: {en} (loaded extract)"),
        },
    }
}

/// `registry` with [`municipality_source`] and the Statistikbanken tables'
/// entries ([`statbank_source`]) added (each unchanged if it already has an
/// entry with that id).
pub fn with_municipality_source(registry: &SourceRegistry) -> SourceRegistry {
    let mut out = registry.clone();
    let extra = std::iter::once(municipality_source())
        .chain(StatTable::ALL.into_iter().map(statbank_source));
    for s in extra {
        if out.get(&s.id).is_none() {
            out.sources.push(s);
        }
    }
    out
}
