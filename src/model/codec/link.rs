//! The scenario in a share link. The app keeps the user's state in the URL's
//! hash (`#prioriter?s=<CODE>`), so a link, a bookmark or a QR code reopens
//! the same scenario on the same chart. The code is
//! `"2." + base64url(zlib(json) ++ crc32(zlib(json)))` (link version 2;
//! version 1, without the CRC-32, is still read), where the JSON holds only
//! the fields that differ from [`Scenario::neutral`]. The CRC-32 covers
//! every byte the code carries, so any change of one character of a
//! version 2 code is caught ([`LinkError::Damaged`]), not just most. The
//! format, its limits and its migration policy are described in
//! `docs/scenario-format.md` ("Share links"), and golden codes that must
//! decode forever are in `tests/model_link.rs`.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::TINFLStatus;
use serde_json::{Map, Value};

use crate::model::data::dataset::DataSet;
use crate::model::data::input::{parse_json, JsonError};
use crate::model::error::ModelError;
use crate::model::ids::ChartId;
use crate::model::scenario::Scenario;

/// The link format version this build writes: 2, whose code ends in a
/// CRC-32 of the compressed bytes.
pub const LINK_VERSION: u32 = 2;

/// The oldest link format version this build reads (after migrating it).
pub const FIRST_LINK_VERSION: u32 = 1;

/// Longest code [`decode`] looks at, in bytes; longer input is refused
/// before any work is done. A full scenario's code is a few hundred bytes.
pub const MAX_CODE_LEN: usize = 8 * 1024;

/// Largest JSON a code may inflate to, in bytes; a code that would inflate
/// to more (a "zip bomb") is refused.
pub const MAX_JSON_LEN: usize = 64 * 1024;

/// What a link carries: the scenario and the chart tab on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkState {
    /// The user's scenario.
    pub scenario: Scenario,
    /// The chart tab on screen, if the link names one.
    pub chart: Option<ChartId>,
}

/// Why a link's code cannot be opened. The UI matches on the variant to
/// show its own message; `Display` gives an English one for tests and logs.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// The code is empty (or only whitespace).
    Empty,
    /// The code does not start with a version number and a dot (`1.`).
    NoVersion,
    /// The link was made by a newer version of the app than this one.
    NewerVersion(u32),
    /// The code is longer than [`MAX_CODE_LEN`], or inflates to more than
    /// [`MAX_JSON_LEN`].
    TooLarge,
    /// The code is damaged: not base64url, not compressed data, truncated or
    /// (version 1) failing zlib's checksum. The text says which, for logs.
    Corrupt(&'static str),
    /// A version 2 code fails its CRC-32: a character was changed, added or
    /// lost on the way (a typo, a cut-off link). Never another scenario.
    Damaged,
    /// The code's content is not JSON (the parser's message, for logs).
    NotJson(String),
    /// The content is JSON but not a valid scenario for this data set; the
    /// error names the field (e.g. `priorities.steering`).
    Invalid(ModelError),
    /// The link names a chart this app does not have.
    UnknownChart(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "the link holds no scenario"),
            LinkError::NoVersion => write!(f, "the link's code does not start with a version"),
            LinkError::NewerVersion(v) => write!(
                f,
                "the link was made by a newer version (link format {v}); this app reads up to {LINK_VERSION}"
            ),
            LinkError::TooLarge => write!(f, "the link's code is too large"),
            LinkError::Corrupt(why) => write!(f, "the link's code is damaged: {why}"),
            LinkError::Damaged => write!(
                f,
                "the link's code is damaged: its checksum does not match (a character was changed or lost)"
            ),
            LinkError::NotJson(why) => write!(f, "the link's content is not JSON: {why}"),
            LinkError::Invalid(e) => write!(f, "the link's scenario is not valid: {e}"),
            LinkError::UnknownChart(c) => write!(f, "the link names an unknown chart '{c}'"),
        }
    }
}

impl std::error::Error for LinkError {}

/// A step that turns a link's JSON payload of version `n` into version
/// `n + 1`.
type Migration = fn(Value) -> Result<Value, LinkError>;

/// `MIGRATIONS[i]` migrates a payload from version `FIRST_LINK_VERSION + i`
/// to the next. A new link version adds one step here and never drops a
/// value it cannot place (it returns an error instead).
const MIGRATIONS: [Migration; (LINK_VERSION - FIRST_LINK_VERSION) as usize] = [v1_to_v2];

/// Version 1 to 2: the payload is the same; version 2 only added the CRC-32
/// to the code's envelope, which [`decode`] checks before inflating.
fn v1_to_v2(payload: Value) -> Result<Value, LinkError> {
    Ok(payload)
}

