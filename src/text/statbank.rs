//! The wording of the Statistikbanken import ("Hent dine tal"): its
//! labels and each problem as one sentence in Danish or English, starting
//! with the file, line and column. The model finds and types the problems
//! (`model::import::statbank`); every word shown for them is here.

use crate::model::data::localized::Lang;
use crate::model::ids::StatTable;
use crate::model::import::statbank::{
    AreaStatus, ScaleBasis, StatProblem, StatProblemKind, VolumeRead, VolumeStatus,
};
use crate::model::import::{Format, Problem};

/// A label of the Statistikbanken panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatText {
    /// The panel's heading.
    Heading,
    /// What the panel does, in one paragraph.
    Intro,
    /// The municipality picker's label.
    ChooseMunicipality,
    /// The picker's empty choice.
    NoneChosen,
    /// Before the links.
    LinksIntro,
    /// A link's text: the extract with labels.
    LinkLabels,
    /// A link's text: the extract as codes.
    LinkCodes,
    /// "Gem som" before a file name.
    SaveAs,
    /// The drop zone.
    Drop,
    /// Heading of the files read.
    FilesRead,
    /// Heading of the areas read.
    AreasRead,
    /// Heading of the functions not used.
    Unmapped,
    /// Use the figures.
    Accept,
    /// Forget the files.
    Clear,
    /// Column: area.
    ColArea,
    /// Column: spending, and where it came from.
    ColSpending,
    /// Column: per inhabitant.
    ColPerInhabitant,
    /// Column: the country per inhabitant.
    ColCountry,
    /// Column: the municipality's earlier years.
    ColEarlier,
    /// Column: the volume (full-year persons) and where it came from.
    ColVolume,
    /// Heading of the service types (HAND01) and places (ANBAAR) not used.
    ServicesNotUsed,
    /// "pr. indbygger" after an amount.
    PerInhabitant,
    /// Nothing could be used.
    Unusable,
    /// "rækker" after a count.
    Rows,
    /// "brugt" after a count.
    Used,
    /// The files never leave the browser.
    Privacy,
}

/// The label in `lang`.
pub fn text(t: StatText, lang: Lang) -> &'static str {
    let (da, en) = match t {
        StatText::Heading => ("Hent dine tal fra Danmarks Statistik", "Get your figures from Statistics Denmark"),
        StatText::Intro => (
            "Vælg kommunen, åbn linkene til tabellerne i Statistikbanken, gem filerne og slip dem her. Appen læser kommunens nettodriftsudgifter pr. funktion, dens fuldtidsydelser til voksne pr. ydelsestype (HAND01), dens anbragte børn og unge pr. anbringelsessted (ANBAAR) og indbyggertallet; det, der mangler, fyldes op med landstal skaleret efter indbyggertal og mærkes sådan.",
            "Pick the municipality, open the links to the tables in Statistikbanken, save the files and drop them here. The app reads the municipality's net operating spending by function, its full-time services for adults by service type (HAND01), its children and young people placed outside the home by place (ANBAAR) and its population; what is missing is filled in with the national figures scaled by population, and marked as such.",
        ),
        StatText::ChooseMunicipality => ("Kommune", "Municipality"),
        StatText::NoneChosen => ("Vælg kommune", "Choose a municipality"),
        StatText::LinksIntro => (
            "Åbn og gem (dit eget klik; appen henter intet selv):",
            "Open and save (your own click; the app fetches nothing itself):",
        ),
        StatText::LinkLabels => ("med tekster", "with labels"),
        StatText::LinkCodes => ("med koder", "with codes"),
        StatText::SaveAs => ("gem som", "save as"),
        StatText::Drop => (
            "Slip en eller flere filer fra Statistikbanken her, eller klik for at vælge",
            "Drop one or more files from Statistikbanken here, or click to choose",
        ),
        StatText::FilesRead => ("Filer læst", "Files read"),
        StatText::AreasRead => ("Områder", "Areas"),
        StatText::Unmapped => ("Funktioner i filerne, som ikke bruges", "Functions in the files that are not used"),
        StatText::Accept => ("Brug kommunens tal", "Use the municipality's figures"),
        StatText::Clear => ("Glem filerne", "Forget the files"),
        StatText::ColArea => ("Område", "Area"),
        StatText::ColSpending => ("Nettodriftsudgift (før statsrefusion)", "Net operating spending (before state refund)"),
        StatText::ColPerInhabitant => ("Pr. indbygger", "Per inhabitant"),
        StatText::ColCountry => ("Hele landet pr. indbygger", "Whole country per inhabitant"),
        StatText::ColEarlier => ("Tidligere år", "Earlier years"),
        StatText::ColVolume => ("Helårspersoner", "Full-year persons"),
        StatText::ServicesNotUsed => (
            "Ydelsestyper og anbringelsessteder i filerne, som ikke bruges",
            "Service types and places of placement in the files that are not used",
        ),
        StatText::PerInhabitant => ("pr. indbygger", "per inhabitant"),
        StatText::Unusable => (
            "Filerne kan ikke bruges; tallene i brug er uændrede.",
            "The files cannot be used; the figures in use are unchanged.",
        ),
        StatText::Rows => ("rækker", "rows"),
        StatText::Used => ("brugt", "used"),
        StatText::Privacy => (
            "Filerne læses kun i din browser og sendes ingen steder hen.",
            "The files are read only in your browser and sent nowhere.",
        ),
    };
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// The table's name for people: "REGK31 (regnskaber)".
pub fn table_name(t: StatTable, lang: Lang) -> String {
    let what = match (t, lang) {
        (StatTable::Regk31, Lang::Da) => "kommunernes regnskaber",
        (StatTable::Regk31, Lang::En) => "municipal accounts",
        (StatTable::Budk32, Lang::Da) => "kommunernes budgetter",
        (StatTable::Budk32, Lang::En) => "municipal budgets",
        (StatTable::Hand01, Lang::Da) => "fuldtidsydelser til voksne",
        (StatTable::Hand01, Lang::En) => "full-time services for adults",
        (StatTable::Anbaar, Lang::Da) => "anbragte børn og unge",
        (StatTable::Anbaar, Lang::En) => "children placed outside the home",
        (StatTable::Folk1a, Lang::Da) => "befolkningen",
        (StatTable::Folk1a, Lang::En) => "population",
    };
    format!("{t} ({what})")
}

