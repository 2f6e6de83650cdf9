//! What the reader knows before it reads a file: the 98 municipalities
//! with their codes (`data/kommuner.csv`), the mapping from functions to
//! the model's areas (`data/statistikbanken.json`) and the Statistikbanken
//! links a user opens to download the extracts for one municipality.

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

#[derive(Deserialize)]
struct MappingFile {
    functions: Vec<FunctionMap>,
}

/// Every function the mapping lists, in its order.
pub fn functions() -> &'static [FunctionMap] {
    static MAP: OnceLock<Vec<FunctionMap>> = OnceLock::new();
    MAP.get_or_init(|| {
        serde_json::from_str::<MappingFile>(MAPPING_JSON)
            .map(|m| m.functions)
            .unwrap_or_default()
    })
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
    /// BUDK32 (their headers are the same): `REGK31-101.csv`.
    pub file_name: String,
}

/// The links for `m`: REGK31 and BUDK32 for the mapped functions' net
/// operating spending in current prices (1,000 kr.), and FOLK1A for the
/// population; each for the municipality and the whole country, every year.
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
