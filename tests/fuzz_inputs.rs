//! Seeded fuzzing of every way input reaches the model, run by `cargo test`
//! on every change. One test per input path, each with at least 100,000
//! inputs per run: share links (`decode`, `code_in`, `split_hash`),
//! scenario files (`Scenario::from_json` and `validate`), a municipality's
//! files (`import_file` on CSV and JSON bytes), stored lists
//! (`ScenarioList::from_json` and its operations), links pasted on the
//! workshop board (`code_in`, `decode`, the list, `board`), and data sets
//! for `prioritet-run --data` (`DataSet::from_json`, its validation and the
//! projection).
//!
//! The inputs are real inputs (valid codes, the example scenarios, the
//! import corpus, `data/model.json`) with bytes flipped, replaced,
//! inserted, deleted, duplicated or truncated, tokens and numbers of the
//! format spliced in, and some plain noise. Each test asserts that no input
//! panics, that no input takes 100 ms or more (a slow input is timed a
//! second time, so a busy machine's scheduler is not taken for one), and
//! that wherever a projection results it holds only finite numbers
//! (`analysis::finite`). The inputs come from a small deterministic
//! generator (SplitMix64) with a fixed seed per test, so a failure names
//! its input and repeats; set `PRIORITET_FUZZ_SEED` to try other inputs.
//!
//! The test profile is built with `opt-level = 1` (Cargo.toml) so the whole
//! file runs in well under a minute; a debug build would take many.

use std::panic::{self, AssertUnwindSafe};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use prioritet::model::analysis::board::board;
use prioritet::model::analysis::finite::{first_non_finite, first_non_finite_band};
use prioritet::model::codec::link::{code_in, decode, encode, split_hash, LinkState};
use prioritet::model::codec::scenario_list::{ScenarioList, MAX_ENTRIES};
use prioritet::model::data::dataset::BUILTIN_JSON;
use prioritet::model::ids::{ApproachId, ChartId};
use prioritet::model::import::import_file;
use prioritet::model::{project, project_baseline, project_central, DataSet, Projection, Scenario};

/// Inputs per input path and run.
const INPUTS: usize = 100_000;

/// No single input may take this long.
const SLOW: Duration = Duration::from_millis(100);

/// The built-in data set, parsed once.
fn ds() -> &'static DataSet {
    static DS: OnceLock<DataSet> = OnceLock::new();
    DS.get_or_init(DataSet::builtin)
}

/// SplitMix64: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    /// The generator for one test: its own seed, mixed with
    /// `PRIORITET_FUZZ_SEED` when that is set.
    fn for_test(seed: u64) -> Rng {
        let extra = std::env::var("PRIORITET_FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        Rng(seed ^ extra.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Numbers worth trying wherever a number goes.
const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "0.5",
    "2",
    "30",
    "31",
    "0.75",
    "1e-300",
    "-1e-300",
    "5e-324",
    "1e300",
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "1e999",
    "99999999999999999999",
    "18446744073709551616",
    "-9223372036854775809",
    "1e7",
    "1e9",
    "3e9",
    "1e12",
    "1e13",
    "1e16",
    "NaN",
    "Infinity",
    "",
];

/// Tokens of JSON, CSV and links, spliced into inputs.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    ";",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "1e999",
    "\"version\"",
    "\"name\"",
    "\"levers\"",
    "\"s\"",
    "\"c\"",
    "\"entries\"",
    "\"code\"",
    "\"value\"",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\u{feff}",
    "\u{0}",
    "æøå",
    "🙂",
    "1.",
    "2.",
    "?s=",
    "&s=",
    "#",
    "%",
    "=",
    "-",
    "_",
    ".",
    "'",
    "<",
    ">",
    "“",
];

