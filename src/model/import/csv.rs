//! CSV: finds the delimiter and the header line, maps the headers to
//! columns and reads each record into a raw row, with its file line.

use std::rc::Rc;

use super::columns::Column;
use super::numbers::Decimal;
use super::problems::Sink;
use super::rows::{note_municipality, RawField, RawRow, RawValue, Rows};
use super::types::{ProblemKind, Severity, MAX_ROWS};

/// How many records are searched for the header line.
const HEADER_SEARCH: usize = 20;

/// Line numbers from byte offsets. The csv reader's own record line is
/// taken before the line break it skips (so it is one short after `\r\n`
/// and blank lines); this counts `\n`, `\r\n` and a lone `\r` as one break
/// each, from the record's first byte.
struct LineCounter<'a> {
    text: &'a [u8],
    pos: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            pos: 0,
            line: 1,
        }
    }

    /// The line of the record starting at `byte` (offsets must not go
    /// backwards).
    fn line_at(&mut self, byte: u64) -> usize {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        while self.pos < start {
            match self.text[self.pos] {
                b'\n' => self.line += 1,
                b'\r' if self.text.get(self.pos + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.pos += 1;
        }
        self.line
    }
}

fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
}

/// The first `limit` non-blank physical lines with their numbers, split at
/// `delimiter` outside double quotes: enough to find the header, and
/// cheaper than a csv reader per candidate delimiter.
fn first_lines(text: &str, delimiter: char, limit: usize) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut rest = text;
    while out.len() < limit && !rest.is_empty() {
        let end = rest
            .bytes()
            .position(|b| b == b'\r' || b == b'\n')
            .unwrap_or(rest.len());
        let (this, after) = rest.split_at(end);
        if !this.trim().is_empty() {
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut quoted = false;
            for c in this.chars() {
                match c {
                    '"' => {
                        quoted = !quoted;
                        cell.push(c);
                    }
                    c if c == delimiter && !quoted => {
                        cells.push(clean_cell(&std::mem::take(&mut cell)))
                    }
                    c => cell.push(c),
                }
            }
            cells.push(clean_cell(&cell));
            out.push((line, cells));
        }
        rest = after
            .strip_prefix("\r\n")
            .or_else(|| after.strip_prefix('\n'))
            .or_else(|| after.strip_prefix('\r'))
            .unwrap_or(after);
        line += 1;
    }
    out
}

/// A cell without surrounding blanks or stray quotes (`  "abc" ` is `abc`).
fn clean_cell(cell: &str) -> String {
    let t = cell.trim();
    let t = match t.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(inner) if !inner.contains('"') => inner.trim(),
        _ => t,
    };
    t.to_string()
}

fn header_score(cells: &[String]) -> usize {
    let mut seen: Vec<Column> = cells
        .iter()
        .filter_map(|c| Column::from_header(c))
        .collect();
    seen.sort();
    seen.dedup();
    seen.len()
}

/// The column each header cell names (`None` for unknown, empty or
/// repeated ones, which get a warning), or the missing required columns.
fn map_header(
    header: &[String],
    line: usize,
    sink: &mut Sink,
) -> Result<Vec<Option<Column>>, Vec<&'static str>> {
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    for cell in header {
        match Column::from_header(cell) {
            Some(c) if columns.contains(&Some(c)) => {
                sink.warn(Some(line), Some(cell), ProblemKind::DuplicateColumn);
                columns.push(None);
            }
            Some(c) => columns.push(Some(c)),
            None => {
                if !cell.is_empty() {
                    sink.warn(Some(line), Some(cell), ProblemKind::UnknownColumn);
                }
                columns.push(None);
            }
        }
    }
    let missing: Vec<&'static str> = Column::ALL
        .into_iter()
        .filter(|c| c.required() && !columns.contains(&Some(*c)))
        .map(Column::header)
        .collect();
    if missing.is_empty() {
        Ok(columns)
    } else {
        Err(missing)
    }
}

