//! Properties of the projection that MODEL.md requires, checked with
//! proptest over random scenarios on the built-in data set.

use prioritet::model::ids::ApproachId;
use prioritet::model::scenario::Priorities;
use prioritet::model::{project, project_central, DataSet, Projection, Scenario};
use proptest::prelude::*;

fn ds() -> DataSet {
    DataSet::builtin()
}

/// A random valid scenario (levers within their data ranges).
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::array::uniform5(0.0..=1.0f64),
        prop::array::uniform9(0.0..=1.0f64),
        any::<bool>(),
        any::<bool>(),
        (0.0..=2.0f64, -0.2..=0.2f64, -0.02..=0.02f64, 0u32..4),
    )
        .prop_map(|(w, l, exempt, law, (growth, level, fgrowth, ceiling))| {
            let mut s = Scenario::neutral();
            s.priorities.budget_squeeze = w[0];
            s.priorities.social_professional = w[1];
            s.priorities.steering = w[2];
            s.priorities.diagnosis = w[3];
            s.priorities.future_priorities = w[4];
            s.levers.prevention_investment_dkk = l[0] * 3e9;
            s.levers.prevention_refund_rate = l[1] * 0.75;
            s.levers.admin_relief = l[2] * 0.3;
            s.levers.research_practice = l[3];
            s.levers.cross_sector = l[4];
            s.levers.needs_assessment = l[5];
            s.levers.progression_followup = l[6];
            s.levers.unit_cost_steering = l[7];
            s.levers.ceiling_dkk = if ceiling == 0 {
                0.0
            } else {
                5e5 + l[8] * 4.5e6
            };
            s.levers.prevention_ceiling_exempt = exempt;
            s.levers.ceiling_on_entitlements = law;
            s.growth_scale = growth;
            s.frame.level_change = level;
            s.frame.real_growth_per_year = fgrowth;
            s
        })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Spending above the frame is always reported as overspend, and the
    /// overspend never exceeds what the squeeze weight and the floors allow:
    /// max((1 - w) * max(0, N - F), floors + prevention in frame - F).
    #[test]
    fn frame_is_exceeded_only_as_allowed_overspend(s in scenario()) {
        let ds = ds();
        let p = project_central(&s, &ds).unwrap();
        let w = s.priorities.budget_squeeze;
        for y in 0..p.years.len() {
            let (f, sp, over) = (p.frame_dkk[y], p.spending_dkk[y], p.overspend_dkk[y]);
            prop_assert!(sp <= f + over + 1e-3 * (1.0 + f));
            prop_assert!(close(over, (sp - f).max(0.0)));
            let n = p.need_dkk[y] - p.declined_dkk[y] + p.prevention.in_frame_dkk[y];
            let allowed = ((1.0 - w) * (n - f).max(0.0))
                .max(p.floors_dkk[y] + p.prevention.in_frame_dkk[y] - f);
            prop_assert!(over <= allowed + 1e-6 * (1.0 + f), "year {y}: {over} > {allowed}");
            let taken: f64 = p.squeeze.iter().map(|s| s.taken_dkk[y]).sum();
            prop_assert!(close(taken, over));
        }
    }

    /// Legal floors are funded in full whatever the frame and weights.
    #[test]
    fn legal_floors_are_never_cut(s in scenario()) {
        let ds = ds();
        let p = project_central(&s, &ds).unwrap();
        for a in &p.areas {
            for y in 0..p.years.len() {
                prop_assert!(a.spending_dkk[y] + 1e-6 >= a.floor_dkk[y], "{} year {y}", a.id);
                prop_assert!((0.0..=1.0).contains(&a.coverage[y]));
            }
        }
    }

    /// The ceiling council never changes the need: it is the same with and
    /// without a ceiling, and each year, in total and in every area,
    /// spending + unmet + declined = need (no money hidden). Prevention
    /// outside the frame is in the municipality's spending.
    #[test]
    fn the_ceiling_declines_need_without_changing_it(s in scenario()) {
        let ds = ds();
        let p = project_central(&s, &ds).unwrap();
        let mut none = s.clone();
        none.levers.ceiling_dkk = 0.0;
        let q = project_central(&none, &ds).unwrap();
        for y in 0..p.years.len() {
            prop_assert_eq!(p.need_dkk[y].to_bits(), q.need_dkk[y].to_bits(), "year {}", y);
            prop_assert_eq!(q.declined_dkk[y], 0.0);
            let spent = p.spending_dkk[y] - p.prevention.in_frame_dkk[y];
            prop_assert!(
                close(spent + p.unmet_dkk[y] + p.declined_dkk[y], p.need_dkk[y]),
                "year {y}: {spent} + {} + {} != {}", p.unmet_dkk[y], p.declined_dkk[y], p.need_dkk[y]
            );
            prop_assert!(close(p.declined_dkk[y], p.ceiling.freed_dkk[y]));
            let outside = p.prevention.cost_municipality_dkk[y] - p.prevention.in_frame_dkk[y];
            prop_assert!(close(p.prevention_outside_frame_dkk[y], outside));
            prop_assert!(close(p.municipal_spending_dkk[y], p.spending_dkk[y] + outside));
            for (a, b) in p.areas.iter().zip(&q.areas) {
                prop_assert_eq!(a.need_dkk[y].to_bits(), b.need_dkk[y].to_bits());
                prop_assert!(
                    close(a.spending_dkk[y] + a.unmet_dkk[y] + a.declined_dkk[y], a.need_dkk[y]),
                    "{} year {y}", a.id
                );
                let listed = ds.ceiling.calibration.areas.contains(&a.id);
                prop_assert!(listed || (a.declined_dkk[y] == 0.0 && a.ceiling_cases[y] == 0.0), "{}", a.id);
            }
            let c = &p.ceiling;
            prop_assert!(c.freed_without_law_dkk[y] <= c.freed_with_law_dkk[y] + 1e-6);
            let applied = if s.levers.ceiling_on_entitlements {
                c.freed_with_law_dkk[y]
            } else {
                c.freed_without_law_dkk[y]
            };
            prop_assert!(close(c.freed_dkk[y], applied));
        }
    }

    /// Raising the frame never lowers any area's funding.
    #[test]
    fn monotone_in_the_frame(s in scenario(), extra in 0.0..0.3f64) {
        let ds = ds();
        let mut richer = s.clone();
        richer.frame.level_change = (s.frame.level_change + extra).min(1.0);
        let a = project_central(&s, &ds).unwrap();
        let b = project_central(&richer, &ds).unwrap();
        for (x, z) in a.areas.iter().zip(&b.areas) {
            for y in 0..a.years.len() {
                prop_assert!(z.spending_dkk[y] + 1e-6 * (1.0 + x.spending_dkk[y]) >= x.spending_dkk[y],
                    "{} year {y}: {} < {}", x.id, z.spending_dkk[y], x.spending_dkk[y]);
            }
        }
    }

    /// The same scenario and seed give the same bands.
    #[test]
    fn deterministic_for_a_seed(s in scenario(), seed in any::<u64>()) {
        let ds = ds();
        let a = project(&s, &ds, 20, seed).unwrap();
        let b = project(&s, &ds, 20, seed).unwrap();
        prop_assert_eq!(a, b);
        prop_assert_eq!(project_central(&s, &ds).unwrap(), project_central(&s, &ds).unwrap());
    }

    /// The four criteria weights are relative: scaling all four by the same
    /// factor leaves every total in kroner (budget, spending, overspend,
    /// unmet need, the squeeze) unchanged, and moves an area's spending by
    /// less than 1.5 % of the discretionary money (only through the small
    /// base score every area has).
    #[test]
    fn scaling_the_four_criteria_changes_no_total(s in scenario(), k in 0.05..1.0f64) {
        let ds = ds();
        let top = Priorities::CRITERIA
            .iter()
            .map(|c| s.priorities.get(*c))
            .fold(0.0, f64::max);
        prop_assume!(top > 0.01);
        let mut scaled = s.clone();
        for c in Priorities::CRITERIA {
            scaled.priorities.set(c, s.priorities.get(c) * k / top);
        }
        let a = project_central(&s, &ds).unwrap();
        let b = project_central(&scaled, &ds).unwrap();
        for y in 0..a.years.len() {
            for (x, z) in [
                (&a.budget_dkk, &b.budget_dkk),
                (&a.need_dkk, &b.need_dkk),
                (&a.spending_dkk, &b.spending_dkk),
                (&a.overspend_dkk, &b.overspend_dkk),
                (&a.unmet_dkk, &b.unmet_dkk),
                (&a.coverage, &b.coverage),
            ] {
                prop_assert!(close(x[y], z[y]), "year {y}: {} vs {}", x[y], z[y]);
            }
            for (x, z) in a.squeeze.iter().zip(&b.squeeze) {
                prop_assert!(close(x.taken_dkk[y], z.taken_dkk[y]));
            }
            let disc: f64 = a.areas.iter().map(|x| x.need_dkk[y] - x.floor_dkk[y]).sum();
            for (x, z) in a.areas.iter().zip(&b.areas) {
                let moved = (x.spending_dkk[y] - z.spending_dkk[y]).abs();
                prop_assert!(moved <= 0.015 * disc + 1.0, "{} year {y}: {moved} of {disc}", x.id);
            }
        }
    }

    /// Bad numbers are rejected with the field named, never a panic.
    #[test]
    fn bad_input_is_rejected_by_field(v in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), -10.0..-0.001f64, 1.001..10.0f64]) {
        let ds = ds();
        let mut s = Scenario::neutral();
        s.priorities.future_priorities = v;
        prop_assert_eq!(project_central(&s, &ds).unwrap_err().field, "priorities.future_priorities");
        let mut s = Scenario::neutral();
        s.levers.cross_sector = v;
        prop_assert_eq!(project(&s, &ds, 10, 1).unwrap_err().field, "levers.cross_sector");
    }
}

