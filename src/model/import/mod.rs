//! A municipality's own numbers (issue 6): a CSV or JSON file with the
//! municipality's intervention areas, read in the browser and never
//! uploaded. [`import_file`] turns the file's bytes into a [`DataSet`] the
//! projection can use, says where every figure came from ([`AreaOrigin`])
//! and lists every problem found ([`Problem`], in Danish and English, with
//! line and column). It never panics: whatever can be read safely is
//! offered, the rest is reported.
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

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::model::data::dataset::{Area, DataSet, Evidence, LeverUnit};
use crate::model::data::localized::{Lang, Localized};
use crate::model::data::sources::{Source, SourceRegistry, Sourced, Status, ILLUSTRATIVE};
use crate::text::format::number;

/// Files larger than this (5 MiB) are refused without being parsed. A
/// cockpit file with one row per area is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// At most this many problems are listed; the rest are counted in one
/// closing [`ProblemKind::TooManyProblems`].
pub const MAX_PROBLEMS: usize = 100;

/// At most this many non-blank rows (or JSON area objects) are read; the
/// rest of the file is not. A cockpit file has one row per area.
pub const MAX_ROWS: usize = 10_000;

/// The source id of every figure read from the municipality's own file.
/// `data/sources.json` does not (yet) list it; [`with_municipality_source`]
/// adds [`municipality_source`] to a registry so such figures check.
pub const SOURCE_ID: &str = "municipality_file";

/// The `format` value of the JSON template.
pub const JSON_FORMAT: &str = "prioritet-kommunedata";

/// The registry entry for figures from the municipality's own file.
pub fn municipality_source() -> Source {
    Source {
        id: SOURCE_ID.into(),
        citation: Localized {
            da: "Kommunens egne tal (indlæst fil, kun i browseren)".into(),
            en: "The municipality's own figures (loaded file, browser only)".into(),
        },
        year: None,
        seed_file: None,
    }
}

/// `registry` with [`municipality_source`] added (unchanged if it already
/// has an entry with that id).
pub fn with_municipality_source(registry: &SourceRegistry) -> SourceRegistry {
    let mut out = registry.clone();
    if out.get(SOURCE_ID).is_none() {
        out.sources.push(municipality_source());
    }
    out
}

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/// What a file yields: a data set to use, what came from where, and every
/// problem found.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The data set to use: the national one with the file's areas put in
    /// and everything else scaled to the municipality. When `usable` is
    /// false this is the national data set unchanged.
    pub data: DataSet,
    /// One entry per area of `data`, in its order: where each field came
    /// from.
    pub origin: Vec<AreaOrigin>,
    /// Every problem found: those about the whole file first, then in
    /// file order. At most [`MAX_PROBLEMS`] about single rows and values
    /// are listed (the rest are counted in a closing
    /// [`ProblemKind::TooManyProblems`]); the summaries about the whole
    /// file are always listed.
    pub problems: Vec<Problem>,
    /// The municipality's size against the country: the file's volumes
    /// over the national volumes of the same areas (1 when not usable).
    pub scale: f64,
    /// The municipality's name, from a `kommune` column or key.
    pub municipality: Option<String>,
    /// True when at least one area row was read and the data set is valid.
    pub usable: bool,
    /// CSV or JSON; `None` when the file was refused before that was known.
    pub format: Option<Format>,
}

/// The kind of file read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Delimited text (`;`, tab, `,` or `|`), one row per area.
    Csv,
    /// JSON: `{"kommune": ..., "omraader": [{...}, ...]}` or an array of
    /// area objects.
    Json,
}

/// Where one figure of the data set came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldOrigin {
    /// The municipality's file.
    File,
    /// The national figure scaled to the municipality's size (volumes,
    /// budgets).
    ScaledDefault,
    /// The national figure as is (unit costs and rates do not scale).
    NationalDefault,
}

impl FieldOrigin {
    /// A short label for the UI: "fra filen", "landstal, skaleret",
    /// "landstal".
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FieldOrigin::File, Lang::Da) => "fra filen",
            (FieldOrigin::File, Lang::En) => "from the file",
            (FieldOrigin::ScaledDefault, Lang::Da) => "landstal, skaleret",
            (FieldOrigin::ScaledDefault, Lang::En) => "national, scaled",
            (FieldOrigin::NationalDefault, Lang::Da) => "landstal",
            (FieldOrigin::NationalDefault, Lang::En) => "national",
        }
    }
}

/// Where each imported field of one area came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaOrigin {
    /// The area's id.
    pub area_id: String,
    /// The file line the area's row starts on; `None` if not from the file.
    pub line: Option<usize>,
    /// Volume in full-year citizens.
    pub volume: FieldOrigin,
    /// Unit cost.
    pub unit_cost: FieldOrigin,
    /// Growth per year (low, central and high).
    pub growth: FieldOrigin,
    /// Legal-entitlement share.
    pub legal_floor: FieldOrigin,
    /// Share bought outside the municipality.
    pub external_purchase_share: FieldOrigin,
    /// Per-case cost spread.
    pub case_cost_sigma: FieldOrigin,
    /// Evidence category.
    pub evidence: FieldOrigin,
}

impl AreaOrigin {
    fn national(area_id: &str, volume: FieldOrigin) -> AreaOrigin {
        AreaOrigin {
            area_id: area_id.into(),
            line: None,
            volume,
            unit_cost: FieldOrigin::NationalDefault,
            growth: FieldOrigin::NationalDefault,
            legal_floor: FieldOrigin::NationalDefault,
            external_purchase_share: FieldOrigin::NationalDefault,
            case_cost_sigma: FieldOrigin::NationalDefault,
            evidence: FieldOrigin::NationalDefault,
        }
    }

    /// True when the area's row came from the file.
    pub fn from_file(&self) -> bool {
        self.line.is_some()
    }
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The row is dropped (its area takes the scaled default), or the
    /// whole file is unusable.
    Error,
    /// The value is used, with a caveat.
    Warning,
}

/// One problem found in a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// 1-based line in the file, where there is one.
    pub line: Option<usize>,
    /// The column header (CSV) or key (JSON) as written in the file, where
    /// there is one.
    pub column: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
    /// Error or warning.
    pub severity: Severity,
    /// The kind of file, for the word "kolonne" (CSV) or "felt" (JSON).
    pub format: Format,
}

/// The unit of a number in a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// Full-year citizens.
    FullYearCitizens,
    /// DKK per full-year citizen.
    Dkk,
    /// A rate per year (growth), shown as a percentage.
    Rate,
    /// A share 0..1, shown as a percentage.
    Share,
    /// A spread (sigma of the log), a plain number.
    Sigma,
}

/// What is wrong. [`ProblemKind::code`] gives a stable id for each.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The file is larger than [`MAX_FILE_BYTES`]; not read.
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// The file is empty (or only blank space).
    Empty,
    /// A spreadsheet workbook (`.xlsx`, `.xls`, `.ods`), not CSV.
    Spreadsheet,
    /// Not text (binary bytes).
    Binary,
    /// Not valid UTF-8, so read as Windows-1252 (Latin-1).
    Windows1252,
    /// Bytes that are not valid text were replaced by "\u{FFFD}".
    ReplacedCharacters {
        /// How many were replaced.
        count: usize,
    },
    /// The JSON is not well-formed.
    JsonSyntax {
        /// The parser's own words.
        detail: String,
    },
    /// The JSON's top level is neither an object nor an array.
    JsonNotObject,
    /// The JSON object has no `omraader` array.
    JsonNoAreas,
    /// An element of `omraader` is not an object.
    JsonAreaNotObject,
    /// A JSON value of the wrong type (`true`, an object, an array).
    WrongType {
        /// The JSON type found.
        found: &'static str,
    },
    /// The JSON's `version` is not one this build reads.
    UnsupportedVersion {
        /// The value found.
        found: String,
    },
    /// Required columns are missing; the file cannot be used.
    MissingColumns {
        /// Their canonical headers.
        columns: Vec<&'static str>,
    },
    /// A column (or key) the importer does not know; ignored.
    UnknownColumn,
    /// The same column twice; the first is used.
    DuplicateColumn,
    /// Values under a column with no header; ignored.
    UnnamedColumn,
    /// A non-empty line before the header line; ignored.
    LineBeforeHeader,
    /// A population figure was given but is not used.
    PopulationNotUsed,
    /// Rows name different municipalities; the first is used.
    MunicipalityDiffers {
        /// The name used.
        first: String,
        /// The other name.
        found: String,
    },
    /// Both decimal commas and decimal points occur in the file.
    MixedDecimalSeparators,
    /// A row with a different number of fields than the header.
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        expected: usize,
        /// The file's delimiter.
        delimiter: char,
    },
    /// A required value is empty.
    MissingValue,
    /// A row names an area but gives no values; the default is used.
    RowWithoutValues,
    /// The area id is not one of the data set's.
    UnknownArea {
        /// The id as written.
        id: String,
        /// A likely intended id, if one is close.
        suggestion: Option<String>,
        /// Every known id.
        known: Vec<String>,
    },
    /// A second row for the same area; dropped.
    DuplicateArea {
        /// The area id.
        id: String,
        /// The line of the first row.
        first_line: Option<usize>,
    },
    /// Not a number.
    NotANumber {
        /// The text (shortened).
        text: String,
    },
    /// A percent sign where the column takes none (volumes, DKK).
    PercentNotAllowed {
        /// The text (shortened).
        text: String,
    },
    /// A value outside the plausible range; the row is dropped.
    OutOfRange {
        /// The value read.
        value: f64,
        /// Its unit.
        quantity: Quantity,
        /// Lowest plausible value.
        min: f64,
        /// Highest plausible value.
        max: f64,
        /// The value was a bare number where a percentage was likely meant.
        percent_hint: bool,
    },
    /// A value outside the typical range; used, but check it.
    Unusual {
        /// The value read.
        value: f64,
        /// Its unit.
        quantity: Quantity,
        /// Low end of the typical range.
        typical_min: f64,
        /// High end of the typical range.
        typical_max: f64,
        /// The national figure of the area.
        national: f64,
    },
    /// Zero full-year citizens: the area has no spending.
    ZeroVolume,
    /// Growth low, central and high are not in order.
    GrowthOrder {
        /// Low.
        low: f64,
        /// Central.
        central: f64,
        /// High.
        high: f64,
    },
    /// Not an evidence category.
    UnknownEvidence {
        /// The text (shortened).
        text: String,
    },
    /// No usable area row: the file cannot be used.
    NoAreaRows,
    /// The volumes sum to zero, so the municipality's size is unknown.
    NoSize,
    /// The size factor is derived from fewer than [`FEW_AREAS`] areas.
    FewAreasForScale {
        /// Areas read.
        areas: usize,
    },
    /// The file's volumes are more than half the country's.
    LargeScale {
        /// The size factor.
        scale: f64,
    },
    /// The resulting data set failed its own validation.
    Invalid {
        /// The field, e.g. `areas[3].unit_cost_dkk`.
        field: String,
        /// The validator's message.
        message: String,
    },
    /// More rows than [`MAX_ROWS`]; the rest of the file was not read.
    TooManyRows {
        /// The limit.
        limit: usize,
    },
    /// More problems than [`MAX_PROBLEMS`]; these were not listed.
    TooManyProblems {
        /// Errors not listed.
        errors: usize,
        /// Warnings not listed.
        warnings: usize,
    },
}

