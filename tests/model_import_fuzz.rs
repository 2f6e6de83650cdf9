//! Fuzzing the importer of a municipality's own cockpit file: arbitrary
//! bytes, CSV-like text from a grammar and mutations of the good files; no
//! input makes it panic, and every import holds the invariants (counts
//! printed with `--nocapture`).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use prioritet::model::data::localized::Lang;
use prioritet::model::import::{import_file, Column};
use prioritet::model::DataSet;
use prioritet::text::format::number;

mod import_support;

use import_support::{base, check_invariants, corpus};

/// Cases per fuzz test: 5,700 inputs in all, about 6 s in a debug build
/// (most of it generating the inputs and checking every figure's source).
const BYTES_CASES: u32 = 3000;
const GRAMMAR_CASES: u32 = 1200;
const MUTATION_CASES: u32 = 1500;

fn fuzz_config(cases: u32) -> Config {
    Config {
        cases,
        // No regression files: a failure prints its input.
        failure_persistence: None,
        ..Config::default()
    }
}

struct Counts {
    runs: AtomicUsize,
    usable: AtomicUsize,
    micros: AtomicUsize,
}

impl Counts {
    const fn new() -> Counts {
        Counts {
            runs: AtomicUsize::new(0),
            usable: AtomicUsize::new(0),
            micros: AtomicUsize::new(0),
        }
    }

    fn run(&self, bytes: &[u8], name: &str) -> Result<(), TestCaseError> {
        self.runs.fetch_add(1, Ordering::Relaxed);
        let start = Instant::now();
        let im = import_file(bytes, name, base());
        let took = start.elapsed().as_micros();
        self.micros.fetch_add(
            usize::try_from(took).unwrap_or(usize::MAX),
            Ordering::Relaxed,
        );
        if im.usable {
            self.usable.fetch_add(1, Ordering::Relaxed);
        }
        check_invariants(&im, name).map_err(TestCaseError::fail)
    }

    fn report(&self, what: &str) {
        eprintln!(
            "fuzz ({what}): {} inputs, none panicked, invariants held; {} gave a usable import; {} ms importing",
            self.runs.load(Ordering::Relaxed),
            self.usable.load(Ordering::Relaxed),
            self.micros.load(Ordering::Relaxed) / 1000
        );
    }
}

fn file_name() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["k.csv", "k.json", "k.txt", "k", "K.JSON"]).prop_map(String::from)
}

#[test]
fn fuzz_arbitrary_bytes() {
    let counts = Counts::new();
    let mut runner = TestRunner::new(fuzz_config(BYTES_CASES));
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // Printable-ish bytes are likelier to get past decoding.
        prop::collection::vec(
            prop::sample::select(b" ;,\t\n\r\"0123456789.,%-e{}[]:abc\xe5\xf8".to_vec()),
            0..512
        ),
    ];
    runner
        .run(&(bytes, file_name()), |(bytes, name)| {
            counts.run(&bytes, &name)
        })
        .unwrap();
    counts.report("arbitrary bytes");
}

/// Junk for any cell: numbers in every style, quotes, separators, text.
fn junk() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            [
                "1.234.567,5",
                "1 234 567",
                "2,5 %",
                "57",
                "57 %",
                "0,57",
                "-1",
                "0",
                "1e308",
                "1e999",
                "1,16E+06",
                "470.000 kr.",
                "kr. 1.160.000,00",
                "\"1,5\"",
                "\"a;b\"",
                "\"",
                "stor",
                "moderat",
                "ukendt",
                "god",
                "",
                " ",
                "-",
                "1.234",
                "1,234",
                "ca. 5",
                "∞",
                "NaN",
                "0,0000001",
                "99999999999999999999",
                "\u{feff}",
                "Århus",
                "sep=;",
            ]
            .map(String::from)
            .to_vec()
        ),
        "[a-z0-9 ,.;%\"-]{0,12}",
        any::<f64>().prop_map(|v| v.to_string()),
    ]
}

