//! Decoding: the file's bytes as text (UTF-8 with or without a byte-order
//! mark, UTF-16 with one, else Windows-1252), refusing spreadsheets and
//! binary files.

use super::problems::Sink;
use super::types::ProblemKind;

/// Windows-1252 for 0x80..=0x9F (the rest of the byte range is Latin-1,
/// i.e. the same code point). The five undefined bytes map to the C1
/// control of the same number, as the WHATWG encoding standard does.
const CP1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decodes Windows-1252 (a superset of Latin-1's printable range).
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_80_9F[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The bytes as text: UTF-8 (a byte-order mark is dropped), UTF-16 with a
/// byte-order mark (Excel's "Unicode text"), else Windows-1252. Refuses
/// spreadsheets and binary files.
pub(super) fn decode(bytes: &[u8], sink: &mut Sink) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Some(match std::str::from_utf8(rest) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let s = String::from_utf8_lossy(rest).into_owned();
                let count = s.matches('\u{FFFD}').count();
                sink.warn(None, None, ProblemKind::ReplacedCharacters { count });
                s
            }
        });
    }
    let utf16 = |rest: &[u8], little: bool, sink: &mut Sink| {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| match (c, little) {
                ([a, b], true) => u16::from_le_bytes([*a, *b]),
                ([a, b], false) => u16::from_be_bytes([*a, *b]),
                _ => 0xFFFD,
            })
            .collect();
        let s = String::from_utf16_lossy(&units);
        let count = s.matches('\u{FFFD}').count();
        if count > 0 {
            sink.warn(None, None, ProblemKind::ReplacedCharacters { count });
        }
        s
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Some(utf16(rest, true, sink));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Some(utf16(rest, false, sink));
    }
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    {
        sink.error(None, None, ProblemKind::Spreadsheet);
        return None;
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        sink.error(None, None, ProblemKind::Binary);
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s.to_string()),
        Err(_) => {
            sink.warn(None, None, ProblemKind::Windows1252);
            Some(decode_windows_1252(bytes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_table() {
        assert_eq!(decode_windows_1252(b"p\xe5 \x80 \x96"), "på € –");
        assert_eq!(
            decode_windows_1252(&[0xC6, 0xD8, 0xC5, 0xE6, 0xF8]),
            "ÆØÅæø"
        );
    }
}
