//! A municipality's own numbers (issue 6): a CSV or JSON file with the
//! municipality's intervention areas, read in the browser and never
//! uploaded. [`import_file`] turns the file's bytes into a [`DataSet`] the
//! projection can use, says where every figure came from ([`AreaOrigin`])
//! and lists every problem found ([`Problem`]: its kind, line and column;
//! the text layer, `text::import`, words it in Danish and English). It
//! never panics: whatever can be read safely is offered, the rest is
//! reported.
//!
//! The rules, in one place (`docs/import-format.md` says the same for
//! users):
//! - **Columns**: [`Column`] names every column, its Danish header, the
//!   aliases accepted, and whether it is required.
//! - **Numbers**: Danish spreadsheet style (`1.234.567,5`, `1 234 567`,
//!   `2,5 %`) and English style (`1,234,567.5`); [`Column::accepts_percent`]
//!   says which columns take a percent sign.
//! - **Plausible ranges**: [`bounds`], relative to the national value of
//!   the same area.
//! - **Gaps**: an area not in the file takes the national volume scaled to
//!   the municipality's size ([`FieldOrigin::ScaledDefault`]) and the
//!   national unit cost and rates ([`FieldOrigin::NationalDefault`]); an
//!   optional column left out takes the national value. The size factor is
//!   the file's volumes against the national volumes of the same areas. The
//!   other services' budgets and the DKK-a-year lever (prevention
//!   investment, with the presets that set it) scale by the same factor.
//! - **Rows**: a row is used whole or not at all: any error in a row drops
//!   it, and its area falls back to the scaled default.
//!
//! One file per stage, each using only those below it: `types` (what an
//! import yields, the limits), `source`, `columns`, `bounds` (plausible
//! ranges), `numbers`, `problems` (collecting them), `decode` (bytes to
//! text), `rows` (checking rows whatever the format), `csv` and `json`
//! (the readers), `build` (the data set); this file runs them in
//! [`import_file`].
//!
//! ```
//! use prioritet::model::import::{import_file, FieldOrigin};
//! use prioritet::model::DataSet;
//!
//! let base = DataSet::builtin();
//! let csv = "omraade_id;helaarsborgere;enhedsudgift_kr\n\
//!            adult_sel108;55;1.300.000\n";
//! let import = import_file(csv.as_bytes(), "kommune.csv", &base);
//! assert!(import.usable && import.errors() == 0);
//! // One area only: a warning says the size factor rests on it.
//! assert_eq!(import.problems[0].kind.code(), "few_areas_for_scale");
//! assert!((import.scale - 0.01).abs() < 1e-12);
//! let i = import.data.area_index("adult_sel108").unwrap();
//! assert_eq!(import.data.areas[i].unit_cost_dkk.value, 1_300_000.0);
//! assert_eq!(import.origin[i].volume, FieldOrigin::File);
//! ```

mod bounds;
mod build;
mod columns;
mod csv;
mod decode;
mod json;
mod numbers;
mod problems;
mod rows;
mod source;
pub mod statbank;
mod types;

use crate::model::data::dataset::DataSet;

pub use self::bounds::{
    bounds, Bounds, GROWTH_HARD, GROWTH_TYPICAL, LARGE_SCALE, SIGMA_HARD, SIGMA_TYPICAL,
    UNIT_COST_HARD_FACTOR, UNIT_COST_TYPICAL_FACTOR, VOLUME_HARD_FACTOR, VOLUME_TYPICAL_SHARE,
};
pub use self::columns::{normalize, Column};
pub use self::decode::decode_windows_1252;
pub use self::json::JSON_FORMAT;
pub use self::numbers::{parse_number, Decimal, NumberError, ParsedNumber};
pub use self::rows::{evidence_word, parse_evidence};
pub use self::source::{
    municipality_source, statbank_source, statbank_source_id, with_municipality_source, SOURCE_ID,
};
pub use self::types::{
    AreaOrigin, FieldOrigin, Format, Import, Problem, ProblemKind, Quantity, Severity, FEW_AREAS,
    MAX_FILE_BYTES, MAX_PROBLEMS, MAX_ROWS,
};

use self::build::{apply_row, scale_rest, scaled};
use self::csv::read_csv;
use self::decode::decode;
use self::json::read_json;
use self::problems::Sink;
use self::rows::check_rows;

