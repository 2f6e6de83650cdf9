//! The facilitator board, without a server: participants send their scenario
//! links, the facilitator pastes them in, and the board shows where the room
//! agrees and where it does not. For every priority weight and lever it
//! gives the spread of the participants' settings (quartiles and a
//! disagreement score), a median scenario to discuss from (its ceiling the
//! possible ceiling nearest the median one), the settings
//! ranked by disagreement, and the participants' consequences side by side.
//!
//! Quartiles use linear interpolation between order statistics (Hyndman and
//! Fan's type 7, the default of R and NumPy): for sorted values
//! `x[0] <= ... <= x[n-1]` the p-quantile is
//! `x[k] + (h - k) (x[k+1] - x[k])` with `h = p (n - 1)` and `k = floor(h)`.
//! Disagreement is the interquartile range as a share of the control's own
//! range: 0 when the middle half of the room agrees exactly, 1 when it
//! spans the whole slider.
//!
//! ```
//! use prioritet::model::analysis::board::board;
//! use prioritet::model::ids::ApproachId::{BudgetSqueeze, Diagnosis, Steering};
//! use prioritet::model::{DataSet, Scenario};
//!
//! let ds = DataSet::builtin();
//! let room: Vec<(String, Scenario)> = [Steering, Diagnosis, BudgetSqueeze]
//!     .into_iter()
//!     .map(|id| (id.to_string(), Scenario::from_preset(&ds, id).unwrap()))
//!     .collect();
//! let b = board(&room, &ds).unwrap();
//! // Steering weights 0.9, 0.4 and 0.5: the median is 0.5.
//! assert_eq!(b.median.priorities.steering, 0.5);
//! assert_eq!(b.comparison.columns.len(), 3);
//! ```

use crate::model::analysis::compare::{compare_named, Comparison};
use crate::model::data::dataset::{DataSet, LeverUnit};
use crate::model::error::ModelError;
use crate::model::ids::{ApproachId, LeverId, Setting};
use crate::model::scenario::{
    nearest_ceiling, Frame, Levers, Priorities, Scenario, SCENARIO_VERSION,
};

/// How the participants set one control (a priority weight or a lever).
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// The priority weight or lever.
    pub id: Setting,
    /// Each participant's setting, in input order (switches as 0 or 1).
    pub values: Vec<f64>,
    /// The lowest setting.
    pub min: f64,
    /// The lower quartile (type 7).
    pub q1: f64,
    /// The median (type 7).
    pub median: f64,
    /// The upper quartile (type 7).
    pub q3: f64,
    /// The highest setting.
    pub max: f64,
    /// The control's own range, lowest to highest setting (weights 0..1,
    /// levers from the data set, switches 0..1).
    pub range: (f64, f64),
    /// `(q3 - q1) / (range.1 - range.0)`, in 0..=1.
    pub disagreement: f64,
}

impl Spread {
    /// Where a setting lies on the control's own scale, 0 (lowest) to 1
    /// (highest), clamped; 0 for a control with an empty range. The board
    /// places each participant's dot here.
    pub fn share(&self, v: f64) -> f64 {
        let width = self.range.1 - self.range.0;
        if width > 0.0 && v.is_finite() {
            ((v - self.range.0) / width).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// What the board shows for a room of participants.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    /// The five priority weights, in [`ApproachId::ALL`](crate::model::ids::ApproachId::ALL) order.
    pub weights: Vec<Spread>,
    /// Every lever, in [`LeverId::ALL`](crate::model::ids::LeverId::ALL) order.
    pub levers: Vec<Spread>,
    /// The room's median scenario, named "median": the median of each
    /// weight, lever, frame setting, growth scale and horizon (rounded to
    /// whole years); a switch is on when a strict majority has it on.
    pub median: Scenario,
    /// Every weight and lever with its disagreement, most disputed first
    /// (ties by id).
    pub disagreement: Vec<(Setting, f64)>,
    /// The participants' consequences, one column each in input order
    /// (the median scenario is not a column).
    pub comparison: Comparison,
}

/// The board for `participants` as `(name, scenario)`. No participants, or
/// an invalid scenario, is an error naming the field (`participants`,
/// `participants[2].levers.cross_sector`).
pub fn board(participants: &[(String, Scenario)], ds: &DataSet) -> Result<Board, ModelError> {
    // Projects and validates every scenario first, so the spreads below see
    // only finite, in-range values.
    let comparison = compare_named(participants, ds, "participants")?;
    let scenarios: Vec<&Scenario> = participants.iter().map(|(_, s)| s).collect();

    let weights: Vec<Spread> = ApproachId::ALL
        .into_iter()
        .map(|id| {
            let values = scenarios.iter().map(|s| s.priorities.get(id)).collect();
            spread(Setting::Priority(id), values, (0.0, 1.0))
        })
        .collect();
    let mut levers = Vec::with_capacity(LeverId::ALL.len());
    for id in LeverId::ALL {
        let lever = ds.lever(id).ok_or_else(|| {
            ModelError::new(format!("levers.{id}"), "the data set has no such lever")
        })?;
        let range = if lever.unit == LeverUnit::Switch {
            (0.0, 1.0)
        } else {
            (lever.min.value, lever.max.value)
        };
        let values = scenarios.iter().map(|s| s.levers.get(id)).collect();
        levers.push(spread(Setting::Lever(id), values, range));
    }

    let mut disagreement: Vec<(Setting, f64)> = weights
        .iter()
        .chain(&levers)
        .map(|s| (s.id, s.disagreement))
        .collect();
    disagreement.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.as_str().cmp(b.0.as_str())));

