//! JSON: reads `{"kommune": ..., "omraader": [{...}, ...]}` or an array
//! of area objects into raw rows, with the line of each key (serde_json
//! keeps no positions, so a small scanner finds them). The JSON is read
//! strictly: an object with a key given twice is refused
//! ([`ProblemKind::JsonDuplicateKey`]).

use std::rc::Rc;

use crate::model::data::input::{parse_json, JsonError};

use super::columns::{normalize, Column};
use super::numbers::Decimal;
use super::problems::{shorten, Sink};
use super::rows::{note_municipality, RawField, RawRow, RawValue, Rows};
use super::types::{ProblemKind, Severity, MAX_ROWS};

/// The `format` value of the JSON template.
pub const JSON_FORMAT: &str = "prioritet-kommunedata";

/// Lines of the keys and elements of a well-formed JSON text: the top
/// object's keys, and for each element of the areas array its line and its
/// keys' lines. serde_json keeps no positions, so this small scanner walks
/// the text once (it is only run on text serde_json has accepted).
#[derive(Default)]
struct JsonLines {
    top: Vec<(String, usize)>,
    elements: Vec<(usize, Vec<(String, usize)>)>,
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            self.i += 1;
        }
    }

    /// A string starting at `"`; returns its text (escapes other than
    /// `\uXXXX` kept as the escaped character).
    fn string(&mut self) -> String {
        let mut out = Vec::new();
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    if let Some(e) = self.peek() {
                        self.i += 1;
                        if e == b'u' {
                            let hex = self.b.get(self.i..self.i + 4).unwrap_or(b"0000");
                            let code = std::str::from_utf8(hex)
                                .ok()
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .and_then(char::from_u32)
                                .unwrap_or('\u{FFFD}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(code.encode_utf8(&mut buf).as_bytes());
                            self.i += 4;
                        } else {
                            out.push(e);
                        }
                    }
                }
                _ => out.push(c),
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self) {
        self.ws();
        match self.peek() {
            Some(b'"') => {
                self.string();
            }
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                while let Some(c) = self.peek() {
                    match c {
                        b'"' => {
                            self.string();
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                self.i += 1;
                                return;
                            }
                        }
                        b'\n' => self.line += 1,
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            Some(_) => {
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace() {
                        break;
                    }
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    /// At `{`: each key with its line; `on_value` reads or skips the value.
    fn object(&mut self, mut on_value: impl FnMut(&mut Self, &str)) -> Vec<(String, usize)> {
        let mut keys = Vec::new();
        self.i += 1;
        loop {
            self.ws();
            match self.peek() {
                Some(b'"') => {
                    let line = self.line;
                    let key = self.string();
                    self.ws();
                    if self.peek() == Some(b':') {
                        self.i += 1;
                    }
                    self.ws();
                    on_value(self, &key);
                    keys.push((key, line));
                    self.ws();
                    if self.peek() == Some(b',') {
                        self.i += 1;
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                _ => break,
            }
        }
        keys
    }

    /// At `[`: each element's line and, for objects, its keys' lines.
    fn areas(&mut self) -> Vec<(usize, Vec<(String, usize)>)> {
        let mut out = Vec::new();
        self.i += 1;
        loop {
            self.ws();
            match self.peek() {
                Some(b']') => {
                    self.i += 1;
                    break;
                }
                Some(b'{') => {
                    let line = self.line;
                    let keys = self.object(|s, _| s.skip_value());
                    out.push((line, keys));
                }
                Some(_) => {
                    out.push((self.line, Vec::new()));
                    self.skip_value();
                }
                None => break,
            }
            self.ws();
            if self.peek() == Some(b',') {
                self.i += 1;
            }
        }
        out
    }
}

fn is_areas_key(key: &str) -> bool {
    matches!(normalize(key).as_str(), "omraader" | "areas")
}

fn json_lines(text: &str) -> JsonLines {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
    };
    s.ws();
    let mut out = JsonLines::default();
    match s.peek() {
        Some(b'[') => out.elements = s.areas(),
        Some(b'{') => {
            let mut elements = Vec::new();
            out.top = s.object(|s, key| {
                if is_areas_key(key) && s.peek() == Some(b'[') && elements.is_empty() {
                    elements = s.areas();
                } else {
                    s.skip_value();
                }
            });
            out.elements = elements;
        }
        _ => {}
    }
    out
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Object(_) => "an object",
        serde_json::Value::Array(_) => "an array",
        _ => "a value",
    }
}

fn raw_value(v: &serde_json::Value) -> RawValue {
    match v {
        serde_json::Value::Null => RawValue::Empty,
        serde_json::Value::String(s) => {
            if s.trim().is_empty() {
                RawValue::Empty
            } else {
                RawValue::Text(s.clone())
            }
        }
        serde_json::Value::Number(n) => n
            .as_f64()
            .map_or(RawValue::Other("a value"), RawValue::Number),
        other => RawValue::Other(json_type(other)),
    }
}

pub(super) fn read_json(text: &str, sink: &mut Sink) -> Option<Rows> {
    let value: serde_json::Value = match parse_json(text) {
        Ok(v) => v,
        Err(JsonError::Syntax { detail, line, .. }) => {
            let detail = match detail.find(" at line ") {
                Some(i) => detail[..i].to_string(),
                None => detail,
            };
            let line = (line > 0).then_some(line);
            sink.error(line, None, ProblemKind::JsonSyntax { detail });
            return None;
        }
        Err(JsonError::DuplicateKey { path, line, .. }) => {
            let line = (line > 0).then_some(line);
            sink.error(line, None, ProblemKind::JsonDuplicateKey { path });
            return None;
        }
        Err(JsonError::TooLarge { bytes }) => {
            let bytes = bytes as u64;
            sink.error(None, None, ProblemKind::TooLarge { bytes });
            return None;
        }
    };
    let lines = json_lines(text);
    let top_line = |key: &str| lines.top.iter().find(|(k, _)| k == key).map(|(_, l)| *l);
    let mut municipality = None;
    let mut warned = false;
    let areas = match &value {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(map) => {
            let mut areas = None;
            for (key, v) in map {
                let line = top_line(key);
                if key.starts_with('_') {
                    continue;
                }
                if is_areas_key(key) {
                    match v {
                        serde_json::Value::Array(a) => areas = Some(a),
                        _ => {
                            sink.error(line, Some(key), ProblemKind::JsonNoAreas);
                            return None;
                        }
                    }
                    continue;
                }
                match normalize(key).as_str() {
                    "version" => {
                        let ok = match v {
                            serde_json::Value::Number(n) => n.as_f64() == Some(1.0),
                            serde_json::Value::String(s) => s.trim() == "1",
                            _ => false,
                        };
                        if !ok {
                            let found = match v {
                                serde_json::Value::String(s) => shorten(s),
                                other => shorten(&other.to_string()),
                            };
                            sink.error(line, Some(key), ProblemKind::UnsupportedVersion { found });
                            return None;
                        }
                    }
                    "format" => {}
                    _ => match Column::from_header(key) {
                        Some(Column::Municipality) => {
                            if let serde_json::Value::String(s) = v {
                                note_municipality(
                                    &mut municipality,
                                    s,
                                    line,
                                    key,
                                    &mut warned,
                                    sink,
                                );
                            }
                        }
                        Some(Column::Population) => {
                            sink.warn(line, Some(key), ProblemKind::PopulationNotUsed);
                        }
                        _ => sink.warn(line, Some(key), ProblemKind::UnknownColumn),
                    },
                }
            }
            match areas {
                Some(a) => a,
                None => {
                    sink.error(None, None, ProblemKind::JsonNoAreas);
                    return None;
                }
            }
        }
        _ => {
            sink.error(Some(1), None, ProblemKind::JsonNotObject);
            return None;
        }
    };
    let mut rows = Vec::new();
    let mut unknown_keys: Vec<String> = Vec::new();
    for (i, element) in areas.iter().enumerate() {
        if i >= MAX_ROWS {
            let line = lines.elements.get(i).map(|(l, _)| *l);
            sink.force(
                line,
                None,
                ProblemKind::TooManyRows { limit: MAX_ROWS },
                Severity::Error,
            );
            break;
        }
        let (line, key_lines) = match lines.elements.get(i) {
            Some((l, k)) => (Some(*l), k.as_slice()),
            None => (None, &[][..]),
        };
        let key_line = |key: &str| {
            key_lines
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, l)| *l)
                .or(line)
        };
        let serde_json::Value::Object(map) = element else {
            sink.error(line, None, ProblemKind::JsonAreaNotObject);
            continue;
        };
        let mut fields: Vec<RawField> = Vec::new();
        for (key, v) in map {
            if key.starts_with('_') {
                continue;
            }
            let kl = key_line(key);
            match Column::from_header(key) {
                Some(column) if fields.iter().any(|f| f.column == column) => {
                    sink.warn(kl, Some(key), ProblemKind::DuplicateColumn);
                }
                Some(column) => fields.push(RawField {
                    column,
                    header: Rc::from(key.as_str()),
                    line: kl,
                    value: raw_value(v),
                }),
                None => {
                    if !unknown_keys.contains(key) {
                        sink.warn(kl, Some(key), ProblemKind::UnknownColumn);
                        unknown_keys.push(key.clone());
                    }
                }
            }
        }
        let row = RawRow { line, fields };
        if let Some(f) = row.get(Column::Municipality) {
            if let RawValue::Text(name) = &f.value {
                note_municipality(
                    &mut municipality,
                    name,
                    f.line,
                    &f.header,
                    &mut warned,
                    sink,
                );
            }
        }
        rows.push(row);
    }
    Some(Rows {
        rows,
        default_decimal: Decimal::Comma,
        municipality,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_find_keys() {
        let text = "{\n \"kommune\": \"X\",\n \"omraader\": [\n  {\"omraade_id\": \"a\",\n   \"helaarsborgere\": 1},\n  3\n ]\n}";
        let l = json_lines(text);
        assert_eq!(l.top, vec![("kommune".into(), 2), ("omraader".into(), 3)]);
        assert_eq!(l.elements.len(), 2);
        assert_eq!(l.elements[0].0, 4);
        assert_eq!(l.elements[0].1[1], ("helaarsborgere".into(), 5));
        assert_eq!(l.elements[1].0, 6);
    }
}
