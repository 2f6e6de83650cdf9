//! What reading Statistikbanken extracts yields: the import to use, what
//! was read per area and per file, the functions, service types and places
//! of placement not used, and the problems (typed; `text::statbank` words
//! them).

use crate::model::data::localized::Localized;
use crate::model::ids::StatTable;
use crate::model::import::{Import, ProblemKind, Severity};

/// One of the 98 municipalities, with Danmarks Statistik's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Municipality {
    /// The code as Statistikbanken's `OMRÅDE` writes it, e.g. `101`.
    pub code: u16,
    /// The name, e.g. `København`.
    pub name: String,
}

/// What was read from the extracts, and the data set built from them.
#[derive(Clone, Debug, PartialEq)]
pub struct StatbankImport {
    /// The import to load: the national data set with the municipality's
    /// spending put in, and every figure marked with where it came from.
    /// `import.usable` is false when nothing could be used.
    pub import: Import,
    /// The municipality the figures are for.
    pub municipality: Option<Municipality>,
    /// The table the money came from (REGK31 before BUDK32) and its year.
    pub money: Option<(StatTable, i32)>,
    /// The population used for the size factor, if FOLK1A was given.
    pub population: Option<Population>,
    /// How the municipality's size against the country was found.
    pub scale_basis: ScaleBasis,
    /// One entry per file, in the order given.
    pub files: Vec<FileRead>,
    /// One entry per model area, in the data set's order.
    pub areas: Vec<AreaRead>,
    /// Functions in the extracts that go to no model area.
    pub unmapped: Vec<Unmapped>,
    /// Per table of counts read (HAND01, ANBAAR), the year whose figures
    /// give the volumes.
    pub counts_years: Vec<(StatTable, i32)>,
    /// The categories of the tables of counts (HAND01's service types,
    /// ANBAAR's places) in that year that go to no model area.
    pub services_not_used: Vec<UnusedService>,
    /// Every problem found, in file order.
    pub problems: Vec<StatProblem>,
}

impl StatbankImport {
    /// The year whose figures of the table of counts `table` give the
    /// volumes, if it was read.
    pub fn counts_year(&self, table: StatTable) -> Option<i32> {
        self.counts_years
            .iter()
            .find(|(t, _)| *t == table)
            .map(|(_, y)| *y)
    }

    /// How many problems are errors.
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
}

/// The municipality's and the country's population from FOLK1A.
#[derive(Clone, Debug, PartialEq)]
pub struct Population {
    /// The quarter, as written (`2024K1`).
    pub period: String,
    /// The municipality's inhabitants.
    pub municipality: f64,
    /// The country's inhabitants ("Hele landet"), if in the file.
    pub country: Option<f64>,
}

/// How the size factor (the municipality against the country) was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScaleBasis {
    /// Inhabitants from FOLK1A, the municipality's over the country's.
    Population,
    /// The municipality's spending on the mapped functions over the
    /// country's, both from the same table (no population given).
    SpendingShare,
    /// The municipality's spending on the mapped functions over the national
    /// data set's spending on the same areas (neither population nor the
    /// country's figures given).
    NationalData,
    /// Not found: nothing usable was read.
    Unknown,
}

/// One file as read.
#[derive(Clone, Debug, PartialEq)]
pub struct FileRead {
    /// The file's name.
    pub name: String,
    /// The table recognised from its header, if any.
    pub table: Option<StatTable>,
    /// Labels (`5.38.50 Botilbud ...`) or codes (`53850`).
    pub labels: bool,
    /// Data rows read.
    pub rows: usize,
    /// Rows for the municipality (and the country) that were used.
    pub used: usize,
}

/// Where one area's figures came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaStatus {
    /// The municipality's spending on the area's functions, from the table.
    FromTable,
    /// The area's functions are in the table but every figure is suppressed
    /// (".."): national figures scaled by the size factor.
    Suppressed,
    /// Net spending of zero or below: national figures scaled.
    NotPositive,
    /// No function of the area in the extracts (or none mapped to it):
    /// national figures scaled.
    NotInFiles,
}