/// With all levers neutral and zero growth, every year equals the base year.
#[test]
fn neutral_with_zero_growth_is_the_base_year() {
    let ds = ds();
    let mut s = Scenario::neutral();
    s.growth_scale = 0.0;
    for w in [0.0, 0.5, 1.0] {
        s.priorities.budget_squeeze = w;
        let p = project_central(&s, &ds).unwrap();
        let base = ds.base_spending_dkk();
        for y in 0..p.years.len() {
            assert!(close(p.need_dkk[y], base));
            assert!(close(p.spending_dkk[y], base));
            assert!(close(p.frame_dkk[y], base));
            assert_eq!(p.overspend_dkk[y], 0.0);
            assert!(p.unmet_dkk[y] < 1e-3);
            for (a, d) in p.areas.iter().zip(&ds.areas) {
                assert!(
                    close(a.need_citizens[y], d.volume_full_year.value),
                    "{}",
                    a.id
                );
                assert!(close(a.unit_cost_dkk[y], d.unit_cost_dkk.value));
                assert!(close(a.coverage[y], 1.0));
            }
        }
    }
}

fn total_diff(a: &Projection, b: &Projection) -> f64 {
    let mut xs = Vec::new();
    a.for_each_series(&mut |s| xs.extend_from_slice(s));
    let mut ys = Vec::new();
    b.for_each_series(&mut |s| ys.extend_from_slice(s));
    xs.iter().zip(&ys).map(|(x, y)| (x - y).abs()).sum()
}

