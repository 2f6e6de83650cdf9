//! A municipality's own figures from Danmarks Statistik (issue 16): the
//! extracts a user downloads from Statistikbanken (REGK31 accounts and
//! BUDK32 budgets by function, HAND01 full-time services for adults by
//! service type, ANBAAR children placed outside the home by place, FOLK1A
//! population), read in the browser and never
//! uploaded. [`read_extracts`] recognises each file's table from its
//! header, reads labels or codes, "..", BOM, CRLF, Latin-1 and the
//! `1.000 kr.` unit, sums the net operating spending of the functions that
//! `data/statistikbanken.json` maps to each model area, and builds a data
//! set in which every figure says where it came from: the unit cost derived
//! from the table's spending (status D, the derivation in its note), the
//! volume the municipality's own from HAND01 (the mean of a year's four
//! quarters) or ANBAAR (the children placed on 31 December) where it
//! counts the area, else the national one scaled by the
//! municipality's share of the country's inhabitants (FOLK1A; else of its
//! spending), marked as such.
//! `docs/statistikbanken.md` says the same for users.
//!
//! One file per stage: `types` (what the import yields), `catalogue` (the
//! municipalities, the mapping, the tables of counts, the links), `extract`
//! (one file), `counts` (HAND01's and ANBAAR's volumes, one reader for
//! both), `build` (the data set); this file runs them.
//!
//! ```
//! use prioritet::model::import::statbank::read_extracts;
//! use prioritet::model::DataSet;
//!
//! let base = DataSet::builtin();
//! let regk31 = "\u{feff}OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD\r\n\
//!     Hele landet;5.38.50 Botilbud til længerevarende ophold (§ 108);1 Driftskonti;I alt (netto);Løbende priser (1.000 kr.);2023;9000000\r\n\
//!     Aarhus;5.38.50 Botilbud til længerevarende ophold (§ 108);1 Driftskonti;I alt (netto);Løbende priser (1.000 kr.);2023;500000\r\n";
//! let im = read_extracts(&[("REGK31.csv", regk31.as_bytes())], None, &base);
//! assert!(im.import.usable);
//! assert_eq!(im.import.municipality.as_deref(), Some("Aarhus"));
//! ```

mod build;
mod catalogue;
mod counts;
mod extract;
mod types;

use crate::model::data::dataset::DataSet;
use crate::model::import::{size_problem, Severity, MAX_PROBLEMS};

pub use self::catalogue::{
    api_table, count_table, function, function_code, functions, links, municipalities,
    municipality, service, services, shared_spending, CountTable, FunctionMap, Period, ServiceMap,
    SharedSpending, TableLink, API_BASE, COUNTRY_CODE, COUNT_TABLES,
};
pub use self::types::{
    AreaRead, AreaStatus, EarlierYear, FileRead, Municipality, Population, ScaleBasis, StatProblem,
    StatProblemKind, StatbankImport, Unmapped, UnusedService, VolumeRead, VolumeStatus,
};

use self::build::build;
use self::extract::read_extract;

/// At most this many files are read at once (three or four are needed).
pub const MAX_FILES: usize = 12;

/// Reads Statistikbanken extracts (`(file name, bytes)`) for the
/// municipality with code `chosen` (or the only one in the files) against
/// the national data set `base`. Never panics; whatever cannot be read is
/// listed in [`StatbankImport::problems`], and when nothing can be used
/// `import.usable` is false and `import.data` is `base` unchanged.
pub fn read_extracts(
    files: &[(&str, &[u8])],
    chosen: Option<u16>,
    base: &DataSet,
) -> StatbankImport {
    let mut problems = Vec::new();
    let mut extracts = Vec::new();
    let mut reads = Vec::new();
    for (name, bytes) in files.iter().take(MAX_FILES) {
        let mut read = FileRead {
            name: (*name).to_string(),
            table: None,
            labels: false,
            rows: 0,
            used: 0,
        };
        if let Some(p) = size_refusal(name, bytes.len() as u64) {
            problems.push(p);
        } else if let Some(e) = read_extract(bytes, name, &mut problems) {
            read.table = Some(e.table);
            read.labels = e.labels;
            read.rows = e.rows_read;
            extracts.push((read.name.clone(), e));
        }
        reads.push(read);
    }
    let mut out = build(extracts, reads, chosen, base, problems);
    out.problems = capped(std::mem::take(&mut out.problems));
    out
}

/// The problem for a file of `size_bytes` named `name`, if it is too
/// large to read: the browser knows a file's size before reading it, so the
/// UI refuses it unread ([`read_extracts`] checks again).
pub fn size_refusal(name: &str, size_bytes: u64) -> Option<StatProblem> {
    size_problem(size_bytes).map(|p| StatProblem {
        file: name.to_string(),
        line: None,
        column: None,
        kind: StatProblemKind::Decoding(p.kind),
        severity: Severity::Error,
    })
}

/// At most [`MAX_PROBLEMS`] problems about single lines, then one that
/// counts the rest; the problems about whole files are always kept.
fn capped(problems: Vec<StatProblem>) -> Vec<StatProblem> {
    let mut out = Vec::new();
    let mut more = 0;
    let mut listed = 0;
    for p in problems {
        if p.line.is_some() && listed >= MAX_PROBLEMS {
            more += 1;
            continue;
        }
        if p.line.is_some() {
            listed += 1;
        }
        out.push(p);
    }
    if more > 0 {
        out.push(StatProblem {
            file: String::new(),
            line: None,
            column: None,
            kind: StatProblemKind::TooManyProblems { count: more },
            severity: Severity::Warning,
        });
    }
    out
}
