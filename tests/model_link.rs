//! Share links: a scenario and chart survive `encode` then `decode`
//! exactly, old codes keep decoding (the golden codes below, of link
//! versions 1 and 2), every kind of damaged code is refused with its own
//! error, no change of one character of a version 2 code opens another
//! scenario (tried exhaustively), and no input makes `decode` panic
//! (fuzzed).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use prioritet::model::codec::link::{
    code_in, decode, encode, hash_for, open, split_hash, LinkError, LinkState, MAX_CODE_LEN,
};
use prioritet::model::data::dataset::LeverUnit;
use prioritet::model::ids::{ApproachId, ChartId, LeverId};
use prioritet::model::scenario::{MAX_NAME_CHARS, MIN_CEILING_DKK};
use prioritet::model::{DataSet, Scenario};

/// The built-in data set, parsed once (parsing it takes milliseconds in a
/// debug build, more than a decode).
fn ds() -> &'static DataSet {
    static DS: OnceLock<DataSet> = OnceLock::new();
    DS.get_or_init(DataSet::builtin)
}

// GOLDEN CODES. These guard links already shared: each code was written by
// a build's `encode` (link version 1 before this build, version 2 by this
// one) and must decode to its scenario forever. Never change a code or its
// expected scenario; when the format changes, add a migration
// (src/model/codec/link.rs) so these still pass. The expected scenarios
// spell out every field, so a change of `Scenario::neutral()` (which the
// codes are a diff against) fails here too.

/// The neutral scenario, no chart.
const GOLDEN_NEUTRAL: &str = "1.eNqrVipWsqpWKkstKs7Mz1OyMqytBQBAFAaX";

/// The "diagnosis" approach preset on the coverage chart.
const GOLDEN_DIAGNOSIS: &str = "1.eNpNjsEKwzAMQ__F5xAytsvyMyG0WjFdnRGnvZT--9wwWH2ykGy9nQaKNJQNNU8gR0pxpzdM902AUVNWheoCaRRvPjj6VEtI4yKJZYO200vjPFO8h9_4cDiSvMAKRs6TFGWl85ZL5cboBX8nBv909FrbWpGuoeAfxtWAyjJ1aY9PQKs3nuP4Asx6QqE";

const GOLDEN_DIAGNOSIS_SCENARIO: &str = r#"{
  "version": 1,
  "name": "diagnosis",
  "horizon_years": 10,
  "growth_scale": 1.0,
  "frame": { "level_change": 0.0, "real_growth_per_year": 0.0 },
  "priorities": {
    "budget_squeeze": 0.5,
    "social_professional": 0.5,
    "steering": 0.4,
    "diagnosis": 0.9,
    "future_priorities": 0.4
  },
  "levers": {
    "prevention_investment_dkk": 300000000.0,
    "prevention_refund_rate": 0.0,
    "prevention_ceiling_exempt": false,
    "admin_relief": 0.0,
    "research_practice": 0.0,
    "cross_sector": 0.0,
    "needs_assessment": 1.0,
    "progression_followup": 0.0,
    "unit_cost_steering": 0.0,
    "ceiling_dkk": 0.0,
    "ceiling_on_entitlements": false
  }
}"#;

/// A named scenario with every part changed, on the ceiling chart.
const GOLDEN_NAMED: &str = "1.eNpNUTtuAjEQvQqaImlWxBChJAhxEiTLeGcXC6-9GduQgGhS5A6pco30XChHyNhkBW78eW_evHk-goY5aDTWuBYqCDA_QkOqw3ywuEMr9Ua5lu9iLGYVECorW_L7uJE9knxHRQUTs1MF_0DQypaK5wo2nszBu0Jk-amoii6VVqrujJOE1mCT-ZNqMCPr7ZbZM5HXWFzfWQpdNNFixzurRErIMPkQZEAdffHzxF574kbM5ZKhGt-w6-NQdEMwbochZslL54kYVm5-QyRskqslqVgmnGbQt4QhZLTx1vp96gtU4go8t-asSOlodKnJSbmSMZw_6fxzH0Yr6K1yKxgt1su7xcN6Ofr9_vqALG44wGiw5LVOdYtRhteEeChajxU0KSZCecvk-fkzvTb8WWyvubhTNiMv3D3nzw885un0B91Qsno";

