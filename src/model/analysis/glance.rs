//! The explorer's glance: the few figures and the small chart that stay on
//! screen while a slider moves, so a choice and its consequence are seen
//! together. The figures are the headline ones (overspend, what it takes from
//! schools, day care and elder care, unmet need, split between children
//! and adults); the chart is how each area's unmet need differs from "no
//! change", children's areas first (the weights move it even where no total
//! moves).

use crate::model::analysis::summary::{KeyFigure, KeyFigures};
use crate::model::data::dataset::{DataSet, Group};
use crate::model::engine::projection::Projection;

/// One column of the glance chart: an area's unmet need.
#[derive(Clone, Debug, PartialEq)]
pub struct GlanceColumn {
    /// The area's position in the data set (and the projection), which also
    /// picks its colour.
    pub area: usize,
    /// Children's or adults' area.
    pub group: Group,
    /// The area's unmet need in the scenario, DKK.
    pub unmet_dkk: f64,
    /// The same with no change of weights or levers.
    pub baseline_dkk: f64,
}

/// A change of an area's unmet need smaller than this (1 mio. kr.) is
/// rounding, not a consequence, and the glance shows it as no change.
pub const NO_CHANGE_DKK: f64 = 1e6;

impl GlanceColumn {
    /// How much more need goes unmet than with no change (negative: less),
    /// 0 below [`NO_CHANGE_DKK`] or when either figure is not finite.
    pub fn change_dkk(&self) -> f64 {
        let d = self.unmet_dkk - self.baseline_dkk;
        if d.is_finite() && d.abs() >= NO_CHANGE_DKK {
            d
        } else {
            0.0
        }
    }
}

/// What the glance shows for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Glance {
    /// Spending above the frame.
    pub overspend_dkk: KeyFigure,
    /// What the overspend takes from schools, day care and elder care
    /// together.
    pub taken_dkk: KeyFigure,
    /// Need left unmet.
    pub unmet_dkk: KeyFigure,
    /// Of it, in children's areas.
    pub unmet_children_dkk: KeyFigure,
    /// Of it, in adults' areas.
    pub unmet_adults_dkk: KeyFigure,
    /// Unmet need by area: children's areas, then adults', in data order,
    /// without the remainder areas (money for administration, not need).
    pub columns: Vec<GlanceColumn>,
}

fn unmet_at(p: &Projection, id: &str, i: usize) -> f64 {
    p.areas
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| a.unmet_dkk.get(i))
        .copied()
        .unwrap_or(0.0)
}

/// The unmet need of `group`'s areas in year `i`.
fn group_unmet(data: &DataSet, p: &Projection, group: Group, i: usize) -> f64 {
    p.areas
        .iter()
        .filter(|a| data.areas.iter().any(|d| d.id == a.id && d.group == group))
        .filter_map(|a| a.unmet_dkk.get(i))
        .sum()
}