/// Below this many areas in the file, the size factor is flagged as thin.
pub const FEW_AREAS: usize = 3;

impl ProblemKind {
    /// A stable id for the kind, for tests and the UI (`unknown_area`).
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::TooLarge { .. } => "too_large",
            ProblemKind::Empty => "empty",
            ProblemKind::Spreadsheet => "spreadsheet",
            ProblemKind::Binary => "binary",
            ProblemKind::Windows1252 => "windows_1252",
            ProblemKind::ReplacedCharacters { .. } => "replaced_characters",
            ProblemKind::JsonSyntax { .. } => "json_syntax",
            ProblemKind::JsonNotObject => "json_not_object",
            ProblemKind::JsonNoAreas => "json_no_areas",
            ProblemKind::JsonAreaNotObject => "json_area_not_object",
            ProblemKind::WrongType { .. } => "wrong_type",
            ProblemKind::UnsupportedVersion { .. } => "unsupported_version",
            ProblemKind::MissingColumns { .. } => "missing_columns",
            ProblemKind::UnknownColumn => "unknown_column",
            ProblemKind::DuplicateColumn => "duplicate_column",
            ProblemKind::UnnamedColumn => "unnamed_column",
            ProblemKind::LineBeforeHeader => "line_before_header",
            ProblemKind::PopulationNotUsed => "population_not_used",
            ProblemKind::MunicipalityDiffers { .. } => "municipality_differs",
            ProblemKind::MixedDecimalSeparators => "mixed_decimal_separators",
            ProblemKind::FieldCount { .. } => "field_count",
            ProblemKind::MissingValue => "missing_value",
            ProblemKind::RowWithoutValues => "row_without_values",
            ProblemKind::UnknownArea { .. } => "unknown_area",
            ProblemKind::DuplicateArea { .. } => "duplicate_area",
            ProblemKind::NotANumber { .. } => "not_a_number",
            ProblemKind::PercentNotAllowed { .. } => "percent_not_allowed",
            ProblemKind::OutOfRange { .. } => "out_of_range",
            ProblemKind::Unusual { .. } => "unusual",
            ProblemKind::ZeroVolume => "zero_volume",
            ProblemKind::GrowthOrder { .. } => "growth_order",
            ProblemKind::UnknownEvidence { .. } => "unknown_evidence",
            ProblemKind::NoAreaRows => "no_area_rows",
            ProblemKind::NoSize => "no_size",
            ProblemKind::FewAreasForScale { .. } => "few_areas_for_scale",
            ProblemKind::LargeScale { .. } => "large_scale",
            ProblemKind::Invalid { .. } => "invalid",
            ProblemKind::TooManyRows { .. } => "too_many_rows",
            ProblemKind::TooManyProblems { .. } => "too_many_problems",
        }
    }
}

// ---------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------

/// A column of the CSV (or key of a JSON area object).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// `omraade_id`: the built-in area id (required).
    AreaId,
    /// `omraade_navn`: the area's name, for people; not read.
    AreaName,
    /// `kommune`: the municipality's name.
    Municipality,
    /// `helaarsborgere`: volume in full-year citizens (required).
    Volume,
    /// `enhedsudgift_kr`: DKK per full-year citizen (required).
    UnitCost,
    /// `vaekst_pr_aar`: real growth per year, central.
    Growth,
    /// `vaekst_lav_pr_aar`: growth per year, low end.
    GrowthLow,
    /// `vaekst_hoej_pr_aar`: growth per year, high end.
    GrowthHigh,
    /// `retskrav_andel`: share of the need that is a legal entitlement.
    LegalFloor,
    /// `eksternt_koeb_andel`: share bought outside the municipality.
    ExternalShare,
    /// `sagsudgift_spredning`: spread (sigma of the log) of per-case cost.
    Sigma,
    /// `evidens`: evidence category.
    Evidence,
    /// `indbyggere`: population; recognised but not used (no sourced
    /// national population to scale against).
    Population,
}

impl Column {
    /// Every column, in the templates' order.
    pub const ALL: [Column; 13] = [
        Column::AreaId,
        Column::AreaName,
        Column::Municipality,
        Column::Volume,
        Column::UnitCost,
        Column::Growth,
        Column::GrowthLow,
        Column::GrowthHigh,
        Column::LegalFloor,
        Column::ExternalShare,
        Column::Sigma,
        Column::Evidence,
        Column::Population,
    ];

