//! Errors the model reports for bad data or a bad scenario. Every error names
//! the field it is about (e.g. `areas[3].unit_cost_dkk`), so the UI, the
//! runner and a think tank editing a scenario file can find the culprit.

use std::fmt;

use crate::model::digits;

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
                digits::short(lo),
                digits::short(hi),
                digits::short(v)
            ),
        ));
    }
    Ok(())
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
    fn range_errors_write_short_numbers() {
        let e = check("x", 1e300, 0.0, 1e9).unwrap_err();
        assert_eq!(e.message, "must be between 0 and 1000000000, got 1e300");
    }
}
