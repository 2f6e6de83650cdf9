//! What the reader knows before it reads a file: the 98 municipalities
//! with their codes (`data/kommuner.csv`), the mapping from functions,
//! HAND01's service types and ANBAAR's places of placement to the model's
//! areas (`data/statistikbanken.json`), the tables of counts and how each
//! is read ([`COUNT_TABLES`]), and the Statistikbanken links a user opens
//! to download the extracts for one municipality.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::data::localized::Localized;
use crate::model::ids::StatTable;

use super::types::Municipality;

const MUNICIPALITIES_CSV: &str = include_str!("../../../../data/kommuner.csv");
const MAPPING_JSON: &str = include_str!("../../../../data/statistikbanken.json");

/// Statistikbanken's code for the whole country in `OMRÅDE`.
pub const COUNTRY_CODE: u16 = 0;

/// The address of Statistikbanken's API for one table's data.
pub const API_BASE: &str = "https://api.statbank.dk/v1/data/";

/// One function of the chart of accounts and the model area it goes to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FunctionMap {
    /// The function as `5.38.50`.
    pub code: String,
    /// Its name in the chart of accounts.
    pub name: String,
    /// The model area's id, or none when it is read but not used.
    pub area: Option<String>,
    /// Why it is not used, when `area` is none.
    #[serde(default)]
    pub why: Option<Localized>,
}

/// One category of a table of counts (a service type of HAND01, a place
/// of placement of ANBAAR) and the model area its counts go to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ServiceMap {
    /// A short stable key, e.g. `sel108`, `foster`.
    pub key: String,
    /// Its name as the statistics' documentation gives it.
    pub name: String,
    /// Phrases (lower case) any one of which in a label names this type.
    #[serde(rename = "match")]
    pub phrases: Vec<String>,
    /// Its codes in Statistikbanken (`valuePresentation=Code`), matched
    /// exactly.
    #[serde(default)]
    pub codes: Vec<String>,
    /// The model area's id, or none when it is read but not used.
    pub area: Option<String>,
    /// Why it is not used, when `area` is none.
    #[serde(default)]
    pub why: Option<Localized>,
}

/// An area whose functions in REGK31/BUDK32 also pay for services it does
/// not count: its unit cost is not spending / count.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SharedSpending {
    /// The model area's id.
    pub area: String,
    /// Why.
    pub why: Localized,
}

/// One table of counts' section of the mapping (`hand01`, `anbaar`).
#[derive(Default, Deserialize)]
struct CountSection {
    #[serde(default)]
    services: Vec<ServiceMap>,
    #[serde(default)]
    shared_spending: Vec<SharedSpending>,
}

#[derive(Default, Deserialize)]
struct MappingFile {
    functions: Vec<FunctionMap>,
    #[serde(default)]
    hand01: CountSection,
    #[serde(default)]
    anbaar: CountSection,
}

fn mapping() -> &'static MappingFile {
    static MAP: OnceLock<MappingFile> = OnceLock::new();
    MAP.get_or_init(|| serde_json::from_str::<MappingFile>(MAPPING_JSON).unwrap_or_default())
}

/// How a table of counts gives a year's figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Four quarters (`2023K1`..`2023K4`), averaged: HAND01's full-time
    /// services per quarter.
    Quarters,
    /// One figure on 31 December (`2023`): ANBAAR's children placed.
    YearEnd,
}

impl Period {
    /// How many figures make a whole year.
    pub const fn per_year(self) -> usize {
        match self {
            Period::Quarters => 4,
            Period::YearEnd => 1,
        }
    }

    /// Which of the year's figures a `TID` is (1-based), if it has this
    /// form: the quarter of `2023K4`, or 1 for a plain year `2023`.
    pub fn slot(self, period: &str) -> Option<usize> {
        let p = period.trim();
        let (year, rest) = (p.get(..4)?, p.get(4..)?);
        if !year.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        match self {
            Period::Quarters => {
                let q: usize = rest.strip_prefix('K')?.parse().ok()?;
                (1..=4).contains(&q).then_some(q)
            }
            Period::YearEnd => rest.is_empty().then_some(1),
        }
    }
}

