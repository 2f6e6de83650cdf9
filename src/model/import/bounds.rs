//! Plausible ranges: for each numeric column, the range outside which a
//! value is refused and the typical range outside which it is used with a
//! warning, relative to the national figure of the same area.

use crate::model::data::dataset::Area;

use super::columns::Column;

/// The plausible and typical range of a column for one area. A value
/// outside `hard_min..=hard_max` is an error (the row is dropped); outside
/// `typical_min..=typical_max` it is used with a warning.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Lowest plausible value.
    pub hard_min: f64,
    /// Highest plausible value.
    pub hard_max: f64,
    /// Low end of the typical range.
    pub typical_min: f64,
    /// High end of the typical range.
    pub typical_max: f64,
}

/// A unit cost below national / 100 or above national × 100 is refused.
pub const UNIT_COST_HARD_FACTOR: f64 = 100.0;
/// A unit cost below national / 3 or above national × 3 is flagged.
pub const UNIT_COST_TYPICAL_FACTOR: f64 = 3.0;
/// A volume above twice the national volume is refused: one municipality
/// cannot have twice the country's citizens in an area.
pub const VOLUME_HARD_FACTOR: f64 = 2.0;
/// A volume above 30 % of the national volume is flagged.
pub const VOLUME_TYPICAL_SHARE: f64 = 0.3;
/// Growth per year outside −20 %..+30 % is refused.
pub const GROWTH_HARD: (f64, f64) = (-0.2, 0.3);
/// Growth per year outside −5 %..+10 % is flagged.
pub const GROWTH_TYPICAL: (f64, f64) = (-0.05, 0.1);
/// A per-case spread outside 0.01..3 is refused (the model's own limit is
/// 0 < sigma <= 3).
pub const SIGMA_HARD: (f64, f64) = (0.01, 3.0);
/// A per-case spread outside 0.1..1.5 is flagged.
pub const SIGMA_TYPICAL: (f64, f64) = (0.1, 1.5);
/// A size factor above this (half the country) is flagged.
pub const LARGE_SCALE: f64 = 0.5;

/// The plausible range of `column` for the area whose national figures are
/// `national`; `None` for columns that are not numbers.
pub fn bounds(column: Column, national: &Area) -> Option<Bounds> {
    let b = |hard_min, hard_max, typical_min, typical_max| Bounds {
        hard_min,
        hard_max,
        typical_min,
        typical_max,
    };
    Some(match column {
        Column::Volume => {
            let n = national.volume_full_year.value;
            let n = if n.is_finite() && n > 0.0 { n } else { 1e6 };
            b(0.0, VOLUME_HARD_FACTOR * n, 0.0, VOLUME_TYPICAL_SHARE * n)
        }
        Column::UnitCost => {
            let n = national.unit_cost_dkk.value;
            let n = if n.is_finite() && n > 0.0 { n } else { 1e5 };
            b(
                n / UNIT_COST_HARD_FACTOR,
                n * UNIT_COST_HARD_FACTOR,
                n / UNIT_COST_TYPICAL_FACTOR,
                n * UNIT_COST_TYPICAL_FACTOR,
            )
        }
        Column::Growth | Column::GrowthLow | Column::GrowthHigh => b(
            GROWTH_HARD.0,
            GROWTH_HARD.1,
            GROWTH_TYPICAL.0,
            GROWTH_TYPICAL.1,
        ),
        Column::LegalFloor | Column::ExternalShare => b(0.0, 1.0, 0.0, 1.0),
        Column::Sigma => b(SIGMA_HARD.0, SIGMA_HARD.1, SIGMA_TYPICAL.0, SIGMA_TYPICAL.1),
        _ => return None,
    })
}

pub(super) fn national_value(column: Column, a: &Area) -> f64 {
    match column {
        Column::Volume => a.volume_full_year.value,
        Column::UnitCost => a.unit_cost_dkk.value,
        Column::Growth => a.growth_per_year.central.value,
        Column::GrowthLow => a.growth_per_year.low.value,
        Column::GrowthHigh => a.growth_per_year.high.value,
        Column::LegalFloor => a.legal_floor.value,
        Column::ExternalShare => a.external_purchase_share.value,
        Column::Sigma => a.case_cost_sigma.value,
        _ => f64::NAN,
    }
}
