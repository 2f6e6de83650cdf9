//! The facilitator board, without a server: participants send their scenario
//! links, the facilitator pastes them in, and the board shows where the room
//! agrees and where it does not. For every priority weight and lever it
//! gives the spread of the participants' settings (quartiles and a
//! disagreement score), a median scenario to discuss from (its ceiling the
//! possible ceiling nearest the median one), the settings
//! ranked by disagreement, the participants' consequences side by side and
//! each participant's lens. On a strip, participants with the same setting
//! are stacked ([`Spread::dots`]) so none hides another.
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
use crate::model::analysis::lens::{nearest_lens, presets, LensMatch};
use crate::model::data::dataset::{DataSet, LeverUnit};
use crate::model::error::ModelError;
use crate::model::ids::{ApproachId, LeverId, Setting};
use crate::model::scenario::{
    nearest_ceiling, Frame, Levers, Priorities, Scenario, SCENARIO_VERSION,
};

/// Dots nearer each other than this share of the strip would overlap (a
/// dot is about this wide on a strip), so they are stacked.
pub const DOT_WIDTH_SHARE: f64 = 0.04;

/// One participant's dot on a strip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    /// The participant, by input order.
    pub participant: usize,
    /// Where the dot sits along the strip, 0..=1 ([`Spread::share`]).
    pub share: f64,
    /// How many dots up it is stacked: 0 on the strip's line, 1 above an
    /// overlapping dot, and so on.
    pub level: usize,
}

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

    /// Every participant's dot in input order, stacked so none hides
    /// another: taken from left to right (ties by input order), a dot goes
    /// on the lowest level where it keeps [`DOT_WIDTH_SHARE`] from every dot
    /// already there. Equal settings make a column of dots.
    ///
    /// ```
    /// use prioritet::model::analysis::board::board;
    /// use prioritet::model::{DataSet, Scenario};
    /// let ds = DataSet::builtin();
    /// let room = vec![("a".to_string(), Scenario::neutral()); 3];
    /// let b = board(&room, &ds).unwrap();
    /// let levels: Vec<usize> = b.weights[0].dots().iter().map(|d| d.level).collect();
    /// assert_eq!(levels, [0, 1, 2]);
    /// ```
    pub fn dots(&self) -> Vec<Dot> {
        let mut order: Vec<Dot> = self
            .values
            .iter()
            .enumerate()
            .map(|(participant, v)| Dot {
                participant,
                share: self.share(*v),
                level: 0,
            })
            .collect();
        order.sort_by(|a, b| {
            a.share
                .total_cmp(&b.share)
                .then(a.participant.cmp(&b.participant))
        });
        let mut placed: Vec<Dot> = Vec::with_capacity(order.len());
        for mut dot in order {
            dot.level = (0..)
                .find(|l| {
                    !placed
                        .iter()
                        .any(|p| p.level == *l && (p.share - dot.share).abs() < DOT_WIDTH_SHARE)
                })
                .unwrap_or(0);
            placed.push(dot);
        }
        placed.sort_by_key(|d| d.participant);
        placed
    }
}

/// How many levels a strip's stacked `dots` take (at least 1).
pub fn dot_levels(dots: &[Dot]) -> usize {
    dots.iter().map(|d| d.level + 1).max().unwrap_or(1)
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
    /// Each participant's lens, in input order.
    pub lenses: Vec<LensMatch>,
}

/// The board for `participants` as `(name, scenario)`. No participants, or
/// an invalid scenario, is an error naming the field (`participants`,
/// `participants[2].levers.cross_sector`).
pub fn board(participants: &[(String, Scenario)], ds: &DataSet) -> Result<Board, ModelError> {
    // Projects and validates every scenario first, so the spreads below see
    // only finite, in-range values.
    let comparison = compare_named(participants, ds, "participants", 0)?;
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

    let lens_presets = presets(ds);
    let lenses = scenarios
        .iter()
        .map(|s| nearest_lens(s, &lens_presets))
        .collect();
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
        lenses,
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
        warmup: Vec::new(),
    }
}

/// The spread of one control's `values` (at least one) over its `range`:
/// quartiles, median and disagreement as on the board's strips.
pub fn spread(id: Setting, values: Vec<f64>, range: (f64, f64)) -> Spread {
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
    fn equal_and_near_settings_are_stacked_apart_ones_stay_down() {
        let s = spread(
            Setting::Priority(ApproachId::Steering),
            vec![0.5, 0.9, 0.5, 0.52, 0.3, 0.5],
            (0.0, 1.0),
        );
        let dots = s.dots();
        let levels: Vec<usize> = dots.iter().map(|d| d.level).collect();
        // 0.5 (1st), 0.5 (3rd), 0.5 (6th) and 0.52 all touch: four levels.
        assert_eq!(levels, [0, 0, 1, 3, 0, 2]);
        assert_eq!(
            dots.iter().map(|d| d.participant).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
        assert_eq!(dots[1].share, 0.9);
        assert_eq!(dot_levels(&dots), 4);
        assert_eq!(dot_levels(&[]), 1);
        // Far enough apart, a dot that would fit lower goes back down.
        let s = spread(
            Setting::Priority(ApproachId::Steering),
            vec![0.1, 0.1, 0.2],
            (0.0, 1.0),
        );
        assert_eq!(
            s.dots().iter().map(|d| d.level).collect::<Vec<_>>(),
            [0, 1, 0]
        );
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