/// Bytes of the CRC-32 at the end of a version 2 code's bytes.
const CRC_LEN: usize = 4;

/// Encodes a link state compactly:
/// `"2." + base64url-no-pad(zlib(json) ++ crc32(zlib(json)))`, the CRC-32
/// (IEEE, as in zip and PNG) in four little-endian bytes. The JSON is
/// `{"s": <scenario diff>, "c": "<chart id>"}` ("c" left out when there is
/// no chart), where the diff holds `version` and only the fields that differ
/// from [`Scenario::neutral`], so the neutral scenario encodes tiny.
///
/// ```
/// use prioritet::model::codec::link::{decode, encode, LinkState};
/// use prioritet::model::ids::ChartId;
/// use prioritet::model::{DataSet, Scenario};
///
/// let state = LinkState { scenario: Scenario::neutral(), chart: Some(ChartId::Coverage) };
/// let code = encode(&state);
/// assert!(code.starts_with("2."));
/// assert_eq!(decode(&code, &DataSet::builtin()), Ok(state));
/// ```
pub fn encode(state: &LinkState) -> String {
    let scenario = serde_json::to_value(&state.scenario).unwrap_or(Value::Null);
    let neutral = serde_json::to_value(Scenario::neutral()).unwrap_or(Value::Null);
    let mut diff = match without_defaults(scenario, &neutral) {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    diff.insert("version".to_string(), Value::from(state.scenario.version));
    let mut payload = Map::new();
    payload.insert("s".to_string(), Value::Object(diff));
    if let Some(chart) = &state.chart {
        payload.insert("c".to_string(), Value::from(chart.as_str()));
    }
    let json = Value::Object(payload).to_string();
    let mut packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    let crc = crc32(&packed);
    packed.extend_from_slice(&crc.to_le_bytes());
    format!("{LINK_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// `value` without the fields equal to `neutral`'s, recursively through
/// nested objects; a nested object left empty is dropped.
fn without_defaults(value: Value, neutral: &Value) -> Value {
    match (value, neutral) {
        (Value::Object(map), Value::Object(base)) => {
            let mut out = Map::new();
            for (key, v) in map {
                match base.get(&key) {
                    Some(b @ Value::Object(_)) => match without_defaults(v, b) {
                        Value::Object(inner) if inner.is_empty() => {}
                        inner => {
                            out.insert(key, inner);
                        }
                    },
                    Some(b) if same(&v, b) => {}
                    _ => {
                        out.insert(key, v);
                    }
                }
            }
            Value::Object(out)
        }
        (value, _) => value,
    }
}

/// Whether two values are the same, numbers bit for bit (so `-0.0` is not
/// the default `0.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x.is_f64() == y.is_f64() && x.as_f64().map(f64::to_bits) == y.as_f64().map(f64::to_bits)
        }
        _ => a == b,
    }
}

/// A link opened by this build: its state, and what had to change because
/// this build allows less than the one that wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The state to show (valid for the data set).
    pub state: LinkState,
    /// The ceiling the link had when it was above 0 but below
    /// [`MIN_CEILING_DKK`](crate::model::scenario::MIN_CEILING_DKK), which
    /// earlier builds allowed: the state has the lowest possible ceiling
    /// instead, and the app says so.
    pub ceiling_raised_from: Option<f64>,
}

/// Opens a link's code as [`decode`] does, except that a ceiling above 0
/// but below the lowest possible one (links written before that limit) is
/// raised to it and reported in [`Opened::ceiling_raised_from`], never
/// refused and never changed silently.
pub fn open(code: &str, ds: &DataSet) -> Result<Opened, LinkError> {
    let mut state = read(code)?;
    let ceiling_raised_from = state.scenario.raise_low_ceiling();
    state.scenario.validate(ds).map_err(LinkError::Invalid)?;
    Ok(Opened {
        state,
        ceiling_raised_from,
    })
}

/// Decodes a link's code and checks the scenario against the data set.
/// Never panics, whatever the input: every problem is a [`LinkError`].
///
/// Steps: the size limit, the version prefix (newer versions are refused,
/// older ones migrated), base64url, from version 2 the CRC-32
/// ([`LinkError::Damaged`]), zlib with its checksum and a size limit,
/// JSON (read strictly: a key given twice is [`LinkError::Invalid`] naming
/// it), the scenario with unknown fields refused (a value is never
/// silently dropped), [`Scenario::validate`], and the chart id.
pub fn decode(code: &str, ds: &DataSet) -> Result<LinkState, LinkError> {
    let state = read(code)?;
    state.scenario.validate(ds).map_err(LinkError::Invalid)?;
    Ok(state)
}