/// Each of the five weights changes some output of the default scenario.
#[test]
fn each_weight_changes_the_default_result() {
    let ds = ds();
    let base = Scenario::neutral();
    let p0 = project_central(&base, &ds).unwrap();
    for id in ApproachId::ALL {
        for v in [0.0, 1.0] {
            let mut s = base.clone();
            s.priorities.set(id, v);
            let p = project_central(&s, &ds).unwrap();
            assert!(
                total_diff(&p, &p0) > 1.0,
                "weight {id} = {v} changed nothing"
            );
        }
    }
}

/// The bands are ordered and the central run lies near the median.
#[test]
fn bands_are_ordered() {
    let ds = ds();
    let s = Scenario::from_preset(&ds, ApproachId::SocialProfessional).unwrap();
    let b = project(&s, &ds, 300, 42).unwrap();
    let c = project_central(&s, &ds).unwrap();
    for (y, band) in b.need_dkk.iter().enumerate() {
        assert!(band.p10 <= band.p50 && band.p50 <= band.p90);
        assert!((band.p50 - c.need_dkk[y]).abs() / c.need_dkk[y] < 0.05);
    }
    assert!(b.need_dkk.last().map_or(0.0, |x| x.p90 - x.p10) > 0.0);
    for a in &b.areas {
        for band in &a.coverage {
            assert!(band.p10 <= band.p50 && band.p50 <= band.p90);
        }
    }
}

#[test]
fn the_remainders_money_blocks_are_not_counted_as_people() {
    let ds = DataSet::builtin();
    let p = project_central(&Scenario::neutral(), &ds).unwrap();
    let people: f64 = ds
        .areas
        .iter()
        .filter(|a| !a.remainder)
        .map(|a| a.volume_full_year.value)
        .sum();
    let growth_free: f64 = p.areas.iter().map(|a| a.need_citizens[0]).sum();
    assert!(p.need_citizens[0] < growth_free, "remainders are left out");
    // Year one grows by at most a few per cent over the base-year people.
    assert!(p.need_citizens[0] > people && p.need_citizens[0] < people * 1.06);
}
