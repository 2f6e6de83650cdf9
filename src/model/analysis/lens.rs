//! Lenses: applying one of VIVE's approaches as a preset, and saying what it
//! changed. The UI shows the changes in one sentence after a tap on a lens.

use crate::model::data::dataset::DataSet;
use crate::model::scenario::{Scenario, APPROACH_IDS, LEVER_IDS};

/// What a setting is: one of the five priority weights or a lever.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingKind {
    /// A priority weight, id from [`APPROACH_IDS`].
    Priority,
    /// A lever, id from [`LEVER_IDS`].
    Lever,
}

/// One setting that differs between two scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Weight or lever.
    pub kind: SettingKind,
    /// The approach id (weights) or lever id.
    pub id: &'static str,
    /// The value before.
    pub from: f64,
    /// The value after.
    pub to: f64,
}

/// Every weight and lever that differs between `from` and `to`, weights
/// first, in the data's order.
pub fn changes(from: &Scenario, to: &Scenario) -> Vec<Change> {
    let weights = from
        .priorities
        .pairs()
        .into_iter()
        .zip(to.priorities.pairs())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((id, a), (_, b))| Change {
            kind: SettingKind::Priority,
            id,
            from: a,
            to: b,
        });
    let levers = LEVER_IDS.into_iter().filter_map(|id| {
        let a = from.levers.get(id)?;
        let b = to.levers.get(id)?;
        (a != b).then_some(Change {
            kind: SettingKind::Lever,
            id,
            from: a,
            to: b,
        })
    });
    weights.chain(levers).collect()
}

/// The preset scenario of each approach that the data set defines, in the
/// order of seed 000's table. An approach whose preset is invalid is left
/// out (the data set's validation and tests prevent that).
pub fn presets(ds: &DataSet) -> Vec<(&'static str, Scenario)> {
    APPROACH_IDS
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
        let ids: Vec<&str> = c.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            ["steering", "prevention_ceiling_exempt", "ceiling_dkk"]
        );
        assert_eq!(c[0].kind, SettingKind::Priority);
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