/// The state a code carries, before the check against a data set.
fn read(code: &str) -> Result<LinkState, LinkError> {
    if code.len() > MAX_CODE_LEN {
        return Err(LinkError::TooLarge);
    }
    let code = code.trim();
    if code.is_empty() {
        return Err(LinkError::Empty);
    }
    let (version, body) = split_version(code)?;
    if version > LINK_VERSION {
        return Err(LinkError::NewerVersion(version));
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| LinkError::Corrupt("not base64url"))?;
    let packed = if version >= 2 {
        checked(&bytes)?
    } else {
        &bytes[..]
    };
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_JSON_LEN)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            TINFLStatus::Adler32Mismatch => LinkError::Corrupt("checksum mismatch"),
            TINFLStatus::FailedCannotMakeProgress => LinkError::Corrupt("truncated"),
            _ => LinkError::Corrupt("not compressed data"),
        })?;
    let text = std::str::from_utf8(&json).map_err(|e| LinkError::NotJson(e.to_string()))?;
    let payload = parse_json(text).map_err(|e| match e {
        JsonError::TooLarge { .. } => LinkError::TooLarge,
        JsonError::Syntax { detail, .. } => LinkError::NotJson(detail),
        duplicate @ JsonError::DuplicateKey { .. } => LinkError::Invalid(duplicate.into()),
    })?;
    let payload = migrate(payload, version)?;
    state_from_payload(payload)
}

/// The compressed bytes of a version 2 code, if its last four bytes are
/// their CRC-32. A change of one character of the code changes at most six
/// adjacent bits of these bytes, an error burst that CRC-32 always detects.
fn checked(bytes: &[u8]) -> Result<&[u8], LinkError> {
    let split = bytes.len().checked_sub(CRC_LEN).ok_or(LinkError::Damaged)?;
    let (packed, crc) = bytes.split_at(split);
    if crc32(packed).to_le_bytes() == crc {
        Ok(packed)
    } else {
        Err(LinkError::Damaged)
    }
}

/// The CRC-32 of `bytes`: IEEE 802.3, as in zip and PNG (reflected
/// polynomial `0xEDB88320`, initial value and final XOR all ones), one table
/// step per byte. Written here rather than taken from a crate: `crc32fast`
/// would link a 16 KB table into the app to check codes of a few hundred
/// bytes; this one's table is 1 KB, built when the crate compiles.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc = CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// The CRC-32 step for every byte value.
static CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut bit = 0;
        while bit < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            bit += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

/// Splits `"<version>.<body>"`; the version is 1 to 9 ASCII digits and at
/// least [`FIRST_LINK_VERSION`].
fn split_version(code: &str) -> Result<(u32, &str), LinkError> {
    let (prefix, body) = code.split_once('.').ok_or(LinkError::NoVersion)?;
    if prefix.is_empty() || prefix.len() > 9 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::NoVersion);
    }
    match prefix.parse::<u32>() {
        Ok(v) if v >= FIRST_LINK_VERSION => Ok((v, body)),
        _ => Err(LinkError::NoVersion),
    }
}

/// Runs the migrations from `version` up to [`LINK_VERSION`].
fn migrate(mut payload: Value, version: u32) -> Result<Value, LinkError> {
    let first = version.saturating_sub(FIRST_LINK_VERSION) as usize;
    for step in MIGRATIONS.iter().skip(first) {
        payload = step(payload)?;
    }
    Ok(payload)
}

/// The link state from a current-version payload `{"s": ..., "c": ...}`.
fn state_from_payload(payload: Value) -> Result<LinkState, LinkError> {
    let invalid = |field: &str, message: &str| LinkError::Invalid(ModelError::new(field, message));
    let Value::Object(mut map) = payload else {
        return Err(invalid("", "the link's content must be an object"));
    };
    let scenario = map
        .remove("s")
        .ok_or_else(|| invalid("s", "missing: the link holds no scenario"))?;
    let chart = match map.remove("c") {
        None => None,
        Some(Value::String(c)) => match ChartId::from_id(&c) {
            Some(chart) => Some(chart),
            None => return Err(LinkError::UnknownChart(c)),
        },
        Some(_) => return Err(invalid("c", "must be a chart id")),
    };
    if let Some(key) = map.keys().next() {
        return Err(invalid(key, "unknown field in the link"));
    }
    // The scenario sits under "s": an error about the whole of it names "s".
    let scenario = Scenario::from_value(scenario).map_err(|mut e| {
        if e.field.is_empty() {
            e.field = "s".into();
        }
        LinkError::Invalid(e)
    })?;
    Ok(LinkState { scenario, chart })
}

