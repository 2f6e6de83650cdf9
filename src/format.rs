//! Numbers as people read them: Danish style (1.234,5) by default, English
//! style (1,234.5) under the English switch. Pure, so it is tested natively.

use crate::model::text::Lang;

/// Formats `value` with `decimals` decimals and thousands separators in the
/// convention of `lang`: `1.234,5` in Danish, `1,234.5` in English.
///
/// ```
/// use prioritet::format::number;
/// use prioritet::model::text::Lang;
/// assert_eq!(number(194000.0, 0, Lang::Da), "194.000");
/// assert_eq!(number(-1234.56, 1, Lang::En), "-1,234.6");
/// ```
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let (thousands, decimal) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let plain = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let mut out = String::new();
    if value < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if let Some(f) = frac_part {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_english_separators() {
        assert_eq!(number(1234.5, 1, Lang::Da), "1.234,5");
        assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(number(161000.0, 0, Lang::Da), "161.000");
        assert_eq!(number(999.0, 0, Lang::Da), "999");
        assert_eq!(number(1_000_000.0, 0, Lang::En), "1,000,000");
        assert_eq!(number(0.0, 2, Lang::Da), "0,00");
    }

    #[test]
    fn signs_and_oddities() {
        assert_eq!(number(-0.01, 0, Lang::Da), "0");
        assert_eq!(number(-17000.0, 0, Lang::Da), "-17.000");
        assert_eq!(number(f64::NAN, 0, Lang::Da), "–");
        assert_eq!(number(f64::INFINITY, 1, Lang::En), "–");
    }
}
