//! Rows, whatever the format: the raw rows the CSV and JSON readers
//! yield, and how each row is checked (area id, numbers, plausible ranges,
//! evidence, growth order) into the area inputs the data set is built from.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::model::data::dataset::{Area, DataSet, Evidence};

use super::bounds::{bounds, national_value};
use super::columns::{normalize, Column};
use super::numbers::{cell_decimal, number_text, parse_number, Decimal, NumberError, ParsedNumber};
use super::problems::{shorten, Sink};
use super::types::{ProblemKind, Severity};

#[derive(Clone, Debug)]
pub(super) enum RawValue {
    Text(String),
    Number(f64),
    Empty,
    Other(&'static str),
}

impl RawValue {
    pub(super) fn is_empty(&self) -> bool {
        match self {
            RawValue::Empty => true,
            RawValue::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

#[derive(Clone, Debug)]
pub(super) struct RawField {
    pub(super) column: Column,
    pub(super) header: Rc<str>,
    pub(super) line: Option<usize>,
    pub(super) value: RawValue,
}

#[derive(Clone, Debug)]
pub(super) struct RawRow {
    pub(super) line: Option<usize>,
    pub(super) fields: Vec<RawField>,
}

impl RawRow {
    pub(super) fn get(&self, c: Column) -> Option<&RawField> {
        self.fields.iter().find(|f| f.column == c)
    }
}

/// What a reader yields before the values are checked.
pub(super) struct Rows {
    pub(super) rows: Vec<RawRow>,
    pub(super) default_decimal: Decimal,
    pub(super) municipality: Option<String>,
}

/// One value read from the file, with where it was.
#[derive(Clone, Debug)]
pub(super) struct Cell {
    pub(super) value: f64,
    pub(super) line: Option<usize>,
    pub(super) header: Rc<str>,
}

/// A checked area row.
#[derive(Clone, Debug)]
pub(super) struct AreaInput {
    pub(super) index: usize,
    pub(super) line: Option<usize>,
    pub(super) values: BTreeMap<Column, Cell>,
    pub(super) evidence: Option<Evidence>,
}

/// Reads an evidence category in Danish (Medicinrådet's words) or English.
pub fn parse_evidence(text: &str) -> Option<Evidence> {
    let n = normalize(text);
    let n = n.strip_suffix("_mervaerdi").unwrap_or(&n);
    let n = n.strip_suffix("_added_value").unwrap_or(n);
    Some(match n {
        "stor" | "large" => Evidence::Large,
        "moderat" | "moderate" => Evidence::Moderate,
        "lille" | "small" => Evidence::Small,
        "ingen" | "none" => Evidence::None,
        "negativ" | "negative" => Evidence::Negative,
        "ukendt" | "unknown" | "ikke_dokumenterbar" | "uafklaret" => Evidence::Unknown,
        _ => return None,
    })
}

/// The Danish word for an evidence category, as the templates write it.
pub fn evidence_word(e: Evidence) -> &'static str {
    match e {
        Evidence::Large => "stor",
        Evidence::Moderate => "moderat",
        Evidence::Small => "lille",
        Evidence::None => "ingen",
        Evidence::Negative => "negativ",
        Evidence::Unknown => "ukendt",
    }
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The area a written id means: exact, or equal after [`normalize`];
/// `ids` holds each area's id and its normalized form.
fn find_area(ids: &[(String, String)], id: &str) -> Option<usize> {
    let id = id.trim();
    ids.iter().position(|(a, _)| a == id).or_else(|| {
        let n = normalize(id);
        ids.iter().position(|(_, a)| *a == n)
    })
}

/// A likely intended id: a name that matches, or an id within a few edits.
fn suggest_area(base: &DataSet, id: &str) -> Option<String> {
    if id.chars().count() > 80 {
        return None;
    }
    let n = normalize(id);
    if n.is_empty() {
        return None;
    }
    if let Some(a) = base
        .areas
        .iter()
        .find(|a| normalize(&a.name.da) == n || normalize(&a.name.en) == n)
    {
        return Some(a.id.clone());
    }
    base.areas
        .iter()
        .map(|a| (levenshtein(&n, &a.id), a))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a.id.clone())
}

/// Checks every row; returns the usable ones.
pub(super) fn check_rows(rows: &Rows, base: &DataSet, sink: &mut Sink) -> Vec<AreaInput> {
    // The file's decimal convention: what its unambiguous numbers use,
    // else the reader's default.
    let (mut commas, mut points) = (0usize, 0usize);
    for f in rows.rows.iter().flat_map(|r| &r.fields) {
        if let (true, RawValue::Text(t)) = (f.column.numeric(), &f.value) {
            match cell_decimal(t) {
                Some(Decimal::Comma) => commas += 1,
                Some(Decimal::Point) => points += 1,
                None => {}
            }
        }
    }
    let decimal = if commas > points {
        Decimal::Comma
    } else if points > commas {
        Decimal::Point
    } else {
        rows.default_decimal
    };
    if commas > 0 && points > 0 {
        sink.warn(None, None, ProblemKind::MixedDecimalSeparators);
    }

    let known: Vec<String> = base.areas.iter().map(|a| a.id.clone()).collect();
    let ids: Vec<(String, String)> = known.iter().map(|id| (id.clone(), normalize(id))).collect();
    let mut claimed: BTreeMap<usize, Option<usize>> = BTreeMap::new();
    let mut out = Vec::new();
    let mut population_warned = false;
    for row in &rows.rows {
        if let (false, Some(f)) = (population_warned, row.get(Column::Population)) {
            if !f.value.is_empty() {
                sink.warn(f.line, Some(&f.header), ProblemKind::PopulationNotUsed);
                population_warned = true;
            }
        }
        let has_values = row
            .fields
            .iter()
            .any(|f| f.column.is_value() && !f.value.is_empty());
        let id_field = row.get(Column::AreaId);
        let id_header = id_field.map_or(Column::AreaId.header(), |f| &*f.header);
        let id_line = id_field.and_then(|f| f.line).or(row.line);
        let id_text = match id_field.map(|f| &f.value) {
            Some(RawValue::Text(t)) if !t.trim().is_empty() => t.trim().to_string(),
            Some(RawValue::Number(n)) => number_text(*n),
            Some(RawValue::Other(found)) => {
                sink.error(id_line, Some(id_header), ProblemKind::WrongType { found });
                continue;
            }
            _ => {
                if has_values {
                    sink.error(id_line, Some(id_header), ProblemKind::MissingValue);
                }
                continue;
            }
        };
        let Some(index) = find_area(&ids, &id_text) else {
            // Working out a suggestion costs; only for problems listed.
            if sink.full() {
                sink.count(Severity::Error);
            } else {
                sink.error(
                    id_line,
                    Some(id_header),
                    ProblemKind::UnknownArea {
                        id: shorten(&id_text),
                        suggestion: suggest_area(base, &id_text),
                        known: known.clone(),
                    },
                );
            }
            continue;
        };
        if let Some(first_line) = claimed.get(&index) {
            sink.error(
                row.line,
                Some(id_header),
                ProblemKind::DuplicateArea {
                    id: base.areas[index].id.clone(),
                    first_line: *first_line,
                },
            );
            continue;
        }
        claimed.insert(index, row.line);
        if !has_values {
            sink.warn(row.line, Some(id_header), ProblemKind::RowWithoutValues);
            continue;
        }
        if let Some(input) = check_row(row, index, base, decimal, sink) {
            out.push(input);
        }
    }
    out
}

/// Checks one row's values; `None` (with the errors pushed) if any fails.
fn check_row(
    row: &RawRow,
    index: usize,
    base: &DataSet,
    decimal: Decimal,
    sink: &mut Sink,
) -> Option<AreaInput> {
    let national = &base.areas[index];
    let mut ok = true;
    let mut values = BTreeMap::new();
    let mut evidence = None;
    // A row's warnings are listed only if the row is used.
    let mut warnings: Vec<(Option<usize>, Rc<str>, ProblemKind)> = Vec::new();
    for column in Column::ALL {
        let field = row.get(column);
        if !column.is_value() {
            continue;
        }
        let (line, header) = match field {
            Some(f) => (f.line.or(row.line), f.header.clone()),
            None => (row.line, Rc::from(column.header())),
        };
        let value = field.map_or(&RawValue::Empty, |f| &f.value);
        if value.is_empty() {
            if column.required() {
                sink.error(line, Some(&header), ProblemKind::MissingValue);
                ok = false;
            }
            continue;
        }
        if let RawValue::Other(found) = value {
            sink.error(line, Some(&header), ProblemKind::WrongType { found });
            ok = false;
            continue;
        }
        if column == Column::Evidence {
            let text = match value {
                RawValue::Text(t) => t.clone(),
                RawValue::Number(n) => number_text(*n),
                _ => String::new(),
            };
            match parse_evidence(&text) {
                Some(e) => evidence = Some(e),
                None => {
                    sink.error(
                        line,
                        Some(&header),
                        ProblemKind::UnknownEvidence {
                            text: shorten(&text),
                        },
                    );
                    ok = false;
                }
            }
            continue;
        }
        let parsed = match value {
            RawValue::Number(n) => ParsedNumber {
                value: *n,
                percent: false,
            },
            RawValue::Text(t) => match parse_number(t, decimal, column.accepts_percent()) {
                Ok(p) => p,
                Err(NumberError::NotANumber) => {
                    sink.error(
                        line,
                        Some(&header),
                        ProblemKind::NotANumber { text: shorten(t) },
                    );
                    ok = false;
                    continue;
                }
                Err(NumberError::PercentNotAllowed) => {
                    sink.error(
                        line,
                        Some(&header),
                        ProblemKind::PercentNotAllowed { text: shorten(t) },
                    );
                    ok = false;
                    continue;
                }
            },
            _ => continue,
        };
        let Some(b) = bounds(column, national) else {
            continue;
        };
        let v = parsed.value;
        if !(b.hard_min..=b.hard_max).contains(&v) {
            // A bare 2.5 in a rate column or 57 in a share column was likely
            // meant as a percentage.
            let percent_hint = column.accepts_percent()
                && !parsed.percent
                && (b.hard_min * 100.0..=b.hard_max * 100.0).contains(&v);
            sink.error(
                line,
                Some(&header),
                ProblemKind::OutOfRange {
                    value: v,
                    quantity: column.quantity(),
                    min: b.hard_min,
                    max: b.hard_max,
                    percent_hint,
                },
            );
            ok = false;
            continue;
        }
        if column == Column::Volume && v == 0.0 {
            warnings.push((line, header.clone(), ProblemKind::ZeroVolume));
        } else if !(b.typical_min..=b.typical_max).contains(&v) {
            warnings.push((
                line,
                header.clone(),
                ProblemKind::Unusual {
                    value: v,
                    quantity: column.quantity(),
                    typical_min: b.typical_min,
                    typical_max: b.typical_max,
                    national: national_value(column, national),
                },
            ));
        }
        values.insert(
            column,
            Cell {
                value: v,
                line,
                header,
            },
        );
    }
    if ok && (values.contains_key(&Column::GrowthLow) || values.contains_key(&Column::GrowthHigh)) {
        let (low, central, high) = growth_of(&values, national);
        if !(low <= central && central <= high) {
            sink.error(
                row.line,
                None,
                ProblemKind::GrowthOrder { low, central, high },
            );
            ok = false;
        }
    }
    if ok {
        for (line, header, kind) in warnings {
            sink.warn(line, Some(&header), kind);
        }
    }
    ok.then_some(AreaInput {
        index,
        line: row.line,
        values,
        evidence,
    })
}

/// Low, central and high growth: the file's where given; a missing central
/// is the national one; a missing low or high keeps the national distance
/// from the central (within the model's −50 %..+50 %).
pub(super) fn growth_of(values: &BTreeMap<Column, Cell>, national: &Area) -> (f64, f64, f64) {
    let g = &national.growth_per_year;
    let central = values
        .get(&Column::Growth)
        .map_or(g.central.value, |c| c.value);
    let low = values
        .get(&Column::GrowthLow)
        .map_or((central - (g.central.value - g.low.value)).max(-0.5), |c| {
            c.value
        });
    let high = values
        .get(&Column::GrowthHigh)
        .map_or((central + (g.high.value - g.central.value)).min(0.5), |c| {
            c.value
        });
    (low, central, high)
}

pub(super) fn note_municipality(
    current: &mut Option<String>,
    name: &str,
    line: Option<usize>,
    header: &str,
    warned: &mut bool,
    sink: &mut Sink,
) {
    let name = shorten(name);
    if name.is_empty() {
        return;
    }
    match current {
        None => *current = Some(name),
        Some(first) if *first != name && !*warned => {
            sink.warn(
                line,
                Some(header),
                ProblemKind::MunicipalityDiffers {
                    first: first.clone(),
                    found: name,
                },
            );
            *warned = true;
        }
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_words() {
        assert_eq!(parse_evidence("Moderat merværdi"), Some(Evidence::Moderate));
        assert_eq!(parse_evidence("unknown"), Some(Evidence::Unknown));
        assert_eq!(parse_evidence("god"), None);
        for e in [
            Evidence::Large,
            Evidence::Moderate,
            Evidence::Small,
            Evidence::None,
            Evidence::Negative,
            Evidence::Unknown,
        ] {
            assert_eq!(parse_evidence(evidence_word(e)), Some(e));
        }
    }
}
