//! Fuzzing the Statistikbanken reader: arbitrary bytes, extract-like text
//! from a grammar (the real headers, labels and codes, junk figures) and
//! mutations of the fixtures, alone or with a good file; no input makes it
//! panic, and every import holds the invariants (counts printed with
//! `--nocapture`).

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use prioritet::model::import::statbank::read_extracts;

mod statbank_support;

use statbank_support::{base, check, fixture, read};

const BYTES_CASES: u32 = 1500;
const GRAMMAR_CASES: u32 = 800;
const MUTATION_CASES: u32 = 800;

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

struct Counts {
    runs: AtomicUsize,
    usable: AtomicUsize,
}

impl Counts {
    const fn new() -> Counts {
        Counts {
            runs: AtomicUsize::new(0),
            usable: AtomicUsize::new(0),
        }
    }

    fn run(&self, files: &[(&str, &[u8])], chosen: Option<u16>) -> Result<(), TestCaseError> {
        self.runs.fetch_add(1, Ordering::Relaxed);
        let im = read_extracts(files, chosen, base());
        if im.import.usable {
            self.usable.fetch_add(1, Ordering::Relaxed);
        }
        check(&im, "fuzz").map_err(TestCaseError::fail)
    }

    fn report(&self, what: &str) {
        eprintln!(
            "statbank fuzz ({what}): {} inputs, none panicked, invariants held; {} usable",
            self.runs.load(Ordering::Relaxed),
            self.usable.load(Ordering::Relaxed)
        );
    }
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "REGK31.csv",
        "BUDK32.csv",
        "FOLK1A.csv",
        "HAND01.csv",
        "HAND02.csv",
        "ANBAAR.csv",
        "x.csv",
        "x",
    ])
    .prop_map(String::from)
}

fn chosen() -> impl Strategy<Value = Option<u16>> {
    prop::sample::select(vec![
        None,
        Some(101),
        Some(751),
        Some(825),
        Some(0),
        Some(999),
    ])
}

#[test]
fn fuzz_arbitrary_bytes() {
    let counts = Counts::new();
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        prop::collection::vec(
            prop::sample::select(b" ;\t\n\r\"0123456789.-K\xc5\xd8OMRADETIDINHOL".to_vec()),
            0..512
        ),
    ];
    TestRunner::new(config(BYTES_CASES))
        .run(&(bytes, name(), chosen()), |(b, n, c)| {
            counts.run(&[(n.as_str(), b.as_slice())], c)
        })
        .unwrap();
    counts.report("arbitrary bytes");
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            [
                "Hele landet",
                "000",
                "København",
                "751",
                "0825",
                "Region Hovedstaden",
                "5.38.50 Botilbud til længerevarende ophold (§ 108)",
                "53852",
                "5.28 Tilbud til børn",
                "5.3.850",
                "1 Driftskonti",
                "2 Statusk",
                "TOT",
                "I alt (netto)",
                "LOBM",
                "INDL",
                "Løbende priser (1.000 kr.)",
                "2023",
                "2024K1",
                "2023K4",
                "2023K5",
                "Længerevarende botilbud inklusiv tilknyttede ydelser fx §§83, 85 (§108)",
                "Øvrig socialpædagogisk støtte (§85)",
                "Beskyttet beskæftigelse (§103)",
                "Ledsageordning (§97)",
                "Plejefamilie",
                "Sikret døgninstitution",
                "Opholdssted for børn og unge",
                "Kost- eller efterskole",
                "Alder i alt",
                "Køn i alt",
                "0-5 år",
                "I alt",
                "108",
                "20",
                "..",
                "-",
                "",
                "12345",
                "-400",
                "1.234,5",
                "1e999",
                "\"a;b\"",
                "\"",
            ]
            .map(String::from)
            .to_vec()
        ),
        "[a-zA-Z0-9 .;,\"-]{0,10}",
        any::<i32>().prop_map(|v| v.to_string()),
    ]
}

fn extract() -> impl Strategy<Value = String> {
    let header = prop::sample::select(vec![
        "OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD",
        "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD",
        "OMRÅDE;TID;INDHOLD",
        "OMRÅDE;YDELSESTYPE;TID;INDHOLD",
        "OMRÅDE;ANBRINGELSESSTED;ALDER;KØN;TID;INDHOLD",
        "ADMKOM;ANBRINGELSE;TID;INDHOLD",
        "OMRÅDE;KATEGORI;TID;INDHOLD",
        "\u{feff}OMRÅDE;FUNKTION;TID;INDHOLD",
        "omraade_id;helaarsborgere",
    ]);
    let rows = prop::collection::vec(prop::collection::vec(cell(), 1..8), 0..30);
    let eol = prop::sample::select(vec!["\n", "\r\n"]);
    (header, rows, eol).prop_map(|(h, rows, eol)| {
        let mut out = format!("{h}{eol}");
        for r in rows {
            out.push_str(&r.join(";"));
            out.push_str(eol);
        }
        out
    })
}

#[test]
fn fuzz_extract_grammar() {
    let counts = Counts::new();
    TestRunner::new(config(GRAMMAR_CASES))
        .run(&(extract(), name(), chosen()), |(text, n, c)| {
            counts.run(&[(n.as_str(), text.as_bytes())], c)
        })
        .unwrap();
    counts.report("grammar");
}

#[test]
fn fuzz_mutated_fixtures() {
    let counts = Counts::new();
    let names = [
        "REGK31-101.csv",
        "FOLK1A-101.csv",
        "REGK31-751.csv",
        "BUDK32-751-bulk.csv",
        "regk31-laesoe.csv",
        "HAND01-101.csv",
        "HAND01-751.csv",
        "HAND01-825.csv",
        "ANBAAR-101.csv",
        "ANBAAR-751.csv",
        "ANBAAR-825.csv",
    ];
    // All the fixtures at once, for each municipality in them and none.
    for chosen in [None, Some(101), Some(751), Some(825)] {
        check(&read(&names, chosen), "all fixtures").unwrap();
    }
    let good: Vec<Vec<u8>> = names.iter().map(|n| fixture(n)).collect();
    let folk = fixture("FOLK1A-101.csv");
    let money = fixture("REGK31-101.csv");
    let edits = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8);
    TestRunner::new(config(MUTATION_CASES))
        .run(
            &(0..names.len(), edits, any::<bool>(), chosen()),
            |(i, edits, with_folk, c)| {
                let mut b = good[i].clone();
                for (at, byte, op) in edits {
                    if b.is_empty() {
                        break;
                    }
                    let k = at.index(b.len());
                    match op {
                        0 => b[k] = byte,
                        1 => {
                            b.remove(k);
                        }
                        _ => b.insert(k, byte),
                    }
                }
                let mut files: Vec<(&str, &[u8])> = vec![(names[i], b.as_slice())];
                if with_folk {
                    files.push(("FOLK1A-101.csv", folk.as_slice()));
                }
                // A mutated table of counts beside good money, so the
                // counts are used.
                if names[i].starts_with("HAND01") || names[i].starts_with("ANBAAR") {
                    files.push(("REGK31-101.csv", money.as_slice()));
                }
                counts.run(&files, c)
            },
        )
        .unwrap();
    counts.report("mutations");
}