    /// The canonical Danish header (ASCII, so it survives any encoding).
    pub fn header(self) -> &'static str {
        match self {
            Column::AreaId => "omraade_id",
            Column::AreaName => "omraade_navn",
            Column::Municipality => "kommune",
            Column::Volume => "helaarsborgere",
            Column::UnitCost => "enhedsudgift_kr",
            Column::Growth => "vaekst_pr_aar",
            Column::GrowthLow => "vaekst_lav_pr_aar",
            Column::GrowthHigh => "vaekst_hoej_pr_aar",
            Column::LegalFloor => "retskrav_andel",
            Column::ExternalShare => "eksternt_koeb_andel",
            Column::Sigma => "sagsudgift_spredning",
            Column::Evidence => "evidens",
            Column::Population => "indbyggere",
        }
    }

    /// Other headers accepted, after [`normalize`] (the model's own English
    /// field names among them).
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::AreaId => &["omraadeid", "id", "area_id", "area"],
            Column::AreaName => &[
                "omraade",
                "navn",
                "omraadenavn",
                "indsatsomraade",
                "name",
                "area_name",
            ],
            Column::Municipality => &["municipality"],
            Column::Volume => &[
                "helaarsborger",
                "antal_helaarsborgere",
                "volume_full_year",
                "volume",
            ],
            Column::UnitCost => &[
                "enhedsudgift",
                "enhedsudgift_dkk",
                "enhedsudgift_kr_pr_helaarsborger",
                "unit_cost_dkk",
                "unit_cost",
            ],
            Column::Growth => &["vaekst", "aarlig_vaekst", "growth_per_year", "growth"],
            Column::GrowthLow => &["vaekst_lav", "growth_low"],
            Column::GrowthHigh => &["vaekst_hoej", "growth_high"],
            Column::LegalFloor => &[
                "retskravsandel",
                "andel_retskrav",
                "retskrav",
                "legal_floor",
            ],
            Column::ExternalShare => &[
                "andel_eksternt_koeb",
                "eksternt_koeb",
                "external_purchase_share",
            ],
            Column::Sigma => &["spredning", "sigma", "case_cost_sigma"],
            Column::Evidence => &["evidenskategori", "evidence"],
            Column::Population => &["befolkning", "population"],
        }
    }

    /// The column a header names, if any (case, accents, spaces and
    /// punctuation do not matter: "Enhedsudgift (kr.)" is `enhedsudgift_kr`).
    pub fn from_header(header: &str) -> Option<Column> {
        // No header is this long; a data cell or a whole line may be.
        if header.len() > 64 {
            return None;
        }
        let n = normalize(header);
        Column::ALL
            .into_iter()
            .find(|c| c.header() == n || c.aliases().contains(&n.as_str()))
    }

    /// Required columns make a file unusable when missing.
    pub fn required(self) -> bool {
        matches!(self, Column::AreaId | Column::Volume | Column::UnitCost)
    }

    /// Columns holding a share or a rate take a percent sign (`2,5 %` is
    /// 0.025); a bare number there is a fraction (0,025).
    pub fn accepts_percent(self) -> bool {
        matches!(
            self,
            Column::Growth
                | Column::GrowthLow
                | Column::GrowthHigh
                | Column::LegalFloor
                | Column::ExternalShare
        )
    }

    fn numeric(self) -> bool {
        matches!(
            self,
            Column::Volume
                | Column::UnitCost
                | Column::Growth
                | Column::GrowthLow
                | Column::GrowthHigh
                | Column::LegalFloor
                | Column::ExternalShare
                | Column::Sigma
        )
    }

    /// Columns whose value feeds the area (not names or notes).
    fn is_value(self) -> bool {
        self.numeric() || self == Column::Evidence
    }

    fn quantity(self) -> Quantity {
        match self {
            Column::Volume => Quantity::FullYearCitizens,
            Column::UnitCost => Quantity::Dkk,
            Column::Growth | Column::GrowthLow | Column::GrowthHigh => Quantity::Rate,
            Column::LegalFloor | Column::ExternalShare => Quantity::Share,
            _ => Quantity::Sigma,
        }
    }

    /// What the column means, in a few words.
    pub fn meaning(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Column::AreaId, Lang::Da) => "områdets id i den indbyggede model",
            (Column::AreaId, Lang::En) => "the area's id in the built-in model",
            (Column::AreaName, Lang::Da) => "områdets navn (læses ikke)",
            (Column::AreaName, Lang::En) => "the area's name (not read)",
            (Column::Municipality, Lang::Da) => "kommunens navn",
            (Column::Municipality, Lang::En) => "the municipality's name",
            (Column::Volume, Lang::Da) => "helårsborgere i basisåret",
            (Column::Volume, Lang::En) => "full-year citizens in the base year",
            (Column::UnitCost, Lang::Da) => "enhedsudgift, kr. pr. helårsborger",
            (Column::UnitCost, Lang::En) => "unit cost, DKK per full-year citizen",
            (Column::Growth, Lang::Da) => "real vækst pr. år (central)",
            (Column::Growth, Lang::En) => "real growth per year (central)",
            (Column::GrowthLow, Lang::Da) => "vækst pr. år, lav",
            (Column::GrowthLow, Lang::En) => "growth per year, low",
            (Column::GrowthHigh, Lang::Da) => "vækst pr. år, høj",
            (Column::GrowthHigh, Lang::En) => "growth per year, high",
            (Column::LegalFloor, Lang::Da) => "andel af behovet, der er retskrav",
            (Column::LegalFloor, Lang::En) => "share of the need that is a legal entitlement",
            (Column::ExternalShare, Lang::Da) => "andel købt uden for kommunen",
            (Column::ExternalShare, Lang::En) => "share bought outside the municipality",
            (Column::Sigma, Lang::Da) => "spredning af udgiften pr. sag (sigma)",
            (Column::Sigma, Lang::En) => "spread of the cost per case (sigma)",
            (Column::Evidence, Lang::Da) => "evidenskategori",
            (Column::Evidence, Lang::En) => "evidence category",
            (Column::Population, Lang::Da) => "indbyggertal (bruges ikke)",
            (Column::Population, Lang::En) => "population (not used)",
        }
    }
}

/// A header or key as compared: lower case, æ/ø/å as ae/oe/aa, every run of
/// other characters as one `_`, no `_` at the ends, no byte-order mark.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.trim_start_matches('\u{feff}').chars() {
        let lower = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        let piece: &str = match lower {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'é' | 'è' => "e",
            'ü' => "u",
            c if c.is_ascii_alphanumeric() => {
                if gap && !out.is_empty() {
                    out.push('_');
                }
                gap = false;
                out.push(c);
                continue;
            }
            _ => {
                gap = true;
                continue;
            }
        };
        if gap && !out.is_empty() {
            out.push('_');
        }
        gap = false;
        out.push_str(piece);
    }
    out
}

// ---------------------------------------------------------------------------
// Plausible ranges
// ---------------------------------------------------------------------------

/// The plausible and typical range of a column for one area. A value
/// outside `hard_min..=hard_max` is an error (the row is dropped); outside
/// `typical_min..=typical_max` it is used with a warning.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Lowest plausible value.
    pub hard_min: f64,
    /// Highest plausible value.
    pub hard_max: f64,
    /// Low end of the typical range.
    pub typical_min: f64,
    /// High end of the typical range.
    pub typical_max: f64,
}

/// A unit cost below national / 100 or above national × 100 is refused.
pub const UNIT_COST_HARD_FACTOR: f64 = 100.0;
/// A unit cost below national / 3 or above national × 3 is flagged.
pub const UNIT_COST_TYPICAL_FACTOR: f64 = 3.0;
/// A volume above twice the national volume is refused: one municipality
/// cannot have twice the country's citizens in an area.
pub const VOLUME_HARD_FACTOR: f64 = 2.0;
/// A volume above 30 % of the national volume is flagged.
pub const VOLUME_TYPICAL_SHARE: f64 = 0.3;
/// Growth per year outside −20 %..+30 % is refused.
pub const GROWTH_HARD: (f64, f64) = (-0.2, 0.3);
/// Growth per year outside −5 %..+10 % is flagged.
pub const GROWTH_TYPICAL: (f64, f64) = (-0.05, 0.1);
/// A per-case spread outside 0.01..3 is refused (the model's own limit is
/// 0 < sigma <= 3).
pub const SIGMA_HARD: (f64, f64) = (0.01, 3.0);
/// A per-case spread outside 0.1..1.5 is flagged.
pub const SIGMA_TYPICAL: (f64, f64) = (0.1, 1.5);
/// A size factor above this (half the country) is flagged.
pub const LARGE_SCALE: f64 = 0.5;

/// The plausible range of `column` for the area whose national figures are
/// `national`; `None` for columns that are not numbers.
pub fn bounds(column: Column, national: &Area) -> Option<Bounds> {
    let b = |hard_min, hard_max, typical_min, typical_max| Bounds {
        hard_min,
        hard_max,
        typical_min,
        typical_max,
    };
    Some(match column {
        Column::Volume => {
            let n = national.volume_full_year.value;
            let n = if n.is_finite() && n > 0.0 { n } else { 1e6 };
            b(0.0, VOLUME_HARD_FACTOR * n, 0.0, VOLUME_TYPICAL_SHARE * n)
        }
        Column::UnitCost => {
            let n = national.unit_cost_dkk.value;
            let n = if n.is_finite() && n > 0.0 { n } else { 1e5 };
            b(
                n / UNIT_COST_HARD_FACTOR,
                n * UNIT_COST_HARD_FACTOR,
                n / UNIT_COST_TYPICAL_FACTOR,
                n * UNIT_COST_TYPICAL_FACTOR,
            )
        }
        Column::Growth | Column::GrowthLow | Column::GrowthHigh => b(
            GROWTH_HARD.0,
            GROWTH_HARD.1,
            GROWTH_TYPICAL.0,
            GROWTH_TYPICAL.1,
        ),
        Column::LegalFloor | Column::ExternalShare => b(0.0, 1.0, 0.0, 1.0),
        Column::Sigma => b(SIGMA_HARD.0, SIGMA_HARD.1, SIGMA_TYPICAL.0, SIGMA_TYPICAL.1),
        _ => return None,
    })
}

fn national_value(column: Column, a: &Area) -> f64 {
    match column {
        Column::Volume => a.volume_full_year.value,
        Column::UnitCost => a.unit_cost_dkk.value,
        Column::Growth => a.growth_per_year.central.value,
        Column::GrowthLow => a.growth_per_year.low.value,
        Column::GrowthHigh => a.growth_per_year.high.value,
        Column::LegalFloor => a.legal_floor.value,
        Column::ExternalShare => a.external_purchase_share.value,
        Column::Sigma => a.case_cost_sigma.value,
        _ => f64::NAN,
    }
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/// Which character separates decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decimal {
    /// `1.234,5` (Danish).
    Comma,
    /// `1,234.5` (English).
    Point,
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number at all.
    NotANumber,
    /// A percent sign where `percent` was not allowed.
    PercentNotAllowed,
}

/// A number as read: its value (a percentage already divided by 100) and
/// whether it had a percent sign.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParsedNumber {
    /// The value.
    pub value: f64,
    /// Written with `%` or `pct.`.
    pub percent: bool,
}

/// A number's text taken apart: the digits with their separators, the
/// exponent, the sign and a percent sign; units (`kr.`, `DKK`) dropped.
struct Lexed<'a> {
    mantissa: &'a str,
    exponent: i32,
    negative: bool,
    percent: bool,
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p).then(|| &s[p.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(p).then(|| &s[..cut])
}

/// `None` if the text cannot be a number (letters, two signs, ...).
fn lex(raw: &str) -> Option<Lexed<'_>> {
    let mut s = raw.trim();
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = strip_prefix_ci(s, unit) {
            s = rest.trim_start();
            break;
        }
    }
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = strip_suffix_ci(s, unit) {
            s = rest.trim_end();
            break;
        }
    }
    let mut percent = false;
    for sign in ["%", "pct.", "pct"] {
        if let Some(rest) = strip_suffix_ci(s, sign) {
            s = rest.trim_end();
            percent = true;
            break;
        }
    }
    let mut negative = false;
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        negative = true;
        s = rest.trim_start();
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest.trim_start();
    }
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => {
            let exp = &s[i + 1..];
            let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
            if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            (s[..i].trim_end(), exp.parse().ok()?)
        }
        None => (s, 0),
    };
    let ok = mantissa
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace())
        && mantissa.chars().any(|c| c.is_ascii_digit());
    ok.then_some(Lexed {
        mantissa,
        exponent,
        negative,
        percent,
    })
}