const GOLDEN_NAMED_SCENARIO: &str = r#"{
  "version": 1,
  "name": "Ærø's \"plan\" <b>&</b> 🙂",
  "horizon_years": 20,
  "growth_scale": 0.8,
  "frame": { "level_change": 0.05, "real_growth_per_year": 0.005 },
  "priorities": {
    "budget_squeeze": 0.3,
    "social_professional": 0.9,
    "steering": 0.5,
    "diagnosis": 0.5,
    "future_priorities": 0.7
  },
  "levers": {
    "prevention_investment_dkk": 1000000000.0,
    "prevention_refund_rate": 0.2,
    "prevention_ceiling_exempt": true,
    "admin_relief": 0.1,
    "research_practice": 0.5,
    "cross_sector": 0.75,
    "needs_assessment": 0.0,
    "progression_followup": 0.25,
    "unit_cost_steering": 0.0,
    "ceiling_dkk": 2500000.0,
    "ceiling_on_entitlements": true
  }
}"#;

/// [`GOLDEN_NEUTRAL`]'s state as link version 2 writes it.
const GOLDEN_V2_NEUTRAL: &str = "2.eNqrVipWsqpWKkstKs7Mz1OyMqytBQBAFAaXj_-aug";

/// [`GOLDEN_DIAGNOSIS`]'s state as link version 2 writes it.
const GOLDEN_V2_DIAGNOSIS: &str = "2.eNpNjsEKwzAMQ__F5xAytsvyMyG0WjFdnRGnvZT--9wwWH2ykGy9nQaKNJQNNU8gR0pxpzdM902AUVNWheoCaRRvPjj6VEtI4yKJZYO200vjPFO8h9_4cDiSvMAKRs6TFGWl85ZL5cboBX8nBv909FrbWpGuoeAfxtWAyjJ1aY9PQKs3nuP4Asx6QqEdzQyx";

/// [`GOLDEN_NAMED`]'s state as link version 2 writes it.
const GOLDEN_V2_NAMED: &str = "2.eNpNUTtuAjEQvQqaImlWxBChJAhxEiTLeGcXC6-9GduQgGhS5A6pco30XChHyNhkBW78eW_evHk-goY5aDTWuBYqCDA_QkOqw3ywuEMr9Ua5lu9iLGYVECorW_L7uJE9knxHRQUTs1MF_0DQypaK5wo2nszBu0Jk-amoii6VVqrujJOE1mCT-ZNqMCPr7ZbZM5HXWFzfWQpdNNFixzurRErIMPkQZEAdffHzxF574kbM5ZKhGt-w6-NQdEMwbochZslL54kYVm5-QyRskqslqVgmnGbQt4QhZLTx1vp96gtU4go8t-asSOlodKnJSbmSMZw_6fxzH0Yr6K1yKxgt1su7xcN6Ofr9_vqALG44wGiw5LVOdYtRhteEeChajxU0KSZCecvk-fkzvTb8WWyvubhTNiMv3D3nzw885un0B91QsnrVknUD";

/// The version 1 golden codes with their states.
fn golden() -> Vec<(&'static str, LinkState)> {
    let state = |json: &str, chart: Option<&str>| LinkState {
        scenario: Scenario::from_json(json).unwrap(),
        chart: chart.map(|c| ChartId::from_id(c).unwrap()),
    };
    vec![
        (
            GOLDEN_NEUTRAL,
            LinkState {
                scenario: Scenario::neutral(),
                chart: None,
            },
        ),
        (
            GOLDEN_DIAGNOSIS,
            state(GOLDEN_DIAGNOSIS_SCENARIO, Some("coverage")),
        ),
        (GOLDEN_NAMED, state(GOLDEN_NAMED_SCENARIO, Some("ceiling"))),
    ]
}