/// A plausible value for a column, in one of the styles people write it,
/// or (one time in five) junk.
fn value_for(column: Column) -> BoxedStrategy<String> {
    let pick =
        |v: &[&str]| prop::sample::select(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    let plausible: BoxedStrategy<String> = match column {
        Column::AreaId => prop::sample::select(
            base()
                .areas
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>(),
        )
        .boxed(),
        Column::Volume => prop_oneof![
            (0u32..3000).prop_map(|v| v.to_string()),
            (0u32..300_000).prop_map(|v| number(f64::from(v) / 100.0, 2, Lang::Da)),
            pick(&["1.234", "383,91", "1 200", "0"]),
        ]
        .boxed(),
        Column::UnitCost => prop_oneof![
            (10_000u32..3_000_000).prop_map(|v| number(f64::from(v), 0, Lang::Da)),
            (10_000u32..3_000_000).prop_map(|v| v.to_string()),
            pick(&["kr. 150.000,00", "470.000 kr.", "1,16E+06", "148 500"]),
        ]
        .boxed(),
        Column::Growth | Column::GrowthLow | Column::GrowthHigh => prop_oneof![
            (-50i32..150).prop_map(|v| format!("{} %", number(f64::from(v) / 10.0, 1, Lang::Da))),
            (-50i32..150).prop_map(|v| number(f64::from(v) / 1000.0, 3, Lang::Da)),
        ]
        .boxed(),
        Column::LegalFloor | Column::ExternalShare => prop_oneof![
            (0u32..=100).prop_map(|v| format!("{v} %")),
            (0u32..=100).prop_map(|v| number(f64::from(v) / 100.0, 2, Lang::Da)),
        ]
        .boxed(),
        Column::Sigma => (5u32..200)
            .prop_map(|v| number(f64::from(v) / 100.0, 2, Lang::Da))
            .boxed(),
        Column::Evidence => {
            pick(&["stor", "moderat", "lille", "ingen", "negativ", "ukendt", ""]).boxed()
        }
        Column::AreaName => {
            pick(&["Anbringelse på institution", "Botilbud; § 108", "\"x\""]).boxed()
        }
        Column::Municipality => pick(&["Eksempelkommune", "Århus", ""]).boxed(),
        Column::Population => pick(&["60.000", "", "1"]).boxed(),
    };
    prop_oneof![4 => plausible, 1 => junk()].boxed()
}

/// CSV-like text from a grammar: a header naming some columns (in some
/// spelling, in any order, perhaps with unknown ones), rows with a value
/// for each column (mostly plausible, sometimes junk, sometimes too few or
/// too many), a delimiter (now and then a different one in a row), blank
/// lines, and one of four encodings.
fn csv_text() -> impl Strategy<Value = Vec<u8>> {
    let header_names = |c: Column| -> Vec<String> {
        std::iter::once(c.header())
            .chain(c.aliases().iter().copied())
            .map(String::from)
            .chain(match c {
                Column::UnitCost => vec!["Enhedsudgift (kr.)".to_string()],
                Column::Volume => vec!["Helårsborgere".to_string()],
                Column::Growth => vec!["Vækst pr. år".to_string()],
                _ => vec![],
            })
            .collect()
    };
    let columns = prop::sample::subsequence(Column::ALL.to_vec(), 0..=Column::ALL.len())
        .prop_flat_map(|cs| {
            let must = [Column::AreaId, Column::Volume, Column::UnitCost];
            let mut cs: Vec<Column> = cs;
            for m in must {
                if !cs.contains(&m) {
                    cs.push(m);
                }
            }
            Just(cs).prop_shuffle()
        });
    let delimiter = prop::sample::select(vec![";", ",", "\t", "|"]);
    let newline = prop::sample::select(vec!["\n", "\r\n", "\r"]);
    (columns, delimiter, newline, 0..4u8, 0..4u8)
        .prop_flat_map(move |(cols, d, nl, enc, drop_required)| {
            // Now and then a required column is missing altogether.
            let cols: Vec<Column> = if drop_required == 0 {
                cols[1..].to_vec()
            } else {
                cols
            };
            let names: Vec<BoxedStrategy<String>> = cols
                .iter()
                .map(|c| prop::sample::select(header_names(*c)).boxed())
                .collect();
            let row = cols.iter().map(|c| value_for(*c)).collect::<Vec<_>>();
            let rows = prop::collection::vec(
                (row, 0..12u8, prop::sample::select(vec![";", ",", "\t"])),
                0..14,
            );
            (names, rows, Just(d), Just(nl), Just(enc), junk())
        })
        .prop_map(|(names, rows, d, nl, enc, extra)| {
            let mut lines = vec![names.join(d)];
            for (mut cells, shape, other) in rows {
                match shape {
                    0 => lines.push(String::new()),
                    1 if !cells.is_empty() => {
                        cells.pop();
                    }
                    2 => cells.push(extra.clone()),
                    _ => {}
                }
                let sep = if shape == 3 { other } else { d };
                lines.push(cells.join(sep));
            }
            let text = lines.join(nl);
            match enc {
                0 => text.into_bytes(),
                1 => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
                2 => {
                    let mut out = vec![0xFF, 0xFE];
                    for u in text.encode_utf16() {
                        out.extend(u.to_le_bytes());
                    }
                    out
                }
                _ => text
                    .chars()
                    .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                    .collect(),
            }
        })
}

#[test]
fn fuzz_csv_from_a_grammar() {
    let counts = Counts::new();
    let mut runner = TestRunner::new(fuzz_config(GRAMMAR_CASES));
    runner
        .run(&(csv_text(), file_name()), |(bytes, name)| {
            counts.run(&bytes, &name)
        })
        .unwrap();
    counts.report("CSV grammar");
}

/// Edits to a byte string: (position, kind, byte).
fn mutations() -> impl Strategy<Value = Vec<(usize, u8, u8)>> {
    prop::collection::vec((any::<usize>(), 0..4u8, any::<u8>()), 1..8)
}

const STRUCTURAL: &[u8] = b";,\t\"\n\r{}[]:0.%";

fn mutate(original: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut b = original.to_vec();
    for &(pos, kind, byte) in edits {
        let i = if b.is_empty() { 0 } else { pos % b.len() };
        match kind {
            0 if !b.is_empty() => b[i] = byte,
            1 => b.insert(i, byte),
            2 if !b.is_empty() => {
                b.remove(i);
            }
            // A structural character: delimiter, quote, newline, digit.
            _ if !b.is_empty() => b[i] = STRUCTURAL[usize::from(byte) % STRUCTURAL.len()],
            _ => b.push(byte),
        }
    }
    b
}

#[test]
fn fuzz_mutations_of_the_good_files() {
    let counts = Counts::new();
    let seeds: Vec<(Vec<u8>, &str)> = vec![
        (corpus("good_excel_da.csv"), "good_excel_da.csv"),
        (corpus("good.json"), "good.json"),
        (corpus("json_bad_values.json"), "json_bad_values.json"),
        (corpus("messy_but_fine.csv"), "messy_but_fine.csv"),
    ];
    let mut runner = TestRunner::new(fuzz_config(MUTATION_CASES));
    runner
        .run(&(0..seeds.len(), mutations()), |(k, edits)| {
            let (bytes, name) = &seeds[k];
            counts.run(&mutate(bytes, &edits), name)
        })
        .unwrap();
    counts.report("mutations of the good files");
}

/// The data set an import yields is what the runner's `--data` reads back
/// (the app's export "Kommunens datasæt som JSON").
#[test]
fn an_imported_data_set_runs_with_the_runner() {
    let base = DataSet::builtin();
    let bytes = std::fs::read("tests/import_corpus/good_excel_da.csv").unwrap();
    let import = import_file(&bytes, "good_excel_da.csv", &base);
    assert!(import.usable);
    let json = serde_json::to_string_pretty(&import.data).unwrap();
    let back = DataSet::from_json(&json).unwrap();
    assert_eq!(back, import.data);
    prioritet::model::project_central(&prioritet::model::Scenario::neutral(), &back).unwrap();
}