/// The decimal separator a cell's number unambiguously uses, if it is a
/// number at all.
fn cell_decimal(raw: &str) -> Option<Decimal> {
    lex(raw).and_then(|l| decimal_evidence(l.mantissa))
}

/// Reads a number as a spreadsheet writes it: `1.234.567,5`, `1 234 567`,
/// `1,234,567.5`, `-2,5 %`, `2,5 pct.`, `1,16E+06`, `470.000 kr.`. Where the
/// text alone cannot tell (`1.234` with one separator followed by three
/// digits), `decimal` decides; `percent` allows a percent sign.
///
/// ```
/// use prioritet::model::import::{parse_number, Decimal};
/// let v = |s| parse_number(s, Decimal::Comma, true).unwrap().value;
/// assert_eq!(v("1.234.567,5"), 1_234_567.5);
/// assert_eq!(v("1 234 567"), 1_234_567.0);
/// assert_eq!(v("2,5 %"), 0.025);
/// assert_eq!(v("1.234"), 1234.0);
/// assert_eq!(parse_number("1.234", Decimal::Point, true).unwrap().value, 1.234);
/// ```
pub fn parse_number(
    raw: &str,
    decimal: Decimal,
    percent: bool,
) -> Result<ParsedNumber, NumberError> {
    let Lexed {
        mantissa,
        exponent,
        negative,
        percent: is_percent,
    } = lex(raw).ok_or(NumberError::NotANumber)?;
    let canonical = canonical_digits(mantissa, decimal).ok_or(NumberError::NotANumber)?;
    let value: f64 = format!("{canonical}e{exponent}")
        .parse()
        .map_err(|_| NumberError::NotANumber)?;
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    if is_percent && !percent {
        return Err(NumberError::PercentNotAllowed);
    }
    let value = if negative { -value } else { value };
    let value = if is_percent { value / 100.0 } else { value };
    Ok(ParsedNumber {
        value,
        percent: is_percent,
    })
}

/// The decimal separator a text unambiguously uses, if any.
fn decimal_evidence(raw: &str) -> Option<Decimal> {
    let s: String = raw
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let commas = s.matches(',').count();
    let points = s.matches('.').count();
    let single = |sep: char| {
        let (int, frac) = s.split_once(sep)?;
        let ambiguous_thousands =
            frac.len() == 3 && (1..=3).contains(&int.len()) && !int.starts_with('0');
        (!ambiguous_thousands).then_some(())
    };
    match (commas, points) {
        (0, 0) => None,
        (c, p) if c > 0 && p > 0 => {
            let last_comma = s.rfind(',')?;
            let last_point = s.rfind('.')?;
            if last_comma > last_point && c == 1 {
                Some(Decimal::Comma)
            } else if last_point > last_comma && p == 1 {
                Some(Decimal::Point)
            } else {
                None
            }
        }
        (1, 0) => single(',').map(|_| Decimal::Comma),
        (0, 1) => single('.').map(|_| Decimal::Point),
        _ => None,
    }
}

/// `mantissa` as plain `digits[.digits]`, or `None` if it is not a number.
fn canonical_digits(mantissa: &str, hint: Decimal) -> Option<String> {
    if !mantissa
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace())
        || !mantissa.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let commas = mantissa.matches(',').count();
    let points = mantissa.matches('.').count();
    // Which character is the decimal separator (if any).
    let dec = match (commas, points) {
        (0, 0) => None,
        (c, p) if c > 0 && p > 0 => {
            let lc = mantissa.rfind(',')?;
            let lp = mantissa.rfind('.')?;
            Some(if lc > lp { ',' } else { '.' })
        }
        (1, 0) => Some(
            if hint == Decimal::Comma || decimal_evidence(mantissa).is_some() {
                ','
            } else {
                // English hint and `1,234`: thousands.
                return group_check(mantissa, ',', None);
            },
        ),
        (0, 1) => Some(
            if hint == Decimal::Point || decimal_evidence(mantissa).is_some() {
                '.'
            } else {
                return group_check(mantissa, '.', None);
            },
        ),
        (_, 0) => return group_check(mantissa, ',', None),
        (0, _) => return group_check(mantissa, '.', None),
        _ => None,
    };
    match dec {
        None => group_check(mantissa, '\0', None),
        Some(d) => {
            let thousands = if d == ',' { '.' } else { ',' };
            let (int, frac) = mantissa.rsplit_once(d)?;
            if int.contains(d) {
                return None;
            }
            group_check(int, thousands, Some(frac))
        }
    }
}

