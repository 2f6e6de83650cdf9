//! Importing a municipality's own cockpit file (issue 6): the good files
//! (Danish Excel CSV, JSON, English CSV, tab-separated, UTF-16, Latin-1)
//! give the right numbers with no problems; every bad file in
//! `tests/import_corpus/` gives exactly its expected problems with line and
//! column in both languages; a 50 MB input is refused at once; the
//! templates in `public/` are current and import cleanly. The fuzzing is in
//! `model_import_fuzz.rs`.
//!
//! The templates are generated from the built-in data set; after a change
//! of `data/model.json`, rewrite them with
//! `PRIORITET_WRITE_TEMPLATES=1 cargo test --test model_import templates`.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use prioritet::model::analysis::cockpit::cockpit;
use prioritet::model::data::dataset::{Evidence, LeverUnit};
use prioritet::model::data::localized::Lang;
use prioritet::model::data::sources::Status;
use prioritet::model::ids::ApproachId;
use prioritet::model::import::{
    evidence_word, import_file, size_problem, Column, FieldOrigin, Format, Import, ProblemKind,
    Severity, GROWTH_HARD, GROWTH_TYPICAL, JSON_FORMAT, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_ROWS,
    SIGMA_HARD, SIGMA_TYPICAL, SOURCE_ID, UNIT_COST_HARD_FACTOR, UNIT_COST_TYPICAL_FACTOR,
    VOLUME_HARD_FACTOR, VOLUME_TYPICAL_SHARE,
};
use prioritet::model::scenario::Frame;
use prioritet::model::{project_central, DataSet, Scenario};
use prioritet::text::format::number;
use prioritet::text::import::message;

mod import_support;

use import_support::{base, check_invariants, corpus, CORPUS};

/// The CSV template offered to municipalities.
const CSV_TEMPLATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/skabelon-kommunedata.csv"
);
/// The JSON template offered to municipalities.
const JSON_TEMPLATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/skabelon-kommunedata.json"
);