/// The version 2 golden codes with the same states as [`golden`]'s.
fn golden_v2() -> Vec<(&'static str, LinkState)> {
    let codes = [GOLDEN_V2_NEUTRAL, GOLDEN_V2_DIAGNOSIS, GOLDEN_V2_NAMED];
    codes
        .into_iter()
        .zip(golden())
        .map(|(code, (_, state))| (code, state))
        .collect()
}

#[test]
fn golden_codes_still_decode() {
    let ds = ds();
    for (code, expected) in golden().into_iter().chain(golden_v2()) {
        assert_eq!(decode(code, ds), Ok(expected), "{code}");
    }
}

#[test]
fn golden_v2_codes_are_what_this_build_writes() {
    for (code, state) in golden_v2() {
        assert_eq!(encode(&state), code);
    }
}

/// The state's scenario serialised: equal text means bit-equal numbers
/// (shortest round-trip printing), which `==` on `f64` does not check for
/// `-0.0`.
fn exact(state: &LinkState) -> String {
    format!("{} {:?}", state.scenario.to_json(), state.chart)
}

fn round_trip(state: &LinkState, ds: &DataSet) -> LinkState {
    let code = encode(state);
    match decode(&code, ds) {
        Ok(back) => back,
        Err(e) => panic!("{code} of {state:?} did not decode: {e}"),
    }
}

#[test]
fn neutral_and_presets_round_trip_on_every_chart() {
    let ds = ds();
    let mut scenarios = vec![Scenario::neutral()];
    for id in ApproachId::ALL {
        scenarios.push(Scenario::from_preset(ds, id).unwrap());
    }
    for scenario in scenarios {
        for chart in ChartId::ALL.map(Some).into_iter().chain([None]) {
            let state = LinkState {
                scenario: scenario.clone(),
                chart,
            };
            let back = round_trip(&state, ds);
            assert_eq!(back, state);
            assert_eq!(exact(&back), exact(&state));
        }
    }
}

#[test]
fn codes_are_short() {
    let ds = ds();
    let neutral = encode(&LinkState {
        scenario: Scenario::neutral(),
        chart: None,
    });
    eprintln!("neutral: {} chars", neutral.len());
    assert!(neutral.len() < 48, "{neutral}");
    for id in ApproachId::ALL {
        let code = encode(&LinkState {
            scenario: Scenario::from_preset(ds, id).unwrap(),
            chart: Some(ChartId::Prevention),
        });
        eprintln!("preset {id} with a chart: {} chars", code.len());
        assert!(code.len() < 300, "{id}: {code}");
    }
}

/// A number in `lo..=hi`: with `exact`, a decimal with at most three places
/// (what a slider or the data file gives); otherwise any double.
fn number(lo: f64, hi: f64, exact: bool) -> BoxedStrategy<f64> {
    if exact {
        let (a, b) = ((lo * 1000.0).round() as i64, (hi * 1000.0).round() as i64);
        prop_oneof![(a..=b).prop_map(|k| k as f64 / 1000.0), Just(lo), Just(hi),].boxed()
    } else {
        prop_oneof![lo..=hi, Just(lo), Just(hi)].boxed()
    }
}

/// Names a user might type: markup, quotes, emoji, Danish letters, and
/// anything else a valid name holds (no control characters, at most
/// [`MAX_NAME_CHARS`] characters).
fn name() -> BoxedStrategy<String> {
    prop_oneof![
        Just("neutral".to_string()),
        Just("<script>alert('x')</script>".to_string()),
        Just("\"quoted\" \\ 'single' `back`".to_string()),
        Just("Ærø, Østerbro & Åbenrå 🙂👩‍👩‍👧".to_string()),
        Just(String::new()),
        "\\PC{0,40}",
        any::<String>().prop_map(|s| s
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_NAME_CHARS)
            .collect()),
    ]
    .boxed()
}

