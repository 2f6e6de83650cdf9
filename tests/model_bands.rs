//! The uncertainty bands: which inputs they draw, that the same seed gives
//! the same bands, that a wider input range gives a wider band, and that
//! without any uncertainty the bands are the central run.

use std::collections::BTreeMap;

use prioritet::model::data::dataset::Range;
use prioritet::model::ids::ApproachId;
use prioritet::model::{project, project_central, Band, DataSet, Scenario};
use proptest::prelude::*;

/// The presets that between them use every drawn input: the ceiling
/// (cost spread), prevention (payer shares), unit-cost steering.
const PRESETS: [ApproachId; 3] = [
    ApproachId::FuturePriorities,
    ApproachId::SocialProfessional,
    ApproachId::Steering,
];

fn preset(ds: &DataSet, id: ApproachId) -> Scenario {
    Scenario::from_preset(ds, id).expect("preset")
}

/// `ds` with every range collapsed on its central value and every relative
/// half-width 0: nothing is uncertain.
fn without_uncertainty(mut ds: DataSet) -> DataSet {
    let collapse = |r: &mut Range| {
        r.low = r.central.clone();
        r.high = r.central.clone();
    };
    for a in &mut ds.areas {
        collapse(&mut a.growth_per_year);
    }
    for s in &mut ds.step_down {
        collapse(&mut s.rate_at_full);
    }
    for p in &mut ds.prevention.programmes {
        collapse(&mut p.gain_ratio);
    }
    let e = &mut ds.effects;
    for r in [
        &mut e.needs_assessment_max_dampening,
        &mut e.cross_sector_max_growth_cut,
        &mut e.unit_cost_steering_max_cut,
        &mut e.admin_capacity_factor,
        &mut e.research_uplift,
    ] {
        collapse(r);
    }
    let u = &mut ds.uncertainty;
    for rel in [
        &mut u.unit_cost_rel,
        &mut u.volume_rel,
        &mut u.sigma_rel,
        &mut u.payer_share_rel,
    ] {
        rel.value = 0.0;
    }
    ds
}

#[test]
fn the_same_seed_gives_the_same_bands() {
    let ds = DataSet::builtin();
    for id in PRESETS {
        let sc = preset(&ds, id);
        let a = project(&sc, &ds, 300, 11).unwrap();
        let b = project(&sc, &ds, 300, 11).unwrap();
        assert_eq!(a, b, "{id}");
        let c = project(&sc, &ds, 300, 12).unwrap();
        assert_ne!(a.need_dkk, c.need_dkk, "{id}: another seed, other draws");
    }
}

#[test]
fn without_uncertainty_the_bands_are_the_central_run() {
    let ds = without_uncertainty(DataSet::builtin());
    for id in PRESETS {
        let sc = preset(&ds, id);
        let central = project_central(&sc, &ds).unwrap();
        let mut want = BTreeMap::new();
        central.for_each_named(&mut |name, id, s| {
            want.insert((name, id.to_string()), s.to_vec());
        });
        let banded = project(&sc, &ds, 200, 5).unwrap();
        let mut compared = 0;
        banded.for_each_named(&mut |name, area, bands| {
            let Some(values) = want.get(&(name, area.to_string())) else {
                return;
            };
            for (b, v) in bands.iter().zip(values) {
                let same = |x: f64| x.to_bits() == v.to_bits();
                assert!(
                    same(b.p10) && same(b.p50) && same(b.p90),
                    "{id} {name} {area}: {b:?} vs {v}"
                );
            }
            compared += 1;
        });
        assert!(compared > 40, "{id}: only {compared} series compared");
    }
}

#[test]
fn the_relative_widths_leave_the_central_run_alone() {
    let ds = DataSet::builtin();
    let mut wide = ds.clone();
    let u = &mut wide.uncertainty;
    for rel in [
        &mut u.unit_cost_rel,
        &mut u.volume_rel,
        &mut u.sigma_rel,
        &mut u.payer_share_rel,
    ] {
        rel.value = 0.5;
    }
    for id in PRESETS {
        let sc = preset(&ds, id);
        assert_eq!(
            project_central(&sc, &ds).unwrap(),
            project_central(&sc, &wide).unwrap(),
            "{id}"
        );
    }
}