/// A corpus file imported against the built-in data set.
fn import(name: &str) -> Import {
    import_file(&corpus(name), name, base())
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

type Expected = (&'static str, Option<usize>, Option<&'static str>, Severity);

/// Every file of the corpus: usable or not, and its problems in order
/// (kind, line, column as written in the file, severity).
const EXPECTED: &[(&str, bool, &[Expected])] = &[
    (
        "absurd_values.csv",
        true,
        &[
            ("few_areas_for_scale", None, None, W),
            ("out_of_range", Some(2), Some("enhedsudgift_kr"), E),
            ("out_of_range", Some(3), Some("helaarsborgere"), E),
            ("out_of_range", Some(4), Some("helaarsborgere"), E),
            ("out_of_range", Some(4), Some("retskrav_andel"), E),
            ("out_of_range", Some(5), Some("vaekst_pr_aar"), E),
            ("out_of_range", Some(6), Some("eksternt_koeb_andel"), E),
            ("out_of_range", Some(7), Some("sagsudgift_spredning"), E),
        ],
    ),
    (
        "all_zero.csv",
        false,
        &[
            ("no_size", None, None, E),
            ("zero_volume", Some(2), Some("helaarsborgere"), W),
            ("zero_volume", Some(3), Some("helaarsborgere"), W),
            ("zero_volume", Some(4), Some("helaarsborgere"), W),
        ],
    ),
    (
        "bad_evidence.csv",
        true,
        &[("unknown_evidence", Some(2), Some("evidens"), E)],
    ),
    ("binary.bin", false, &[("binary", None, None, E)]),
    (
        "comma_with_decimal_commas.csv",
        false,
        &[
            ("no_area_rows", None, None, E),
            ("field_count", Some(2), None, E),
            ("out_of_range", Some(3), Some("vaekst_pr_aar"), E),
            ("field_count", Some(4), None, E),
            ("out_of_range", Some(5), Some("vaekst_pr_aar"), E),
        ],
    ),
    (
        "duplicate_area.csv",
        true,
        &[("duplicate_area", Some(3), Some("omraade_id"), E)],
    ),
    ("empty.csv", false, &[("empty", None, None, E)]),
    ("good.json", true, &[]),
    ("good_comma_english.csv", true, &[]),
    ("good_excel_da.csv", true, &[]),
    ("good_tab.tsv", true, &[]),
    ("good_utf16.txt", true, &[]),
    (
        "growth_order.csv",
        true,
        &[
            ("few_areas_for_scale", None, None, W),
            ("growth_order", Some(2), None, E),
            ("growth_order", Some(5), None, E),
        ],
    ),
    ("header_only.csv", false, &[("no_area_rows", None, None, E)]),
    (
        "json_bad_values.json",
        true,
        &[
            ("few_areas_for_scale", None, None, W),
            ("unknown_column", Some(4), Some("farve"), W),
            ("json_area_not_object", Some(6), None, E),
            ("wrong_type", Some(9), Some("helaarsborgere"), E),
            ("missing_value", Some(12), Some("helaarsborgere"), E),
            ("unknown_column", Some(15), Some("note"), W),
            ("out_of_range", Some(22), Some("eksternt_koeb_andel"), E),
        ],
    ),
    (
        "json_no_areas.json",
        false,
        &[
            ("json_no_areas", None, None, E),
            ("unknown_column", Some(3), Some("areas_list"), W),
        ],
    ),
    (
        "json_not_object.json",
        false,
        &[("json_not_object", Some(1), None, E)],
    ),
    (
        "json_duplicate_key.json",
        false,
        &[("json_duplicate_key", Some(6), None, E)],
    ),
    (
        "json_syntax.json",
        false,
        &[("json_syntax", Some(3), None, E)],
    ),
    (
        "json_version.json",
        false,
        &[("unsupported_version", Some(2), Some("version"), E)],
    ),
    ("latin1.csv", true, &[("windows_1252", None, None, W)]),
    ("messy_but_fine.csv", true, &[]),
    (
        "missing_columns.csv",
        false,
        &[("missing_columns", Some(1), None, E)],
    ),
    (
        "missing_value.csv",
        true,
        &[
            ("missing_value", Some(2), Some("enhedsudgift_kr"), E),
            ("row_without_values", Some(3), Some("omraade_id"), W),
            ("missing_value", Some(4), Some("omraade_id"), E),
        ],
    ),
    (
        "mixed_decimals.csv",
        true,
        &[("mixed_decimal_separators", None, None, W)],
    ),
    (
        "municipality_differs.csv",
        true,
        &[("municipality_differs", Some(3), Some("kommune"), W)],
    ),
    (
        "not_a_number.csv",
        true,
        &[
            ("not_a_number", Some(2), Some("helaarsborgere"), E),
            ("not_a_number", Some(3), Some("enhedsudgift_kr"), E),
            ("percent_not_allowed", Some(4), Some("helaarsborgere"), E),
            ("not_a_number", Some(5), Some("vaekst_pr_aar"), E),
        ],
    ),
    (
        "population.csv",
        true,
        &[("population_not_used", Some(2), Some("indbyggere"), W)],
    ),
    (
        "ragged_rows.csv",
        true,
        &[
            ("field_count", Some(2), None, E),
            ("field_count", Some(3), None, E),
        ],
    ),
    (
        "title_line.csv",
        true,
        &[("line_before_header", Some(1), None, W)],
    ),
    (
        "unknown_area.csv",
        true,
        &[
            ("unknown_area", Some(2), Some("omraade_id"), E),
            ("unknown_area", Some(3), Some("omraade_id"), E),
            ("unknown_area", Some(4), Some("omraade_id"), E),
        ],
    ),
    (
        "unknown_column.csv",
        true,
        &[("unknown_column", Some(1), Some("bemærkning"), W)],
    ),
    (
        "unusual_values.csv",
        true,
        &[
            ("unusual", Some(2), Some("enhedsudgift_kr"), W),
            ("zero_volume", Some(3), Some("helaarsborgere"), W),
            ("unusual", Some(3), Some("vaekst_pr_aar"), W),
        ],
    ),
    (
        "whole_country.csv",
        true,
        &[
            ("large_scale", None, None, W),
            ("unusual", Some(2), Some("helaarsborgere"), W),
            ("unusual", Some(3), Some("helaarsborgere"), W),
            ("unusual", Some(4), Some("helaarsborgere"), W),
        ],
    ),
    ("workbook.xlsx", false, &[("spreadsheet", None, None, E)]),
];

#[test]
fn every_corpus_file_gives_its_expected_problems() {
    let listed: BTreeSet<&str> = EXPECTED.iter().map(|(n, _, _)| *n).collect();
    let mut on_disk = BTreeSet::new();
    for entry in std::fs::read_dir(CORPUS).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name != "README.md" {
            on_disk.insert(name);
        }
    }
    let on_disk: BTreeSet<&str> = on_disk.iter().map(String::as_str).collect();
    assert_eq!(listed, on_disk, "every corpus file needs an expectation");
    for (name, usable, expected) in EXPECTED {
        let im = import(name);
        check_invariants(&im, name).unwrap();
        let got: Vec<Expected> = im
            .problems
            .iter()
            .map(|p| {
                let column: Option<&'static str> =
                    p.column.clone().map(|c| &*Box::leak(c.into_boxed_str()));
                (p.kind.code(), p.line, column, p.severity)
            })
            .collect();
        let messages: Vec<String> = im.problems.iter().map(|p| message(p, Lang::Da)).collect();
        assert_eq!(&got, expected, "{name}: {messages:#?}");
        assert_eq!(im.usable, *usable, "{name}");
    }
}