/// Checks the thousands grouping of `int` (first group 1-3 digits, then
/// groups of exactly 3, separated by `sep` or white space) and joins it
/// with `frac`.
fn group_check(int: &str, sep: char, frac: Option<&str>) -> Option<String> {
    let int = int.trim();
    let groups: Vec<&str> = int
        .split(|c: char| c == sep || c.is_whitespace())
        .filter(|g| !g.is_empty())
        .collect();
    // No empty groups between separators ("1..234", "1 ,234").
    let separators = int.chars().filter(|c| *c == sep).count();
    if separators > 0 && groups.len() != separators + 1 {
        return None;
    }
    if groups.len() > 1 {
        let first = groups[0];
        if first.is_empty() || first.len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    if groups
        .iter()
        .any(|g| !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut out: String = groups.concat();
    if let Some(f) = frac {
        let f = f.trim();
        if !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if out.is_empty() {
            out.push('0');
        }
        if !f.is_empty() {
            out.push('.');
            out.push_str(f);
        }
    }
    if out.is_empty() {
        return None;
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Problems: collecting and wording
// ---------------------------------------------------------------------------

struct Sink {
    problems: Vec<Problem>,
    more_errors: usize,
    more_warnings: usize,
    /// Problems listed by `push` (summaries from `force` do not count).
    listed: usize,
    format: Format,
}

impl Sink {
    fn new() -> Sink {
        Sink {
            problems: Vec::new(),
            more_errors: 0,
            more_warnings: 0,
            listed: 0,
            format: Format::Csv,
        }
    }

    fn push(
        &mut self,
        line: Option<usize>,
        column: Option<&str>,
        kind: ProblemKind,
        severity: Severity,
    ) {
        if self.full() {
            self.count(severity);
            return;
        }
        self.listed += 1;
        self.problems.push(Problem {
            line,
            column: column.map(shorten),
            kind,
            severity,
            format: self.format,
        });
    }

    /// Lists a problem about the whole file even past the cap.
    fn force(
        &mut self,
        line: Option<usize>,
        column: Option<&str>,
        kind: ProblemKind,
        severity: Severity,
    ) {
        self.problems.push(Problem {
            line,
            column: column.map(shorten),
            kind,
            severity,
            format: self.format,
        });
    }

    /// Counts a problem that is not listed (past the cap).
    fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.more_errors += 1,
            Severity::Warning => self.more_warnings += 1,
        }
    }

    /// True when no more problems are listed (they are only counted).
    fn full(&self) -> bool {
        self.listed >= MAX_PROBLEMS
    }

    fn error(&mut self, line: Option<usize>, column: Option<&str>, kind: ProblemKind) {
        self.push(line, column, kind, Severity::Error);
    }

    fn warn(&mut self, line: Option<usize>, column: Option<&str>, kind: ProblemKind) {
        self.push(line, column, kind, Severity::Warning);
    }

    /// The problems in file order, those about the whole file (no line)
    /// first, and the count of those not listed last.
    fn finish(mut self) -> Vec<Problem> {
        self.problems.sort_by_key(|p| p.line.unwrap_or(0));
        if self.more_errors + self.more_warnings > 0 {
            let severity = if self.more_errors > 0 {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.problems.push(Problem {
                line: None,
                column: None,
                kind: ProblemKind::TooManyProblems {
                    errors: self.more_errors,
                    warnings: self.more_warnings,
                },
                severity,
                format: self.format,
            });
        }
        self.problems
    }
}

/// Text from the file as quoted in a message: at most 40 characters.
fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    let t = text.trim();
    if t.chars().count() <= MAX {
        t.to_string()
    } else {
        let mut s: String = t.chars().take(MAX - 1).collect();
        s.push('…');
        s
    }
}

/// A number for a message: whole numbers and large ones without decimals,
/// small ones with up to three significant decimals.
fn num(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    if v.abs() >= 1e15 {
        return format!("{v:e}");
    }
    let decimals = if (v - v.round()).abs() < 1e-9 || v.abs() >= 1000.0 {
        0
    } else if v.abs() >= 10.0 {
        1
    } else if v.abs() >= 0.1 {
        2
    } else {
        4
    };
    let s = number(v, decimals, lang);
    let sep = if lang == Lang::Da { ',' } else { '.' };
    if s.contains(sep) {
        s.trim_end_matches('0').trim_end_matches(sep).to_string()
    } else {
        s
    }
}

fn quantity_text(v: f64, q: Quantity, lang: Lang) -> String {
    match (q, lang) {
        (Quantity::Dkk, Lang::Da) => format!("{} kr.", num(v, lang)),
        (Quantity::Dkk, Lang::En) => format!("DKK {}", num(v, lang)),
        (Quantity::Rate | Quantity::Share, Lang::Da) => format!("{} %", num(v * 100.0, lang)),
        (Quantity::Rate | Quantity::Share, Lang::En) => format!("{}%", num(v * 100.0, lang)),
        _ => num(v, lang),
    }
}

fn range_text(lo: f64, hi: f64, q: Quantity, lang: Lang) -> String {
    match (q, lang) {
        (Quantity::Dkk, Lang::Da) => format!("{}–{} kr.", num(lo, lang), num(hi, lang)),
        (Quantity::Dkk, Lang::En) => format!("DKK {}–{}", num(lo, lang), num(hi, lang)),
        (Quantity::Rate | Quantity::Share, Lang::Da) => {
            format!("{} til {} %", num(lo * 100.0, lang), num(hi * 100.0, lang))
        }
        (Quantity::Rate | Quantity::Share, Lang::En) => {
            format!("{}% to {}%", num(lo * 100.0, lang), num(hi * 100.0, lang))
        }
        _ => format!("{}–{}", num(lo, lang), num(hi, lang)),
    }
}

fn credible(q: Quantity, lang: Lang) -> &'static str {
    match (q, lang) {
        (Quantity::FullYearCitizens, Lang::Da) => "et troværdigt antal helårsborgere",
        (Quantity::FullYearCitizens, Lang::En) => "a credible number of full-year citizens",
        (Quantity::Dkk, Lang::Da) => "en troværdig enhedsudgift",
        (Quantity::Dkk, Lang::En) => "a credible unit cost",
        (Quantity::Rate, Lang::Da) => "en troværdig årlig vækst",
        (Quantity::Rate, Lang::En) => "a credible growth per year",
        (Quantity::Share, Lang::Da) => "en mulig andel",
        (Quantity::Share, Lang::En) => "a possible share",
        (Quantity::Sigma, Lang::Da) => "en troværdig spredning",
        (Quantity::Sigma, Lang::En) => "a credible spread",
    }
}

impl Problem {
    /// The problem in one sentence, starting with where it is: "Linje 4,
    /// kolonne «enhedsudgift_kr»: 1 kr. er ikke en troværdig enhedsudgift
    /// (forventet 10.000–10.000.000 kr.)".
    pub fn message(&self, lang: Lang) -> String {
        let detail = self.detail(lang);
        match self.location(lang) {
            Some(place) => format!("{place}: {detail}"),
            None => detail,
        }
    }

    /// "Linje 4, kolonne «x»" (or "felt" in JSON), if the problem has a place.
    pub fn location(&self, lang: Lang) -> Option<String> {
        let word = match (self.format, lang) {
            (Format::Csv, Lang::Da) => "kolonne",
            (Format::Csv, Lang::En) => "column",
            (Format::Json, Lang::Da) => "felt",
            (Format::Json, Lang::En) => "field",
        };
        let line = self.line.map(|l| match lang {
            Lang::Da => format!("Linje {l}"),
            Lang::En => format!("Line {l}"),
        });
        match (line, &self.column) {
            (Some(l), Some(c)) => Some(format!("{l}, {word} «{c}»")),
            (Some(l), None) => Some(l),
            (None, Some(c)) => {
                let mut w = word.to_string();
                if let Some(first) = w.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                Some(format!("{w} «{c}»"))
            }
            (None, None) => None,
        }
    }

    /// The problem without its place.
    pub fn detail(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        let pick = |d: String, e: String| if da { d } else { e };
        match &self.kind {
            ProblemKind::TooLarge { bytes } => pick(
                format!(
                    "Filen fylder {} MB; højst {} MB kan indlæses. Filen er ikke læst.",
                    num(*bytes as f64 / 1_048_576.0, lang),
                    num(MAX_FILE_BYTES as f64 / 1_048_576.0, lang)
                ),
                format!(
                    "The file is {} MB; at most {} MB can be loaded. The file was not read.",
                    num(*bytes as f64 / 1_048_576.0, lang),
                    num(MAX_FILE_BYTES as f64 / 1_048_576.0, lang)
                ),
            ),
            ProblemKind::Empty => pick("Filen er tom.".into(), "The file is empty.".into()),
            ProblemKind::Spreadsheet => pick(
                "Det er en regnearksfil (.xlsx/.xls/.ods), ikke CSV. Gem den som «CSV (semikolonsepareret)» og indlæs den igen.".into(),
                "This is a spreadsheet workbook (.xlsx/.xls/.ods), not CSV. Save it as \"CSV (semicolon delimited)\" and load it again.".into(),
            ),
            ProblemKind::Binary => pick(
                "Filen er ikke tekst. Brug en CSV- eller JSON-fil.".into(),
                "The file is not text. Use a CSV or JSON file.".into(),
            ),
            ProblemKind::Windows1252 => pick(
                "Filen er ikke UTF-8 og er læst som Windows-1252 (Latin-1). Tjek at æ, ø og å ser rigtige ud.".into(),
                "The file is not UTF-8 and was read as Windows-1252 (Latin-1). Check that æ, ø and å look right.".into(),
            ),
            ProblemKind::ReplacedCharacters { count } => pick(
                format!("{count} tegn kunne ikke læses og er erstattet med «\u{FFFD}»."),
                format!("{count} characters could not be read and were replaced by «\u{FFFD}»."),
            ),
            ProblemKind::JsonSyntax { detail } => pick(
                format!("JSON-filen kan ikke læses: {detail}."),
                format!("The JSON file cannot be read: {detail}."),
            ),
            ProblemKind::JsonNotObject => pick(
                "JSON-filen skal være et objekt med «omraader» eller en liste af områder.".into(),
                "The JSON file must be an object with \"omraader\" or a list of areas.".into(),
            ),
            ProblemKind::JsonNoAreas => pick(
                "JSON-filen har ingen liste «omraader».".into(),
                "The JSON file has no list \"omraader\".".into(),
            ),
            ProblemKind::JsonAreaNotObject => pick(
                "Et element i «omraader» er ikke et objekt; det er sprunget over.".into(),
                "An element of \"omraader\" is not an object; it was skipped.".into(),
            ),
            ProblemKind::WrongType { found } => pick(
                format!("Værdien er {} og ikke et tal eller en tekst.", json_type_da(found)),
                format!("The value is {found}, not a number or a text."),
            ),
            ProblemKind::UnsupportedVersion { found } => pick(
                format!("Version {found} kan ikke læses af denne udgave (den læser version 1)."),
                format!("Version {found} cannot be read by this build (it reads version 1)."),
            ),
            ProblemKind::MissingColumns { columns } => {
                let list = columns.iter().map(|c| format!("«{c}»")).collect::<Vec<_>>().join(", ");
                pick(
                    format!("Filen mangler de nødvendige kolonner {list}. Første linje skal være overskrifterne, adskilt af semikolon."),
                    format!("The file lacks the required columns {list}. The first line must hold the headers, separated by semicolons."),
                )
            }
            ProblemKind::UnknownColumn if self.format == Format::Json => pick(
                "ukendt felt; det bruges ikke.".into(),
                "unknown field; it is not used.".into(),
            ),
            ProblemKind::UnknownColumn => pick(
                "ukendt kolonne; den bruges ikke.".into(),
                "unknown column; it is not used.".into(),
            ),
            ProblemKind::DuplicateColumn if self.format == Format::Json => pick(
                "feltet findes to gange; det første bruges.".into(),
                "the field appears twice; the first one is used.".into(),
            ),
            ProblemKind::DuplicateColumn => pick(
                "kolonnen findes to gange; den første bruges.".into(),
                "the column appears twice; the first one is used.".into(),
            ),
            ProblemKind::UnnamedColumn => pick(
                "værdier i en kolonne uden overskrift; de bruges ikke.".into(),
                "values in a column without a header; they are not used.".into(),
            ),
            ProblemKind::LineBeforeHeader => pick(
                "linjen står før overskrifterne og bruges ikke.".into(),
                "the line comes before the headers and is not used.".into(),
            ),
            ProblemKind::PopulationNotUsed => pick(
                "indbyggertallet bruges ikke: modellen har intet landstal for befolkningen med kilde. Kommunens størrelse udledes af helårsborgerne.".into(),
                "the population is not used: the model has no sourced national population. The municipality's size is derived from the full-year citizens.".into(),
            ),
            ProblemKind::MunicipalityDiffers { first, found } => pick(
                format!("kommunen hedder «{found}» her, men «{first}» tidligere; «{first}» bruges."),
                format!("the municipality is \"{found}\" here but \"{first}\" earlier; \"{first}\" is used."),
            ),
            ProblemKind::MixedDecimalSeparators => pick(
                "Filen bruger både decimalkomma og decimalpunktum. Tal som «1.234» er læst som tusinder; tjek dem.".into(),
                "The file uses both decimal commas and decimal points. Numbers like \"1.234\" were read as thousands; check them.".into(),
            ),
            ProblemKind::FieldCount {
                found,
                expected,
                delimiter,
            } => {
                let hint = found > expected && *delimiter == ',';
                let hint_da = if hint {
                    " Måske et decimaltal med komma i en kommasepareret fil? Sæt det i anførselstegn eller brug semikolon."
                } else {
                    ""
                };
                let hint_en = if hint {
                    " Perhaps a number with a decimal comma in a comma-separated file? Quote it or use semicolons."
                } else {
                    ""
                };
                pick(
                    format!("rækken har {found} felter, men overskriften har {expected}; rækken bruges ikke.{hint_da}"),
                    format!("the row has {found} fields but the header has {expected}; the row is not used.{hint_en}"),
                )
            }
            ProblemKind::MissingValue => pick(
                "værdien mangler; rækken bruges ikke.".into(),
                "the value is missing; the row is not used.".into(),
            ),
            ProblemKind::RowWithoutValues => pick(
                "rækken har ingen tal; området får landstallet skaleret til kommunen.".into(),
                "the row has no figures; the area takes the national figure scaled to the municipality.".into(),
            ),
            ProblemKind::UnknownArea { id, suggestion, known } => {
                let list = known.join(", ");
                match suggestion {
                    Some(s) => pick(
                        format!("«{id}» er ikke et kendt område-id; mente du «{s}»? Kendte id'er: {list}."),
                        format!("\"{id}\" is not a known area id; did you mean \"{s}\"? Known ids: {list}."),
                    ),
                    None => pick(
                        format!("«{id}» er ikke et kendt område-id. Kendte id'er: {list}."),
                        format!("\"{id}\" is not a known area id. Known ids: {list}."),
                    ),
                }
            }
            ProblemKind::DuplicateArea { id, first_line } => {
                let at = |lang| match (first_line, lang) {
                    (Some(l), Lang::Da) => format!(" (første gang i linje {l})"),
                    (Some(l), Lang::En) => format!(" (first on line {l})"),
                    (None, _) => String::new(),
                };
                pick(
                    format!("området «{id}» står der allerede{}; denne række bruges ikke.", at(Lang::Da)),
                    format!("the area \"{id}\" is already there{}; this row is not used.", at(Lang::En)),
                )
            }
            ProblemKind::NotANumber { text } => pick(
                format!("«{text}» er ikke et tal."),
                format!("\"{text}\" is not a number."),
            ),
            ProblemKind::PercentNotAllowed { text } => pick(
                format!("«{text}»: procent giver ikke mening her; skriv tallet uden %."),
                format!("\"{text}\": a percentage makes no sense here; write the number without %."),
            ),
            ProblemKind::OutOfRange { value, quantity, min, max, percent_hint } => {
                let v = quantity_text(*value, *quantity, lang);
                let r = range_text(*min, *max, *quantity, lang);
                let hint = if *percent_hint {
                    let as_pct = format!("{} %", num(*value, lang));
                    let as_frac = num(*value / 100.0, lang);
                    pick(
                        format!("; skriv «{as_pct}» eller «{as_frac}»"),
                        format!("; write \"{as_pct}\" or \"{as_frac}\""),
                    )
                } else {
                    String::new()
                };
                let v = if *percent_hint { num(*value, lang) } else { v };
                pick(
                    format!("{v} er ikke {} (forventet {r}){hint}", credible(*quantity, lang)),
                    format!("{v} is not {} (expected {r}){hint}", credible(*quantity, lang)),
                )
            }
            ProblemKind::Unusual { value, quantity, typical_min, typical_max, national } => {
                let v = quantity_text(*value, *quantity, lang);
                let r = range_text(*typical_min, *typical_max, *quantity, lang);
                let n = quantity_text(*national, *quantity, lang);
                pick(
                    format!("{v} ligger uden for det typiske spænd {r} (landstallet er {n}); tallet bruges, men tjek det."),
                    format!("{v} is outside the typical range {r} (the national figure is {n}); it is used, but check it."),
                )
            }
            ProblemKind::ZeroVolume => pick(
                "0 helårsborgere: området har ingen udgift i basisåret.".into(),
                "0 full-year citizens: the area has no spending in the base year.".into(),
            ),
            ProblemKind::GrowthOrder { low, central, high } => {
                let f = |v| quantity_text(v, Quantity::Rate, lang);
                pick(
                    format!("væksten skal være lav ≤ central ≤ høj, men er {} / {} / {}; rækken bruges ikke.", f(*low), f(*central), f(*high)),
                    format!("growth must be low ≤ central ≤ high but is {} / {} / {}; the row is not used.", f(*low), f(*central), f(*high)),
                )
            }
            ProblemKind::UnknownEvidence { text } => pick(
                format!("«{text}» er ikke en evidenskategori (stor, moderat, lille, ingen, negativ, ukendt)."),
                format!("\"{text}\" is not an evidence category (stor, moderat, lille, ingen, negativ, ukendt; or large, moderate, small, none, negative, unknown)."),
            ),
            ProblemKind::NoAreaRows => pick(
                "Filen har ingen brugbare rækker med områder; den kan ikke bruges.".into(),
                "The file has no usable area rows; it cannot be used.".into(),
            ),
            ProblemKind::NoSize => pick(
                "Helårsborgerne summer til 0, så kommunens størrelse kan ikke udledes; filen kan ikke bruges.".into(),
                "The full-year citizens sum to 0, so the municipality's size cannot be derived; the file cannot be used.".into(),
            ),
            ProblemKind::FewAreasForScale { areas } => pick(
                format!("Kommunens størrelse er udledt af kun {areas} område(r); de øvrige områders helårsborgere og de andre serviceområders budgetter er skaleret ud fra det."),
                format!("The municipality's size is derived from only {areas} area(s); the other areas' full-year citizens and the other services' budgets are scaled by it."),
            ),
            ProblemKind::LargeScale { scale } => pick(
                format!("Filens helårsborgere svarer til {} af landets; er det én kommunes tal?", quantity_text(*scale, Quantity::Share, lang)),
                format!("The file's full-year citizens are {} of the country's; are these one municipality's figures?", quantity_text(*scale, Quantity::Share, lang)),
            ),
            ProblemKind::Invalid { field, message } => pick(
                format!("Datasættet består ikke modellens kontrol ({field}: {message}); filen kan ikke bruges."),
                format!("The data set fails the model's check ({field}: {message}); the file cannot be used."),
            ),
            ProblemKind::TooManyRows { limit } => pick(
                format!(
                    "Filen har mere end {} rækker; resten er ikke læst.",
                    num(*limit as f64, lang)
                ),
                format!(
                    "The file has more than {} rows; the rest was not read.",
                    num(*limit as f64, lang)
                ),
            ),
            ProblemKind::TooManyProblems { errors, warnings } => pick(
                format!("… og {errors} fejl og {warnings} advarsler mere, som ikke er vist."),
                format!("… and {errors} more errors and {warnings} more warnings, not shown."),
            ),
        }
    }
}

fn json_type_da(found: &str) -> &'static str {
    match found {
        "a boolean" => "sand/falsk",
        "an object" => "et objekt",
        "an array" => "en liste",
        _ => "af forkert type",
    }
}

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

