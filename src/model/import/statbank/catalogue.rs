//! What the reader knows before it reads a file: the 98 municipalities
//! with their codes (`data/kommuner.csv`), the mapping from functions and
//! HAND01's service types to the model's areas
//! (`data/statistikbanken.json`) and the Statistikbanken links a user opens
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

/// One service type of HAND01 and the model area its full-time services
/// go to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ServiceMap {
    /// A short stable key, e.g. `sel108`.
    pub key: String,
    /// Its name as the statistics' documentation gives it.
    pub name: String,
    /// Phrases (lower case) any one of which in a label names this type.
    #[serde(rename = "match")]
    pub phrases: Vec<String>,
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

#[derive(Default, Deserialize)]
struct Hand01Map {
    #[serde(default)]
    services: Vec<ServiceMap>,
    #[serde(default)]
    shared_spending: Vec<SharedSpending>,
}

#[derive(Deserialize)]
struct MappingFile {
    functions: Vec<FunctionMap>,
    #[serde(default)]
    hand01: Hand01Map,
}

fn mapping() -> &'static MappingFile {
    static MAP: OnceLock<MappingFile> = OnceLock::new();
    MAP.get_or_init(|| {
        serde_json::from_str::<MappingFile>(MAPPING_JSON).unwrap_or(MappingFile {
            functions: Vec::new(),
            hand01: Hand01Map::default(),
        })
    })
}

/// Every function the mapping lists, in its order.
pub fn functions() -> &'static [FunctionMap] {
    &mapping().functions
}

/// Every HAND01 service type the mapping lists, in its order.
pub fn services() -> &'static [ServiceMap] {
    &mapping().hand01.services
}

/// The service type a HAND01 label names: the first entry one of whose
/// phrases it contains (compared in lower case, blanks collapsed). `None`
/// for a code, a total or anything not listed.
pub fn service(label: &str) -> Option<&'static ServiceMap> {
    let key = label
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    services()
        .iter()
        .find(|s| s.phrases.iter().any(|p| key.contains(p.as_str())))
}

/// Why the area's unit cost is not spending / count, if the mapping says
/// its functions pay for more than it counts.
pub fn shared_spending(area: &str) -> Option<&'static SharedSpending> {
    mapping()
        .hand01
        .shared_spending
        .iter()
        .find(|s| s.area == area)
}

/// The variable code assumed for HAND01's service type in the links (not
/// documented to the project; check it against a real download).
pub const HAND01_SERVICE_VARIABLE: &str = "YDELSESTYPE";

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
    /// BUDK32 (their headers are the same): `REGK31-101.csv`.
    pub file_name: String,
}

/// The links for `m`: REGK31 and BUDK32 for the mapped functions' net
/// operating spending in current prices (1,000 kr.), HAND01 for the
/// full-time services of every service type in every quarter, and FOLK1A
/// for the population; each for the municipality and the whole country.
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
                StatTable::Hand01 => format!("{area}&{HAND01_SERVICE_VARIABLE}=*&Tid=*"),
                StatTable::Regk31 | StatTable::Budk32 => format!(
                    "{area}&FUNKTION={}&DRANST=1&ART=TOT&PRISENHED=LOBM&Tid=*",
                    funcs.join(",")
                ),
            };
            let url = format!("{API_BASE}{table}/CSV?lang=da&delimiter=Semicolon&{filter}");
            TableLink {
                table,
                url_codes: format!("{url}&valuePresentation=Code"),
                url,
                file_name: format!("{table}-{:03}.csv", m.code),
            }
        })
        .collect()
}