#[test]
fn messages_read_well_in_both_languages() {
    let im = import("absurd_values.csv");
    let unit_cost = &im.problems[1];
    assert_eq!(
        message(unit_cost, Lang::Da),
        "Linje 2, kolonne «enhedsudgift_kr»: 1 kr. er ikke en troværdig enhedsudgift (forventet 1.460–14.600.000 kr.)"
    );
    assert_eq!(
        message(unit_cost, Lang::En),
        "Line 2, column «enhedsudgift_kr»: DKK 1 is not a credible unit cost (expected DKK 1,460–14,600,000)"
    );
    let share = &im.problems[6];
    assert_eq!(
        message(share, Lang::Da),
        "Linje 6, kolonne «eksternt_koeb_andel»: 57 er ikke en mulig andel (forventet 0 til 100 %); skriv «57 %» eller «0,57»"
    );
    let im = import("missing_columns.csv");
    assert_eq!(
        im.problems[0].kind,
        ProblemKind::MissingColumns {
            columns: vec!["enhedsudgift_kr"]
        }
    );
    assert!(message(&im.problems[0], Lang::En).contains("«enhedsudgift_kr»"));
    let im = import("unknown_area.csv");
    match &im.problems[0].kind {
        ProblemKind::UnknownArea {
            suggestion, known, ..
        } => {
            assert_eq!(suggestion.as_deref(), Some("adult_sel108"));
            assert_eq!(known.len(), base().areas.len());
        }
        other => panic!("{other:?}"),
    }
    assert!(message(&im.problems[0], Lang::Da).contains("child_early_prevention"));
    let im = import("json_bad_values.json");
    assert!(message(&im.problems[1], Lang::Da).starts_with("Linje 4, felt «farve»: ukendt felt"));
}

#[test]
fn a_dropped_row_gets_its_errors_and_no_warnings() {
    // Line 3 has an unusual unit cost (a warning alone) and a negative
    // volume (an error): the row is dropped, so only the error is listed.
    let csv = "omraade_id;enhedsudgift_kr;helaarsborgere\n\
               adult_sel108;1.300.000;55\n\
               adult_sel85;1.160.000;-1\n\
               adult_sel107;622.000;84\n\
               adult_bpa;6.000.000;20\n";
    let im = import_file(csv.as_bytes(), "k.csv", base());
    let got: Vec<(&str, Option<usize>)> = im
        .problems
        .iter()
        .map(|p| (p.kind.code(), p.line))
        .collect();
    assert_eq!(got, [("out_of_range", Some(3)), ("unusual", Some(5))]);
    assert!(!im.origin_of("adult_sel85").unwrap().from_file());
    assert!(im.origin_of("adult_bpa").unwrap().from_file());
}

/// One area of the good files, as written there.
struct Good {
    id: &'static str,
    volume: f64,
    unit_cost: f64,
    growth: f64,
    legal_floor: f64,
    external: f64,
    sigma: f64,
    evidence: Evidence,
}