/// Valid scenarios for the built-in data set, with a chart or none.
fn states(ds: &DataSet, exact: bool) -> impl Strategy<Value = LinkState> {
    let levers: Vec<BoxedStrategy<f64>> = LeverId::ALL
        .iter()
        .map(|&id| {
            let lever = ds.lever(id).unwrap();
            if lever.unit == LeverUnit::Switch {
                any::<bool>().prop_map(f64::from).boxed()
            } else {
                number(lever.min.value, lever.max.value, exact)
            }
        })
        .collect();
    let priorities: Vec<BoxedStrategy<f64>> = (0..5).map(|_| number(0.0, 1.0, exact)).collect();
    (
        name(),
        1u32..=30,
        number(0.0, 3.0, exact),
        number(-0.5, 1.0, exact),
        number(-0.1, 0.1, exact),
        priorities,
        levers,
        prop::option::of(prop::sample::select(ChartId::ALL.to_vec())),
    )
        .prop_map(
            |(name, horizon, growth, level, real, priorities, levers, chart)| {
                let mut s = Scenario::neutral();
                s.name = name;
                s.horizon_years = horizon;
                s.growth_scale = growth;
                s.frame.level_change = level;
                s.frame.real_growth_per_year = real;
                for (id, w) in ApproachId::ALL.into_iter().zip(priorities) {
                    s.priorities.set(id, w);
                }
                for (id, v) in LeverId::ALL.into_iter().zip(levers) {
                    s.levers.set(id, v);
                }
                // A ceiling is 0 or at least the lowest possible one.
                s.raise_low_ceiling();
                LinkState { scenario: s, chart }
            },
        )
}

