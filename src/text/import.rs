//! The wording of import problems: a typed [`Problem`] from
//! `model::import` as one sentence in Danish or English, starting with its
//! place (line, and column in CSV or field in JSON). The model only finds
//! and types the problems; every word shown for them is here.

use crate::model::data::localized::Lang;
use crate::model::digits;
use crate::model::import::{FieldOrigin, Format, Problem, ProblemKind, Quantity, MAX_FILE_BYTES};
use crate::text::format::separators;

/// The problem in one sentence, starting with where it is: "Linje 4,
/// kolonne «enhedsudgift_kr»: 1 kr. er ikke en troværdig enhedsudgift
/// (forventet 10.000–10.000.000 kr.)".
pub fn message(problem: &Problem, lang: Lang) -> String {
    let detail = detail(problem, lang);
    match location(problem, lang) {
        Some(place) => format!("{place}: {detail}"),
        None => detail,
    }
}

/// "Linje 4, kolonne «x»" (or "felt" in JSON), if the problem has a place.
pub fn location(problem: &Problem, lang: Lang) -> Option<String> {
    let word = match (problem.format, lang) {
        (Format::Csv, Lang::Da) => "kolonne",
        (Format::Csv, Lang::En) => "column",
        (Format::Json, Lang::Da) => "felt",
        (Format::Json, Lang::En) => "field",
    };
    let line = problem.line.map(|l| match lang {
        Lang::Da => format!("Linje {l}"),
        Lang::En => format!("Line {l}"),
    });
    match (line, &problem.column) {
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
pub fn detail(problem: &Problem, lang: Lang) -> String {
    let da = lang == Lang::Da;
    let pick = |d: String, e: String| if da { d } else { e };
    match &problem.kind {
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
        ProblemKind::JsonDuplicateKey { path } => pick(
            format!("JSON-filen har feltet «{path}» to gange; hvert felt må kun stå én gang. Filen er ikke læst."),
            format!("The JSON file has the field «{path}» twice; each field may appear only once. The file was not read."),
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
        ProblemKind::UnknownColumn if problem.format == Format::Json => pick(
            "ukendt felt; det bruges ikke.".into(),
            "unknown field; it is not used.".into(),
        ),
        ProblemKind::UnknownColumn => pick(
            "ukendt kolonne; den bruges ikke.".into(),
            "unknown column; it is not used.".into(),
        ),
        ProblemKind::DuplicateColumn if problem.format == Format::Json => pick(
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

/// A number for a message: whole numbers and large ones without decimals,
/// small ones with up to three significant decimals.
fn num(v: f64, lang: Lang) -> String {
    let (thousands, decimal) = separators(lang);
    digits::compact(v, thousands, decimal)
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

fn json_type_da(found: &str) -> &'static str {
    match found {
        "a boolean" => "sand/falsk",
        "an object" => "et objekt",
        "an array" => "en liste",
        _ => "af forkert type",
    }
}

/// Where a cockpit figure came from, in a few words: "fra filen",
/// "landstal, skaleret", "landstal".
pub fn origin_label(origin: FieldOrigin, lang: Lang) -> &'static str {
    match (origin, lang) {
        (FieldOrigin::File, Lang::Da) => "fra filen",
        (FieldOrigin::File, Lang::En) => "from the file",
        (FieldOrigin::ScaledDefault, Lang::Da) => "landstal, skaleret",
        (FieldOrigin::ScaledDefault, Lang::En) => "national, scaled",
        (FieldOrigin::NationalDefault, Lang::Da) => "landstal",
        (FieldOrigin::NationalDefault, Lang::En) => "national",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::import::{Severity, FEW_AREAS, MAX_ROWS};

    /// One problem of every kind. The match in `kind_index` has no
    /// wildcard, so a new kind does not compile until it is added here.
    fn every_kind() -> Vec<ProblemKind> {
        let out = vec![
            ProblemKind::TooLarge { bytes: 50 << 20 },
            ProblemKind::Empty,
            ProblemKind::Spreadsheet,
            ProblemKind::Binary,
            ProblemKind::Windows1252,
            ProblemKind::ReplacedCharacters { count: 3 },
            ProblemKind::JsonSyntax {
                detail: "EOF while parsing an object".into(),
            },
            ProblemKind::JsonNotObject,
            ProblemKind::JsonNoAreas,
            ProblemKind::JsonAreaNotObject,
            ProblemKind::WrongType { found: "a boolean" },
            ProblemKind::UnsupportedVersion { found: "2".into() },
            ProblemKind::MissingColumns {
                columns: vec!["enhedsudgift_kr"],
            },
            ProblemKind::UnknownColumn,
            ProblemKind::DuplicateColumn,
            ProblemKind::UnnamedColumn,
            ProblemKind::LineBeforeHeader,
            ProblemKind::PopulationNotUsed,
            ProblemKind::MunicipalityDiffers {
                first: "Aarhus".into(),
                found: "Odense".into(),
            },
            ProblemKind::MixedDecimalSeparators,
            ProblemKind::FieldCount {
                found: 4,
                expected: 3,
                delimiter: ',',
            },
            ProblemKind::MissingValue,
            ProblemKind::RowWithoutValues,
            ProblemKind::UnknownArea {
                id: "adult_sel10".into(),
                suggestion: Some("adult_sel108".into()),
                known: vec!["adult_sel108".into()],
            },
            ProblemKind::DuplicateArea {
                id: "adult_sel108".into(),
                first_line: Some(2),
            },
            ProblemKind::NotANumber { text: "abc".into() },
            ProblemKind::PercentNotAllowed { text: "5 %".into() },
            ProblemKind::OutOfRange {
                value: 57.0,
                quantity: Quantity::Share,
                min: 0.0,
                max: 1.0,
                percent_hint: true,
            },
            ProblemKind::Unusual {
                value: 5_000_000.0,
                quantity: Quantity::Dkk,
                typical_min: 100_000.0,
                typical_max: 1_000_000.0,
                national: 300_000.0,
            },
            ProblemKind::ZeroVolume,
            ProblemKind::GrowthOrder {
                low: 0.03,
                central: 0.02,
                high: 0.04,
            },
            ProblemKind::UnknownEvidence { text: "god".into() },
            ProblemKind::NoAreaRows,
            ProblemKind::NoSize,
            ProblemKind::FewAreasForScale {
                areas: FEW_AREAS - 1,
            },
            ProblemKind::LargeScale { scale: 0.6 },
            ProblemKind::Invalid {
                field: "areas[3].unit_cost_dkk".into(),
                message: "must be positive".into(),
            },
            ProblemKind::TooManyRows { limit: MAX_ROWS },
            ProblemKind::TooManyProblems {
                errors: 5,
                warnings: 2,
            },
            ProblemKind::JsonDuplicateKey {
                path: "omraader[2].enhedsudgift_kr".into(),
            },
        ];
        for (i, k) in out.iter().enumerate() {
            assert_eq!(kind_index(k), i, "{k:?} out of order");
        }
        out
    }

    fn kind_index(k: &ProblemKind) -> usize {
        match k {
            ProblemKind::TooLarge { .. } => 0,
            ProblemKind::Empty => 1,
            ProblemKind::Spreadsheet => 2,
            ProblemKind::Binary => 3,
            ProblemKind::Windows1252 => 4,
            ProblemKind::ReplacedCharacters { .. } => 5,
            ProblemKind::JsonSyntax { .. } => 6,
            ProblemKind::JsonNotObject => 7,
            ProblemKind::JsonNoAreas => 8,
            ProblemKind::JsonAreaNotObject => 9,
            ProblemKind::WrongType { .. } => 10,
            ProblemKind::UnsupportedVersion { .. } => 11,
            ProblemKind::MissingColumns { .. } => 12,
            ProblemKind::UnknownColumn => 13,
            ProblemKind::DuplicateColumn => 14,
            ProblemKind::UnnamedColumn => 15,
            ProblemKind::LineBeforeHeader => 16,
            ProblemKind::PopulationNotUsed => 17,
            ProblemKind::MunicipalityDiffers { .. } => 18,
            ProblemKind::MixedDecimalSeparators => 19,
            ProblemKind::FieldCount { .. } => 20,
            ProblemKind::MissingValue => 21,
            ProblemKind::RowWithoutValues => 22,
            ProblemKind::UnknownArea { .. } => 23,
            ProblemKind::DuplicateArea { .. } => 24,
            ProblemKind::NotANumber { .. } => 25,
            ProblemKind::PercentNotAllowed { .. } => 26,
            ProblemKind::OutOfRange { .. } => 27,
            ProblemKind::Unusual { .. } => 28,
            ProblemKind::ZeroVolume => 29,
            ProblemKind::GrowthOrder { .. } => 30,
            ProblemKind::UnknownEvidence { .. } => 31,
            ProblemKind::NoAreaRows => 32,
            ProblemKind::NoSize => 33,
            ProblemKind::FewAreasForScale { .. } => 34,
            ProblemKind::LargeScale { .. } => 35,
            ProblemKind::Invalid { .. } => 36,
            ProblemKind::TooManyRows { .. } => 37,
            ProblemKind::TooManyProblems { .. } => 38,
            ProblemKind::JsonDuplicateKey { .. } => 39,
        }
    }

    fn problem(kind: ProblemKind, format: Format) -> Problem {
        Problem {
            line: None,
            column: None,
            kind,
            severity: Severity::Error,
            format,
        }
    }

    #[test]
    fn every_kind_has_its_own_danish_and_english_text() {
        let kinds = every_kind();
        let mut codes: Vec<&str> = kinds.iter().map(ProblemKind::code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), kinds.len(), "one sample per kind");
        for format in [Format::Csv, Format::Json] {
            let mut seen_da = Vec::new();
            for kind in &kinds {
                let p = problem(kind.clone(), format);
                let da = detail(&p, Lang::Da);
                let en = detail(&p, Lang::En);
                assert!(!da.trim().is_empty(), "{kind:?}: no Danish text");
                assert!(!en.trim().is_empty(), "{kind:?}: no English text");
                assert_ne!(da, en, "{kind:?}: Danish and English alike");
                // Without a place, the message is the detail.
                assert_eq!(message(&p, Lang::Da), da);
                assert!(
                    !seen_da.contains(&da),
                    "{kind:?}: same text as another kind"
                );
                seen_da.push(da);
            }
        }
    }

    #[test]
    fn the_place_comes_first_in_the_file_s_words() {
        let mut p = problem(ProblemKind::MissingValue, Format::Csv);
        p.line = Some(4);
        p.column = Some("enhedsudgift_kr".into());
        assert_eq!(
            location(&p, Lang::Da).as_deref(),
            Some("Linje 4, kolonne «enhedsudgift_kr»")
        );
        assert_eq!(
            message(&p, Lang::En),
            "Line 4, column «enhedsudgift_kr»: the value is missing; the row is not used."
        );
        p.format = Format::Json;
        assert_eq!(
            location(&p, Lang::En).as_deref(),
            Some("Line 4, field «enhedsudgift_kr»")
        );
        p.line = None;
        assert_eq!(
            location(&p, Lang::Da).as_deref(),
            Some("Felt «enhedsudgift_kr»")
        );
        p.column = None;
        assert_eq!(location(&p, Lang::Da), None);
        p.line = Some(7);
        assert_eq!(location(&p, Lang::En).as_deref(), Some("Line 7"));
    }

    #[test]
    fn numbers_in_messages() {
        assert_eq!(num(1_500.0, Lang::Da), "1.500");
        assert_eq!(num(0.025, Lang::Da), "0,025");
        assert_eq!(num(2.5, Lang::En), "2.5");
        assert_eq!(num(f64::NAN, Lang::En), "–");
        assert_eq!(quantity_text(0.025, Quantity::Rate, Lang::Da), "2,5 %");
        assert_eq!(quantity_text(0.025, Quantity::Rate, Lang::En), "2.5%");
        assert_eq!(
            quantity_text(470_000.0, Quantity::Dkk, Lang::Da),
            "470.000 kr."
        );
        assert_eq!(
            range_text(1_500.0, 15_000_000.0, Quantity::Dkk, Lang::En),
            "DKK 1,500–15,000,000"
        );
        let p = problem(ProblemKind::TooLarge { bytes: 50 << 20 }, Format::Csv);
        assert_eq!(
            detail(&p, Lang::Da),
            "Filen fylder 50 MB; højst 5 MB kan indlæses. Filen er ikke læst."
        );
    }
}