    let median = median_scenario(&scenarios, &weights, &levers, ds);
    median.validate(ds).map_err(|e| {
        ModelError::new(
            format!("median.{}", e.field),
            format!("the median scenario is invalid: {}", e.message),
        )
    })?;
    Ok(Board {
        weights,
        levers,
        median,
        disagreement,
        comparison,
    })
}

/// The median scenario of a room whose spreads are already computed.
fn median_scenario(
    scenarios: &[&Scenario],
    weights: &[Spread],
    levers: &[Spread],
    ds: &DataSet,
) -> Scenario {
    let of = |f: &dyn Fn(&Scenario) -> f64| median(&sorted(scenarios.iter().map(|s| f(s))));
    let mut priorities = Priorities::default();
    for w in weights {
        if let Setting::Priority(id) = w.id {
            priorities.set(id, w.median);
        }
    }
    let mut lever_settings = Levers::default();
    for l in levers {
        let Setting::Lever(id) = l.id else {
            continue;
        };
        let switch = ds.lever(id).map(|x| x.unit) == Some(LeverUnit::Switch);
        let value = if switch {
            let on = l.values.iter().filter(|v| **v >= 0.5).count();
            if 2 * on > l.values.len() {
                1.0
            } else {
                0.0
            }
        } else if id == LeverId::CeilingDkk {
            nearest_ceiling(l.median)
        } else {
            l.median
        };
        lever_settings.set(id, value);
    }
    Scenario {
        version: SCENARIO_VERSION,
        name: String::from("median"),
        horizon_years: of(&|s| f64::from(s.horizon_years)).round() as u32,
        growth_scale: of(&|s| s.growth_scale),
        frame: Frame {
            level_change: of(&|s| s.frame.level_change),
            real_growth_per_year: of(&|s| s.frame.real_growth_per_year),
        },
        priorities,
        levers: lever_settings,
    }
}

/// The spread of one control's `values` (at least one) over its `range`.
fn spread(id: Setting, values: Vec<f64>, range: (f64, f64)) -> Spread {
    let x = sorted(values.iter().copied());
    let (q1, q3) = (quantile(&x, 0.25), quantile(&x, 0.75));
    let width = range.1 - range.0;
    let disagreement = if width > 0.0 {
        ((q3 - q1) / width).clamp(0.0, 1.0)
    } else {
        0.0
    };
    Spread {
        id,
        min: x.first().copied().unwrap_or(0.0),
        q1,
        median: median(&x),
        q3,
        max: x.last().copied().unwrap_or(0.0),
        values,
        range,
        disagreement,
    }
}

/// The values in ascending order (`f64::total_cmp`).
fn sorted(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut x: Vec<f64> = values.collect();
    x.sort_by(f64::total_cmp);
    x
}

/// The median of sorted values (type 7).
fn median(x: &[f64]) -> f64 {
    quantile(x, 0.5)
}

/// The type-7 `p`-quantile of sorted values (0 for none). Kept between the
/// two order statistics it interpolates, so rounding never leaves them.
fn quantile(x: &[f64], p: f64) -> f64 {
    let Some(last) = x.len().checked_sub(1) else {
        return 0.0;
    };
    let h = p.clamp(0.0, 1.0) * last as f64;
    let k = (h.floor() as usize).min(last);
    let (lo, hi) = (x[k], x[(k + 1).min(last)]);
    (lo + (h - k as f64) * (hi - lo)).clamp(lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_like_type_7() {
        let x = [1.0, 2.0, 4.0, 8.0];
        assert_eq!(quantile(&x, 0.0), 1.0);
        assert_eq!(quantile(&x, 0.25), 1.75);
        assert_eq!(median(&x), 3.0);
        assert_eq!(quantile(&x, 0.75), 5.0);
        assert_eq!(quantile(&x, 1.0), 8.0);
        assert_eq!(median(&[7.0]), 7.0);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn a_flat_range_has_no_disagreement() {
        let s = spread(
            Setting::Lever(LeverId::CrossSector),
            vec![2.0, 2.0],
            (2.0, 2.0),
        );
        assert_eq!(s.disagreement, 0.0);
        assert_eq!(s.share(2.0), 0.0);
    }

    #[test]
    fn share_places_a_setting_on_the_control_scale() {
        let s = spread(
            Setting::Lever(LeverId::CeilingDkk),
            vec![1e6, 2e6],
            (0.0, 5e6),
        );
        assert_eq!(s.share(1e6), 0.2);
        assert_eq!(s.share(5e6), 1.0);
        assert_eq!(s.share(9e6), 1.0);
        assert_eq!(s.share(-1.0), 0.0);
        assert_eq!(s.share(f64::NAN), 0.0);
    }
}