/// A table of counts that gives model areas the municipality's own
/// volumes, and how it is recognised, read and linked to. The variable
/// codes are those of the tables' descriptions (docs/statistikbanken.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountTable {
    /// The table.
    pub table: StatTable,
    /// How a year's figure is given.
    pub period: Period,
    /// What a variable code of its category column contains: `YDELS`,
    /// `ANBRINGELSE`.
    pub column_hints: &'static [&'static str],
    /// The category's variable code in the links.
    pub link_variable: &'static str,
    /// The municipality's variable code in the links (URL-encoded):
    /// `OMRÅDE`, or ANBAAR12's `ADMKOM`.
    pub link_area_variable: &'static str,
    /// Whether the table has a whole-country row to ask for in the links
    /// (HAND01 has none: only the municipalities).
    pub link_country: bool,
    /// The table the links ask for (`ANBAAR` is a family of tables;
    /// ANBAAR12 holds the municipalities by place).
    pub link_table: &'static str,
}

/// The tables of counts, in the order their areas are filled.
pub const COUNT_TABLES: [CountTable; 2] = [
    CountTable {
        table: StatTable::Hand01,
        period: Period::Quarters,
        column_hints: &["YDELS"],
        link_variable: "YDELSESTYPE",
        link_area_variable: "OMR%C3%85DE",
        link_country: false,
        link_table: "HAND01",
    },
    CountTable {
        table: StatTable::Anbaar,
        period: Period::YearEnd,
        column_hints: &["ANBRINGELSE", "ANBSTED"],
        link_variable: "ANBRINGELSE",
        link_area_variable: "ADMKOM",
        link_country: true,
        link_table: "ANBAAR12",
    },
];

/// The table of counts `table` is, if it is one.
pub fn count_table(table: StatTable) -> Option<&'static CountTable> {
    COUNT_TABLES.iter().find(|c| c.table == table)
}

/// The table a link asks Statistikbanken for: `ANBAAR12` for the ANBAAR
/// family, otherwise the table's own id.
pub fn api_table(table: StatTable) -> &'static str {
    count_table(table).map_or(table.as_str(), |c| c.link_table)
}

fn section(table: StatTable) -> Option<&'static CountSection> {
    match table {
        StatTable::Hand01 => Some(&mapping().hand01),
        StatTable::Anbaar => Some(&mapping().anbaar),
        StatTable::Regk31 | StatTable::Budk32 | StatTable::Folk1a => None,
    }
}

/// Every function the mapping lists, in its order.
pub fn functions() -> &'static [FunctionMap] {
    &mapping().functions
}

/// Every category of the table of counts `table` the mapping lists, in its
/// order (none for a table that is not one).
pub fn services(table: StatTable) -> &'static [ServiceMap] {
    section(table).map_or(&[], |s| s.services.as_slice())
}

/// The category a value of `table` names: the entry with that code, else
/// the first entry one of whose phrases the label contains (compared in
/// lower case, blanks collapsed). `None` for a total or anything not
/// listed.
pub fn service(table: StatTable, label: &str) -> Option<&'static ServiceMap> {
    let code = label.trim();
    if let Some(s) = services(table)
        .iter()
        .find(|s| s.codes.iter().any(|c| c == code))
    {
        return Some(s);
    }
    let key = label
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    services(table)
        .iter()
        .find(|s| s.phrases.iter().any(|p| key.contains(p.as_str())))
}

/// Why the area's unit cost is not spending / count, if the mapping says
/// its functions pay for more than it counts.
pub fn shared_spending(area: &str) -> Option<&'static SharedSpending> {
    COUNT_TABLES
        .iter()
        .filter_map(|c| section(c.table))
        .flat_map(|s| s.shared_spending.iter())
        .find(|s| s.area == area)
}

