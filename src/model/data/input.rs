//! What the app and the runner read from outside, read the same way
//! everywhere: one size limit for every file or stored text
//! ([`MAX_INPUT_BYTES`]), and a strict JSON reader ([`parse_json`]) that
//! refuses an object with the same key twice. serde_json on its own keeps
//! the last of two equal keys, so `{"version": 2, "version": 1}` would read
//! as version 1 and a second `"levers": {}` would silently drop a ceiling;
//! here such text is an error naming the key's path (`levers.ceiling_dkk`,
//! `entries[2].name`). Scenario files, share links, stored lists and a
//! municipality's JSON file are read into a value by [`parse_json`]; a data
//! set, read straight into its types, is checked first by [`check_json`],
//! which applies the same rules without building a value.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::model::error::ModelError;

/// Largest input the app or the runner reads, in bytes (5 MiB): a
/// municipality's file, a scenario file, a data set, a stored list. Larger
/// input is refused before it is parsed; the runner reads no more than this
/// (and one byte) from a file, so `/dev/zero` or a 1 GB file cannot exhaust
/// memory.
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// Why a text is not JSON this model reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text is longer than [`MAX_INPUT_BYTES`] (this many bytes).
    TooLarge {
        /// Its length in bytes.
        bytes: usize,
    },
    /// The text is not well-formed JSON.
    Syntax {
        /// The parser's message, ending "at line L column C".
        detail: String,
        /// Line of the problem, from 1.
        line: usize,
        /// Column of the problem, from 1.
        column: usize,
    },
    /// An object has the same key twice.
    DuplicateKey {
        /// The repeated key's path from the top, e.g. `levers.ceiling_dkk`
        /// or `entries[2].name`.
        path: String,
        /// Line of the second occurrence, from 1.
        line: usize,
        /// Column just after the second occurrence's key, from 1.
        column: usize,
    },
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonError::TooLarge { bytes } => write!(
                f,
                "the text is {bytes} bytes; at most {MAX_INPUT_BYTES} bytes (5 MiB) are read"
            ),
            JsonError::Syntax { detail, .. } => write!(f, "{detail}"),
            JsonError::DuplicateKey { path, line, column } => write!(
                f,
                "the key `{path}` is given twice (line {line} column {column})"
            ),
        }
    }
}

impl std::error::Error for JsonError {}

impl From<JsonError> for ModelError {
    /// A duplicate key names its path as the field; other errors name no
    /// field.
    fn from(e: JsonError) -> ModelError {
        match e {
            JsonError::DuplicateKey { path, line, column } => ModelError::new(
                path,
                format!("given twice (line {line} column {column}); each key may appear once"),
            ),
            JsonError::Syntax { detail, .. } => {
                ModelError::new("", format!("not valid JSON: {detail}"))
            }
            too_large @ JsonError::TooLarge { .. } => ModelError::new("", too_large.to_string()),
        }
    }
}

/// Parses JSON text into a [`serde_json::Value`], refusing text over
/// [`MAX_INPUT_BYTES`] and any object with a key given twice (the error
/// names the key's path). Otherwise it gives the value serde_json gives.
/// Nesting is limited by serde_json (128 levels), so no input exhausts the
/// stack.
///
/// ```
/// use prioritet::model::data::input::{parse_json, JsonError};
///
/// assert_eq!(parse_json(r#"{"a": [1, {"b": true}]}"#).unwrap()["a"][1]["b"], true);
/// let e = parse_json("{\"levers\": {\"ceiling_dkk\": 1,\n \"ceiling_dkk\": 2}}").unwrap_err();
/// assert!(matches!(e, JsonError::DuplicateKey { ref path, line: 2, .. } if path == "levers.ceiling_dkk"));
/// ```
pub fn parse_json(text: &str) -> Result<Value, JsonError> {
    read_strictly(text, |de, duplicate| {
        Reader {
            path: &Path::Root,
            duplicate,
        }
        .deserialize(de)
    })
}

/// Checks JSON text by the rules of [`parse_json`] (the size limit,
/// well-formed, no key given twice) without building a value, for a caller
/// that then deserializes the text straight into its own types: about
/// three times faster than [`parse_json`] on a data set.
///
/// ```
/// use prioritet::model::data::input::{check_json, JsonError};
///
/// assert_eq!(check_json(r#"{"a": [1, {"b": true}]}"#), Ok(()));
/// assert!(matches!(check_json(r#"[{"a":1,"a":1}]"#), Err(JsonError::DuplicateKey { .. })));
/// ```
pub fn check_json(text: &str) -> Result<(), JsonError> {
    read_strictly(text, |de, duplicate| {
        Checker {
            path: &Path::Root,
            duplicate,
        }
        .deserialize(de)
    })
}

/// The parser over a text.
type TextDeserializer<'t> = serde_json::Deserializer<serde_json::de::StrRead<'t>>;

/// Reads all of `text` with `read` (which runs the top level's seed, given
/// the cell a repeated key's path is recorded in), turning a repeated key
/// into [`JsonError::DuplicateKey`].
fn read_strictly<'t, T>(
    text: &'t str,
    read: impl FnOnce(&mut TextDeserializer<'t>, &Cell<Option<String>>) -> Result<T, serde_json::Error>,
) -> Result<T, JsonError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(JsonError::TooLarge { bytes: text.len() });
    }
    let duplicate = Cell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let read = read(&mut de, &duplicate).and_then(|value| de.end().map(|()| value));
    read.map_err(|e| match duplicate.take() {
        Some(path) => JsonError::DuplicateKey {
            path,
            line: e.line(),
            column: e.column(),
        },
        None => JsonError::Syntax {
            detail: e.to_string(),
            line: e.line(),
            column: e.column(),
        },
    })
}