/// Where an area's figures came from, in a few words.
pub fn area_status(s: AreaStatus, lang: Lang) -> &'static str {
    let (da, en) = match s {
        AreaStatus::FromTable => ("Danmarks Statistik", "Statistics Denmark"),
        AreaStatus::Suppressed => (
            "udeladt af diskretionshensyn («..»): landstal skaleret",
            "suppressed (\"..\"): national figures scaled",
        ),
        AreaStatus::NotPositive => (
            "0 kr. eller under: landstal skaleret",
            "0 kr. or below: national figures scaled",
        ),
        AreaStatus::NotInFiles => (
            "ikke i filerne: landstal skaleret",
            "not in the files: national figures scaled",
        ),
    };
    if lang == Lang::Da {
        da
    } else {
        en
    }
}

/// Where an area's volume came from, with the figure: "412,3 · kommunens
/// egne (HAND01 2023, gennemsnit af fire kvartalers fuldtidsydelser)",
/// "512 · kommunens egne (ANBAAR, anbragte pr. 31.12.2023)" or "landstal
/// skaleret" (the two parts of [`volume_parts`] in one line).
pub fn volume_from(v: &VolumeRead, lang: Lang) -> String {
    match volume_parts(v, lang) {
        (Some(n), how) => format!("{n} · {how}"),
        (None, how) => how,
    }
}

/// An area's own volume, if the files give one, and where the volume came
/// from: ("512", "kommunens egne (ANBAAR, anbragte pr. 31.12.2023)") or
/// (none, "landstal skaleret efter kommunens størrelse").
pub fn volume_parts(v: &VolumeRead, lang: Lang) -> (Option<String>, String) {
    let da = lang == Lang::Da;
    let year = v.year.map(|y| y.to_string()).unwrap_or_default();
    let table = v.table.map(StatTable::as_str).unwrap_or_default();
    match (v.status, v.full_time, v.table) {
        (VolumeStatus::Own, Some(n), Some(StatTable::Anbaar)) => (
            Some(crate::text::format::number(n, 0, lang)),
            pick(
                da,
                format!("kommunens egne ({table}, anbragte pr. 31.12.{year})"),
                format!("the municipality's own ({table}, placed on 31.12.{year})"),
            ),
        ),
        (VolumeStatus::Own, Some(n), _) => (
            Some(crate::text::format::number(n, 1, lang)),
            pick(
                da,
                format!("kommunens egne ({table} {year}, gennemsnit af fire kvartalers fuldtidsydelser)"),
                format!("the municipality's own ({table} {year}, mean of four quarters' full-time services)"),
            ),
        ),
        (VolumeStatus::Suppressed, _, _) => (None, pick(
            da,
            format!("udeladt i {table} («..»): landstal skaleret"),
            format!("suppressed in {table} (\"..\"): national figure scaled"),
        )),
        (VolumeStatus::Incomplete, _, _) => (None, pick(
            da,
            format!("ikke alle tal for året i {table}: landstal skaleret"),
            format!("not every figure of the year in {table}: national figure scaled"),
        )),
        (VolumeStatus::Zero, _, _) => (None, pick(
            da,
            format!("0 i {table}: landstal skaleret"),
            format!("0 in {table}: national figure scaled"),
        )),
        (VolumeStatus::NotInFiles | VolumeStatus::Own, _, _) => (None, pick(
            da,
            "landstal skaleret efter kommunens størrelse".into(),
            "national figure scaled to the municipality's size".into(),
        )),
    }
}