/// The mapping's entry for a function written as `5.38.50`.
pub fn function(code: &str) -> Option<&'static FunctionMap> {
    functions().iter().find(|f| f.code == code)
}

/// The 98 municipalities, in Danmarks Statistik's order.
pub fn municipalities() -> &'static [Municipality] {
    static LIST: OnceLock<Vec<Municipality>> = OnceLock::new();
    LIST.get_or_init(|| {
        MUNICIPALITIES_CSV
            .lines()
            .skip(1)
            .filter_map(|l| {
                let (code, name) = l.trim().split_once(';')?;
                Some(Municipality {
                    code: code.trim().parse().ok()?,
                    name: name.trim().to_string(),
                })
            })
            .collect()
    })
}

/// The municipality with Danmarks Statistik's code `code`.
pub fn municipality(code: u16) -> Option<&'static Municipality> {
    municipalities().iter().find(|m| m.code == code)
}

/// A function as `5.38.50` written as Statistikbanken's code `53850`.
pub fn function_code(dotted: &str) -> String {
    dotted.chars().filter(char::is_ascii_digit).collect()
}

/// One link to open in Statistikbanken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableLink {
    /// The table.
    pub table: StatTable,
    /// The extract as CSV with Danish labels, the municipality and the
    /// country, every year.
    pub url: String,
    /// The same as codes (`valuePresentation=Code`).
    pub url_codes: String,
    /// The file name to save it under, so the reader can tell REGK31 from
    /// BUDK32 (their headers are the same) and HAND01 from ANBAAR:
    /// `REGK31-101.csv`, `ANBAAR-101.csv`.
    pub file_name: String,
}

/// The links for `m`: REGK31 and BUDK32 for the mapped functions' net
/// operating spending in current prices (1,000 kr.), HAND01 for the
/// full-time services of every service type in every quarter, ANBAAR for
/// the children placed of every place in every year, and FOLK1A for the
/// population; each for the municipality and the whole country (HAND01
/// has no whole-country row, so its link asks for the municipality only).
///
/// ```
/// use prioritet::model::import::statbank::{links, municipality};
/// let aarhus = municipality(751).unwrap();
/// let l = links(aarhus);
/// assert!(l[0].url.starts_with("https://api.statbank.dk/v1/data/REGK31/CSV?"));
/// assert!(l[0].url.contains("OMR%C3%85DE=000,751"));
/// assert!(l[0].url.contains("53850"));
/// ```
pub fn links(m: &Municipality) -> Vec<TableLink> {
    let funcs: Vec<String> = functions().iter().map(|f| function_code(&f.code)).collect();
    let area = format!("OMR%C3%85DE={COUNTRY_CODE:03},{:03}", m.code);
    StatTable::ALL
        .into_iter()
        .map(|table| {
            let filter = match table {
                StatTable::Folk1a => format!("{area}&Tid=*"),
                StatTable::Hand01 | StatTable::Anbaar => count_table(table)
                    .map(|c| {
                        let places = if c.link_country {
                            format!("{COUNTRY_CODE:03},{:03}", m.code)
                        } else {
                            format!("{:03}", m.code)
                        };
                        format!(
                            "{}={places}&{}=*&Tid=*",
                            c.link_area_variable, c.link_variable
                        )
                    })
                    .unwrap_or_default(),
                StatTable::Regk31 | StatTable::Budk32 => format!(
                    "{area}&FUNKTION={}&DRANST=1&ART=TOT&PRISENHED=LOBM&Tid=*",
                    funcs.join(",")
                ),
            };
            let url = format!(
                "{API_BASE}{}/CSV?lang=da&delimiter=Semicolon&{filter}",
                api_table(table)
            );
            TableLink {
                table,
                url_codes: format!("{url}&valuePresentation=Code"),
                url,
                file_name: format!("{table}-{:03}.csv", m.code),
            }
        })
        .collect()
}
