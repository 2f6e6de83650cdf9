//! Unit-cost steering phases in over its time horizon like the other
//! levers: at full setting it cuts unit costs less in the first years than
//! once it is fully in.

use prioritet::model::data::dataset::{DataSet, Horizon};
use prioritet::model::ids::LeverId;
use prioritet::model::{project_central, Scenario};

/// The share by which full unit-cost steering cuts the first area's unit
/// cost in each projection year, on data set `ds`.
fn steering_cut_by_year(ds: &DataSet) -> Vec<f64> {
    let neutral = Scenario::neutral();
    let mut steered = Scenario::neutral();
    steered.levers.unit_cost_steering = 1.0;
    let before = project_central(&neutral, ds).unwrap();
    let after = project_central(&steered, ds).unwrap();
    let area = |p: &prioritet::model::Projection| p.areas[1].unit_cost_dkk.clone();
    area(&before)
        .iter()
        .zip(area(&after))
        .map(|(b, a)| 1.0 - a / b)
        .collect()
}

#[test]
fn unit_cost_steering_ramps_in_over_its_horizon() {
    let ds = DataSet::builtin();
    let lever = ds.lever(LeverId::UnitCostSteering).unwrap();
    assert_eq!(lever.horizon, Horizon::Medium);
    assert!(ds.horizons.get(lever.horizon).ramp_years.value > 1.0);
    let cut = steering_cut_by_year(&ds);
    assert!(cut[0] < cut[4], "year 1 {} vs year 5 {}", cut[0], cut[4]);
    assert!(cut[1] > 0.0 && cut[1] < cut[2] && cut[2] < cut[3]);
    assert!((cut[3] - cut[9]).abs() < 1e-12, "fully in from year 4");
}

#[test]
fn any_horizon_with_a_ramp_phases_steering_in() {
    for horizon in [Horizon::Medium, Horizon::MediumLong, Horizon::Long] {
        let mut ds = DataSet::builtin();
        let lever = ds
            .levers
            .iter_mut()
            .find(|l| l.id == LeverId::UnitCostSteering)
            .unwrap();
        lever.horizon = horizon;
        let cut = steering_cut_by_year(&ds);
        assert!(cut[0] < cut[4], "{horizon:?}: {cut:?}");
        assert!(cut[9] > 0.0, "{horizon:?}: {cut:?}");
    }
}