pub(super) fn read_csv(text: &str, sink: &mut Sink) -> Option<Rows> {
    // An Excel `sep=;` first line names the delimiter.
    let first = text.lines().next().unwrap_or("").trim();
    let forced = first
        .strip_prefix("sep=")
        .or_else(|| first.strip_prefix("SEP="))
        .and_then(|s| {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii() => Some(c as u8),
                _ => None,
            }
        });
    let candidates: Vec<u8> = match forced {
        Some(d) => vec![d],
        None => vec![b';', b'\t', b',', b'|'],
    };
    // The delimiter and header line that name the most known columns.
    let mut best: Option<(usize, u8, usize)> = None; // (score, delimiter, line)
    for &d in &candidates {
        for (line, cells) in first_lines(text, char::from(d), HEADER_SEARCH) {
            let score = header_score(&cells);
            if score > 0 && best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, d, line));
            }
        }
    }
    let Some((_, delimiter, header_line)) = best else {
        sink.error(
            Some(1),
            None,
            ProblemKind::MissingColumns {
                columns: Column::ALL
                    .into_iter()
                    .filter(|c| c.required())
                    .map(Column::header)
                    .collect(),
            },
        );
        return None;
    };

    // One pass over the records: lines before the header, the header, the
    // rows. Blank rows cost no allocation.
    let mut reader = csv_reader(text, delimiter);
    let mut lines = LineCounter::new(text);
    let mut record = csv::StringRecord::new();
    let mut header: Vec<Rc<str>> = Vec::new();
    let mut columns: Vec<Option<Column>> = Vec::new();
    let mut expected = 0;
    let mut rows = Vec::new();
    let mut municipality: Option<String> = None;
    let mut unnamed_warned = false;
    let mut municipality_warned = false;
    let mut header_seen = false;
    while matches!(reader.read_record(&mut record), Ok(true)) {
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        let blank = record.iter().all(|c| c.trim().is_empty());
        if line < header_line {
            let sep_line = record.len() <= 2
                && record
                    .get(0)
                    .is_some_and(|c| c.trim().to_ascii_lowercase().starts_with("sep="));
            if !blank && !sep_line {
                sink.warn(Some(line), None, ProblemKind::LineBeforeHeader);
            }
            continue;
        }
        if !header_seen {
            header_seen = true;
            let cells: Vec<String> = record.iter().map(clean_cell).collect();
            columns = match map_header(&cells, line, sink) {
                Ok(c) => c,
                Err(missing) => {
                    sink.error(
                        Some(line),
                        None,
                        ProblemKind::MissingColumns { columns: missing },
                    );
                    return None;
                }
            };
            // Empty header cells at the end (a spreadsheet's `;;`) do not
            // count.
            expected = cells
                .iter()
                .rposition(|h| !h.is_empty())
                .map_or(0, |p| p + 1);
            header = cells.into_iter().map(Rc::from).collect();
            continue;
        }
        if blank {
            continue;
        }
        if rows.len() >= MAX_ROWS {
            sink.force(
                Some(line),
                None,
                ProblemKind::TooManyRows { limit: MAX_ROWS },
                Severity::Error,
            );
            break;
        }
        let n = record.len();
        let extra_filled = record.iter().skip(expected).any(|c| !c.trim().is_empty());
        if n < expected || extra_filled {
            sink.error(
                Some(line),
                None,
                ProblemKind::FieldCount {
                    found: n,
                    expected,
                    delimiter: char::from(delimiter),
                },
            );
            continue;
        }
        let mut fields = Vec::new();
        for (k, cell) in record.iter().enumerate().take(expected) {
            let cell = clean_cell(cell);
            match columns.get(k).copied().flatten() {
                Some(column) => fields.push(RawField {
                    column,
                    header: header[k].clone(),
                    line: Some(line),
                    value: if cell.is_empty() {
                        RawValue::Empty
                    } else {
                        RawValue::Text(cell)
                    },
                }),
                None if header[k].is_empty() && !cell.is_empty() && !unnamed_warned => {
                    sink.warn(
                        Some(line),
                        Some(&format!("#{}", k + 1)),
                        ProblemKind::UnnamedColumn,
                    );
                    unnamed_warned = true;
                }
                None => {}
            }
        }
        let row = RawRow {
            line: Some(line),
            fields,
        };
        if let Some(f) = row.get(Column::Municipality) {
            if let RawValue::Text(name) = &f.value {
                note_municipality(
                    &mut municipality,
                    name,
                    f.line,
                    &f.header,
                    &mut municipality_warned,
                    sink,
                );
            }
        }
        rows.push(row);
    }
    Some(Rows {
        rows,
        default_decimal: if delimiter == b',' {
            Decimal::Point
        } else {
            Decimal::Comma
        },
        municipality,
    })
}
