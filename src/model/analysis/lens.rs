//! Lenses: applying one of VIVE's approaches as a preset, and saying what it
//! changed. The UI shows the changes in one sentence after a tap on a lens.

use crate::model::data::dataset::DataSet;
use crate::model::ids::{ApproachId, LeverId, Setting};
use crate::model::scenario::Scenario;

/// One setting that differs between two scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The priority weight or lever.
    pub setting: Setting,
    /// The value before.
    pub from: f64,
    /// The value after.
    pub to: f64,
}

/// Every weight and lever that differs between `from` and `to`, weights
/// first, in the data's order.
pub fn changes(from: &Scenario, to: &Scenario) -> Vec<Change> {
    let weights = ApproachId::ALL.map(|a| {
        (
            Setting::Priority(a),
            from.priorities.get(a),
            to.priorities.get(a),
        )
    });
    let levers = LeverId::ALL.map(|l| (Setting::Lever(l), from.levers.get(l), to.levers.get(l)));
    weights
        .into_iter()
        .chain(levers)
        .filter(|(_, a, b)| a != b)
        .map(|(setting, from, to)| Change { setting, from, to })
        .collect()
}

/// The preset scenario of each approach that the data set defines, in the
/// order of seed 000's table. An approach whose preset is invalid is left
/// out (the data set's validation and tests prevent that).
pub fn presets(ds: &DataSet) -> Vec<(ApproachId, Scenario)> {
    ApproachId::ALL
        .into_iter()
        .filter_map(|id| Scenario::from_preset(ds, id).ok().map(|s| (id, s)))
        .collect()
}

/// Which lens a scenario's five priority weights are, or are nearest to:
/// how the board names a participant's lens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LensMatch {
    /// The approach whose preset weights are nearest; `None` when the
    /// middle weights of "no change" are nearer than any approach's.
    pub lens: Option<ApproachId>,
    /// Whether the weights are exactly those of the lens (or the middle).
    pub exact: bool,
}

/// The lens of `s` among `presets` (see [`presets`]): the one with the
/// smallest sum of squared differences over the five weights, the middle
/// weights first, then the presets in order on a tie.
///
/// ```
/// use prioritet::model::analysis::lens::{nearest_lens, presets};
/// use prioritet::model::ids::ApproachId;
/// use prioritet::model::{DataSet, Scenario};
/// let ds = DataSet::builtin();
/// let lenses = presets(&ds);
/// let mut s = Scenario::from_preset(&ds, ApproachId::Diagnosis).unwrap();
/// assert_eq!(nearest_lens(&s, &lenses).lens, Some(ApproachId::Diagnosis));
/// s.priorities.diagnosis = 0.8;
/// assert!(!nearest_lens(&s, &lenses).exact);
/// assert_eq!(nearest_lens(&Scenario::neutral(), &lenses).lens, None);
/// ```
pub fn nearest_lens(s: &Scenario, presets: &[(ApproachId, Scenario)]) -> LensMatch {
    let distance = |p: &Scenario| -> f64 {
        ApproachId::ALL
            .iter()
            .map(|a| (s.priorities.get(*a) - p.priorities.get(*a)).powi(2))
            .sum()
    };
    let middle = Scenario::neutral();
    let mut best = (None, distance(&middle));
    for (id, p) in presets {
        let d = distance(p);
        if d < best.1 {
            best = (Some(*id), d);
        }
    }
    LensMatch {
        lens: best.0,
        exact: best.1 < 1e-12,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_its_own_lens_and_a_nudge_is_nearest() {
        let ds = DataSet::builtin();
        let lenses = presets(&ds);
        for (id, s) in &lenses {
            let m = nearest_lens(s, &lenses);
            assert_eq!((m.lens, m.exact), (Some(*id), true), "{id}");
        }
        let mut s = Scenario::neutral();
        assert_eq!(
            nearest_lens(&s, &lenses),
            LensMatch {
                lens: None,
                exact: true
            }
        );
        s.priorities.steering = 0.85;
        s.priorities.budget_squeeze = 0.6;
        assert_eq!(
            nearest_lens(&s, &lenses),
            LensMatch {
                lens: Some(ApproachId::Steering),
                exact: false
            }
        );
        assert_eq!(nearest_lens(&s, &[]).lens, None);
    }

    #[test]
    fn no_change_between_equal_scenarios() {
        let s = Scenario::neutral();
        assert!(changes(&s, &s).is_empty());
    }

    #[test]
    fn lists_changed_weights_then_levers() {
        let a = Scenario::neutral();
        let mut b = a.clone();
        b.priorities.steering = 0.9;
        b.levers.ceiling_dkk = 2e6;
        b.levers.prevention_ceiling_exempt = true;
        let c = changes(&a, &b);
        let ids: Vec<Setting> = c.iter().map(|c| c.setting).collect();
        assert_eq!(
            ids,
            [
                Setting::Priority(ApproachId::Steering),
                Setting::Lever(LeverId::PreventionCeilingExempt),
                Setting::Lever(LeverId::CeilingDkk)
            ]
        );
        assert_eq!((c[0].from, c[0].to), (a.priorities.steering, 0.9));
        assert_eq!((c[1].from, c[1].to), (0.0, 1.0));
    }

    #[test]
    fn every_approach_has_a_preset_that_changes_something() {
        let ds = DataSet::builtin();
        let all = presets(&ds);
        assert_eq!(all.len(), 5);
        for (id, s) in &all {
            assert!(
                !changes(&Scenario::neutral(), s).is_empty(),
                "{id} changes nothing"
            );
        }
    }
}