/// The good Danish Excel file's areas.
const GOOD: &[Good] = &[
    Good {
        id: "child_foster_care",
        volume: 98.0,
        unit_cost: 485_000.0,
        growth: 0.015,
        legal_floor: 0.9,
        external: 0.2,
        sigma: 0.45,
        evidence: Evidence::Moderate,
    },
    Good {
        id: "child_institutions",
        volume: 61.0,
        unit_cost: 1_234_567.5,
        growth: 0.01,
        legal_floor: 0.9,
        external: 0.725,
        sigma: 0.6,
        evidence: Evidence::Small,
    },
    Good {
        id: "adult_sel85",
        volume: 560.0,
        unit_cost: 148_500.0,
        growth: 0.035,
        legal_floor: 0.6,
        external: 0.1,
        sigma: 0.5,
        evidence: Evidence::Moderate,
    },
    Good {
        id: "adult_sel108",
        volume: 64.0,
        unit_cost: 1_300_000.0,
        growth: 0.02,
        legal_floor: 0.9,
        external: 0.57,
        sigma: 0.85,
        evidence: Evidence::Unknown,
    },
];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn assert_good(im: &Import, name: &str) {
    assert!(im.usable, "{name}");
    assert!(im.problems.is_empty(), "{name}: {:#?}", im.problems);
    check_invariants(im, name).unwrap();
    let base = base();
    let national_volume: f64 = GOOD
        .iter()
        .map(|g| {
            base.areas[base.area_index(g.id).unwrap()]
                .volume_full_year
                .value
        })
        .sum();
    let scale = (98.0 + 61.0 + 560.0 + 64.0) / national_volume;
    assert!(close(im.scale, scale), "{name}: scale {}", im.scale);
    for g in GOOD {
        let (id, volume, cost, growth) = (g.id, g.volume, g.unit_cost, g.growth);
        let (floor, external, sigma, evidence) = (g.legal_floor, g.external, g.sigma, g.evidence);
        let i = im.data.area_index(id).unwrap();
        let a = &im.data.areas[i];
        let n = &base.areas[i];
        assert_eq!(a.volume_full_year.value, volume, "{name} {id}");
        assert_eq!(a.unit_cost_dkk.value, cost, "{name} {id}");
        assert!(
            close(a.growth_per_year.central.value, growth),
            "{name} {id}"
        );
        // Low and high keep the national distance from the central value.
        let spread = n.growth_per_year.central.value - n.growth_per_year.low.value;
        assert!(
            close(a.growth_per_year.low.value, growth - spread),
            "{name} {id}"
        );
        assert!(close(a.legal_floor.value, floor), "{name} {id}");
        assert!(
            close(a.external_purchase_share.value, external),
            "{name} {id}"
        );
        // A file without the spread keeps the national one.
        let o = &im.origin[i];
        let sigma = if o.case_cost_sigma == FieldOrigin::File {
            sigma
        } else {
            n.case_cost_sigma.value
        };
        assert!(close(a.case_cost_sigma.value, sigma), "{name} {id}");
        if !name.contains("english") {
            assert_eq!(a.evidence, evidence, "{name} {id}");
        }
        let o = &im.origin[i];
        assert!(o.from_file());
        assert_eq!(o.volume, FieldOrigin::File);
        assert_eq!(o.unit_cost, FieldOrigin::File);
        assert_eq!(o.growth, FieldOrigin::File);
        assert_eq!(a.unit_cost_dkk.source.as_deref(), Some(SOURCE_ID));
        assert_eq!(a.unit_cost_dkk.status, Status::Stated);
    }
}

#[test]
fn a_danish_excel_csv_imports_with_the_right_numbers() {
    let bytes = corpus("good_excel_da.csv");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "the file has a BOM");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "Excel line ends");
    let im = import("good_excel_da.csv");
    assert_good(&im, "good_excel_da.csv");
    assert_eq!(im.format, Some(Format::Csv));
    assert_eq!(im.municipality.as_deref(), Some("Eksempelkommune"));
    let i = im.data.area_index("adult_sel85").unwrap();
    let note = im.data.areas[i].unit_cost_dkk.note.as_deref().unwrap();
    assert!(
        note.contains("good_excel_da.csv") && note.contains("line 4"),
        "{note}"
    );
}

#[test]
fn the_same_in_json_english_csv_tab_and_utf16() {
    let json = import("good.json");
    assert_good(&json, "good.json");
    assert_eq!(json.format, Some(Format::Json));
    assert_eq!(json.municipality.as_deref(), Some("Eksempelkommune"));
    for name in ["good_comma_english.csv", "good_tab.tsv", "good_utf16.txt"] {
        assert_good(&import(name), name);
    }
    // The same numbers whatever the format: only the notes differ.
    let csv = import("good_excel_da.csv");
    for (a, b) in csv.data.areas.iter().zip(&json.data.areas) {
        assert_eq!(a.volume_full_year.value, b.volume_full_year.value);
        assert_eq!(a.unit_cost_dkk.value, b.unit_cost_dkk.value);
        assert_eq!(a.growth_per_year.high.value, b.growth_per_year.high.value);
    }
    assert_eq!(
        csv.origin,
        json.origin
            .iter()
            .zip(&csv.origin)
            .map(|(j, c)| {
                let mut j = j.clone();
                j.line = c.line;
                j
            })
            .collect::<Vec<_>>()
    );
}