/// Finds a link's code in pasted text: a full URL (`…#view?s=CODE`, also
/// with `&s=` among other parameters) or a bare code, with surrounding
/// whitespace, quotes or angle brackets. `None` if there is none.
///
/// ```
/// use prioritet::model::codec::link::code_in;
///
/// assert_eq!(code_in(" <https://x.dk/app/#prioriter?s=1.eJyr&v=2> "), Some("1.eJyr"));
/// assert_eq!(code_in("\"1.eJyr\""), Some("1.eJyr"));
/// assert_eq!(code_in("hello"), None);
/// ```
pub fn code_in(text: &str) -> Option<&str> {
    for marker in ["?s=", "&s=", "#s="] {
        if let Some(at) = text.find(marker) {
            let rest = &text[at + marker.len()..];
            let end = rest.find(|c: char| !is_code_char(c)).unwrap_or(rest.len());
            let mut value = &rest[..end];
            // A full stop after the link ends a sentence; the code has one dot.
            while value.matches('.').count() > 1 && value.ends_with('.') {
                value = &value[..value.len() - 1];
            }
            return (!value.is_empty()).then_some(value);
        }
    }
    let bare = text.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '<' | '>' | '“' | '”' | '‘' | '’' | '«' | '»' | '`'
            )
    });
    is_code_shaped(bare).then_some(bare)
}

/// A character a code can contain: base64url's alphabet and the dot.
fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// Whether `text` has a link code's shape: a version in digits, a dot, and
/// base64url. A code of this shape may still fail to [`decode`]; one of
/// any other shape never opens.
pub fn is_code_shaped(text: &str) -> bool {
    let Some((version, body)) = text.split_once('.') else {
        return false;
    };
    !version.is_empty()
        && version.bytes().all(|b| b.is_ascii_digit())
        && !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
}

/// Splits a URL hash like `"#prioriter?s=CODE&x=y"` into the view part
/// (`"prioriter"`) and the code, if the hash has a non-empty `s`
/// parameter. The leading `#` is optional.
///
/// ```
/// use prioritet::model::codec::link::split_hash;
///
/// assert_eq!(split_hash("#prioriter?s=1.eJyr&x=y"), ("prioriter", Some("1.eJyr")));
/// assert_eq!(split_hash("#baggrund"), ("baggrund", None));
/// assert_eq!(split_hash(""), ("", None));
/// ```
pub fn split_hash(hash: &str) -> (&str, Option<&str>) {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let Some((view, query)) = hash.split_once('?') else {
        return (hash, None);
    };
    let code = query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("s="))
        .find(|v| !v.is_empty());
    (view, code)
}