/// Each drawn input widens the band of what it drives, compared with the
/// same data set without it.
#[test]
fn each_drawn_input_widens_its_band() {
    let ds = DataSet::builtin();
    let width = |b: &Band| b.p90 - b.p10;
    let base = without_uncertainty(ds.clone());
    let with = |f: &dyn Fn(&mut DataSet)| {
        let mut d = base.clone();
        f(&mut d);
        d
    };
    let unit_cost = with(&|d| d.uncertainty.unit_cost_rel.value = 0.1);
    let volume = with(&|d| d.uncertainty.volume_rel.value = 0.03);
    let sigma = with(&|d| d.uncertainty.sigma_rel.value = 0.15);
    let payer = with(&|d| d.uncertainty.payer_share_rel.value = 0.2);
    let neutral = Scenario::neutral();
    for d in [&unit_cost, &volume] {
        let b = project(&neutral, d, 300, 3).unwrap();
        assert!(width(&b.need_dkk[0]) > 0.0);
        assert!(width(&b.overspend_dkk[9]) > 0.0);
    }
    let ceiling = preset(&ds, ApproachId::FuturePriorities);
    let b = project(&ceiling, &sigma, 300, 3).unwrap();
    assert!(width(&b.ceiling.freed_dkk[9]) > 0.0);
    assert_eq!(width(&b.need_dkk[0]), 0.0, "the spread moves only the tail");
    let prevention = preset(&ds, ApproachId::SocialProfessional);
    let b = project(&prevention, &payer, 300, 3).unwrap();
    assert!(width(&b.prevention.gains_region_dkk[9]) > 0.0);
    let gains = |p: &prioritet::model::BandedProjection| {
        let v = &p.prevention;
        v.gains_municipality_dkk[9].p50 + v.gains_region_dkk[9].p50 + v.gains_state_dkk[9].p50
    };
    let central = project(&prevention, &base, 1, 3).unwrap();
    assert!(
        (gains(&b) - gains(&central)).abs() < 0.05 * gains(&central),
        "payer shares move gains between payers, not their sum"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// A wider unit-cost range gives a wider band of need, in the first
    /// year and the last. Every other input is held at its central value:
    /// then each draw's need is the central need plus the range's
    /// half-width times the same draw (same seed), so the band widens
    /// exactly with the range. With the other inputs drawn too, a finite
    /// sample can come out narrower by chance (seed 744, 0 against 0.08:
    /// 0.2 % narrower in the last year), so that case is checked below
    /// with a clear gap and a fixed seed.
    #[test]
    fn the_band_widens_when_unit_costs_are_less_certain(
        low in 0.0..0.08f64,
        more in 0.08..0.4f64,
        seed in 0u64..1_000,
    ) {
        let ds = without_uncertainty(DataSet::builtin());
        let at = |rel: f64| {
            let mut d = ds.clone();
            d.uncertainty.unit_cost_rel.value = rel;
            project(&Scenario::neutral(), &d, 400, seed).unwrap()
        };
        let (narrow, wide) = (at(low), at(low + more));
        let width = |b: &Band| b.p90 - b.p10;
        for y in [0, 9] {
            prop_assert!(
                width(&wide.need_dkk[y]) > width(&narrow.need_dkk[y]),
                "year {}: {:?} vs {:?}", y, wide.need_dkk[y], narrow.need_dkk[y]
            );
        }
    }
}

/// With every input drawn, a unit-cost range of 30 % gives a clearly wider
/// band of need than none, in the first year and the last.
#[test]
fn with_every_input_drawn_a_wide_unit_cost_range_widens_the_band() {
    let ds = DataSet::builtin();
    let at = |rel: f64| {
        let mut d = ds.clone();
        d.uncertainty.unit_cost_rel.value = rel;
        project(&Scenario::neutral(), &d, 400, 744).unwrap()
    };
    let (narrow, wide) = (at(0.0), at(0.3));
    let width = |b: &Band| b.p90 - b.p10;
    for y in [0, 9] {
        assert!(
            width(&wide.need_dkk[y]) > 1.2 * width(&narrow.need_dkk[y]),
            "year {y}: {:?} vs {:?}",
            wide.need_dkk[y],
            narrow.need_dkk[y]
        );
    }
}