/// Where a value sits in the document, as a chain up to the top.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => write!(f, "{key}"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// Reads one value at `path` into a [`Value`]; on a repeated key it records
/// the key's path in `duplicate` and fails.
#[derive(Clone, Copy)]
struct Reader<'a> {
    path: &'a Path<'a>,
    duplicate: &'a Cell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let path = Path::Index(self.path, out.len());
            let reader = Reader {
                path: &path,
                ..self
            };
            match seq.next_element_seed(reader)? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = Path::Key(self.path, &key);
            if out.contains_key(&key) {
                let at = path.to_string();
                let message = format!("the key `{at}` is given twice");
                self.duplicate.set(Some(at));
                return Err(de::Error::custom(message));
            }
            let value = map.next_value_seed(Reader {
                path: &path,
                ..self
            })?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// Walks one value at `path` without keeping it; on a repeated key it
/// records the key's path in `duplicate` and fails.
#[derive(Clone, Copy)]
struct Checker<'a> {
    path: &'a Path<'a>,
    duplicate: &'a Cell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Checker<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checker<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            let path = Path::Index(self.path, i);
            let checker = Checker {
                path: &path,
                ..self
            };
            if seq.next_element_seed(checker)?.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys: BTreeSet<Cow<'de, str>> = BTreeSet::new();
        while let Some(key) = map.next_key_seed(Key)? {
            let path = Path::Key(self.path, &key);
            if keys.contains(&key) {
                let at = path.to_string();
                let message = format!("the key `{at}` is given twice");
                self.duplicate.set(Some(at));
                return Err(de::Error::custom(message));
            }
            map.next_value_seed(Checker {
                path: &path,
                ..self
            })?;
            keys.insert(key);
        }
        Ok(())
    }
}

/// An object's key, borrowed from the text where it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duplicate(text: &str) -> String {
        match parse_json(text) {
            Err(JsonError::DuplicateKey { path, .. }) => path,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn a_repeated_key_is_refused_with_its_path() {
        assert_eq!(duplicate(r#"{"version":2,"version":1}"#), "version");
        assert_eq!(
            duplicate(r#"{"version":1,"levers":{"ceiling_dkk":1},"levers":{}}"#),
            "levers"
        );
        assert_eq!(
            duplicate(r#"{"s":{"levers":{"admin_relief":0.1,"admin_relief":0.2}}}"#),
            "s.levers.admin_relief"
        );
        assert_eq!(
            duplicate(r#"{"entries":[{"name":"a"},{"name":"b","name":"c"}]}"#),
            "entries[1].name"
        );
        assert_eq!(duplicate(r#"[[{"a":1,"a":1}]]"#), "[0][0].a");
        assert_eq!(duplicate(r#"{"\u0061":1,"a":2}"#), "a");
        let e = parse_json("{\n\"a\": 1,\n\"a\": 2}").unwrap_err();
        assert!(
            matches!(e, JsonError::DuplicateKey { line: 3, .. }),
            "{e:?}"
        );
        let m = ModelError::from(e);
        assert_eq!(m.field, "a");
        assert!(m.message.contains("twice"), "{m}");
    }

    #[test]
    fn anything_else_reads_as_serde_json_reads_it() {
        for text in [
            r#"{"a":1,"b":[1,2.5,-3,"x",null,true,{"a":{}}],"c":18446744073709551615}"#,
            "  [ ]  ",
            "\"just a string\"",
            "1e300",
            "-0.0",
            r#"{"A":1,"a":2,"a ":3}"#,
        ] {
            let ours = parse_json(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs, "{text}");
            assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
        }
    }

    #[test]
    fn bad_text_is_a_syntax_error_with_its_place() {
        for text in [
            "",
            "{",
            "{\"a\":1,}",
            "[1 2]",
            "{\"a\":1} x",
            "nul",
            "{1:2}",
        ] {
            match parse_json(text) {
                Err(JsonError::Syntax { line, .. }) => assert!(line >= 1, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(matches!(parse_json(&deep), Err(JsonError::Syntax { .. })));
        let e = ModelError::from(parse_json("{").unwrap_err());
        assert!(e.message.starts_with("not valid JSON: "), "{e}");
    }

    #[test]
    fn checking_agrees_with_parsing() {
        for text in [
            r#"{"version":2,"version":1}"#,
            r#"{"s":{"levers":{"admin_relief":0.1,"admin_relief":0.2}}}"#,
            r#"{"entries":[{"name":"a"},{"name":"b","name":"c"}]}"#,
            r#"{"\u0061":1,"a":2}"#,
            r#"{"a":1,"b":[1,2.5,-3,"x",null,true,{"a":{}}]}"#,
            "{\n\"a\": 1,\n\"a\": 2}",
            "{",
            "[1 2]",
            "{\"a\":1} x",
            "",
        ] {
            assert_eq!(check_json(text), parse_json(text).map(|_| ()), "{text}");
        }
        let many: String = (0..20_000).map(|i| format!("\"k{i}\":{i},")).collect();
        let many = format!("{{{many}\"k7\":0}}");
        assert!(matches!(
            check_json(&many),
            Err(JsonError::DuplicateKey { ref path, .. }) if path == "k7"
        ));
    }

    #[test]
    fn text_over_the_limit_is_not_parsed() {
        let big = format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES));
        assert_eq!(
            parse_json(&big),
            Err(JsonError::TooLarge {
                bytes: MAX_INPUT_BYTES + 2
            })
        );
        let fits = format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES - 2));
        assert!(parse_json(&fits).is_ok());
        assert_eq!(
            check_json(&big),
            Err(JsonError::TooLarge {
                bytes: MAX_INPUT_BYTES + 2
            })
        );
    }
}