/// Reads a municipality's cockpit file. Detects JSON (text starting with
/// `{` or `[`, or a `.json` name) or CSV; decodes UTF-8 with or without a
/// byte-order mark, UTF-16 with one, else Windows-1252; never panics.
/// `base` is the national data set the file's areas are matched against
/// and the defaults come from.
pub fn import_file(bytes: &[u8], file_name: &str, base: &DataSet) -> Import {
    let mut sink = Sink::new();
    let unusable = |sink: Sink, format| Import::unusable(base, sink.finish(), format);
    if let Some(p) = size_problem(bytes.len() as u64) {
        sink.problems.push(p);
        return unusable(sink, None);
    }
    let Some(text) = decode(bytes, &mut sink) else {
        return unusable(sink, None);
    };
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        sink.error(None, None, ProblemKind::Empty);
        return unusable(sink, None);
    }
    let starts_json = matches!(text.trim_start().as_bytes().first(), Some(b'{' | b'['));
    let named_json = file_name.to_ascii_lowercase().ends_with(".json");
    let format = if starts_json || named_json {
        Format::Json
    } else {
        Format::Csv
    };
    sink.format = format;
    for p in &mut sink.problems {
        p.format = format;
    }
    let rows = match format {
        Format::Json => read_json(text, &mut sink),
        Format::Csv => read_csv(text, &mut sink),
    };
    let Some(rows) = rows else {
        return unusable(sink, Some(format));
    };
    let inputs = check_rows(&rows, base, &mut sink);
    if inputs.is_empty() {
        sink.force(None, None, ProblemKind::NoAreaRows, Severity::Error);
        return unusable(sink, Some(format));
    }
    let file_volume: f64 = inputs
        .iter()
        .filter_map(|i| i.values.get(&Column::Volume))
        .map(|c| c.value)
        .sum();
    let national_volume: f64 = inputs
        .iter()
        .map(|i| base.areas[i.index].volume_full_year.value)
        .sum();
    let scale = file_volume / national_volume;
    if !(scale.is_finite() && scale > 0.0) {
        sink.force(None, None, ProblemKind::NoSize, Severity::Error);
        return unusable(sink, Some(format));
    }
    if inputs.len() < FEW_AREAS && inputs.len() < base.areas.len() {
        sink.force(
            None,
            None,
            ProblemKind::FewAreasForScale {
                areas: inputs.len(),
            },
            Severity::Warning,
        );
    }
    if scale > LARGE_SCALE {
        sink.force(
            None,
            None,
            ProblemKind::LargeScale { scale },
            Severity::Warning,
        );
    }

    let mut data = base.clone();
    let mut origin = Vec::with_capacity(data.areas.len());
    for (i, area) in data.areas.iter_mut().enumerate() {
        let mut o = AreaOrigin::national(&area.id, FieldOrigin::ScaledDefault);
        match inputs.iter().find(|input| input.index == i) {
            Some(input) => apply_row(area, &mut o, input, file_name),
            None => area.volume_full_year = scaled(&area.volume_full_year, scale),
        }
        origin.push(o);
    }
    scale_rest(
        &mut data,
        scale,
        "the municipality's file: its full-year citizens over the national ones of the same areas",
    );
    if let Err(e) = data.validate() {
        let line = e
            .field
            .strip_prefix("areas[")
            .and_then(|r| r.split(']').next())
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|i| origin.get(i))
            .and_then(|o| o.line);
        sink.force(
            line,
            None,
            ProblemKind::Invalid {
                field: e.field,
                message: e.message,
            },
            Severity::Error,
        );
        return unusable(sink, Some(format));
    }
    let problems = sink.finish();
    Import {
        data,
        origin,
        problems,
        scale,
        municipality: rows.municipality,
        usable: true,
        format: Some(format),
    }
}

/// The problem for a file of `size_bytes`, if it is too large to read. The
/// browser knows a file's size before reading it, so the UI can refuse a
/// huge file without loading it; [`import_file`] checks again.
pub fn size_problem(size_bytes: u64) -> Option<Problem> {
    (size_bytes > MAX_FILE_BYTES as u64).then_some(Problem {
        line: None,
        column: None,
        kind: ProblemKind::TooLarge { bytes: size_bytes },
        severity: Severity::Error,
        format: Format::Csv,
    })
}