#[test]
fn defaults_fill_the_gaps_scaled_and_marked() {
    let im = import("good_excel_da.csv");
    let base = base();
    for (i, a) in im.data.areas.iter().enumerate() {
        let n = &base.areas[i];
        let o = &im.origin[i];
        if o.from_file() {
            continue;
        }
        assert_eq!(o.volume, FieldOrigin::ScaledDefault, "{}", a.id);
        assert_eq!(o.unit_cost, FieldOrigin::NationalDefault, "{}", a.id);
        assert_eq!(o.evidence, FieldOrigin::NationalDefault, "{}", a.id);
        assert!(close(
            a.volume_full_year.value,
            n.volume_full_year.value * im.scale
        ));
        assert_eq!(a.unit_cost_dkk, n.unit_cost_dkk);
        assert_eq!(a.growth_per_year, n.growth_per_year);
        let note = a.volume_full_year.note.as_deref().unwrap();
        assert!(note.contains("size factor"), "{note}");
        // A scaled figure keeps its source; an illustrative one stays so.
        assert_eq!(a.volume_full_year.source, n.volume_full_year.source);
        if n.volume_full_year.status != Status::Illustrative {
            assert_eq!(a.volume_full_year.status, Status::Derived);
        }
    }
    for (s, n) in im.data.services.iter().zip(&base.services) {
        assert!(
            close(s.budget_dkk.value, n.budget_dkk.value * im.scale),
            "{}",
            s.id
        );
        assert!(s
            .budget_dkk
            .note
            .as_deref()
            .unwrap()
            .contains("size factor"));
        assert_eq!(s.unit_cost_dkk, n.unit_cost_dkk);
    }
    // The DKK-a-year lever and the presets that set it scale too, so a
    // lens does not invest a national sum in one municipality.
    for (l, n) in im.data.levers.iter().zip(&base.levers) {
        let factor = if l.unit == LeverUnit::DkkPerYear {
            im.scale
        } else {
            1.0
        };
        assert!(close(l.max.value, n.max.value * factor), "{}", l.id);
    }
    // A missing optional column takes the national value.
    let im = import("unknown_column.csv");
    let i = im.data.area_index("adult_sel85").unwrap();
    assert_eq!(im.origin[i].growth, FieldOrigin::NationalDefault);
    assert_eq!(im.origin[i].legal_floor, FieldOrigin::NationalDefault);
    assert_eq!(
        im.data.areas[i].growth_per_year,
        base.areas[i].growth_per_year
    );
    assert_eq!(im.data.areas[i].unit_cost_dkk.value, 150_000.0);
}

#[test]
fn an_imported_data_set_projects_and_takes_every_preset() {
    let im = import("good_excel_da.csv");
    let p = project_central(&Scenario::neutral(), &im.data).unwrap();
    assert!(!p.frame_dkk.is_empty());
    for id in ApproachId::ALL {
        let s = Scenario::from_preset(&im.data, id).unwrap();
        s.validate(&im.data).unwrap();
        project_central(&s, &im.data).unwrap();
    }
    let view = cockpit(&im, &Frame::default(), base());
    assert!(close(
        view.total.expenditure_dkk,
        im.data.base_spending_dkk()
    ));
    let from_file: f64 = GOOD.iter().map(|g| g.volume * g.unit_cost).sum();
    assert!(close(view.total.from_file_dkk, from_file));
}

#[test]
fn latin1_text_decodes() {
    let bytes = corpus("latin1.csv");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the file is not UTF-8"
    );
    assert!(
        bytes.windows(2).any(|w| w == b"p\xe5"),
        "å as one Latin-1 byte"
    );
    let im = import("latin1.csv");
    assert!(im.usable);
    assert_eq!(im.municipality.as_deref(), Some("Århus"));
    assert_eq!(im.problems.len(), 1);
    assert_eq!(im.problems[0].kind, ProblemKind::Windows1252);
    assert_eq!(im.problems[0].severity, Severity::Warning);
    let i = im.data.area_index("child_institutions").unwrap();
    assert_eq!(im.data.areas[i].unit_cost_dkk.value, 1_160_000.0);
}

#[test]
fn a_50_mb_file_is_refused_at_once() {
    let huge = vec![b'1'; 50 * 1024 * 1024];
    let start = Instant::now();
    let im = import_file(&huge, "stor.csv", base());
    let took = start.elapsed();
    eprintln!("50 MB refused in {took:?}");
    assert!(took < Duration::from_millis(200), "{took:?}");
    assert!(!im.usable);
    assert_eq!(im.format, None);
    assert_eq!(im.problems.len(), 1);
    assert_eq!(
        im.problems[0].kind,
        ProblemKind::TooLarge {
            bytes: 50 * 1024 * 1024
        }
    );
    assert_eq!(
        message(&im.problems[0], Lang::Da),
        "Filen fylder 50 MB; højst 5 MB kan indlæses. Filen er ikke læst."
    );
    // The UI can ask before reading the file.
    assert!(size_problem(MAX_FILE_BYTES as u64).is_none());
    assert!(size_problem(MAX_FILE_BYTES as u64 + 1).is_some());
}