/// One model area's money as read.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaRead {
    /// The area's id.
    pub area_id: String,
    /// Where its figures came from.
    pub status: AreaStatus,
    /// The functions summed, as `5.38.50`.
    pub functions: Vec<String>,
    /// The municipality's net operating spending in DKK (the table's year).
    pub spending_dkk: Option<f64>,
    /// The country's, from the same table, if there.
    pub country_dkk: Option<f64>,
    /// The municipality's spending per inhabitant (DKK), if the population
    /// is known.
    pub per_inhabitant_dkk: Option<f64>,
    /// The country's spending per inhabitant (DKK), if known.
    pub country_per_inhabitant_dkk: Option<f64>,
    /// The municipality's spending in earlier years, oldest first, from
    /// the same table.
    pub history: Vec<EarlierYear>,
    /// Where its volume came from: the counts of HAND01 or ANBAAR, or the
    /// national volume scaled.
    pub volume: VolumeRead,
}

/// Where one area's volume came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VolumeStatus {
    /// The municipality's own: the mean of a year's four quarters of
    /// full-time services in HAND01, or the children placed on 31 December
    /// in ANBAAR.
    Own,
    /// A figure of the area's categories is suppressed (".."): the
    /// national volume scaled.
    Suppressed,
    /// Not every quarter of the year, or not every category of the area,
    /// is in the table: the national volume scaled.
    Incomplete,
    /// A count of zero: the national volume scaled.
    Zero,
    /// No category of the area in the files (or no table of counts): the
    /// national volume scaled.
    NotInFiles,
}

/// One model area's volume as read from a table of counts.
#[derive(Clone, Debug, PartialEq)]
pub struct VolumeRead {
    /// Where it came from.
    pub status: VolumeStatus,
    /// The table of counts that counts the area, if one does.
    pub table: Option<StatTable>,
    /// The count (≈ full-year persons) when [`VolumeStatus::Own`]: the
    /// mean full-time services per quarter (HAND01), or the children
    /// placed on 31 December (ANBAAR).
    pub full_time: Option<f64>,
    /// The year of the counts.
    pub year: Option<i32>,
    /// The categories summed, as the mapping names them.
    pub services: Vec<String>,
}

/// A category of a table of counts (a HAND01 service type, an ANBAAR
/// place) that no model area takes.
#[derive(Clone, Debug, PartialEq)]
pub struct UnusedService {
    /// The table.
    pub table: StatTable,
    /// The label from the file.
    pub label: String,
    /// Why it is not used.
    pub why: Option<Localized>,
    /// The municipality's count in the year (HAND01: the mean of the four
    /// quarters), if every figure of the year is there.
    pub full_time: Option<f64>,
}

/// The municipality's spending on an area in an earlier year.
#[derive(Clone, Debug, PartialEq)]
pub struct EarlierYear {
    /// The year.
    pub year: i32,
    /// Net operating spending, DKK.
    pub spending_dkk: f64,
    /// Per inhabitant (DKK), if FOLK1A has the municipality in that year
    /// (its last quarter).
    pub per_inhabitant_dkk: Option<f64>,
}

