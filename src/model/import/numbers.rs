//! Numbers as spreadsheets write them: Danish (`1.234.567,5`, `2,5 %`) and
//! English (`1,234,567.5`) style, with units and percent signs; which
//! decimal separator a text unambiguously uses; and a number written as
//! English-style text where the model needs text (a JSON number given for
//! an area id or an evidence word, the provenance notes), not for messages.

use crate::model::digits;

/// Which character separates decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decimal {
    /// `1.234,5` (Danish).
    Comma,
    /// `1,234.5` (English).
    Point,
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number at all.
    NotANumber,
    /// A percent sign where `percent` was not allowed.
    PercentNotAllowed,
}

/// A number as read: its value (a percentage already divided by 100) and
/// whether it had a percent sign.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParsedNumber {
    /// The value.
    pub value: f64,
    /// Written with `%` or `pct.`.
    pub percent: bool,
}

/// A number's text taken apart: the digits with their separators, the
/// exponent, the sign and a percent sign; units (`kr.`, `DKK`) dropped.
struct Lexed<'a> {
    mantissa: &'a str,
    exponent: i32,
    negative: bool,
    percent: bool,
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p).then(|| &s[p.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(p).then(|| &s[..cut])
}

/// `None` if the text cannot be a number (letters, two signs, ...).
fn lex(raw: &str) -> Option<Lexed<'_>> {
    let mut s = raw.trim();
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = strip_prefix_ci(s, unit) {
            s = rest.trim_start();
            break;
        }
    }
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = strip_suffix_ci(s, unit) {
            s = rest.trim_end();
            break;
        }
    }
    let mut percent = false;
    for sign in ["%", "pct.", "pct"] {
        if let Some(rest) = strip_suffix_ci(s, sign) {
            s = rest.trim_end();
            percent = true;
            break;
        }
    }
    let mut negative = false;
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        negative = true;
        s = rest.trim_start();
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest.trim_start();
    }
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => {
            let exp = &s[i + 1..];
            let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
            if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            (s[..i].trim_end(), exp.parse().ok()?)
        }
        None => (s, 0),
    };
    let ok = mantissa
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace())
        && mantissa.chars().any(|c| c.is_ascii_digit());
    ok.then_some(Lexed {
        mantissa,
        exponent,
        negative,
        percent,
    })
}

/// The decimal separator a cell's number unambiguously uses, if it is a
/// number at all.
pub(super) fn cell_decimal(raw: &str) -> Option<Decimal> {
    lex(raw).and_then(|l| decimal_evidence(l.mantissa))
}

/// Reads a number as a spreadsheet writes it: `1.234.567,5`, `1 234 567`,
/// `1,234,567.5`, `-2,5 %`, `2,5 pct.`, `1,16E+06`, `470.000 kr.`. Where the
/// text alone cannot tell (`1.234` with one separator followed by three
/// digits), `decimal` decides; `percent` allows a percent sign.
///
/// ```
/// use prioritet::model::import::{parse_number, Decimal};
/// let v = |s| parse_number(s, Decimal::Comma, true).unwrap().value;
/// assert_eq!(v("1.234.567,5"), 1_234_567.5);
/// assert_eq!(v("1 234 567"), 1_234_567.0);
/// assert_eq!(v("2,5 %"), 0.025);
/// assert_eq!(v("1.234"), 1234.0);
/// assert_eq!(parse_number("1.234", Decimal::Point, true).unwrap().value, 1.234);
/// ```
pub fn parse_number(
    raw: &str,
    decimal: Decimal,
    percent: bool,
) -> Result<ParsedNumber, NumberError> {
    let Lexed {
        mantissa,
        exponent,
        negative,
        percent: is_percent,
    } = lex(raw).ok_or(NumberError::NotANumber)?;
    let canonical = canonical_digits(mantissa, decimal).ok_or(NumberError::NotANumber)?;
    let value: f64 = format!("{canonical}e{exponent}")
        .parse()
        .map_err(|_| NumberError::NotANumber)?;
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    if is_percent && !percent {
        return Err(NumberError::PercentNotAllowed);
    }
    let value = if negative { -value } else { value };
    let value = if is_percent { value / 100.0 } else { value };
    Ok(ParsedNumber {
        value,
        percent: is_percent,
    })
}

/// The decimal separator a text unambiguously uses, if any.
fn decimal_evidence(raw: &str) -> Option<Decimal> {
    let s: String = raw
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let commas = s.matches(',').count();
    let points = s.matches('.').count();
    let single = |sep: char| {
        let (int, frac) = s.split_once(sep)?;
        let ambiguous_thousands =
            frac.len() == 3 && (1..=3).contains(&int.len()) && !int.starts_with('0');
        (!ambiguous_thousands).then_some(())
    };
    match (commas, points) {
        (0, 0) => None,
        (c, p) if c > 0 && p > 0 => {
            let last_comma = s.rfind(',')?;
            let last_point = s.rfind('.')?;
            if last_comma > last_point && c == 1 {
                Some(Decimal::Comma)
            } else if last_point > last_comma && p == 1 {
                Some(Decimal::Point)
            } else {
                None
            }
        }
        (1, 0) => single(',').map(|_| Decimal::Comma),
        (0, 1) => single('.').map(|_| Decimal::Point),
        _ => None,
    }
}