#[test]
fn a_file_just_under_the_limit_is_read_in_part_with_its_problems_capped() {
    let mut text =
        String::from("omraade_id;helaarsborgere;enhedsudgift_kr\nadult_sel85;560;150.000\n");
    let row = "ukendt_omraade;1;1\n";
    while text.len() + row.len() <= MAX_FILE_BYTES {
        text.push_str(row);
    }
    let start = Instant::now();
    let im = import_file(text.as_bytes(), "stor.csv", base());
    let took = start.elapsed();
    eprintln!(
        "{} bytes, {} lines: read in {took:?}",
        text.len(),
        text.lines().count()
    );
    check_invariants(&im, "near the limit").unwrap();
    assert!(im.usable, "the one good row is used");
    let codes: Vec<&str> = im.problems.iter().map(|p| p.kind.code()).collect();
    assert_eq!(codes[0], "few_areas_for_scale");
    assert!(codes[1..=MAX_PROBLEMS].iter().all(|c| *c == "unknown_area"));
    let too_many_rows = &im.problems[MAX_PROBLEMS + 1];
    assert_eq!(
        too_many_rows.kind,
        ProblemKind::TooManyRows { limit: MAX_ROWS }
    );
    assert_eq!(too_many_rows.line, Some(MAX_ROWS + 2));
    match &im.problems.last().unwrap().kind {
        ProblemKind::TooManyProblems { errors, warnings } => {
            assert_eq!(*errors, MAX_ROWS - 1 - MAX_PROBLEMS);
            assert_eq!(*warnings, 0);
        }
        other => panic!("{other:?}"),
    }
    // Blank rows are skipped cheaply, to the end of the file (1 MB here
    // to keep the debug build quick; 5 MB take about 0.2 s in release).
    let mut text = String::from("omraade_id;helaarsborgere;enhedsudgift_kr\n");
    let last = "adult_sel85;560;150.000\r\n";
    while text.len() + 4 + last.len() <= 1024 * 1024 {
        text.push_str(";;\r\n");
    }
    text.push_str(last);
    let start = Instant::now();
    let im = import_file(text.as_bytes(), "blank.csv", base());
    eprintln!(
        "{} bytes of blank rows read in {:?}",
        text.len(),
        start.elapsed()
    );
    assert!(im.usable);
    assert_eq!(
        im.origin[im.data.area_index("adult_sel85").unwrap()].line,
        Some(text.lines().count())
    );
}

#[test]
fn empty_and_blank_files_are_refused() {
    for (bytes, name) in [
        (&b""[..], "a.csv"),
        (b"   \r\n\n\t ", "b.csv"),
        (b"\xef\xbb\xbf", "c.csv"),
        (b"\xef\xbb\xbf\n", "d.json"),
        (b"\xff\xfe", "e.txt"),
    ] {
        let im = import_file(bytes, name, base());
        assert_eq!(im.problems.len(), 1, "{name}");
        assert_eq!(im.problems[0].kind, ProblemKind::Empty, "{name}");
    }
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

/// The example municipality of the templates: 1 % of the country.
const TEMPLATE_SCALE: f64 = 0.01;
const TEMPLATE_MUNICIPALITY: &str = "Eksempelkommune (1 % af landet)";

/// `v` in Danish style with at most `decimals` decimals.
fn da(v: f64, decimals: usize) -> String {
    let s = number(v, decimals, Lang::Da);
    if s.contains(',') {
        s.trim_end_matches('0').trim_end_matches(',').to_string()
    } else {
        s
    }
}

fn pct(v: f64) -> String {
    format!("{} %", da(v * 100.0, 2))
}

/// A template volume: the national one at 1 %, to two decimals.
fn template_volume(national: f64) -> f64 {
    (national * TEMPLATE_SCALE * 100.0).round() / 100.0
}

fn csv_template(base: &DataSet) -> Vec<u8> {
    let columns: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| *c != Column::Population)
        .collect();
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(columns.iter().map(|c| c.header())).unwrap();
    for a in &base.areas {
        let g = &a.growth_per_year;
        let row: Vec<String> = columns
            .iter()
            .map(|c| match c {
                Column::AreaId => a.id.clone(),
                Column::AreaName => a.name.da.clone(),
                Column::Municipality => TEMPLATE_MUNICIPALITY.into(),
                Column::Volume => da(template_volume(a.volume_full_year.value), 2),
                Column::UnitCost => da(a.unit_cost_dkk.value, 0),
                Column::Growth => pct(g.central.value),
                Column::GrowthLow => pct(g.low.value),
                Column::GrowthHigh => pct(g.high.value),
                Column::LegalFloor => pct(a.legal_floor.value),
                Column::ExternalShare => pct(a.external_purchase_share.value),
                Column::Sigma => da(a.case_cost_sigma.value, 3),
                Column::Evidence => evidence_word(a.evidence).into(),
                Column::Population => String::new(),
            })
            .collect();
        w.write_record(&row).unwrap();
    }
    // A byte-order mark, so Excel reads æ, ø and å as UTF-8.
    let mut out = vec![0xEF, 0xBB, 0xBF];
    out.extend(w.into_inner().unwrap());
    out
}