/// Windows-1252 for 0x80..=0x9F (the rest of the byte range is Latin-1,
/// i.e. the same code point). The five undefined bytes map to the C1
/// control of the same number, as the WHATWG encoding standard does.
const CP1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decodes Windows-1252 (a superset of Latin-1's printable range).
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_80_9F[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The bytes as text: UTF-8 (a byte-order mark is dropped), UTF-16 with a
/// byte-order mark (Excel's "Unicode text"), else Windows-1252. Refuses
/// spreadsheets and binary files.
fn decode(bytes: &[u8], sink: &mut Sink) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Some(match std::str::from_utf8(rest) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let s = String::from_utf8_lossy(rest).into_owned();
                let count = s.matches('\u{FFFD}').count();
                sink.warn(None, None, ProblemKind::ReplacedCharacters { count });
                s
            }
        });
    }
    let utf16 = |rest: &[u8], little: bool, sink: &mut Sink| {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| match (c, little) {
                ([a, b], true) => u16::from_le_bytes([*a, *b]),
                ([a, b], false) => u16::from_be_bytes([*a, *b]),
                _ => 0xFFFD,
            })
            .collect();
        let s = String::from_utf16_lossy(&units);
        let count = s.matches('\u{FFFD}').count();
        if count > 0 {
            sink.warn(None, None, ProblemKind::ReplacedCharacters { count });
        }
        s
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Some(utf16(rest, true, sink));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Some(utf16(rest, false, sink));
    }
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    {
        sink.error(None, None, ProblemKind::Spreadsheet);
        return None;
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        sink.error(None, None, ProblemKind::Binary);
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s.to_string()),
        Err(_) => {
            sink.warn(None, None, ProblemKind::Windows1252);
            Some(decode_windows_1252(bytes))
        }
    }
}

