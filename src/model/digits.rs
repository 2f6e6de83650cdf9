//! The digits of a number as people write them: thousands grouped with a
//! fixed number of decimals (`grouped`, behind every number the app
//! shows), a compact form for numbers quoted in the app's messages
//! (`compact`), and a short ungrouped form for error and runner messages
//! (`short`). The separators are the caller's (`text::format` picks them
//! by language).

/// `value` with `decimals` decimals, `thousands` between groups of three
/// digits and `decimal` before the decimals: `1.234,5` or `1,234.5`. Not
/// finite is `–`; a negative value that rounds to zero has no sign.
///
/// ```
/// use prioritet::model::digits::grouped;
/// assert_eq!(grouped(-1234.56, 1, ',', '.'), "-1,234.6");
/// assert_eq!(grouped(194000.0, 0, '.', ','), "194.000");
/// ```
pub fn grouped(value: f64, decimals: usize, thousands: char, decimal: char) -> String {
    if !value.is_finite() {
        return "–".into();
    }
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

/// A number quoted in a message: whole numbers and large ones without
/// decimals, small ones with up to three significant decimals, no trailing
/// zeros (`1,234`, `2.5`, `0.025`); from 10^15 in scientific notation.
///
/// ```
/// use prioritet::model::digits::compact;
/// assert_eq!(compact(0.025, ',', '.'), "0.025");
/// assert_eq!(compact(2.5, '.', ','), "2,5");
/// assert_eq!(compact(1234.0, ',', '.'), "1,234");
/// ```
pub fn compact(value: f64, thousands: char, decimal: char) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    if value.abs() >= 1e15 {
        return format!("{value:e}");
    }
    let decimals = if (value - value.round()).abs() < 1e-9 || value.abs() >= 1000.0 {
        0
    } else if value.abs() >= 10.0 {
        1
    } else if value.abs() >= 0.1 {
        2
    } else {
        4
    };
    let s = grouped(value, decimals, thousands, decimal);
    if s.contains(decimal) {
        s.trim_end_matches('0')
            .trim_end_matches(decimal)
            .to_string()
    } else {
        s
    }
}

/// A number as error and runner messages write it, without grouping: compact, at most six significant
/// digits. Whole numbers below 10^15 are written out (`2023`,
/// `3000000000`), others between 10^-4 and 10^6 in plain decimals
/// (`0.333333`), the rest in exponent form (`1e-300`, `1.23457e12`), so a
/// message never holds a 309-digit number.
///
/// ```
/// use prioritet::model::digits::short;
///
/// assert_eq!(short(1e300), "1e300");
/// assert_eq!(short(1e-300), "1e-300");
/// assert_eq!(short(3e9), "3000000000");
/// assert_eq!(short(1.0 / 3.0), "0.333333");
/// assert_eq!(short(-0.1), "-0.1");
/// ```
pub fn short(v: f64) -> String {
    let a = v.abs();
    if !v.is_finite() || v == 0.0 || (v.fract() == 0.0 && a < 1e15) {
        return format!("{v}");
    }
    if (1e-4..1e6).contains(&a) {
        // Six significant digits: as many decimals as the integer part
        // leaves, trailing zeros dropped.
        let decimals = (5 - a.log10().floor() as i32).clamp(0, 9) as usize;
        let s = format!("{v:.decimals$}");
        if s.contains('.') {
            return s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        return s;
    }
    let s = format!("{v:.5e}");
    match s.split_once('e') {
        Some((mantissa, exp)) if mantissa.contains('.') => {
            let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
            format!("{mantissa}e{exp}")
        }
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_numbers_have_six_significant_digits_at_most() {
        for (v, text) in [
            (0.0, "0"),
            (-0.0, "-0"),
            (1.5, "1.5"),
            (2023.0, "2023"),
            (1e12, "1000000000000"),
            (1e15, "1e15"),
            (1e300, "1e300"),
            (-1.7976931348623157e308, "-1.79769e308"),
            (1e-300, "1e-300"),
            (5e-324, "4.94066e-324"),
            (0.1 + 0.2, "0.3"),
            (123456.7, "123457"),
            (999999.9, "1000000"),
            (0.00012345678, "0.000123457"),
            (0.00001, "1e-5"),
            (1234567.5, "1.23457e6"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "inf"),
        ] {
            assert_eq!(short(v), text, "{v:e}");
        }
        for v in [1e300, 1e-300, 123456789.123, f64::MAX, f64::MIN_POSITIVE] {
            assert!(short(v).len() <= 12, "{v:e}: {}", short(v));
        }
    }

    #[test]
    fn groups_rounds_and_signs() {
        assert_eq!(grouped(1_234_567.5, 1, '.', ','), "1.234.567,5");
        assert_eq!(grouped(-0.04, 1, ',', '.'), "0.0");
        assert_eq!(grouped(f64::NAN, 0, ',', '.'), "–");
        assert_eq!(grouped(999.0, 0, ',', '.'), "999");
    }

    #[test]
    fn compact_trims_and_switches_to_exponents() {
        assert_eq!(compact(12.0, ',', '.'), "12");
        assert_eq!(compact(12.26, ',', '.'), "12.3");
        assert_eq!(compact(0.5, '.', ','), "0,5");
        assert_eq!(compact(2e20, ',', '.'), "2e20");
        assert_eq!(compact(f64::INFINITY, ',', '.'), "–");
    }
}