/// `mantissa` as plain `digits[.digits]`, or `None` if it is not a number.
fn canonical_digits(mantissa: &str, hint: Decimal) -> Option<String> {
    if !mantissa
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace())
        || !mantissa.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let commas = mantissa.matches(',').count();
    let points = mantissa.matches('.').count();
    // Which character is the decimal separator (if any).
    let dec = match (commas, points) {
        (0, 0) => None,
        (c, p) if c > 0 && p > 0 => {
            let lc = mantissa.rfind(',')?;
            let lp = mantissa.rfind('.')?;
            Some(if lc > lp { ',' } else { '.' })
        }
        (1, 0) => Some(
            if hint == Decimal::Comma || decimal_evidence(mantissa).is_some() {
                ','
            } else {
                // English hint and `1,234`: thousands.
                return group_check(mantissa, ',', None);
            },
        ),
        (0, 1) => Some(
            if hint == Decimal::Point || decimal_evidence(mantissa).is_some() {
                '.'
            } else {
                return group_check(mantissa, '.', None);
            },
        ),
        (_, 0) => return group_check(mantissa, ',', None),
        (0, _) => return group_check(mantissa, '.', None),
        _ => None,
    };
    match dec {
        None => group_check(mantissa, '\0', None),
        Some(d) => {
            let thousands = if d == ',' { '.' } else { ',' };
            let (int, frac) = mantissa.rsplit_once(d)?;
            if int.contains(d) {
                return None;
            }
            group_check(int, thousands, Some(frac))
        }
    }
}

/// Checks the thousands grouping of `int` (first group 1-3 digits, then
/// groups of exactly 3, separated by `sep` or white space) and joins it
/// with `frac`.
fn group_check(int: &str, sep: char, frac: Option<&str>) -> Option<String> {
    let int = int.trim();
    let groups: Vec<&str> = int
        .split(|c: char| c == sep || c.is_whitespace())
        .filter(|g| !g.is_empty())
        .collect();
    // No empty groups between separators ("1..234", "1 ,234").
    let separators = int.chars().filter(|c| *c == sep).count();
    if separators > 0 && groups.len() != separators + 1 {
        return None;
    }
    if groups.len() > 1 {
        let first = groups[0];
        if first.is_empty() || first.len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    if groups
        .iter()
        .any(|g| !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut out: String = groups.concat();
    if let Some(f) = frac {
        let f = f.trim();
        if !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if out.is_empty() {
            out.push('0');
        }
        if !f.is_empty() {
            out.push('.');
            out.push_str(f);
        }
    }
    if out.is_empty() {
        return None;
    }
    Some(out)
}

/// `value` with `decimals` decimals, English style (`1,234,567.5`): the
/// digits of the provenance notes on scaled figures.
pub(super) fn grouped(value: f64, decimals: usize) -> String {
    digits::grouped(value, decimals, ',', '.')
}

/// A JSON number where text is expected (an area id, an evidence word), as
/// a problem then quotes it, English style (`1,234`, `2.5`, `0.025`).
pub(super) fn number_text(v: f64) -> String {
    digits::compact(v, ',', '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<f64> {
        parse_number(s, Decimal::Comma, true).ok().map(|p| p.value)
    }

    #[test]
    fn danish_numbers() {
        assert_eq!(n("1.234.567,5"), Some(1_234_567.5));
        assert_eq!(n("1 234 567"), Some(1_234_567.0));
        assert_eq!(n("1\u{a0}234\u{a0}567,25"), Some(1_234_567.25));
        assert_eq!(n("2,5 %"), Some(0.025));
        assert_eq!(n("2,5%"), Some(0.025));
        assert_eq!(n("-1,5 pct."), Some(-0.015));
        assert_eq!(n("\u{2212}3"), Some(-3.0));
        assert_eq!(n("470.000 kr."), Some(470_000.0));
        assert_eq!(n("kr. 470.000,00"), Some(470_000.0));
        assert_eq!(n("1,16E+06"), Some(1_160_000.0));
        assert_eq!(n("0,025"), Some(0.025));
        assert_eq!(n("0.025"), Some(0.025));
        assert_eq!(n("2.5"), Some(2.5));
        assert_eq!(n("1.234"), Some(1234.0));
        assert_eq!(n(",5"), Some(0.5));
    }

    #[test]
    fn english_numbers() {
        let e = |s| parse_number(s, Decimal::Point, true).ok().map(|p| p.value);
        assert_eq!(e("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(e("1,234"), Some(1234.0));
        assert_eq!(e("1.234"), Some(1.234));
        assert_eq!(e("2,5"), Some(2.5));
    }

    #[test]
    fn not_numbers() {
        for s in [
            "",
            "abc",
            "1,2,3",
            "1.23.4",
            "12.34.567",
            "1..234",
            "1 2",
            "--1",
            "1e",
            "1e9999",
            "%",
            "1,5,",
            "kr.",
        ] {
            assert_eq!(n(s), None, "{s:?}");
        }
        assert_eq!(
            parse_number("5 %", Decimal::Comma, false),
            Err(NumberError::PercentNotAllowed)
        );
    }

    #[test]
    fn numbers_as_text() {
        assert_eq!(grouped(194000.0, 0), "194,000");
        assert_eq!(grouped(-1234.56, 1), "-1,234.6");
        assert_eq!(grouped(-0.04, 1), "0.0");
        assert_eq!(grouped(f64::NAN, 0), "–");
        assert_eq!(number_text(1234.0), "1,234");
        assert_eq!(number_text(7.0), "7");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(number_text(12.25), "12.2");
        assert_eq!(number_text(0.025), "0.025");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(2e15), "2e15");
    }
}