/// A JSON number as people write it: `128675`, `0.015`, `383.91`.
fn json_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        serde_json::to_string(&v).unwrap()
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// The `_dokumentation` lines: what the file is, then every column, with
/// the ranges from `src/model/import/bounds.rs`.
fn documentation(base: &DataSet) -> Vec<String> {
    let p = |v: f64| format!("{} %", da(v * 100.0, 1));
    let ids: Vec<&str> = base.areas.iter().map(|a| a.id.as_str()).collect();
    vec![
        "Skabelon til kommunens egne tal (styringscockpit: helårsborgere, enhedsudgifter og udgifter pr. indsatsområde). Filen læses kun i browseren og sendes ingen steder hen.".to_string(),
        "Eksemplet er landstallene skaleret til en kommune på 1 % af landet. Ret tallene til kommunens egne. Slet de områder, I ikke har tal for: de får landstallet skaleret til kommunens størrelse.".to_string(),
        "Kommunens størrelse udledes af filen: summen af dens helårsborgere delt med landets helårsborgere på de samme områder. De andre serviceområders budgetter skaleres med samme faktor.".to_string(),
        "Andele og vækst skrives som brøk (0.025) eller som tekst med procent (\"2,5 %\"). Tal må også være tekst i dansk format (\"1.234.567,5\"). Felter, der begynder med _, læses ikke. Mere i docs/import-format.md.".to_string(),
        format!("omraade_id (påkrævet): områdets id i modellen: {}.", ids.join(", ")),
        "omraade_navn (valgfri, læses ikke): områdets navn, til jer selv.".to_string(),
        "kommune (valgfri): kommunens navn.".to_string(),
        format!(
            "helaarsborgere (påkrævet): helårsborgere i basisåret. Over {} af landstallet giver en advarsel; over {} gange landstallet afvises rækken.",
            p(VOLUME_TYPICAL_SHARE),
            da(VOLUME_HARD_FACTOR, 0)
        ),
        format!(
            "enhedsudgift_kr (påkrævet): kr. pr. helårsborger. Under 1/{f} eller over {f} gange landstallet giver en advarsel; under 1/{h} eller over {h} gange afvises rækken.",
            f = da(UNIT_COST_TYPICAL_FACTOR, 0),
            h = da(UNIT_COST_HARD_FACTOR, 0)
        ),
        format!(
            "vaekst_pr_aar (valgfri): real vækst pr. år. Uden for {} til {} giver en advarsel; uden for {} til {} afvises rækken.",
            p(GROWTH_TYPICAL.0),
            p(GROWTH_TYPICAL.1),
            p(GROWTH_HARD.0),
            p(GROWTH_HARD.1)
        ),
        "vaekst_lav_pr_aar, vaekst_hoej_pr_aar (valgfri): væksten i et lavt og et højt forløb (usikkerhedsbåndet); lav ≤ central ≤ høj. Mangler de, bruges landstallets afstand til den centrale vækst.".to_string(),
        "retskrav_andel (valgfri): andel af behovet, der er retskrav, 0–100 %.".to_string(),
        "eksternt_koeb_andel (valgfri): andel købt uden for kommunen, 0–100 %.".to_string(),
        format!(
            "sagsudgift_spredning (valgfri): spredningen (sigma for logaritmen) af udgiften pr. sag, {}–{}; uden for {}–{} giver en advarsel.",
            da(SIGMA_HARD.0, 2),
            da(SIGMA_HARD.1, 2),
            da(SIGMA_TYPICAL.0, 2),
            da(SIGMA_TYPICAL.1, 2)
        ),
        "evidens (valgfri): stor, moderat, lille, ingen, negativ eller ukendt (Medicinrådets kategorier for merværdi).".to_string(),
        "Mangler en valgfri kolonne eller værdi, bruges landstallet for området. indbyggere læses ikke: modellen har intet landstal for befolkningen med kilde.".to_string(),
    ]
}