/// Changes `bytes` one to four times: a flipped bit, a replaced byte, a
/// spliced token or number, a deleted, duplicated or truncated stretch, a
/// splice with another seed, or random bytes. The result is at most
/// `max_len` bytes.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, seeds: &[Vec<u8>], max_len: usize) {
    for _ in 0..1 + rng.below(4) {
        let len = bytes.len();
        let at = rng.below(len + 1);
        match rng.below(10) {
            0 if len > 0 => bytes[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => bytes[at.min(len - 1)] = rng.next() as u8,
            2 => {
                let token = rng.pick(TOKENS).as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            3 => {
                let number = rng.pick(NUMBERS).as_bytes();
                let (start, end) = number_around(bytes, at);
                bytes.splice(start..end, number.iter().copied());
            }
            4 => {
                let end = (at + 1 + rng.below(8)).min(len);
                bytes.drain(at.min(end)..end);
            }
            5 => bytes.truncate(at),
            6 => {
                let end = (at + 1 + rng.below(32)).min(len);
                let chunk = bytes[at.min(end)..end].to_vec();
                let to = rng.below(len + 1);
                bytes.splice(to..to, chunk);
            }
            7 => {
                let other = rng.pick(seeds);
                let from = rng.below(other.len() + 1);
                bytes.truncate(at);
                bytes.extend_from_slice(&other[from..]);
            }
            _ => {
                let noise: Vec<u8> = (0..1 + rng.below(4)).map(|_| rng.next() as u8).collect();
                bytes.splice(at..at, noise);
            }
        }
    }
    bytes.truncate(max_len);
}

/// The number token around `at` (digits, sign, point, exponent), or the
/// empty stretch at `at` when there is none.
fn number_around(bytes: &[u8], at: usize) -> (usize, usize) {
    let is_num = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E');
    let mut start = at.min(bytes.len());
    while start > 0 && is_num(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = start;
    while end < bytes.len() && is_num(bytes[end]) {
        end += 1;
    }
    (start, end)
}

/// An input: usually a mutated seed (with the seed's index), sometimes
/// noise made of tokens and random bytes (`None`).
fn input(rng: &mut Rng, seeds: &[Vec<u8>], max_len: usize) -> (Option<usize>, Vec<u8>) {
    if rng.chance(8) {
        let mut bytes = Vec::new();
        for _ in 0..rng.below(12) {
            if rng.chance(50) {
                bytes.extend_from_slice(rng.pick(TOKENS).as_bytes());
            } else {
                bytes.push(rng.next() as u8);
            }
        }
        return (None, bytes);
    }
    let i = rng.below(seeds.len());
    let mut bytes = seeds[i].clone();
    mutate(rng, &mut bytes, seeds, max_len);
    (Some(i), bytes)
}

/// What one test saw.
struct Run {
    path: &'static str,
    inputs: usize,
    accepted: usize,
    projected: usize,
    slowest: Duration,
}

impl Run {
    fn new(path: &'static str) -> Run {
        Run {
            path,
            inputs: 0,
            accepted: 0,
            projected: 0,
            slowest: Duration::ZERO,
        }
    }

    /// Runs `f` on input number `self.inputs`: a panic fails the test
    /// naming the input, and so does taking [`SLOW`] or longer three times
    /// running.
    fn check<R>(&mut self, input: &[u8], f: impl Fn() -> R) -> R {
        let (i, path) = (self.inputs, self.path);
        self.inputs += 1;
        let timed = || {
            let start = Instant::now();
            let r = panic::catch_unwind(AssertUnwindSafe(&f))
                .unwrap_or_else(|_| panic!("{path}: input {i} panicked: {}", show(input)));
            (r, start.elapsed())
        };
        // A busy machine can stall any one run: only an input that is slow
        // three times running counts as slow.
        let (mut r, mut took) = timed();
        for _ in 0..2 {
            if took < SLOW {
                break;
            }
            (r, took) = timed();
        }
        assert!(
            took < SLOW,
            "{path}: input {i} took {took:?}: {}",
            show(input)
        );
        self.slowest = self.slowest.max(took);
        r
    }

    /// Fails the test if `p` holds a number that is not finite.
    fn finite(&mut self, p: &Projection, input: &[u8]) {
        self.projected += 1;
        if let Some(bad) = first_non_finite(p) {
            panic!(
                "{}: a projection has {bad}; input {}: {}",
                self.path,
                self.inputs - 1,
                show(input)
            );
        }
    }

    fn report(&self) {
        eprintln!(
            "fuzz {}: {} inputs, {} accepted, {} projections checked finite; no panic; slowest input {:?}",
            self.path, self.inputs, self.accepted, self.projected, self.slowest
        );
        assert!(
            self.inputs >= INPUTS,
            "{}: {} inputs",
            self.path,
            self.inputs
        );
    }
}

/// An input as a failure message shows it: escaped, at most 400 bytes.
fn show(input: &[u8]) -> String {
    let text = String::from_utf8_lossy(&input[..input.len().min(400)]);
    format!("{text:?} ({} bytes)", input.len())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Valid link states: neutral, every preset on a chart, a named one with
/// every part changed.
fn states() -> Vec<LinkState> {
    let ds = ds();
    let mut out = vec![LinkState {
        scenario: Scenario::neutral(),
        chart: None,
    }];
    for (id, chart) in ApproachId::ALL.into_iter().zip(ChartId::ALL) {
        out.push(LinkState {
            scenario: Scenario::from_preset(ds, id).unwrap(),
            chart: Some(chart),
        });
    }
    let mut named = Scenario::from_preset(ds, ApproachId::FuturePriorities).unwrap();
    named.name = "Ærø's \"plan\" <b>&</b> 🙂".to_string();
    named.horizon_years = 20;
    named.levers.ceiling_dkk = 2_500_000.0;
    named.levers.ceiling_on_entitlements = true;
    out.push(LinkState {
        scenario: named,
        chart: Some(ChartId::Ceiling),
    });
    out
}

/// A version 1 code as earlier builds wrote it (`GOLDEN_DIAGNOSIS` of
/// `tests/model_link.rs`).
const V1_CODE: &str = "1.eNpNjsEKwzAMQ__F5xAytsvyMyG0WjFdnRGnvZT--9wwWH2ykGy9nQaKNJQNNU8gR0pxpzdM902AUVNWheoCaRRvPjj6VEtI4yKJZYO200vjPFO8h9_4cDiSvMAKRs6TFGWl85ZL5cboBX8nBv909FrbWpGuoeAfxtWAyjJ1aY9PQKs3nuP4Asx6QqE";

/// Share links: codes, full URLs and hashes, each decoded, found in pasted
/// text and split from a hash. Whatever decodes from a mutated version 2
/// code is one of the seeds' states (its own, or another's spliced in),
/// never a new scenario (the CRC-32); every decoded state projects to
/// finite numbers.
#[test]
fn share_links() {
    let ds = ds();
    let states = states();
    let codes: Vec<String> = states.iter().map(encode).collect();
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    for code in codes.iter().map(String::as_str).chain([V1_CODE]) {
        seeds.push(code.as_bytes().to_vec());
        seeds.push(format!("https://kommune.dk/app/#prioriter?s={code}&v=2").into_bytes());
        seeds.push(format!("#tavle?x=1&s={code}").into_bytes());
        seeds.push(format!("Se: <https://x.dk/#prioriter?s={code}>. Tak!").into_bytes());
    }
    let mut known = states.clone();
    known.push(decode(V1_CODE, ds).unwrap());
    let mut rng = Rng::for_test(0x11_4E);
    let mut run = Run::new("share links");
    while run.inputs < INPUTS {
        let (seed, bytes) = input(&mut rng, &seeds, 1_000);
        let from_v2 = seed.is_some_and(|i| i / 4 < codes.len());
        let text = text(&bytes);
        let decoded = run.check(&bytes, || {
            let mut found = vec![decode(&text, ds)];
            if let Some(code) = code_in(&text) {
                found.push(decode(code, ds));
            }
            if let (_, Some(code)) = split_hash(&text) {
                found.push(decode(code, ds));
            }
            let ok: Vec<LinkState> = found.into_iter().filter_map(Result::ok).collect();
            let projected: Vec<Projection> = ok
                .iter()
                .map(|s| project_central(&s.scenario, ds).unwrap())
                .collect();
            (ok, projected)
        });
        let (ok, projected) = decoded;
        if !ok.is_empty() {
            run.accepted += 1;
        }
        for (state, p) in ok.iter().zip(&projected) {
            assert!(
                !from_v2 || known.contains(state),
                "a damaged code opened a new scenario: {}",
                show(&bytes)
            );
            run.finite(p, &bytes);
        }
    }
    run.report();
}

/// Scenario files: the examples and presets, mutated (a third of them only
/// in their numbers, so many still read); every one that reads and
/// validates projects to finite numbers.
#[test]
fn scenario_files() {
    let ds = ds();
    let mut seeds: Vec<Vec<u8>> = states()
        .iter()
        .map(|s| s.scenario.to_json().into_bytes())
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/scenarios");
    for entry in std::fs::read_dir(dir).unwrap() {
        seeds.push(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let texts: Vec<String> = seeds.iter().map(|s| text(s)).collect();
    let spans: Vec<Vec<(usize, usize)>> = texts.iter().map(|t| number_spans(t)).collect();
    let mut rng = Rng::for_test(0x5CE7);
    let mut run = Run::new("scenario files");
    while run.inputs < INPUTS {
        let i = rng.below(texts.len());
        let bytes = if rng.chance(33) && !spans[i].is_empty() {
            change_numbers(&mut rng, &texts[i], &spans[i]).into_bytes()
        } else {
            input(&mut rng, &seeds, 4_000).1
        };
        let text = text(&bytes);
        let result = run.check(&bytes, || {
            let s = Scenario::from_json(&text).ok()?;
            s.validate(ds).ok()?;
            Some((
                project_central(&s, ds).unwrap(),
                project_baseline(&s, ds).unwrap(),
            ))
        });
        if let Some((central, baseline)) = result {
            run.accepted += 1;
            run.finite(&central, &bytes);
            run.finite(&baseline, &bytes);
        }
    }
    run.report();
}

/// A municipality's files: the import corpus (CSV, TSV, JSON, UTF-16,
/// Windows-1252, a workbook, binary), mutated, read under its own name or
/// the other format's; every usable import projects to finite numbers.
#[test]
fn imports() {
    let ds = ds();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_corpus");
    let mut names = Vec::new();
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name != "README.md" {
            seeds.push(std::fs::read(&path).unwrap());
            names.push(name);
        }
    }
    let mut rng = Rng::for_test(0x1A90);
    let mut run = Run::new("imports");
    while run.inputs < INPUTS {
        let (seed, bytes) = input(&mut rng, &seeds, 4_000);
        let name = match seed {
            Some(i) if !rng.chance(10) => names[i].as_str(),
            _ => *rng.pick(&["kommune.csv", "kommune.json", "kommune.txt"]),
        };
        let projected = run.check(&bytes, || {
            let import = import_file(&bytes, name, ds);
            import
                .usable
                .then(|| project_central(&Scenario::neutral(), &import.data).unwrap())
        });
        if let Some(p) = projected {
            run.accepted += 1;
            run.finite(&p, &bytes);
        }
    }
    run.report();
}

/// Stored lists: lists the app writes, mutated. A list that reads writes
/// back the same, and adding to it, renaming and removing never panic.
#[test]
fn stored_lists() {
    let codes: Vec<String> = states().iter().map(encode).collect();
    let mut lists = vec![ScenarioList::default()];
    for n in [1, 3, 7] {
        let mut l = ScenarioList::default();
        for (i, code) in codes.iter().cycle().take(n).enumerate() {
            let name = ["Forebyggelse", "Ærø 🙂", "<b>x</b> & \"y\"", ""][i % 4];
            l.add(name, code).unwrap();
        }
        lists.push(l);
    }
    let seeds: Vec<Vec<u8>> = lists.iter().map(|l| l.to_json().into_bytes()).collect();
    let mut rng = Rng::for_test(0x7157);
    let mut run = Run::new("stored lists");
    while run.inputs < INPUTS {
        let (_, bytes) = input(&mut rng, &seeds, 8_000);
        let text = text(&bytes);
        let name = text.chars().take(rng.below(90)).collect::<String>();
        let code = rng.pick(&codes).clone();
        let read = run.check(&bytes, || {
            let mut list = ScenarioList::from_json(&text).ok()?;
            let back = ScenarioList::from_json(&list.to_json());
            let _ = list.add(&name, &code);
            let _ = list.rename(list.entries.len().saturating_sub(1), &name);
            let removed = list.remove(0);
            if let Some(entry) = removed {
                let _ = list.restore(0, entry);
            }
            Some((back, list.entries.len()))
        });
        if let Some((back, len)) = read {
            run.accepted += 1;
            assert!(back.is_ok(), "a list read back fails: {}", show(&bytes));
            assert!(len <= MAX_ENTRIES, "{}", show(&bytes));
        }
    }
    run.report();
}

/// What the board does with pasted text: every line's link found, decoded
/// and added to the board's list (`ScenarioList::add_links`, as the board
/// calls it), then the participants the board projects.
fn paste(text: &str, ds: &DataSet) -> Vec<(String, Scenario)> {
    let mut list = ScenarioList::default();
    list.add_links(text, ds);
    list.entries
        .iter()
        .map(|e| {
            let state = decode(&e.code, ds).expect("an added link opens");
            (e.name.clone(), state.scenario)
        })
        .collect()
}

/// Links pasted on the workshop board: several lines of links, bare codes
/// and other text, mutated; every tenth input with participants builds
/// the board (every participant projected), whose projections and figures
/// must be finite.
#[test]
fn pasted_board_links() {
    let ds = ds();
    let codes: Vec<String> = states().iter().map(encode).collect();
    let mut rng = Rng::for_test(0xB0A2);
    let mut seeds = Vec::new();
    for _ in 0..24 {
        let mut text = String::new();
        for _ in 0..1 + rng.below(6) {
            let code = rng.pick(&codes);
            let line = match rng.below(5) {
                0 => format!("https://kommune.dk/app/#prioriter?s={code}"),
                1 => format!("  \"{code}\"  "),
                2 => format!("Gruppe 3: <https://x.dk/#tavle?s={code}>."),
                3 => "ikke et link".to_string(),
                _ => code.clone(),
            };
            text.push_str(&line);
            text.push_str(if rng.chance(20) { "\r\n" } else { "\n" });
        }
        seeds.push(text.into_bytes());
    }
    let mut run = Run::new("pasted board links");
    while run.inputs < INPUTS {
        let (_, bytes) = input(&mut rng, &seeds, 3_000);
        let text = text(&bytes);
        let with_board = rng.chance(10);
        let seen = run.check(&bytes, || {
            let participants = paste(&text, ds);
            let room =
                (with_board && !participants.is_empty()).then(|| board(&participants, ds).unwrap());
            (participants.len(), room)
        });
        let (participants, room) = seen;
        if participants > 0 {
            run.accepted += 1;
        }
        if let Some(room) = room {
            for column in &room.comparison.columns {
                run.finite(&column.projection, &bytes);
            }
            for row in &room.comparison.rows {
                assert!(
                    row.values.iter().chain(&row.diffs).all(|v| v.is_finite()),
                    "{:?}: {}",
                    row.metric,
                    show(&bytes)
                );
            }
            let spreads = room.weights.iter().chain(&room.levers);
            assert!(
                spreads
                    .flat_map(|s| [s.median, s.q1, s.q3, s.disagreement])
                    .all(f64::is_finite),
                "{}",
                show(&bytes)
            );
        }
    }
    run.report();
}

/// Where the numbers of a JSON text are (outside strings).
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    let (mut i, mut in_string) = (0, false);
    while i < b.len() {
        match (in_string, b[i]) {
            (true, b'\\') => i += 1,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, c) if c == b'-' || c.is_ascii_digit() => {
                let (start, end) = number_around(b, i);
                spans.push((start, end));
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    spans
}

/// `text` with one to three of its numbers (at `spans`) changed: half the
/// time by a plausible factor, half the time to one of [`NUMBERS`].
fn change_numbers(rng: &mut Rng, text: &str, spans: &[(usize, usize)]) -> String {
    let mut chosen: Vec<(usize, usize)> = (0..1 + rng.below(3)).map(|_| *rng.pick(spans)).collect();
    chosen.sort_unstable();
    chosen.dedup();
    let mut out = text.to_string();
    for &(start, end) in chosen.iter().rev() {
        let old: f64 = text[start..end].parse().unwrap_or(1.0);
        let new = if rng.chance(50) {
            format!("{}", old * rng.pick(&[0.0, 0.5, 0.9, 1.1, 2.0, 10.0, -1.0]))
        } else {
            rng.pick(NUMBERS).to_string()
        };
        out.replace_range(start..end, &new);
    }
    out
}

/// Data sets for `prioritet-run --data`: `data/model.json` written
/// compactly (its numbers and texts as they are, without the white space),
/// with one to three of its 286 numbers changed (half the time by a
/// plausible factor, half the time to an extreme from [`NUMBERS`]), and
/// one input in ten mutated as bytes. All 100,000 inputs are parsed and
/// validated; each valid one is projected centrally with its baseline
/// (the neutral scenario or an approach preset), and every twentieth valid
/// one also with 16 Monte Carlo draws: every number must be finite.
#[test]
fn data_sets() {
    let value: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    let base = value.to_string();
    let spans = number_spans(&base);
    assert!(spans.len() > 200, "{} numbers", spans.len());
    let seeds = vec![base.clone().into_bytes()];
    let mut rng = Rng::for_test(0xDA7A);
    let mut run = Run::new("data sets");
    while run.inputs < INPUTS {
        let bytes = if rng.chance(10) {
            let mut bytes = seeds[0].clone();
            mutate(&mut rng, &mut bytes, &seeds, usize::MAX);
            bytes
        } else {
            change_numbers(&mut rng, &base, &spans).into_bytes()
        };
        let text = text(&bytes);
        let preset = rng.pick(&[
            None,
            Some(ApproachId::Steering),
            Some(ApproachId::FuturePriorities),
        ]);
        let with_bands = rng.chance(5);
        let result = run.check(&bytes, || {
            let ds = DataSet::from_json(&text).ok()?;
            let s = match preset {
                Some(id) => Scenario::from_preset(&ds, *id).ok()?,
                None => Scenario::neutral(),
            };
            let central = project_central(&s, &ds).unwrap();
            let baseline = project_baseline(&s, &ds).unwrap();
            let bands = with_bands.then(|| project(&s, &ds, 16, 7).unwrap());
            Some((central, baseline, bands))
        });
        if let Some((central, baseline, bands)) = result {
            run.accepted += 1;
            run.finite(&central, &bytes);
            run.finite(&baseline, &bytes);
            if let Some(b) = bands {
                if let Some(bad) = first_non_finite_band(&b) {
                    panic!("data sets: a band has {bad}: {}", show(&bytes));
                }
            }
        }
    }
    run.report();
}
