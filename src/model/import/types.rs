//! The public types of an import: what a file yields ([`Import`]), where
//! each figure came from ([`AreaOrigin`], [`FieldOrigin`]), the problems
//! found ([`Problem`], [`ProblemKind`], [`Severity`]) and the limits on
//! what is read.

use crate::model::data::dataset::DataSet;

/// Files larger than this (5 MiB) are refused without being parsed. A
/// cockpit file with one row per area is a few kilobytes. The same limit
/// holds for everything the app or the runner reads
/// ([`MAX_INPUT_BYTES`](crate::model::data::input::MAX_INPUT_BYTES)).
pub const MAX_FILE_BYTES: usize = crate::model::data::input::MAX_INPUT_BYTES;

/// At most this many problems are listed; the rest are counted in one
/// closing [`ProblemKind::TooManyProblems`].
pub const MAX_PROBLEMS: usize = 100;

/// At most this many non-blank rows (or JSON area objects) are read; the
/// rest of the file is not. A cockpit file has one row per area.
pub const MAX_ROWS: usize = 10_000;

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
    pub(super) fn national(area_id: &str, volume: FieldOrigin) -> AreaOrigin {
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
    /// A JSON object has the same key twice (the file is not read: which
    /// of the two was meant cannot be told).
    JsonDuplicateKey {
        /// The repeated key's path, e.g. `omraader[2].enhedsudgift_kr`.
        path: String,
    },
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
            ProblemKind::JsonDuplicateKey { .. } => "json_duplicate_key",
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

impl Import {
    /// An import that is not used: the national data set `base` unchanged,
    /// every area's figures its national defaults, with `problems` saying
    /// why.
    pub fn unusable(base: &DataSet, problems: Vec<Problem>, format: Option<Format>) -> Import {
        Import {
            data: base.clone(),
            origin: base
                .areas
                .iter()
                .map(|a| AreaOrigin::national(&a.id, FieldOrigin::NationalDefault))
                .collect(),
            problems,
            scale: 1.0,
            municipality: None,
            usable: false,
            format,
        }
    }

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