/// The Danish or the English.
fn pick(da: bool, d: String, e: String) -> String {
    if da {
        d
    } else {
        e
    }
}

/// What a table of counts counts, in a few words: "fuldtidsydelser",
/// "anbragte".
fn counted(t: StatTable, lang: Lang) -> &'static str {
    match (t, lang) {
        (StatTable::Anbaar, Lang::Da) => "anbragte pr. 31. december",
        (StatTable::Anbaar, Lang::En) => "children placed on 31 December",
        (_, Lang::Da) => "fuldtidsydelser",
        (_, Lang::En) => "full-time services",
    }
}

/// What a table of counts' category is called: "ydelsestypen",
/// "anbringelsesstedet".
fn category(t: StatTable, lang: Lang) -> &'static str {
    match (t, lang) {
        (StatTable::Anbaar, Lang::Da) => "Anbringelsesstedet",
        (StatTable::Anbaar, Lang::En) => "The place of placement",
        (_, Lang::Da) => "Ydelsestypen",
        (_, Lang::En) => "The service type",
    }
}

/// How the size factor was found, in a sentence.
pub fn scale_basis(b: ScaleBasis, lang: Lang) -> &'static str {
    let (da, en) = match b {
        ScaleBasis::Population => (
            "Kommunens størrelse: indbyggere i kommunen over hele landets (FOLK1A).",
            "The municipality's size: its inhabitants over the whole country's (FOLK1A).",
        ),
        ScaleBasis::SpendingShare => (
            "Kommunens størrelse: dens udgifter på funktionerne over hele landets (ingen FOLK1A).",
            "The municipality's size: its spending on the functions over the whole country's (no FOLK1A).",
        ),
        ScaleBasis::NationalData => (
            "Kommunens størrelse: dens udgifter over modellens landstal for de samme områder (hverken FOLK1A eller hele landet i filerne).",
            "The municipality's size: its spending over the model's national figures for the same areas (neither FOLK1A nor the whole country in the files).",
        ),
        ScaleBasis::Unknown => ("", ""),
    };
    if lang == Lang::Da {
        da
    } else {
        en
    }
}

fn int(n: usize, lang: Lang) -> String {
    crate::text::format::number(n as f64, 0, lang)
}

/// The problem in one sentence, starting with where it is: "«REGK31.csv»,
/// linje 4, kolonne «INDHOLD»: «12a» er ikke et tal".
pub fn message(p: &StatProblem, lang: Lang) -> String {
    let da = lang == Lang::Da;
    let mut place = Vec::new();
    if !p.file.is_empty() {
        place.push(format!("«{}»", p.file));
    }
    if let Some(l) = p.line {
        place.push(if da {
            format!("linje {l}")
        } else {
            format!("line {l}")
        });
    }
    if let Some(c) = &p.column {
        place.push(if da {
            format!("kolonne «{c}»")
        } else {
            format!("column «{c}»")
        });
    }
    let detail = detail(p, lang);
    if place.is_empty() {
        detail
    } else {
        format!("{}: {detail}", place.join(", "))
    }
}