/// Builds the URL hash `"#<view>?s=<code>"` (just `"#<view>"` when the code
/// is empty); [`split_hash`] reads it back.
///
/// ```
/// use prioritet::model::codec::link::hash_for;
///
/// assert_eq!(hash_for("prioriter", "1.eJyr"), "#prioriter?s=1.eJyr");
/// ```
pub fn hash_for(view: &str, code: &str) -> String {
    if code.is_empty() {
        format!("#{view}")
    } else {
        format!("#{view}?s={code}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ApproachId;

    /// A version 2 code of raw JSON, as `encode` would pack it.
    fn packed(json: &str) -> String {
        let mut z = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
        z.extend_from_slice(&crc32(&z).to_le_bytes());
        format!("2.{}", URL_SAFE_NO_PAD.encode(z))
    }

    #[test]
    fn neutral_encodes_to_its_version_only() {
        let state = LinkState {
            scenario: Scenario::neutral(),
            chart: None,
        };
        let code = encode(&state);
        assert!(code.starts_with("2."), "{code}");
        let body = URL_SAFE_NO_PAD.decode(&code[2..]).unwrap();
        let (z, crc) = body.split_at(body.len() - CRC_LEN);
        assert_eq!(crc, crc32(z).to_le_bytes());
        let json = miniz_oxide::inflate::decompress_to_vec_zlib(z).unwrap();
        assert_eq!(String::from_utf8(json).unwrap(), r#"{"s":{"version":1}}"#);
        assert_eq!(code, packed(r#"{"s":{"version":1}}"#));
    }

    #[test]
    fn the_crc_is_the_standard_crc_32() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
        assert_eq!(crc32(&[0u8; 32]), 0x190A_55AD);
        assert_eq!(crc32(&[0xFFu8; 32]), 0xFF6C_AB0B);
    }

    #[test]
    fn the_crc_is_checked_before_anything_else() {
        assert_eq!(checked(&[]), Err(LinkError::Damaged));
        assert_eq!(checked(&[0, 0, 0]), Err(LinkError::Damaged));
        assert_eq!(checked(&[0, 0, 0, 0]), Ok(&[][..]));
        let mut bytes = b"not zlib at all".to_vec();
        bytes.extend_from_slice(&crc32(b"not zlib at all").to_le_bytes());
        assert_eq!(checked(&bytes), Ok(&b"not zlib at all"[..]));
        bytes[0] ^= 1;
        assert_eq!(checked(&bytes), Err(LinkError::Damaged));
        let ds = DataSet::builtin();
        assert_eq!(decode("2.AAAA", &ds), Err(LinkError::Damaged));
        assert_eq!(decode("2.", &ds), Err(LinkError::Damaged));
        let code = format!("2.{}", URL_SAFE_NO_PAD.encode(&bytes));
        assert_eq!(decode(&code, &ds), Err(LinkError::Damaged));
    }

    #[test]
    fn the_diff_keeps_only_changed_fields() {
        let mut s = Scenario::neutral();
        s.name = "x".into();
        s.priorities.steering = 0.9;
        s.levers.prevention_ceiling_exempt = true;
        s.frame.level_change = -0.0;
        let neutral = serde_json::to_value(Scenario::neutral()).unwrap();
        let d = without_defaults(serde_json::to_value(&s).unwrap(), &neutral);
        assert_eq!(
            d.to_string(),
            r#"{"frame":{"level_change":-0.0},"levers":{"prevention_ceiling_exempt":true},"name":"x","priorities":{"steering":0.9}}"#
        );
    }

    #[test]
    fn presets_round_trip_with_every_chart() {
        let ds = DataSet::builtin();
        for id in ApproachId::ALL {
            for chart in ChartId::ALL.map(Some).into_iter().chain([None]) {
                let state = LinkState {
                    scenario: Scenario::from_preset(&ds, id).unwrap(),
                    chart,
                };
                assert_eq!(decode(&encode(&state), &ds), Ok(state));
            }
        }
    }

    #[test]
    fn the_envelope_is_checked() {
        let ds = DataSet::builtin();
        let field = |code: &str| match decode(code, &ds) {
            Err(LinkError::Invalid(e)) => e.field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(&packed(r#"{"c":"coverage"}"#)), "s");
        assert_eq!(field(&packed(r#"{"s":{"version":1},"x":1}"#)), "x");
        assert_eq!(field(&packed(r#"{"s":{"version":1},"c":3}"#)), "c");
        assert_eq!(field(&packed(r#"[1]"#)), "");
        assert_eq!(field(&packed(r#"{"s":[]}"#)), "s");
        assert_eq!(field(&packed(r#"{"s":{}}"#)), "version");
        assert_eq!(field(&packed(r#"{"s":{"version":2}}"#)), "version");
        assert_eq!(
            field(&packed(r#"{"s":{"version":2,"version":1}}"#)),
            "s.version"
        );
        assert_eq!(
            field(&packed(
                r#"{"s":{"version":1,"levers":{"ceiling_dkk":2000000}},"s":{"version":1}}"#
            )),
            "s"
        );
        assert_eq!(
            field(&packed(
                r#"{"s":{"version":1},"c":"coverage","c":"ceiling"}"#
            )),
            "c"
        );
    }

    #[test]
    fn migrations_cover_every_older_version() {
        assert_eq!(
            MIGRATIONS.len(),
            (LINK_VERSION - FIRST_LINK_VERSION) as usize
        );
        let v = serde_json::json!({"s": {"version": 1, "name": "x"}, "c": "ceiling"});
        for from in FIRST_LINK_VERSION..=LINK_VERSION {
            assert_eq!(migrate(v.clone(), from), Ok(v.clone()), "from {from}");
        }
    }

    #[test]
    fn version_prefix() {
        assert_eq!(split_version("1.abc"), Ok((1, "abc")));
        assert_eq!(split_version("12.a.b"), Ok((12, "a.b")));
        for bad in [
            "abc",
            ".abc",
            "0.abc",
            "x.abc",
            "-1.abc",
            "+1.abc",
            "1234567890.a",
        ] {
            assert_eq!(split_version(bad), Err(LinkError::NoVersion), "{bad}");
        }
    }
}