/// A function in the extracts that no model area takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Unmapped {
    /// The function, as `5.38.42`.
    pub code: String,
    /// Its label from the file (or the mapping), if any.
    pub label: String,
    /// Why it is not used, if the mapping says.
    pub why: Option<Localized>,
    /// The municipality's net spending on it in DKK, if not suppressed.
    pub spending_dkk: Option<f64>,
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct StatProblem {
    /// The file's name; empty for a problem about the set of files.
    pub file: String,
    /// 1-based line, where there is one.
    pub line: Option<usize>,
    /// The column (variable code) as written, where there is one.
    pub column: Option<String>,
    /// What is wrong.
    pub kind: StatProblemKind,
    /// Error or warning.
    pub severity: Severity,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum StatProblemKind {
    /// A problem reading the bytes as text (too large, empty, a workbook,
    /// binary, Latin-1), as the template import words it.
    Decoding(ProblemKind),
    /// The header is not one of a table this app reads.
    NotStatbank {
        /// The header line as found (shortened).
        header: String,
    },
    /// Lines before the header (a title), ignored.
    LinesBeforeHeader {
        /// How many.
        count: usize,
    },
    /// A finance table whose file name says neither REGK31 nor BUDK32:
    /// read as accounts (REGK31).
    AssumedAccounts,
    /// A row with a different number of fields than the header.
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// A value that is not a number (nor "..").
    NotANumber {
        /// The value (shortened).
        value: String,
    },
    /// A time that is not a year (`2023`) or a quarter (`2024K1`).
    NotAYear {
        /// The value (shortened).
        value: String,
    },
    /// A suppressed figure ("..") for a mapped function of the
    /// municipality: its area may fall back to the national figures.
    Suppressed {
        /// The function, as `5.38.50`.
        function: String,
    },
    /// Rows for other account types, price units or breakdowns, not used.
    OtherRowsSkipped {
        /// How many.
        count: usize,
    },
    /// The same figure twice (same area, function, year): the later is used.
    DuplicateRow {
        /// The line of the first.
        first: usize,
    },
    /// No municipality chosen and the files hold several.
    SeveralMunicipalities {
        /// Their names (or codes).
        names: Vec<String>,
    },
    /// The chosen municipality is not in the files.
    MunicipalityNotInFiles {
        /// Its name.
        name: String,
    },
    /// No usable money (REGK31 or BUDK32) for the municipality.
    NoMoney,
    /// Both REGK31 and BUDK32 given: the accounts are used.
    BudgetNotUsed,
    /// No population (FOLK1A, with the country's) given: the size factor
    /// rests on spending.
    NoPopulation,
    /// The population's year is not the money's.
    YearsDiffer {
        /// The money's year.
        money: i32,
        /// The population's period.
        population: String,
    },
    /// An area's net spending is zero or below: national figures used.
    NotPositive {
        /// The area's name.
        area: Localized,
    },
    /// The data set built failed the model's own validation.
    Invalid {
        /// The field.
        field: String,
        /// The model's message.
        message: String,
    },
    /// A category of a table of counts (HAND01's service type, ANBAAR's
    /// place) the mapping does not know (a code, or a label not listed):
    /// its rows are not used.
    UnknownServiceType {
        /// The table.
        table: StatTable,
        /// The value as written (shortened).
        value: String,
    },
    /// A time of a table of counts not of its form: not a quarter
    /// (`2023K4`) in HAND01, not a year (`2023`) in ANBAAR.
    WrongPeriod {
        /// The table.
        table: StatTable,
        /// The value (shortened).
        value: String,
    },
    /// The latest year in HAND01 has fewer than four quarters: an earlier,
    /// complete year is used.
    PartYear {
        /// The year.
        year: i32,
        /// How many quarters it has.
        quarters: usize,
    },
    /// HAND01 has no year with all four quarters: no volume is used.
    NoCompleteYear,
    /// The counts' year is not the money's.
    CountYearDiffers {
        /// The table of counts.
        table: StatTable,
        /// The money's year.
        money: i32,
        /// The counts' year.
        counts: i32,
    },
    /// A suppressed count ("..") for a category of the municipality (a
    /// service type, a place): its area's volume is the national one
    /// scaled.
    CountSuppressed {
        /// The category as written.
        service: String,
    },
    /// An area's categories are not all in the table of counts for the
    /// whole year (HAND01: all four quarters): its volume is the national
    /// one scaled.
    CountsIncomplete {
        /// The table of counts.
        table: StatTable,
        /// The area's name.
        area: Localized,
    },
    /// The municipality's own count of an area gives a unit cost outside
    /// what the model accepts (a count far too small or large for the
    /// spending): its volume is the national one scaled.
    CountImplausible {
        /// The area's name.
        area: Localized,
        /// The full-year persons the count gave.
        count: f64,
    },
    /// More problems than are listed.
    TooManyProblems {
        /// How many more.
        count: usize,
    },
}