// ---------------------------------------------------------------------------
// Rows, whatever the format
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum RawValue {
    Text(String),
    Number(f64),
    Empty,
    Other(&'static str),
}

impl RawValue {
    fn is_empty(&self) -> bool {
        match self {
            RawValue::Empty => true,
            RawValue::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

#[derive(Clone, Debug)]
struct RawField {
    column: Column,
    header: Rc<str>,
    line: Option<usize>,
    value: RawValue,
}

#[derive(Clone, Debug)]
struct RawRow {
    line: Option<usize>,
    fields: Vec<RawField>,
}

impl RawRow {
    fn get(&self, c: Column) -> Option<&RawField> {
        self.fields.iter().find(|f| f.column == c)
    }
}

/// What a reader yields before the values are checked.
struct Rows {
    rows: Vec<RawRow>,
    default_decimal: Decimal,
    municipality: Option<String>,
}

/// One value read from the file, with where it was.
#[derive(Clone, Debug)]
struct Cell {
    value: f64,
    line: Option<usize>,
    header: Rc<str>,
}

/// A checked area row.
#[derive(Clone, Debug)]
struct AreaInput {
    index: usize,
    line: Option<usize>,
    values: BTreeMap<Column, Cell>,
    evidence: Option<Evidence>,
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
fn check_rows(rows: &Rows, base: &DataSet, sink: &mut Sink) -> Vec<AreaInput> {
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
            Some(RawValue::Number(n)) => num(*n, Lang::En),
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
                RawValue::Number(n) => num(*n, Lang::En),
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
fn growth_of(values: &BTreeMap<Column, Cell>, national: &Area) -> (f64, f64, f64) {
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

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

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

fn read_csv(text: &str, sink: &mut Sink) -> Option<Rows> {
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

fn note_municipality(
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

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

/// Lines of the keys and elements of a well-formed JSON text: the top
/// object's keys, and for each element of the areas array its line and its
/// keys' lines. serde_json keeps no positions, so this small scanner walks
/// the text once (it is only run on text serde_json has accepted).
#[derive(Default)]
struct JsonLines {
    top: Vec<(String, usize)>,
    elements: Vec<(usize, Vec<(String, usize)>)>,
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            self.i += 1;
        }
    }

    /// A string starting at `"`; returns its text (escapes other than
    /// `\uXXXX` kept as the escaped character).
    fn string(&mut self) -> String {
        let mut out = Vec::new();
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    if let Some(e) = self.peek() {
                        self.i += 1;
                        if e == b'u' {
                            let hex = self.b.get(self.i..self.i + 4).unwrap_or(b"0000");
                            let code = std::str::from_utf8(hex)
                                .ok()
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .and_then(char::from_u32)
                                .unwrap_or('\u{FFFD}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(code.encode_utf8(&mut buf).as_bytes());
                            self.i += 4;
                        } else {
                            out.push(e);
                        }
                    }
                }
                _ => out.push(c),
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self) {
        self.ws();
        match self.peek() {
            Some(b'"') => {
                self.string();
            }
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                while let Some(c) = self.peek() {
                    match c {
                        b'"' => {
                            self.string();
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                self.i += 1;
                                return;
                            }
                        }
                        b'\n' => self.line += 1,
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            Some(_) => {
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace() {
                        break;
                    }
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    /// At `{`: each key with its line; `on_value` reads or skips the value.
    fn object(&mut self, mut on_value: impl FnMut(&mut Self, &str)) -> Vec<(String, usize)> {
        let mut keys = Vec::new();
        self.i += 1;
        loop {
            self.ws();
            match self.peek() {
                Some(b'"') => {
                    let line = self.line;
                    let key = self.string();
                    self.ws();
                    if self.peek() == Some(b':') {
                        self.i += 1;
                    }
                    self.ws();
                    on_value(self, &key);
                    keys.push((key, line));
                    self.ws();
                    if self.peek() == Some(b',') {
                        self.i += 1;
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                _ => break,
            }
        }
        keys
    }

    /// At `[`: each element's line and, for objects, its keys' lines.
    fn areas(&mut self) -> Vec<(usize, Vec<(String, usize)>)> {
        let mut out = Vec::new();
        self.i += 1;
        loop {
            self.ws();
            match self.peek() {
                Some(b']') => {
                    self.i += 1;
                    break;
                }
                Some(b'{') => {
                    let line = self.line;
                    let keys = self.object(|s, _| s.skip_value());
                    out.push((line, keys));
                }
                Some(_) => {
                    out.push((self.line, Vec::new()));
                    self.skip_value();
                }
                None => break,
            }
            self.ws();
            if self.peek() == Some(b',') {
                self.i += 1;
            }
        }
        out
    }
}

fn is_areas_key(key: &str) -> bool {
    matches!(normalize(key).as_str(), "omraader" | "areas")
}

fn json_lines(text: &str) -> JsonLines {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
    };
    s.ws();
    let mut out = JsonLines::default();
    match s.peek() {
        Some(b'[') => out.elements = s.areas(),
        Some(b'{') => {
            let mut elements = Vec::new();
            out.top = s.object(|s, key| {
                if is_areas_key(key) && s.peek() == Some(b'[') && elements.is_empty() {
                    elements = s.areas();
                } else {
                    s.skip_value();
                }
            });
            out.elements = elements;
        }
        _ => {}
    }
    out
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Object(_) => "an object",
        serde_json::Value::Array(_) => "an array",
        _ => "a value",
    }
}

fn raw_value(v: &serde_json::Value) -> RawValue {
    match v {
        serde_json::Value::Null => RawValue::Empty,
        serde_json::Value::String(s) => {
            if s.trim().is_empty() {
                RawValue::Empty
            } else {
                RawValue::Text(s.clone())
            }
        }
        serde_json::Value::Number(n) => n
            .as_f64()
            .map_or(RawValue::Other("a value"), RawValue::Number),
        other => RawValue::Other(json_type(other)),
    }
}

fn read_json(text: &str, sink: &mut Sink) -> Option<Rows> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let detail = e.to_string();
            let detail = match detail.find(" at line ") {
                Some(i) => detail[..i].to_string(),
                None => detail,
            };
            let line = (e.line() > 0).then_some(e.line());
            sink.error(line, None, ProblemKind::JsonSyntax { detail });
            return None;
        }
    };
    let lines = json_lines(text);
    let top_line = |key: &str| lines.top.iter().find(|(k, _)| k == key).map(|(_, l)| *l);
    let mut municipality = None;
    let mut warned = false;
    let areas = match &value {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(map) => {
            let mut areas = None;
            for (key, v) in map {
                let line = top_line(key);
                if key.starts_with('_') {
                    continue;
                }
                if is_areas_key(key) {
                    match v {
                        serde_json::Value::Array(a) => areas = Some(a),
                        _ => {
                            sink.error(line, Some(key), ProblemKind::JsonNoAreas);
                            return None;
                        }
                    }
                    continue;
                }
                match normalize(key).as_str() {
                    "version" => {
                        let ok = match v {
                            serde_json::Value::Number(n) => n.as_f64() == Some(1.0),
                            serde_json::Value::String(s) => s.trim() == "1",
                            _ => false,
                        };
                        if !ok {
                            let found = match v {
                                serde_json::Value::String(s) => shorten(s),
                                other => shorten(&other.to_string()),
                            };
                            sink.error(line, Some(key), ProblemKind::UnsupportedVersion { found });
                            return None;
                        }
                    }
                    "format" => {}
                    _ => match Column::from_header(key) {
                        Some(Column::Municipality) => {
                            if let serde_json::Value::String(s) = v {
                                note_municipality(
                                    &mut municipality,
                                    s,
                                    line,
                                    key,
                                    &mut warned,
                                    sink,
                                );
                            }
                        }
                        Some(Column::Population) => {
                            sink.warn(line, Some(key), ProblemKind::PopulationNotUsed);
                        }
                        _ => sink.warn(line, Some(key), ProblemKind::UnknownColumn),
                    },
                }
            }
            match areas {
                Some(a) => a,
                None => {
                    sink.error(None, None, ProblemKind::JsonNoAreas);
                    return None;
                }
            }
        }
        _ => {
            sink.error(Some(1), None, ProblemKind::JsonNotObject);
            return None;
        }
    };
    let mut rows = Vec::new();
    let mut unknown_keys: Vec<String> = Vec::new();
    for (i, element) in areas.iter().enumerate() {
        if i >= MAX_ROWS {
            let line = lines.elements.get(i).map(|(l, _)| *l);
            sink.force(
                line,
                None,
                ProblemKind::TooManyRows { limit: MAX_ROWS },
                Severity::Error,
            );
            break;
        }
        let (line, key_lines) = match lines.elements.get(i) {
            Some((l, k)) => (Some(*l), k.as_slice()),
            None => (None, &[][..]),
        };
        let key_line = |key: &str| {
            key_lines
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, l)| *l)
                .or(line)
        };
        let serde_json::Value::Object(map) = element else {
            sink.error(line, None, ProblemKind::JsonAreaNotObject);
            continue;
        };
        let mut fields: Vec<RawField> = Vec::new();
        for (key, v) in map {
            if key.starts_with('_') {
                continue;
            }
            let kl = key_line(key);
            match Column::from_header(key) {
                Some(column) if fields.iter().any(|f| f.column == column) => {
                    sink.warn(kl, Some(key), ProblemKind::DuplicateColumn);
                }
                Some(column) => fields.push(RawField {
                    column,
                    header: Rc::from(key.as_str()),
                    line: kl,
                    value: raw_value(v),
                }),
                None => {
                    if !unknown_keys.contains(key) {
                        sink.warn(kl, Some(key), ProblemKind::UnknownColumn);
                        unknown_keys.push(key.clone());
                    }
                }
            }
        }
        let row = RawRow { line, fields };
        if let Some(f) = row.get(Column::Municipality) {
            if let RawValue::Text(name) = &f.value {
                note_municipality(
                    &mut municipality,
                    name,
                    f.line,
                    &f.header,
                    &mut warned,
                    sink,
                );
            }
        }
        rows.push(row);
    }
    Some(Rows {
        rows,
        default_decimal: Decimal::Comma,
        municipality,
    })
}

// ---------------------------------------------------------------------------
// Building the data set
// ---------------------------------------------------------------------------

fn file_sourced(value: f64, file_name: &str, cell: &Cell) -> Sourced {
    let at = match cell.line {
        Some(l) => format!(", line {l}"),
        None => String::new(),
    };
    Sourced {
        value,
        source: SOURCE_ID.into(),
        status: Status::Stated,
        note: Some(format!(
            "From the municipality's file '{}'{at}, «{}»",
            shorten(file_name),
            shorten(&cell.header)
        )),
    }
}

/// `national` times the size factor, still citing its source: an
/// illustrative figure stays illustrative, any other becomes derived.
fn scaled(national: &Sourced, scale: f64) -> Sourced {
    let how = format!(
        "national value {} × size factor {} (the municipality's file: its full-year citizens over the national ones of the same areas)",
        number(national.value, 0, Lang::En),
        scale
    );
    let note = match &national.note {
        Some(n) => format!("{how}; national: {n}"),
        None => how,
    };
    let status = if national.status == Status::Illustrative || national.source == ILLUSTRATIVE {
        Status::Illustrative
    } else {
        Status::Derived
    };
    Sourced {
        value: national.value * scale,
        source: national.source.clone(),
        status,
        note: Some(note),
    }
}

fn apply_row(area: &mut Area, origin: &mut AreaOrigin, input: &AreaInput, file_name: &str) {
    origin.line = input.line;
    let national = area.clone();
    let put = |column: Column, target: &mut Sourced, o: &mut FieldOrigin| {
        if let Some(cell) = input.values.get(&column) {
            *target = file_sourced(cell.value, file_name, cell);
            *o = FieldOrigin::File;
        }
    };
    put(
        Column::Volume,
        &mut area.volume_full_year,
        &mut origin.volume,
    );
    put(
        Column::UnitCost,
        &mut area.unit_cost_dkk,
        &mut origin.unit_cost,
    );
    put(
        Column::LegalFloor,
        &mut area.legal_floor,
        &mut origin.legal_floor,
    );
    put(
        Column::ExternalShare,
        &mut area.external_purchase_share,
        &mut origin.external_purchase_share,
    );
    put(
        Column::Sigma,
        &mut area.case_cost_sigma,
        &mut origin.case_cost_sigma,
    );
    if let Some(e) = input.evidence {
        area.evidence = e;
        origin.evidence = FieldOrigin::File;
    }
    let growth_cols = [Column::Growth, Column::GrowthLow, Column::GrowthHigh];
    if growth_cols.iter().any(|c| input.values.contains_key(c)) {
        let (low, central, high) = growth_of(&input.values, &national);
        let g = &mut area.growth_per_year;
        for (column, target, value) in [
            (Column::GrowthLow, &mut g.low, low),
            (Column::Growth, &mut g.central, central),
            (Column::GrowthHigh, &mut g.high, high),
        ] {
            *target =
                match input.values.get(&column) {
                    Some(cell) => file_sourced(value, file_name, cell),
                    None if column == Column::Growth => target.clone(),
                    None => {
                        Sourced {
                            value,
                            source: SOURCE_ID.into(),
                            status: Status::Derived,
                            note: Some(format!(
                        "The file's central growth with the national distance to the {} end",
                        if column == Column::GrowthLow { "low" } else { "high" }
                    )),
                        }
                    }
                };
        }
        origin.growth = FieldOrigin::File;
    }
}

/// Reads a municipality's cockpit file. Detects JSON (text starting with
/// `{` or `[`, or a `.json` name) or CSV; decodes UTF-8 with or without a
/// byte-order mark, UTF-16 with one, else Windows-1252; never panics.
/// `base` is the national data set the file's areas are matched against
/// and the defaults come from.
pub fn import_file(bytes: &[u8], file_name: &str, base: &DataSet) -> Import {
    let mut sink = Sink::new();
    let unusable = |sink: Sink, format: Option<Format>| Import {
        data: base.clone(),
        origin: base
            .areas
            .iter()
            .map(|a| AreaOrigin::national(&a.id, FieldOrigin::NationalDefault))
            .collect(),
        problems: sink.finish(),
        scale: 1.0,
        municipality: None,
        usable: false,
        format,
    };
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
    for s in &mut data.services {
        s.budget_dkk = scaled(&s.budget_dkk, scale);
    }
    let per_year: Vec<crate::model::ids::LeverId> = data
        .levers
        .iter()
        .filter(|l| l.unit == LeverUnit::DkkPerYear)
        .map(|l| l.id)
        .collect();
    for l in &mut data.levers {
        if per_year.contains(&l.id) {
            l.min = scaled(&l.min, scale);
            l.max = scaled(&l.max, scale);
        }
    }
    for a in &mut data.approaches {
        for (id, v) in &mut a.levers {
            if per_year.contains(id) {
                *v = scaled(v, scale);
            }
        }
    }
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

impl Import {
    /// How many problems are errors.
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// How many problems are warnings.
    pub fn warnings(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .count()
    }

    /// Where the area with this id came from.
    pub fn origin_of(&self, area_id: &str) -> Option<&AreaOrigin> {
        self.origin.iter().find(|o| o.area_id == area_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<f64> {
        parse_number(s, Decimal::Comma, true).ok().map(|p| p.value)
    }

    #[test]
    fn danish_numbers() {
        assert_eq!(n("1.234.567,5"), Some(1_234_567.5));
        assert_eq!(n("1 234 567"), Some(1_234_567.0));
        assert_eq!(n("1\u{a0}234\u{a0}567,25"), Some(1_234_567.25));
        assert_eq!(n("2,5 %"), Some(0.025));
        assert_eq!(n("2,5%"), Some(0.025));
        assert_eq!(n("-1,5 pct."), Some(-0.015));
        assert_eq!(n("\u{2212}3"), Some(-3.0));
        assert_eq!(n("470.000 kr."), Some(470_000.0));
        assert_eq!(n("kr. 470.000,00"), Some(470_000.0));
        assert_eq!(n("1,16E+06"), Some(1_160_000.0));
        assert_eq!(n("0,025"), Some(0.025));
        assert_eq!(n("0.025"), Some(0.025));
        assert_eq!(n("2.5"), Some(2.5));
        assert_eq!(n("1.234"), Some(1234.0));
        assert_eq!(n(",5"), Some(0.5));
    }

    #[test]
    fn english_numbers() {
        let e = |s| parse_number(s, Decimal::Point, true).ok().map(|p| p.value);
        assert_eq!(e("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(e("1,234"), Some(1234.0));
        assert_eq!(e("1.234"), Some(1.234));
        assert_eq!(e("2,5"), Some(2.5));
    }

    #[test]
    fn not_numbers() {
        for s in [
            "",
            "abc",
            "1,2,3",
            "1.23.4",
            "12.34.567",
            "1..234",
            "1 2",
            "--1",
            "1e",
            "1e9999",
            "%",
            "1,5,",
            "kr.",
        ] {
            assert_eq!(n(s), None, "{s:?}");
        }
        assert_eq!(
            parse_number("5 %", Decimal::Comma, false),
            Err(NumberError::PercentNotAllowed)
        );
    }

    #[test]
    fn headers_normalize() {
        assert_eq!(normalize("Enhedsudgift (kr.)"), "enhedsudgift_kr");
        assert_eq!(normalize("\u{feff}Helårsborgere"), "helaarsborgere");
        assert_eq!(normalize("  Vækst pr. år  "), "vaekst_pr_aar");
        assert_eq!(
            Column::from_header("Retskrav, andel"),
            Some(Column::LegalFloor)
        );
        assert_eq!(Column::from_header("unit_cost_dkk"), Some(Column::UnitCost));
        assert_eq!(Column::from_header("noget andet"), None);
    }

    #[test]
    fn windows_1252_table() {
        assert_eq!(decode_windows_1252(b"p\xe5 \x80 \x96"), "på € –");
        assert_eq!(
            decode_windows_1252(&[0xC6, 0xD8, 0xC5, 0xE6, 0xF8]),
            "ÆØÅæø"
        );
    }

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

    #[test]
    fn json_lines_find_keys() {
        let text = "{\n \"kommune\": \"X\",\n \"omraader\": [\n  {\"omraade_id\": \"a\",\n   \"helaarsborgere\": 1},\n  3\n ]\n}";
        let l = json_lines(text);
        assert_eq!(l.top, vec![("kommune".into(), 2), ("omraader".into(), 3)]);
        assert_eq!(l.elements.len(), 2);
        assert_eq!(l.elements[0].0, 4);
        assert_eq!(l.elements[0].1[1], ("helaarsborgere".into(), 5));
        assert_eq!(l.elements[1].0, 6);
    }
}