/// Distance in units in the last place between two doubles.
/// Every number in a scenario, by field.
fn numbers(s: &Scenario) -> Vec<(String, f64)> {
    let mut out = vec![
        ("growth_scale".to_string(), s.growth_scale),
        ("frame.level_change".to_string(), s.frame.level_change),
        (
            "frame.real_growth_per_year".to_string(),
            s.frame.real_growth_per_year,
        ),
    ];
    for (id, w) in s.priorities.pairs() {
        out.push((format!("priorities.{id}"), w));
    }
    for id in LeverId::ALL {
        out.push((format!("levers.{id}"), s.levers.get(id)));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Slider-like values (decimals with up to three places, the ranges'
    /// ends) and any name come back bit for bit.
    #[test]
    fn valid_scenarios_round_trip_exactly(state in states(ds(), true)) {
        let ds = ds();
        let back = round_trip(&state, ds);
        prop_assert_eq!(exact(&back), exact(&state));
        prop_assert_eq!(back, state);
    }

    /// Full-precision doubles come back bit for bit too (serde_json's
    /// `float_roundtrip` feature: without it about one number in ten with
    /// 17 significant digits comes back one unit in the last place off).
    #[test]
    fn full_precision_scenarios_round_trip(state in states(ds(), false)) {
        let ds = ds();
        let back = round_trip(&state, ds);
        prop_assert_eq!(&back.chart, &state.chart);
        prop_assert_eq!(&back.scenario.name, &state.scenario.name);
        prop_assert_eq!(back.scenario.horizon_years, state.scenario.horizon_years);
        for ((field, a), (_, b)) in numbers(&back.scenario).into_iter().zip(numbers(&state.scenario)) {
            prop_assert_eq!(a.to_bits(), b.to_bits(), "{}: {} vs {}", field, a, b);
        }
    }
}

/// The code of raw JSON, as `encode` would pack it.
fn packed(json: &str) -> String {
    let z = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    format!("1.{}", URL_SAFE_NO_PAD.encode(z))
}

fn diagnosis_code(ds: &DataSet) -> String {
    encode(&LinkState {
        scenario: Scenario::from_preset(ds, ApproachId::Diagnosis).unwrap(),
        chart: Some(ChartId::Coverage),
    })
}

fn invalid_field(result: Result<LinkState, LinkError>) -> String {
    match result {
        Err(LinkError::Invalid(e)) => e.field,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn every_kind_of_bad_code_has_its_error() {
    let ds = ds();
    let code = diagnosis_code(ds);
    assert_eq!(decode("", ds), Err(LinkError::Empty));
    assert_eq!(decode(" \n\t", ds), Err(LinkError::Empty));
    assert_eq!(
        decode("3.eNqrVipWsqpW", ds),
        Err(LinkError::NewerVersion(3))
    );
    assert_eq!(
        decode(&format!("9{code}"), ds),
        Err(LinkError::NewerVersion(92))
    );
    assert_eq!(decode("2.", ds), Err(LinkError::Damaged));
    assert_eq!(decode(&code[..code.len() - 4], ds), Err(LinkError::Damaged));
    let v1_body = &GOLDEN_DIAGNOSIS[2..];
    assert_eq!(decode(&format!("2.{v1_body}"), ds), Err(LinkError::Damaged));
    assert_eq!(decode("abc", ds), Err(LinkError::NoVersion));
    assert_eq!(decode("0.eNqr", ds), Err(LinkError::NoVersion));
    assert!(matches!(decode("1.", ds), Err(LinkError::Corrupt(_))));
    assert_eq!(
        decode("1.!!!", ds),
        Err(LinkError::Corrupt("not base64url"))
    );
    assert_eq!(
        decode(&format!("1.{}", URL_SAFE_NO_PAD.encode("hello, world")), ds),
        Err(LinkError::Corrupt("not compressed data"))
    );
    assert!(matches!(
        decode(&packed("not json"), ds),
        Err(LinkError::NotJson(_))
    ));
    assert!(matches!(
        decode(&packed("{\"s\":"), ds),
        Err(LinkError::NotJson(_))
    ));
    assert_eq!(
        invalid_field(decode(
            &packed(r#"{"s":{"version":1,"levers":{"nonsense":1}}}"#),
            ds
        )),
        "levers.nonsense"
    );
    assert_eq!(
        invalid_field(decode(&packed(r#"{"s":{"version":1,"colour":"red"}}"#), ds)),
        "colour"
    );
    assert_eq!(
        invalid_field(decode(
            &packed(r#"{"s":{"version":1,"priorities":{"steering":1.5}}}"#),
            ds
        )),
        "priorities.steering"
    );
    assert_eq!(
        invalid_field(decode(
            &packed(r#"{"s":{"version":1,"priorities":{"steering":"high"}}}"#),
            ds
        )),
        "priorities.steering"
    );
    assert_eq!(
        invalid_field(decode(
            &packed(r#"{"s":{"version":1,"horizon_years":0}}"#),
            ds
        )),
        "horizon_years"
    );
    assert_eq!(
        decode(&packed(r#"{"s":{"version":1},"c":"pie"}"#), ds),
        Err(LinkError::UnknownChart("pie".to_string()))
    );
    assert_eq!(
        decode(&"A".repeat(MAX_CODE_LEN + 1), ds),
        Err(LinkError::TooLarge)
    );
    // A zip bomb: a short code that would inflate to a megabyte.
    let bomb = packed(&format!(
        "{{\"s\":{{\"version\":1}}{}}}",
        " ".repeat(1 << 20)
    ));
    assert!(bomb.len() < MAX_CODE_LEN, "{}", bomb.len());
    assert_eq!(decode(&bomb, ds), Err(LinkError::TooLarge));
    for e in [
        LinkError::Empty,
        LinkError::NoVersion,
        LinkError::NewerVersion(2),
        LinkError::TooLarge,
        LinkError::Corrupt("truncated"),
        LinkError::Damaged,
        LinkError::NotJson("x".to_string()),
        LinkError::Invalid(prioritet::model::ModelError::new(
            "priorities.steering",
            "bad",
        )),
        LinkError::UnknownChart("pie".to_string()),
    ] {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn a_truncated_code_is_refused_at_every_length() {
    let ds = ds();
    let code = diagnosis_code(ds);
    for cut in 0..code.len() {
        let result = decode(&code[..cut], ds);
        assert!(result.is_err(), "cut at {cut}: {result:?}");
    }
}

/// Every single-character change of a valid code, also to characters
/// outside base64url, is refused or gives the very same state: a typo never
/// opens a different scenario. The code's 195 characters times 70 other
/// characters each: 13,650 decodes.
#[test]
fn no_single_character_substitution_opens_another_scenario() {
    let ds = ds();
    let code = diagnosis_code(ds);
    let original = decode(&code, ds).unwrap();
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ æ%"
            .chars()
            .collect();
    let (mut runs, mut same) = (0, 0);
    for (i, was) in code.char_indices() {
        for &c in &alphabet {
            if c == was {
                continue;
            }
            let mut changed = code.clone();
            changed.replace_range(i..i + 1, c.encode_utf8(&mut [0; 4]));
            runs += 1;
            if let Ok(state) = decode(&changed, ds) {
                assert_eq!(state, original, "{changed}");
                same += 1;
            }
        }
    }
    eprintln!("single-character substitutions: {runs} inputs; {same} gave the same state, the rest were refused");
}

/// Link version 2's promise, tried exhaustively: in several version 2 codes
/// (the three golden ones and every preset on its own chart), every
/// position changed to every other base64url character gives either an
/// error or the identical state, never a different scenario. Only a change
/// of the version digit to `1` can still open (the same state: version 1
/// reads the same bytes and ignores the CRC-32 after the zlib stream); every
/// change of the body is caught by the CRC-32 ([`LinkError::Damaged`]) or,
/// in the last character, by base64url itself. About 114,000 decodes.
#[test]
fn no_single_character_change_of_a_v2_code_opens_another_scenario() {
    let ds = ds();
    let mut codes: Vec<(String, LinkState)> = golden_v2()
        .into_iter()
        .map(|(code, state)| (code.to_string(), state))
        .collect();
    for (id, chart) in ApproachId::ALL.into_iter().zip(ChartId::ALL) {
        let state = LinkState {
            scenario: Scenario::from_preset(ds, id).unwrap(),
            chart: Some(chart),
        };
        codes.push((encode(&state), state));
    }
    let alphabet: Vec<u8> =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".to_vec();
    let (mut runs, mut same, mut damaged, mut body_opened) = (0, 0, 0, 0);
    for (code, original) in &codes {
        assert!(code.starts_with("2."), "{code}");
        assert_eq!(decode(code, ds).as_ref(), Ok(original));
        let bytes = code.as_bytes();
        for i in 0..bytes.len() {
            for &c in &alphabet {
                if c == bytes[i] {
                    continue;
                }
                let mut changed = bytes.to_vec();
                changed[i] = c;
                let changed = String::from_utf8(changed).unwrap();
                runs += 1;
                match decode(&changed, ds) {
                    Ok(state) => {
                        assert_eq!(&state, original, "{changed} opened another scenario");
                        same += 1;
                        if i > 1 {
                            body_opened += 1;
                        }
                    }
                    Err(LinkError::Damaged) => damaged += 1,
                    Err(_) => {}
                }
            }
        }
    }
    eprintln!(
        "version 2 single-character changes: {runs} inputs in {} codes; {same} gave the same state, {damaged} failed the CRC-32, none opened another scenario",
        codes.len()
    );
    assert_eq!(body_opened, 0, "a changed body character still opened");
    assert!(runs > 100_000, "{runs}");
}

/// Valid codes to mutate, with their states: neutral, every preset, and
/// the named golden code.
fn seeds(ds: &DataSet) -> Vec<(String, LinkState)> {
    let mut states = vec![LinkState {
        scenario: Scenario::neutral(),
        chart: None,
    }];
    for (i, id) in ApproachId::ALL.into_iter().enumerate() {
        states.push(LinkState {
            scenario: Scenario::from_preset(ds, id).unwrap(),
            chart: Some(ChartId::ALL[i]),
        });
    }
    let mut seeds: Vec<_> = states.into_iter().map(|s| (encode(&s), s)).collect();
    seeds.push((GOLDEN_NAMED.to_string(), decode(GOLDEN_NAMED, ds).unwrap()));
    seeds
}

/// One change to a code's bytes.
#[derive(Clone, Debug)]
enum Mutation {
    FlipBit(prop::sample::Index, u8),
    Replace(prop::sample::Index, u8),
    Insert(prop::sample::Index, u8),
    Delete(prop::sample::Index),
    Truncate(prop::sample::Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    use prop::sample::Index;
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<Index>().prop_map(Mutation::Delete),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(code: &str, mutations: &[Mutation]) -> String {
    let mut bytes = code.as_bytes().to_vec();
    for m in mutations {
        if bytes.is_empty() {
            break;
        }
        match m {
            Mutation::FlipBit(i, bit) => {
                let at = i.index(bytes.len());
                bytes[at] ^= 1 << bit;
            }
            Mutation::Replace(i, b) => {
                let at = i.index(bytes.len());
                bytes[at] = *b;
            }
            Mutation::Insert(i, b) => {
                let at = i.index(bytes.len() + 1);
                bytes.insert(at, *b);
            }
            Mutation::Delete(i) => {
                bytes.remove(i.index(bytes.len()));
            }
            Mutation::Truncate(i) => bytes.truncate(i.index(bytes.len())),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Arbitrary input reaching each stage of `decode`: any text, code-shaped
/// text, random bytes behind a valid prefix, valid zlib of random bytes, and
/// valid zlib of JSON-ish text.
fn arbitrary_input() -> impl Strategy<Value = String> {
    let b64 = |bytes: Vec<u8>| format!("1.{}", URL_SAFE_NO_PAD.encode(bytes));
    let zlib = |bytes: &[u8]| miniz_oxide::deflate::compress_to_vec_zlib(bytes, 9);
    prop_oneof![
        any::<String>(),
        "[0-9]{0,3}\\.[A-Za-z0-9_=+/-]{0,80}",
        prop::collection::vec(any::<u8>(), 0..200).prop_map(b64),
        prop::collection::vec(any::<u8>(), 0..200).prop_map(move |b| b64(zlib(&b))),
        "\\{\"s\":\\{\"version\":1[,a-z_\":0-9.eE+\\-{}\\[\\]]{0,80}"
            .prop_map(move |j| b64(zlib(j.as_bytes()))),
    ]
}

/// Cases per fuzz half.
const FUZZ_CASES: u32 = 20_000;

/// Fuzz: `decode` never panics. 20,000 arbitrary inputs and 20,000
/// mutations (bit flips, replaced, inserted and deleted bytes,
/// truncations) of valid codes: 40,000 inputs. A mutated code that still
/// decodes gives its original state (the checksum), never another one.
#[test]
fn decode_never_panics() {
    let ds = ds();
    let runs = AtomicUsize::new(0);
    let accepted = AtomicUsize::new(0);

    let mut runner = TestRunner::new(Config::with_cases(FUZZ_CASES));
    runner
        .run(&arbitrary_input(), |input| {
            runs.fetch_add(1, Ordering::Relaxed);
            if decode(&input, ds).is_ok() {
                accepted.fetch_add(1, Ordering::Relaxed);
            }
            Ok(())
        })
        .unwrap();

    let mutated = (
        prop::sample::select(seeds(ds)),
        prop::collection::vec(mutation(), 1..6),
    );
    let mut runner = TestRunner::new(Config::with_cases(FUZZ_CASES));
    runner
        .run(&mutated, |((code, original), mutations)| {
            runs.fetch_add(1, Ordering::Relaxed);
            if let Ok(state) = decode(&mutate(&code, &mutations), ds) {
                accepted.fetch_add(1, Ordering::Relaxed);
                prop_assert_eq!(state, original);
            }
            Ok(())
        })
        .unwrap();
    eprintln!(
        "fuzz: {} inputs, none panicked; {} decoded (each to its unmutated state)",
        runs.load(Ordering::Relaxed),
        accepted.load(Ordering::Relaxed)
    );
}
/// Earlier builds allowed a ceiling above 0 but below DKK 500,000 per
/// case. Such a link is refused by `decode` with the field named, and
/// opened by `open` with the lowest possible ceiling and a note of the old
/// one; everything else in it stays as it was.
#[test]
fn a_link_with_a_ceiling_below_the_minimum_opens_with_a_note() {
    let ds = ds();
    let mut s = Scenario::from_preset(ds, ApproachId::FuturePriorities).unwrap();
    s.levers.ceiling_dkk = 300_000.0;
    let code = encode(&LinkState {
        scenario: s.clone(),
        chart: Some(ChartId::Ceiling),
    });
    assert_eq!(invalid_field(decode(&code, ds)), "levers.ceiling_dkk");
    let opened = open(&code, ds).unwrap();
    assert_eq!(opened.ceiling_raised_from, Some(300_000.0));
    assert_eq!(opened.state.scenario.levers.ceiling_dkk, MIN_CEILING_DKK);
    assert_eq!(opened.state.chart, Some(ChartId::Ceiling));
    let mut rest = opened.state.scenario.clone();
    rest.levers.ceiling_dkk = s.levers.ceiling_dkk;
    assert_eq!(rest, s);
    // Golden codes and fine ceilings open unchanged, with no note.
    for (code, state) in golden().into_iter().chain(golden_v2()) {
        let opened = open(code, ds).unwrap();
        assert_eq!(opened.state, state);
        assert_eq!(opened.ceiling_raised_from, None);
    }
}

#[test]
fn code_in_finds_the_code_in_pasted_text() {
    let ds = ds();
    let code = diagnosis_code(ds);
    let c = code.as_str();
    let found = [
        format!("https://kommune.dk/app/#prioriter?s={c}"),
        format!("https://kommune.dk/app/#prioriter?x=1&s={c}&y=2"),
        format!("  \n https://kommune.dk/#sammenlign?s={c} \t"),
        format!("<https://kommune.dk/#prioriter?s={c}>"),
        format!("\"http://127.0.0.1:8080/#prioriter?s={c}\""),
        format!("Se mit scenarie: https://kommune.dk/#prioriter?s={c}. Tak!"),
        format!("#prioriter?s={c}"),
        c.to_string(),
        format!("  {c}\n"),
        format!("\"{c}\""),
        format!("'{c}'"),
        format!("<{c}>"),
        format!("“{c}”"),
    ];
    for text in &found {
        assert_eq!(code_in(text), Some(c), "{text:?}");
        assert!(decode(code_in(text).unwrap(), ds).is_ok());
    }
    for text in [
        "",
        "   ",
        "hello",
        "https://kommune.dk/#prioriter",
        "https://kommune.dk/#prioriter?s=",
        "https://kommune.dk/#prioriter?x=1",
        "1.",
        ".abc",
        "abc.def",
        "1.abc!def",
        "1.abc def",
    ] {
        assert_eq!(code_in(text), None, "{text:?}");
    }
}

#[test]
fn split_hash_and_hash_for() {
    assert_eq!(
        split_hash("#prioriter?s=1.abc&x=y"),
        ("prioriter", Some("1.abc"))
    );
    assert_eq!(
        split_hash("#prioriter?x=y&s=1.abc"),
        ("prioriter", Some("1.abc"))
    );
    assert_eq!(
        split_hash("prioriter?s=1.abc"),
        ("prioriter", Some("1.abc"))
    );
    assert_eq!(split_hash("#tavle?s=&s=1.b"), ("tavle", Some("1.b")));
    assert_eq!(split_hash("#prioriter?s="), ("prioriter", None));
    assert_eq!(split_hash("#prioriter?ss=1.abc"), ("prioriter", None));
    assert_eq!(split_hash("#baggrund"), ("baggrund", None));
    assert_eq!(split_hash("#?s=1.abc"), ("", Some("1.abc")));
    assert_eq!(split_hash("#"), ("", None));
    assert_eq!(split_hash(""), ("", None));
    assert_eq!(hash_for("prioriter", "1.abc"), "#prioriter?s=1.abc");
    assert_eq!(hash_for("baggrund", ""), "#baggrund");
    let ds = ds();
    let code = diagnosis_code(ds);
    for view in ["prioriter", "sammenlign", "tavle", "notat"] {
        assert_eq!(
            split_hash(&hash_for(view, &code)),
            (view, Some(code.as_str()))
        );
    }
}
