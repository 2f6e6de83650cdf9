//! Errors the model reports for bad data or a bad scenario. Every error names
//! the field it is about (e.g. `areas[3].unit_cost_dkk`), so the UI, the
//! runner and a think tank editing a scenario file can find the culprit.

use std::fmt;

/// Something in a data set or a scenario that the model cannot use. The
/// model never panics on bad input; it returns one of these instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    /// Path of the offending field, e.g. `levers.prevention_refund_rate`.
    pub field: String,
    /// What is wrong with it, in plain English.
    pub message: String,
}

impl ModelError {
    /// An error about `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        ModelError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for ModelError {}

/// Checks that `v` is a finite number in `[lo, hi]`; the error names
/// `field` and both bounds.
pub(crate) fn check(field: &str, v: f64, lo: f64, hi: f64) -> Result<(), ModelError> {
    if !v.is_finite() {
        return Err(ModelError::new(field, "must be a finite number"));
    }
    if v < lo || v > hi {
        return Err(ModelError::new(
            field,
            format!(
                "must be between {} and {}, got {}",
                format_float(lo),
                format_float(hi),
                format_float(v)
            ),
        ));
    }
    Ok(())
}

/// A number as error messages write it: compact, at most six significant
/// digits. Whole numbers below 10^15 are written out (`2023`,
/// `3000000000`), others between 10^-4 and 10^6 in plain decimals
/// (`0.333333`), the rest in exponent form (`1e-300`, `1.23457e12`), so a
/// message never holds a 309-digit number.
///
/// ```
/// use prioritet::model::error::format_float;
///
/// assert_eq!(format_float(1e300), "1e300");
/// assert_eq!(format_float(1e-300), "1e-300");
/// assert_eq!(format_float(3e9), "3000000000");
/// assert_eq!(format_float(1.0 / 3.0), "0.333333");
/// assert_eq!(format_float(-0.1), "-0.1");
/// ```
pub fn format_float(v: f64) -> String {
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
    fn message_starts_with_the_field() {
        let e = ModelError::new("areas[3].unit_cost_dkk", "must be positive");
        assert_eq!(e.to_string(), "areas[3].unit_cost_dkk: must be positive");
        assert_eq!(ModelError::new("", "bad JSON").to_string(), "bad JSON");
    }

    #[test]
    fn floats_in_messages_are_short() {
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
            assert_eq!(format_float(v), text, "{v:e}");
        }
        for v in [1e300, 1e-300, 123456789.123, f64::MAX, f64::MIN_POSITIVE] {
            assert!(format_float(v).len() <= 12, "{v:e}: {}", format_float(v));
        }
        let e = check("x", 1e300, 0.0, 1e9).unwrap_err();
        assert_eq!(e.message, "must be between 0 and 1000000000, got 1e300");
    }
}
