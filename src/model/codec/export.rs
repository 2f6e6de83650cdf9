//! Exports as CSV, for think tanks and spreadsheets: a projection in long
//! format (one row per output, area or service, and year; what
//! `prioritet-run --format csv` prints) and a comparison of scenarios (one
//! row per headline figure, one column per scenario). Numbers are written
//! in full precision with a point as decimal separator (Rust's shortest
//! round-trip form); a missing or non-finite number is an empty field.
//! Text cells (scenario names, output names, ids) that a spreadsheet would
//! read as a formula get a single quote in front ([`text_cell`]), so a saved
//! name like `=HYPERLINK(…)` shows as text and never runs.

use std::collections::HashMap;

use crate::model::analysis::compare::Comparison;
use crate::model::engine::bands::BandedProjection;
use crate::model::engine::projection::Projection;
use crate::model::engine::uncertainty::Band;

/// The header of [`projection_csv`].
pub const PROJECTION_HEADER: [&str; 8] = [
    "output", "id", "year", "central", "p10", "p50", "p90", "baseline",
];

/// A projection in long format: the header [`PROJECTION_HEADER`], then one
/// row per output (named as in [`Projection::for_each_named`]), area or
/// service id (empty for totals) and year, with the central value, the
/// p10 / p50 / p90 band (empty where the output is not banded or `bands` is
/// `None`) and the "no change" baseline.
pub fn projection_csv(
    central: &Projection,
    bands: Option<&BandedProjection>,
    baseline: &Projection,
) -> String {
    let mut band_series: HashMap<(&'static str, String), Vec<Band>> = HashMap::new();
    if let Some(b) = bands {
        b.for_each_named(&mut |name, id, s| {
            band_series.insert((name, id.to_string()), s.to_vec());
        });
    }
    // The baseline has the same shape, so its series come in the same order.
    let mut base_series: Vec<Vec<f64>> = Vec::new();
    baseline.for_each_series(&mut |s| base_series.push(s.to_vec()));

    let mut records: Vec<[String; 8]> = Vec::new();
    let mut k = 0;
    central.for_each_named(&mut |name, id, values| {
        let band = band_series.get(&(name, id.to_string()));
        let base = base_series.get(k);
        for (y, v) in values.iter().enumerate() {
            let year = central.years.get(y).copied().unwrap_or_default();
            let (p10, p50, p90) = match band.and_then(|b| b.get(y)) {
                Some(b) => (number(b.p10), number(b.p50), number(b.p90)),
                None => (String::new(), String::new(), String::new()),
            };
            let base = base.and_then(|b| b.get(y)).copied().unwrap_or(f64::NAN);
            records.push([
                text_cell(name),
                text_cell(id),
                year.to_string(),
                number(*v),
                p10,
                p50,
                p90,
                number(base),
            ]);
        }
        k += 1;
    });
    write(std::iter::once(PROJECTION_HEADER.map(String::from)).chain(records))
}

/// A comparison of scenarios: the header `metric` and one column per
/// scenario label, then one row per metric ([`Metric::id`](crate::model::analysis::compare::Metric::id))
/// with each scenario's value in the comparison year (the last of
/// [`Comparison::years`]).
pub fn comparison_csv(c: &Comparison) -> String {
    let header: Vec<String> = std::iter::once(String::from("metric"))
        .chain(c.columns.iter().map(|col| text_cell(&col.label)))
        .collect();
    let rows = c.rows.iter().map(|r| {
        std::iter::once(text_cell(r.metric.id()))
            .chain(r.values.iter().map(|v| number(*v)))
            .collect::<Vec<String>>()
    });
    write(std::iter::once(header).chain(rows))
}

/// A text cell as the exports write it. Spreadsheets read a cell starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (CSV
/// injection: `=HYPERLINK(…)` in a saved name would run when the export is
/// opened), so such a cell gets a single quote in front and shows as the
/// text it is. A plain number such as `-1.5` or `+2e3` stays as it is, a
/// number.
///
/// ```
/// use prioritet::model::codec::export::text_cell;
///
/// assert_eq!(text_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(text_cell("-1.5"), "-1.5");
/// assert_eq!(text_cell("Forebyggelse"), "Forebyggelse");
/// ```
pub fn text_cell(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !is_plain_number(cell) => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// Whether `cell` is a plain decimal number (digits, at most a sign, a
/// point and an exponent), which a spreadsheet reads as the number it is.
fn is_plain_number(cell: &str) -> bool {
    cell.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && cell.bytes().any(|b| b.is_ascii_digit())
        && cell.parse::<f64>().is_ok()
}

/// A number as the exports write it: Rust's shortest round-trip form, empty
/// when not finite.
fn number(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        String::new()
    }
}

/// Writes records as CSV (fields quoted only where needed, `\n` line ends).
/// Writing to memory cannot fail on I/O, and every record of one export has
/// the same number of fields, so the csv writer's errors cannot occur; were
/// one to, the records before it are kept (or, failing the final flush,
/// nothing).
fn write<R, F>(records: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator<Item = F>,
    F: AsRef<[u8]>,
{
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in records {
        if w.write_record(r).is_err() {
            break;
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::compare::{compare, Metric};
    use crate::model::ids::ApproachId;
    use crate::model::{project, project_baseline, project_central, DataSet, Scenario};

    fn read(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let header = r.headers().unwrap().clone();
        let rows = r.records().collect::<Result<Vec<_>, _>>().unwrap();
        (header, rows)
    }

    #[test]
    fn a_projection_reads_back_one_row_per_series_and_year() {
        let ds = DataSet::builtin();
        let s = Scenario::from_preset(&ds, ApproachId::FuturePriorities).unwrap();
        let central = project_central(&s, &ds).unwrap();
        let baseline = project_baseline(&s, &ds).unwrap();
        let bands = project(&s, &ds, 40, 3).unwrap();
        let mut series = 0;
        central.for_each_series(&mut |_| series += 1);
        let years = central.years.len();

        let (header, rows) = read(&projection_csv(&central, Some(&bands), &baseline));
        assert_eq!(header.iter().collect::<Vec<_>>(), PROJECTION_HEADER);
        assert_eq!(rows.len(), series * years);
        let last = central.overspend_dkk[years - 1];
        let row = rows
            .iter()
            .find(|r| &r[0] == "overspend_dkk" && r[2] == central.years[years - 1].to_string())
            .unwrap();
        assert_eq!(row[3].parse::<f64>().unwrap(), last);
        assert!(!row[4].is_empty() && !row[6].is_empty(), "banded");
        assert_eq!(
            row[7].parse::<f64>().unwrap(),
            baseline.overspend_dkk[years - 1]
        );
        let unit_cost = rows.iter().find(|r| &r[0] == "area.unit_cost_dkk").unwrap();
        assert!(!unit_cost[1].is_empty(), "an area id");
        assert!(unit_cost[4].is_empty(), "not banded");

        let (_, rows) = read(&projection_csv(&central, None, &baseline));
        assert_eq!(rows.len(), series * years);
        assert!(rows.iter().all(|r| r[4].is_empty() && r[5].is_empty()));
    }

    #[test]
    fn a_comparison_reads_back_one_row_per_metric() {
        let ds = DataSet::builtin();
        let c = compare(
            &[
                ("Uden ændringer".to_string(), Scenario::neutral()),
                (
                    "Min, med \"loft\"".to_string(),
                    Scenario::from_preset(&ds, ApproachId::FuturePriorities).unwrap(),
                ),
            ],
            &ds,
        )
        .unwrap();
        let (header, rows) = read(&comparison_csv(&c));
        assert_eq!(
            header.iter().collect::<Vec<_>>(),
            ["metric", "Uden ændringer", "Min, med \"loft\""]
        );
        assert_eq!(rows.len(), Metric::ALL.len());
        for (r, row) in c.rows.iter().zip(&rows) {
            assert_eq!(&row[0], r.metric.id());
            for (k, v) in r.values.iter().enumerate() {
                assert_eq!(row[k + 1].parse::<f64>().unwrap(), *v);
            }
        }
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_quoted() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x.dk\",\"klik\")",
                "'=HYPERLINK(\"http://x.dk\",\"klik\")",
            ),
            ("=1+1", "'=1+1"),
            ("+SUM(A1:A9)", "'+SUM(A1:A9)"),
            ("-2+3", "'-2+3"),
            ("-", "'-"),
            ("-inf", "'-inf"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-1.5", "-1.5"),
            ("+2e3", "+2e3"),
            ("1.5", "1.5"),
            ("Plan A = bedst", "Plan A = bedst"),
            (" =1", " =1"),
            ("", ""),
            ("Ærø 🙂", "Ærø 🙂"),
        ] {
            assert_eq!(text_cell(cell), written, "{cell:?}");
        }
    }

    #[test]
    fn exports_quote_every_text_cell_that_would_run() {
        let mut ds = DataSet::builtin();
        ds.services[0].id = "=cmd|' /C calc'!A0".to_string();
        let s = Scenario::from_preset(&ds, ApproachId::BudgetSqueeze).unwrap();
        let central = project_central(&s, &ds).unwrap();
        let baseline = project_baseline(&s, &ds).unwrap();
        let (_, rows) = read(&projection_csv(&central, None, &baseline));
        let squeeze: Vec<_> = rows
            .iter()
            .filter(|r| r[0].starts_with("squeeze."))
            .collect();
        assert!(squeeze.iter().any(|r| &r[1] == "'=cmd|' /C calc'!A0"));
        assert!(rows.iter().all(|r| !r[1].starts_with('=')));
        let c = compare(
            &[
                (
                    "=HYPERLINK(\"http://x.dk\")".to_string(),
                    Scenario::neutral(),
                ),
                ("-1.5".to_string(), Scenario::neutral()),
                ("@A1".to_string(), Scenario::neutral()),
            ],
            &DataSet::builtin(),
        )
        .unwrap();
        let (header, rows) = read(&comparison_csv(&c));
        assert_eq!(
            header.iter().collect::<Vec<_>>(),
            ["metric", "'=HYPERLINK(\"http://x.dk\")", "-1.5", "'@A1"]
        );
        assert_eq!(rows.len(), Metric::ALL.len());
    }

    #[test]
    fn numbers_are_plain_or_empty() {
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(43746761925.0), "43746761925");
        assert_eq!(number(f64::NAN), "");
        assert_eq!(number(f64::INFINITY), "");
    }

    #[test]
    fn fields_are_quoted_only_where_needed() {
        let out = write([["a", "b,c", ""], ["\"q\"", "", "x"]]);
        assert_eq!(out, "a,\"b,c\",\n\"\"\"q\"\"\",,x\n");
    }
}
