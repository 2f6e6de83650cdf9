//! Reading one Statistikbanken extract: the bytes as text (BOM, CRLF,
//! Latin-1), the header row of variable codes that says which table it is
//! (`OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD` for REGK31 and
//! BUDK32, `OMRÅDE;<service type>;TID;INDHOLD` for HAND01,
//! `OMRÅDE;<place>;[ALDER;][KØN;]TID;INDHOLD` for ANBAAR,
//! `OMRÅDE;...;TID;INDHOLD` for FOLK1A), and each row's values as labels
//! (`5.38.50 Botilbud ...`, `Hele landet`) or codes (`53850`, `000`), with
//! ".." for a suppressed figure.

use crate::model::ids::StatTable;
use crate::model::import::{parse_number, Decimal, Severity};

use super::super::decode::decode;
use super::super::problems::Sink;
use super::catalogue::{municipalities, service, COUNTRY_CODE, COUNT_TABLES};
use super::types::{StatProblem, StatProblemKind};

/// Where a row's figure is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// "Hele landet" (`000`).
    Country,
    /// A municipality, by code.
    Municipality(u16),
    /// A region or a name not known.
    Other(String),
}

/// A figure, or ".." (suppressed, not published).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Value {
    /// The figure as written (1,000 kr. or inhabitants).
    Number(f64),
    /// Suppressed or not available ("..", ".", empty).
    Suppressed,
}

/// One data row that passed the filters (net operating spending in
/// current prices, or total population).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Row {
    /// 1-based line in the file.
    pub line: usize,
    /// Whom the figure is for.
    pub place: Place,
    /// The function as `5.38.50` (finance tables only).
    pub function: Option<String>,
    /// The function's label as written, if labels; for a table of counts
    /// the category as written (HAND01's service type, ANBAAR's place;
    /// label or code).
    pub function_label: String,
    /// The year.
    pub year: i32,
    /// The period as written (`2023`, `2024K1`).
    pub period: String,
    /// The figure.
    pub value: Value,
}

/// One file read.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Extract {
    /// The table.
    pub table: StatTable,
    /// Labels rather than codes.
    pub labels: bool,
    /// Data rows read, before the filters.
    pub rows_read: usize,
    /// The rows that passed the filters.
    pub rows: Vec<Row>,
    /// The value column's header as written.
    pub value_column: String,
}

/// The header's variable code, compared without case, quotes or blanks.
fn variable(cell: &str) -> String {
    let v = cell.trim().trim_matches('"').trim().to_uppercase();
    match v.as_str() {
        // ANBAAR12 names its municipality column ADMKOM
        // (administrationskommune); it is read as OMRÅDE.
        "OMRAADE" | "OMRADE" | "AREA" | "REGION" | "ADMKOM" => "OMRÅDE".into(),
        "KOEN" | "KON" | "SEX" => "KØN".into(),
        "TIME" => "TID".into(),
        _ => v,
    }
}

/// The cells of one line, split on `delimiter` outside double quotes.
pub(super) fn split(line: &str, delimiter: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => out.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    out.push(cell);
    out.into_iter().map(|c| c.trim().to_string()).collect()
}

fn delimiter_of(line: &str) -> char {
    [';', '\t', ',']
        .into_iter()
        .find(|d| line.contains(*d))
        .unwrap_or(';')
}