/// The problem without its place.
pub fn detail(p: &StatProblem, lang: Lang) -> String {
    let da = lang == Lang::Da;
    let pick = |d: String, e: String| if da { d } else { e };
    match &p.kind {
        StatProblemKind::Decoding(kind) => crate::text::import::detail(
            &Problem {
                line: None,
                column: None,
                kind: kind.clone(),
                severity: p.severity,
                format: Format::Csv,
            },
            lang,
        ),
        StatProblemKind::NotStatbank { header } => pick(
            format!("Ikke et udtræk, appen kan læse (første linje: «{header}»). Appen læser REGK31, BUDK32, HAND01, ANBAAR og FOLK1A fra Statistikbanken: hent filerne med linkene ovenfor (CSV, semikolon); tabellens variabler skal stå i første linje, fx OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD."),
            format!("Not an extract the app can read (first line: «{header}»). The app reads REGK31, BUDK32, HAND01, ANBAAR and FOLK1A from Statistikbanken: get the files with the links above (CSV, semicolon); the table's variables must be on the first line, e.g. OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD."),
        ),
        StatProblemKind::LinesBeforeHeader { count } => pick(
            format!("{} {} før overskriften er sprunget over.", int(*count, lang), if *count == 1 { "linje" } else { "linjer" }),
            format!("{} {} before the header skipped.", int(*count, lang), if *count == 1 { "line was" } else { "lines were" }),
        ),
        StatProblemKind::AssumedAccounts => pick(
            "Filnavnet siger hverken REGK31 eller BUDK32; filen er læst som regnskab (REGK31). Gem et budget som BUDK32-....csv.".into(),
            "The file name says neither REGK31 nor BUDK32; the file was read as accounts (REGK31). Save a budget as BUDK32-....csv.".into(),
        ),
        StatProblemKind::FieldCount { expected, found } => pick(
            format!("{} felter, men overskriften har {}; rækken er ikke brugt.", int(*found, lang), int(*expected, lang)),
            format!("{} fields, but the header has {}; the row was not used.", int(*found, lang), int(*expected, lang)),
        ),
        StatProblemKind::NotANumber { value } => pick(
            format!("«{value}» er ikke et tal; rækken er ikke brugt."),
            format!("«{value}» is not a number; the row was not used."),
        ),
        StatProblemKind::NotAYear { value } => pick(
            format!("«{value}» er ikke et år (2023) eller kvartal (2024K1); rækken er ikke brugt."),
            format!("«{value}» is not a year (2023) or quarter (2024K1); the row was not used."),
        ),
        StatProblemKind::Suppressed { function } => pick(
            format!("Tallet for «{function}» er udeladt af diskretionshensyn («..»); området bruger landstal skaleret efter kommunens størrelse."),
            format!("The figure for «{function}» is suppressed (\"..\"); the area uses national figures scaled to the municipality's size."),
        ),
        StatProblemKind::OtherRowsSkipped { count } => pick(
            format!("{} {} ikke brugt: totaler («I alt»), opdelinger (fx alder eller køn), summer af funktioner eller andre kontotyper og prisenheder end driftskonti, i alt (netto), løbende priser (1.000 kr.).", int(*count, lang), if *count == 1 { "række er" } else { "rækker er" }),
            format!("{} {} not used: totals (\"I alt\"), breakdowns (e.g. age or sex), sums of functions, or account types and price units other than operating accounts, total (net), current prices (1,000 kr.).", int(*count, lang), if *count == 1 { "row was" } else { "rows were" }),
        ),
        StatProblemKind::DuplicateRow { first } => pick(
            format!("Samme tal står også i linje {first}; det senere er brugt."),
            format!("The same figure is also on line {first}; the later one is used."),
        ),
        StatProblemKind::SeveralMunicipalities { names } => pick(
            format!("Filerne har tal for flere kommuner ({}); vælg kommunen ovenfor.", names.join(", ")),
            format!("The files hold figures for several municipalities ({}); choose the municipality above.", names.join(", ")),
        ),
        StatProblemKind::MunicipalityNotInFiles { name } => pick(
            format!("Filerne har ingen tal for {name}. Hent dem med linkene for {name}, eller vælg den kommune, filerne er for."),
            format!("The files hold no figures for {name}. Get them with the links for {name}, or choose the municipality the files are for."),
        ),
        StatProblemKind::NoMoney => pick(
            "Ingen udgifter fra REGK31 eller BUDK32 for kommunen på funktionerne 5.28 og 5.38; filerne kan ikke bruges.".into(),
            "No spending from REGK31 or BUDK32 for the municipality on the functions 5.28 and 5.38; the files cannot be used.".into(),
        ),
        StatProblemKind::BudgetNotUsed => pick(
            "Både regnskab (REGK31) og budget (BUDK32) er givet; regnskabet er brugt.".into(),
            "Both accounts (REGK31) and budget (BUDK32) were given; the accounts are used.".into(),
        ),
        StatProblemKind::NoPopulation => pick(
            "Intet indbyggertal for kommunen og hele landet (FOLK1A); kommunens størrelse er regnet ud fra udgifterne.".into(),
            "No population for the municipality and the whole country (FOLK1A); the municipality's size is worked out from spending.".into(),
        ),
        StatProblemKind::YearsDiffer { money, population } => pick(
            format!("Udgifterne er fra {money}, indbyggertallet fra {population}."),
            format!("The spending is from {money}, the population from {population}."),
        ),
        StatProblemKind::NotPositive { area } => pick(
            format!("Nettoudgiften til «{}» er 0 kr. eller derunder; området bruger landstal skaleret.", area.da),
            format!("The net spending on «{}» is 0 kr. or below; the area uses national figures scaled.", area.en),
        ),
        StatProblemKind::Invalid { field, message } => pick(
            format!("Tallene består ikke modellens egen kontrol ({field}: {message}); filerne er ikke brugt."),
            format!("The figures fail the model's own check ({field}: {message}); the files were not used."),
        ),
        StatProblemKind::UnknownServiceType { table, value } => pick(
            format!("{} «{value}» kendes ikke (appen forstår kun {table}'s tekster, ikke dens koder); dens rækker er ikke brugt. Hent {table} med linket «med tekster».", category(*table, lang)),
            format!("{} «{value}» is not understood (the app reads {table}'s labels, not its codes); its rows were not used. Get {table} with the link «with labels».", category(*table, lang)),
        ),
        StatProblemKind::WrongPeriod { table: StatTable::Anbaar, value } => pick(
            format!("«{value}» er ikke et år (2023); ANBAAR tæller pr. 31. december, så rækken er ikke brugt."),
            format!("«{value}» is not a year (2023); ANBAAR counts on 31 December, so the row was not used."),
        ),
        StatProblemKind::WrongPeriod { value, .. } => pick(
            format!("«{value}» er ikke et kvartal (2023K4); rækken er ikke brugt."),
            format!("«{value}» is not a quarter (2023K4); the row was not used."),
        ),
        StatProblemKind::PartYear { year, quarters } => pick(
            format!("HAND01 har kun {} {} af {year}; antallet er taget fra det seneste hele år.", int(*quarters, lang), if *quarters == 1 { "kvartal" } else { "kvartaler" }),
            format!("HAND01 has only {} {} of {year}; the counts are taken from the latest whole year.", int(*quarters, lang), if *quarters == 1 { "quarter" } else { "quarters" }),
        ),
        StatProblemKind::NoCompleteYear => pick(
            "HAND01 har intet år med alle fire kvartaler; antallet af helårspersoner er landstal skaleret.".into(),
            "HAND01 has no year with all four quarters; the full-year persons are national figures scaled.".into(),
        ),
        StatProblemKind::CountYearDiffers { table, money, counts } => pick(
            format!("Udgifterne er fra {money}, antallet ({table}, {}) fra {counts}.", counted(*table, lang)),
            format!("The spending is from {money}, the counts ({table}, {}) from {counts}.", counted(*table, lang)),
        ),
        StatProblemKind::CountSuppressed { service } => pick(
            format!("Antallet for «{service}» er udeladt af diskretionshensyn («..»); området bruger landstal skaleret efter kommunens størrelse."),
            format!("The count for «{service}» is suppressed (\"..\"); the area uses national figures scaled to the municipality's size."),
        ),
        StatProblemKind::CountsIncomplete { table, area } => pick(
            format!("{table} har ikke alle årets tal for alle ydelsestyper eller anbringelsessteder i «{}»; området bruger landstal skaleret.", area.da),
            format!("{table} does not have every figure of the year for every service type or place of «{}»; the area uses national figures scaled.", area.en),
        ),
        StatProblemKind::CountImplausible { area, count } => pick(
            format!("Kommunens eget antal for «{}» ({} helårspersoner) passer ikke med udgiften: det giver en enhedsudgift, modellen ikke kan regne med. Området bruger landstal skaleret.", area.da, crate::text::format::number(*count, 1, lang)),
            format!("The municipality's own count for «{}» ({} full-year persons) does not fit its spending: it gives a unit cost the model cannot work with. The area uses national figures scaled.", area.en, crate::text::format::number(*count, 1, lang)),
        ),
        StatProblemKind::TooManyProblems { count } => pick(
            format!("… og {} problemer mere.", int(*count, lang)),
            format!("… and {} more problems.", int(*count, lang)),
        ),
    }
}
