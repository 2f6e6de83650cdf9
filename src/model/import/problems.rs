//! Collecting problems: the sink every stage reports to, which caps how
//! many are listed and counts the rest, and how text from the file is
//! shortened before a problem quotes it; and how a problem is worded in
//! Danish and English.

use crate::model::data::localized::Lang;
use crate::text::format::number;

use super::types::{
    Format, Problem, ProblemKind, Quantity, Severity, MAX_FILE_BYTES, MAX_PROBLEMS,
};

pub(super) struct Sink {
    pub(super) problems: Vec<Problem>,
    more_errors: usize,
    more_warnings: usize,
    /// Problems listed by `push` (summaries from `force` do not count).
    listed: usize,
    pub(super) format: Format,
}

impl Sink {
    pub(super) fn new() -> Sink {
        Sink {
            problems: Vec::new(),
            more_errors: 0,
            more_warnings: 0,
            listed: 0,
            format: Format::Csv,
        }
    }

    pub(super) fn push(
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
    pub(super) fn force(
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
    pub(super) fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.more_errors += 1,
            Severity::Warning => self.more_warnings += 1,
        }
    }

    /// True when no more problems are listed (they are only counted).
    pub(super) fn full(&self) -> bool {
        self.listed >= MAX_PROBLEMS
    }

    pub(super) fn error(&mut self, line: Option<usize>, column: Option<&str>, kind: ProblemKind) {
        self.push(line, column, kind, Severity::Error);
    }

    pub(super) fn warn(&mut self, line: Option<usize>, column: Option<&str>, kind: ProblemKind) {
        self.push(line, column, kind, Severity::Warning);
    }

    /// The problems in file order, those about the whole file (no line)
    /// first, and the count of those not listed last.
    pub(super) fn finish(mut self) -> Vec<Problem> {
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
pub(super) fn shorten(text: &str) -> String {
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
pub(super) fn num(v: f64, lang: Lang) -> String {
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
