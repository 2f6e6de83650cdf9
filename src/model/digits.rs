//! The digits of a number as people write them: thousands grouped, a fixed
//! number of decimals, or a compact form for numbers quoted in messages.
//! The one routine behind every number the app and the runner write; the
//! separators are the caller's (`text::format` picks them by language).

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

#[cfg(test)]
mod tests {
    use super::*;

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
