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

#[cfg(test)]
mod tests {
    use super::*;

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