/// The glance of year index `i`, from that year's key figures and the two
/// projections they came from.
pub fn glance(
    data: &DataSet,
    key: &KeyFigures,
    scenario: &Projection,
    baseline: &Projection,
    i: usize,
) -> Glance {
    let taken_dkk = KeyFigure {
        central: key.taken.iter().map(|t| t.dkk.central).sum(),
        baseline: key.taken.iter().map(|t| t.dkk.baseline).sum(),
        band: None,
    };
    let mut columns: Vec<GlanceColumn> = data
        .areas
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.remainder)
        .map(|(n, a)| GlanceColumn {
            area: n,
            group: a.group,
            unmet_dkk: unmet_at(scenario, &a.id, i),
            baseline_dkk: unmet_at(baseline, &a.id, i),
        })
        .collect();
    columns.sort_by_key(|c| c.group != Group::Children);
    let unmet_of = |group| KeyFigure {
        central: group_unmet(data, scenario, group, i),
        baseline: group_unmet(data, baseline, group, i),
        band: None,
    };
    Glance {
        overspend_dkk: key.overspend_dkk.clone(),
        taken_dkk,
        unmet_dkk: key.unmet_dkk.clone(),
        unmet_children_dkk: unmet_of(Group::Children),
        unmet_adults_dkk: unmet_of(Group::Adults),
        columns,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_change_below_a_million_or_not_finite_is_no_change() {
        let col = |unmet_dkk, baseline_dkk| GlanceColumn {
            area: 0,
            group: Group::Adults,
            unmet_dkk,
            baseline_dkk,
        };
        assert_eq!(col(5e8, 5e8 + 0.9e6).change_dkk(), 0.0);
        assert_eq!(col(5e8 + 2e6, 5e8).change_dkk(), 2e6);
        assert_eq!(col(5e8 - 2e6, 5e8).change_dkk(), -2e6);
        assert_eq!(col(f64::NAN, 5e8).change_dkk(), 0.0);
        assert_eq!(col(f64::INFINITY, 5e8).change_dkk(), 0.0);
    }

    use super::*;
    use crate::model::analysis::summary::key_figures;
    use crate::model::ids::ApproachId;
    use crate::model::{project_central, Scenario};

    fn run(s: &Scenario) -> (DataSet, Projection, Projection) {
        let ds = DataSet::builtin();
        let c = project_central(s, &ds).expect("projects");
        let b = project_central(&Scenario::neutral(), &ds).expect("projects");
        (ds, c, b)
    }

    #[test]
    fn the_glance_sums_what_is_taken_and_lists_every_area_but_the_remainders() {
        let (ds, c, b) = run(&Scenario::neutral());
        let last = c.years.len() - 1;
        let k = key_figures(&c, &b, None, last);
        let g = glance(&ds, &k, &c, &b, last);
        let taken: f64 = k.taken.iter().map(|t| t.dkk.central).sum();
        assert!((g.taken_dkk.central - taken).abs() < 1e-6);
        assert!(g.taken_dkk.central > 0.0, "the neutral scenario overspends");
        assert_eq!(g.overspend_dkk, k.overspend_dkk);
        assert_eq!(g.unmet_dkk, k.unmet_dkk);
        let split = g.unmet_children_dkk.central + g.unmet_adults_dkk.central;
        assert!(
            (split - g.unmet_dkk.central).abs() < 1.0,
            "children and adults add up"
        );
        assert!(g.unmet_children_dkk.central > 0.0 && g.unmet_adults_dkk.central > 0.0);
        let areas = ds.areas.iter().filter(|a| !a.remainder).count();
        assert_eq!(g.columns.len(), areas);
        // Children's areas come first, then adults'.
        let first_adult = g.columns.iter().position(|c| c.group == Group::Adults);
        let first_adult = first_adult.expect("adults' areas");
        assert!(g.columns[..first_adult]
            .iter()
            .all(|c| c.group == Group::Children));
        assert!(g.columns[first_adult..]
            .iter()
            .all(|c| c.group == Group::Adults));
        // At neutral, the scenario is its own baseline.
        assert!(g.columns.iter().all(|c| c.unmet_dkk == c.baseline_dkk));
        assert!(g.columns.iter().all(|c| c.change_dkk() == 0.0));
        assert!(g.columns.iter().all(|c| c.unmet_dkk >= 0.0));
        let columns: f64 = g.columns.iter().map(|c| c.unmet_dkk).sum();
        let remainders: f64 = ds
            .areas
            .iter()
            .filter(|a| a.remainder)
            .filter_map(|a| c.areas.iter().find(|p| p.id == a.id))
            .map(|p| p.unmet_dkk[last])
            .sum();
        assert!((columns + remainders - g.unmet_dkk.central).abs() < 1.0);
    }

    #[test]
    fn a_priority_weight_moves_the_glance_though_no_total_moves() {
        // The weights share a fixed frame between areas: the totals stay,
        // the columns and the split between children and adults move. This
        // is why the glance carries both.
        let mut s = Scenario::neutral();
        s.priorities.set(ApproachId::SocialProfessional, 1.0);
        let (ds, c, b) = run(&s);
        let last = c.years.len() - 1;
        let g = glance(&ds, &key_figures(&c, &b, None, last), &c, &b, last);
        assert!(g.columns.iter().any(|col| col.change_dkk() != 0.0));
        assert!((g.unmet_dkk.central - g.unmet_dkk.baseline).abs() < 1.0);
        let moved = g.unmet_children_dkk.central - g.unmet_children_dkk.baseline;
        assert!(moved.abs() > 1e7, "children's unmet need moves by {moved}");
    }
}