fn json_template(base: &DataSet) -> String {
    let mut s = String::from("{\n  \"_dokumentation\": [\n");
    let doc = documentation(base);
    for (i, line) in doc.iter().enumerate() {
        let comma = if i + 1 < doc.len() { "," } else { "" };
        s.push_str(&format!("    {}{comma}\n", json_string(line)));
    }
    s.push_str("  ],\n");
    s.push_str(&format!("  \"format\": {},\n", json_string(JSON_FORMAT)));
    s.push_str("  \"version\": 1,\n");
    s.push_str(&format!(
        "  \"kommune\": {},\n",
        json_string(TEMPLATE_MUNICIPALITY)
    ));
    s.push_str("  \"omraader\": [\n");
    for (i, a) in base.areas.iter().enumerate() {
        let g = &a.growth_per_year;
        let fields = [
            ("omraade_id", json_string(&a.id)),
            ("omraade_navn", json_string(&a.name.da)),
            (
                "helaarsborgere",
                json_number(template_volume(a.volume_full_year.value)),
            ),
            ("enhedsudgift_kr", json_number(a.unit_cost_dkk.value)),
            ("vaekst_pr_aar", json_number(g.central.value)),
            ("vaekst_lav_pr_aar", json_number(g.low.value)),
            ("vaekst_hoej_pr_aar", json_number(g.high.value)),
            ("retskrav_andel", json_number(a.legal_floor.value)),
            (
                "eksternt_koeb_andel",
                json_number(a.external_purchase_share.value),
            ),
            ("sagsudgift_spredning", json_number(a.case_cost_sigma.value)),
            ("evidens", json_string(evidence_word(a.evidence))),
        ];
        s.push_str("    {\n");
        for (j, (k, v)) in fields.iter().enumerate() {
            let comma = if j + 1 < fields.len() { "," } else { "" };
            s.push_str(&format!("      \"{k}\": {v}{comma}\n"));
        }
        let comma = if i + 1 < base.areas.len() { "," } else { "" };
        s.push_str(&format!("    }}{comma}\n"));
    }
    s.push_str("  ]\n}\n");
    s
}

#[test]
fn templates_are_current_and_import_with_no_problems() {
    let base = base();
    let csv = csv_template(base);
    let json = json_template(base);
    if std::env::var_os("PRIORITET_WRITE_TEMPLATES").is_some() {
        std::fs::write(CSV_TEMPLATE, &csv).unwrap();
        std::fs::write(JSON_TEMPLATE, &json).unwrap();
    }
    let on_disk_csv = std::fs::read(CSV_TEMPLATE).unwrap();
    let on_disk_json = std::fs::read_to_string(JSON_TEMPLATE).unwrap();
    assert!(
        on_disk_csv == csv && on_disk_json == json,
        "the templates in public/ are out of date with data/model.json; rewrite them with \
         PRIORITET_WRITE_TEMPLATES=1 cargo test --test model_import templates"
    );
    for (bytes, name) in [
        (&on_disk_csv[..], "skabelon-kommunedata.csv"),
        (on_disk_json.as_bytes(), "skabelon-kommunedata.json"),
    ] {
        let im = import_file(bytes, name, base);
        assert!(im.usable, "{name}");
        assert!(im.problems.is_empty(), "{name}: {:#?}", im.problems);
        check_invariants(&im, name).unwrap();
        assert_eq!(im.municipality.as_deref(), Some(TEMPLATE_MUNICIPALITY));
        assert!(
            (im.scale - TEMPLATE_SCALE).abs() < 1e-5,
            "{name}: {}",
            im.scale
        );
        assert!(im.origin.iter().all(|o| o.from_file()
            && o.volume == FieldOrigin::File
            && o.growth == FieldOrigin::File
            && o.evidence == FieldOrigin::File
            && o.case_cost_sigma == FieldOrigin::File));
        for (a, n) in im.data.areas.iter().zip(&base.areas) {
            assert_eq!(
                a.unit_cost_dkk.value, n.unit_cost_dkk.value,
                "{name} {}",
                a.id
            );
            assert!(close(
                a.growth_per_year.low.value,
                n.growth_per_year.low.value
            ));
            assert!(close(
                a.growth_per_year.high.value,
                n.growth_per_year.high.value
            ));
            assert!(close(a.legal_floor.value, n.legal_floor.value));
            assert!(close(
                a.external_purchase_share.value,
                n.external_purchase_share.value
            ));
            assert!(close(a.case_cost_sigma.value, n.case_cost_sigma.value));
            assert_eq!(a.evidence, n.evidence);
            assert!(
                (a.volume_full_year.value - n.volume_full_year.value * TEMPLATE_SCALE).abs()
                    <= 0.005
            );
        }
    }
}