/// A name compared without case, blanks or " Kommune".
fn name_key(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s.strip_suffix(" kommune").unwrap_or(&s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `OMRÅDE` as a place: a code (`101`, `0101`, `000`) or a label.
pub(super) fn place(cell: &str) -> Place {
    let c = cell.trim();
    if !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit()) {
        return match c.parse::<u16>() {
            Ok(COUNTRY_CODE) => Place::Country,
            Ok(n) if municipalities().iter().any(|m| m.code == n) => Place::Municipality(n),
            _ => Place::Other(c.to_string()),
        };
    }
    let key = name_key(c);
    if key == "hele landet" || key == "all denmark" {
        return Place::Country;
    }
    // A label may start with its code: "101 København".
    let (head, tail) = c.split_once(' ').unwrap_or((c, ""));
    if head.chars().all(|ch| ch.is_ascii_digit()) && !head.is_empty() && !tail.is_empty() {
        return place(head);
    }
    match municipalities().iter().find(|m| name_key(&m.name) == key) {
        Some(m) => Place::Municipality(m.code),
        None => Place::Other(c.to_string()),
    }
}

/// `FUNKTION` as `5.38.50`: from a label (`5.38.50 Botilbud ...`) or a
/// code (`53850`). `None` for a sum of functions (`5.38 Tilbud ...`,
/// `538`) or anything else.
pub(super) fn function(cell: &str) -> Option<String> {
    let head = cell.split_whitespace().next().unwrap_or("");
    let digits: String = head.chars().filter(char::is_ascii_digit).collect();
    let shape_ok = head.chars().all(|c| c.is_ascii_digit() || c == '.') && digits.len() == 5;
    if !shape_ok {
        return None;
    }
    if head.contains('.') {
        let parts: Vec<&str> = head.split('.').collect();
        if parts.len() != 3 || parts[0].len() != 1 || parts[1].len() != 2 || parts[2].len() != 2 {
            return None;
        }
    }
    Some(format!(
        "{}.{}.{}",
        &digits[0..1],
        &digits[1..3],
        &digits[3..5]
    ))
}

/// The year of a `TID` value: `2023`, `2024K1`, `2024M01`.
fn year(cell: &str) -> Option<i32> {
    let c = cell.trim();
    let y: i32 = c.get(0..4)?.parse().ok()?;
    let rest = &c[4..];
    let ok_rest = rest.is_empty()
        || (rest.len() >= 2
            && matches!(rest.as_bytes()[0], b'K' | b'M' | b'Q')
            && rest[1..].chars().all(|ch| ch.is_ascii_digit()));
    ((1900..=2100).contains(&y) && ok_rest).then_some(y)
}

/// Whether a breakdown's value is the one used: operating accounts, net,
/// current prices in 1,000 kr., or a total.
fn accepted(variable: &str, cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    match variable {
        "DRANST" => c == "1" || c.starts_with("1 ") || c.contains("driftskonti"),
        "ART" => c == "tot" || c.starts_with("i alt"),
        "PRISENHED" => c == "lobm" || c.contains("1.000 kr") || c.starts_with("løbende priser"),
        "KØN" | "ALDER" | "CIVILSTAND" => is_total(&c),
        _ => true,
    }
}

/// The code of the total over a table of counts' categories (ANBAAR12's
/// `0`, "I alt"; HAND01's codes are five digits and have no total).
const ALL_CATEGORIES_CODE: &str = "0";

/// A total ("I alt", "Alder i alt", "Køn i alt", `TOT`), skipped as a
/// category and the one row used of a breakdown.
fn is_total(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    c == "tot" || c == "ialt" || c.starts_with("i alt") || c.ends_with(" i alt")
}

/// Breakdowns a table of counts may have beside its category (ANBAAR's
/// age and sex): only their totals are used.
const COUNT_BREAKDOWNS: [&str; 2] = ["ALDER", "KØN"];

/// The table of counts the file is, and its category column: the header
/// has `OMRÅDE`, `TID`, the value, perhaps `ALDER`/`KØN`, and exactly one
/// more column, and the file name says `HAND01` or `ANBAAR`, or that
/// column's code contains a table's hint (`YDELS`, `ANBRINGELSE`,
/// `ANBSTED`), or one of its first 50 values is a
/// category a table's mapping knows. HAND01 and ANBAAR have the same shape,
/// so the file name decides first, then which mapping more of the values
/// match, then the column's code, then the form of `TID` (quarters are
/// HAND01, years ANBAAR). A file name naming another HAND table is none.
fn count_column(
    header: &[String],
    upper_name: &str,
    rows: &[(usize, &str)],
    delimiter: char,
) -> Option<(StatTable, usize)> {
    if upper_name.contains("HAND") && !upper_name.contains("HAND01") {
        return None;
    }
    let value_col = header
        .iter()
        .position(|h| h == "INDHOLD")
        .unwrap_or(header.len().saturating_sub(1));
    let time_col = header.iter().position(|h| h == "TID")?;
    let extra: Vec<usize> = (0..header.len())
        .filter(|&i| {
            let h = header[i].as_str();
            i != value_col
                && !["OMRÅDE", "TID", "INDHOLD"].contains(&h)
                && !COUNT_BREAKDOWNS.contains(&h)
        })
        .collect();
    let &[i] = extra.as_slice() else {
        return None;
    };
    if let Some(c) = COUNT_TABLES
        .iter()
        .find(|c| upper_name.contains(c.table.as_str()))
    {
        return Some((c.table, i));
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .take(50)
        .map(|(_, l)| split(l, delimiter))
        .collect();
    let matches = |t: StatTable| {
        cells
            .iter()
            .filter(|r| r.get(i).is_some_and(|c| service(t, c).is_some()))
            .count()
    };
    let hinted = |t: StatTable| {
        COUNT_TABLES
            .iter()
            .any(|c| c.table == t && c.column_hints.iter().any(|h| header[i].contains(h)))
    };
    let evidence: Vec<(StatTable, usize, bool)> = COUNT_TABLES
        .iter()
        .map(|c| (c.table, matches(c.table), hinted(c.table)))
        .filter(|&(_, n, hint)| n > 0 || hint)
        .collect();
    let most = evidence.iter().map(|e| e.1).max()?;
    let by_values: Vec<&(StatTable, usize, bool)> =
        evidence.iter().filter(|e| e.1 == most).collect();
    let by_code: Vec<StatTable> = by_values.iter().filter(|e| e.2).map(|e| e.0).collect();
    let by_values: Vec<StatTable> = by_values.iter().map(|e| e.0).collect();
    let table = match (by_values.as_slice(), by_code.as_slice()) {
        ([only], _) | (_, [only]) => *only,
        _ => {
            // The form of the first time: a quarter or a year.
            let first = cells.iter().find_map(|r| r.get(time_col))?;
            COUNT_TABLES
                .iter()
                .find(|c| c.period.slot(first).is_some())?
                .table
        }
    };
    Some((table, i))
}

/// Reads one file. `problems` gets every problem found, with the file's
/// name; `None` when the file is not an extract this app reads.
pub(super) fn read_extract(
    bytes: &[u8],
    file_name: &str,
    problems: &mut Vec<StatProblem>,
) -> Option<Extract> {
    let problem = |line: Option<usize>, column: Option<&str>, kind, severity| StatProblem {
        file: file_name.to_string(),
        line,
        column: column.map(str::to_string),
        kind,
        severity,
    };
    let mut sink = Sink::new();
    let decoded = decode(bytes, &mut sink);
    for p in sink.finish() {
        problems.push(problem(
            None,
            None,
            StatProblemKind::Decoding(p.kind),
            p.severity,
        ));
    }
    let text = decoded?;
    let text = text.trim_start_matches('\u{feff}');
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    if lines.is_empty() {
        problems.push(problem(
            None,
            None,
            StatProblemKind::Decoding(crate::model::import::ProblemKind::Empty),
            Severity::Error,
        ));
        return None;
    }
    let header_at = lines.iter().take(10).position(|(_, l)| {
        let d = delimiter_of(l);
        let vars: Vec<String> = split(l, d).iter().map(|c| variable(c)).collect();
        vars.iter().any(|v| v == "INDHOLD")
            || (vars.iter().any(|v| v == "OMRÅDE") && vars.iter().any(|v| v == "TID"))
    });
    let Some(header_at) = header_at else {
        let first: String = lines[0].1.chars().take(80).collect();
        problems.push(problem(
            Some(lines[0].0),
            None,
            StatProblemKind::NotStatbank { header: first },
            Severity::Error,
        ));
        return None;
    };
    if header_at > 0 {
        problems.push(problem(
            Some(lines[0].0),
            None,
            StatProblemKind::LinesBeforeHeader { count: header_at },
            Severity::Warning,
        ));
    }
    let (header_line, header_text) = lines[header_at];
    let delimiter = delimiter_of(header_text);
    let raw_header = split(header_text, delimiter);
    let header: Vec<String> = raw_header.iter().map(|c| variable(c)).collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let upper_name = file_name.to_uppercase();
    let finance = col("FUNKTION").is_some();
    // The header is not one of a table this app reads.
    let not_statbank = |problems: &mut Vec<StatProblem>| {
        problems.push(problem(
            Some(header_line),
            None,
            StatProblemKind::NotStatbank {
                header: header_text.chars().take(80).collect(),
            },
            Severity::Error,
        ));
    };
    let (Some(place_col), Some(time_col)) = (col("OMRÅDE"), col("TID")) else {
        not_statbank(problems);
        return None;
    };
    // The value is the last column (INDHOLD) unless it is named elsewhere.
    let value_col = col("INDHOLD").unwrap_or(header.len() - 1);
    let population_vars = ["KØN", "ALDER", "CIVILSTAND"];
    let counted = count_column(&header, &upper_name, &lines[header_at + 1..], delimiter);
    let service_col = counted.map(|(_, i)| i);
    let known_population = header.iter().all(|h| {
        ["OMRÅDE", "TID", "INDHOLD"].contains(&h.as_str()) || population_vars.contains(&h.as_str())
    });
    let table = if finance {
        if upper_name.contains("BUDK") {
            StatTable::Budk32
        } else {
            if !upper_name.contains("REGK") {
                problems.push(problem(
                    None,
                    None,
                    StatProblemKind::AssumedAccounts,
                    Severity::Warning,
                ));
            }
            StatTable::Regk31
        }
    } else if let Some((t, _)) = counted {
        t
    } else if known_population || upper_name.contains("FOLK1") {
        StatTable::Folk1a
    } else {
        not_statbank(problems);
        return None;
    };
    let filters: Vec<(usize, &str)> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            ["DRANST", "ART", "PRISENHED"].contains(&h.as_str())
                || population_vars.contains(&h.as_str())
        })
        .map(|(i, h)| (i, h.as_str()))
        .collect();
    let function_col = col("FUNKTION");
    let label_col = function_col.or(service_col);
    let mut out = Extract {
        table,
        labels: false,
        rows_read: 0,
        rows: Vec::new(),
        value_column: raw_header
            .get(value_col)
            .cloned()
            .unwrap_or_else(|| "INDHOLD".into()),
    };
    let mut skipped = 0;
    for &(line, text) in &lines[header_at + 1..] {
        out.rows_read += 1;
        let cells = split(text, delimiter);
        if cells.len() != header.len() {
            problems.push(problem(
                Some(line),
                None,
                StatProblemKind::FieldCount {
                    expected: header.len(),
                    found: cells.len(),
                },
                Severity::Error,
            ));
            continue;
        }
        if !filters.iter().all(|&(i, v)| accepted(v, &cells[i])) {
            skipped += 1;
            continue;
        }
        let Some(year) = year(&cells[time_col]) else {
            problems.push(problem(
                Some(line),
                raw_header.get(time_col).map(String::as_str),
                StatProblemKind::NotAYear {
                    value: cells[time_col].chars().take(40).collect(),
                },
                Severity::Error,
            ));
            continue;
        };
        let (function, function_label) = match (function_col, label_col) {
            (Some(i), _) => {
                let f = function(&cells[i]);
                if f.is_none() {
                    skipped += 1;
                    continue;
                }
                (f, cells[i].clone())
            }
            (None, Some(i)) => {
                if is_total(&cells[i]) || cells[i].trim() == ALL_CATEGORIES_CODE {
                    skipped += 1;
                    continue;
                }
                (None, cells[i].clone())
            }
            (None, None) => (None, String::new()),
        };
        let place_cell = &cells[place_col];
        if !place_cell.chars().all(|c| c.is_ascii_digit())
            || function_label.chars().any(char::is_alphabetic)
        {
            out.labels = true;
        }
        let raw = cells[value_col].trim();
        let value = match raw {
            ".." | "." | "" => Value::Suppressed,
            "-" => Value::Number(0.0),
            // Danish numbers (`1.234,5`), else a decimal point (`1234.5`).
            _ => match parse_number(raw, Decimal::Comma, false)
                .or_else(|_| parse_number(raw, Decimal::Point, false))
            {
                Ok(n) => Value::Number(n.value),
                Err(_) => {
                    problems.push(problem(
                        Some(line),
                        Some(&out.value_column),
                        StatProblemKind::NotANumber {
                            value: raw.chars().take(40).collect(),
                        },
                        Severity::Error,
                    ));
                    continue;
                }
            },
        };
        out.rows.push(Row {
            line,
            place: place(place_cell),
            function,
            function_label,
            year,
            period: cells[time_col].trim().to_string(),
            value,
        });
    }
    if skipped > 0 {
        problems.push(problem(
            None,
            None,
            StatProblemKind::OtherRowsSkipped { count: skipped },
            Severity::Warning,
        ));
    }
    Some(out)
}
