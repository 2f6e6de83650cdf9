//! Each VIVE approach preset moves the results in the direction its text
//! claims (data/model.json `approaches[].claim`), against the "no change"
//! baseline.

use prioritet::model::ids::ApproachId;
use prioritet::model::{project_baseline, project_central, DataSet, Projection, Scenario};

fn run(id: ApproachId) -> (Projection, Projection) {
    let ds = DataSet::builtin();
    let s = Scenario::from_preset(&ds, id).unwrap();
    (
        project_central(&s, &ds).unwrap(),
        project_baseline(&s, &ds).unwrap(),
    )
}

fn last(v: &[f64]) -> f64 {
    v.last().copied().unwrap_or(f64::NAN)
}

#[test]
fn budget_squeeze_holds_the_frame_and_leaves_need_unmet() {
    let (p, b) = run(ApproachId::BudgetSqueeze);
    assert!(last(&p.overspend_dkk) < last(&b.overspend_dkk));
    let schools = |p: &Projection| last(&p.service("schools").unwrap().taken_units);
    assert!(schools(&p) < schools(&b));
    assert!(last(&p.coverage) < last(&b.coverage));
}

#[test]
fn social_professional_spends_on_prevention_and_lowers_need_after_the_lag() {
    let (p, b) = run(ApproachId::SocialProfessional);
    let prevention = |p: &Projection, y: usize| {
        p.prevention.investment_dkk[y]
            + p.area("child_early_prevention").unwrap().spending_dkk[y]
            + p.area("adult_sel82").unwrap().spending_dkk[y]
    };
    assert!(prevention(&p, 0) > prevention(&b, 0));
    // No gains before the shortest lag (two years), gains after it.
    assert_eq!(p.prevention.gains_municipality_dkk[0], 0.0);
    assert!(last(&p.prevention.gains_municipality_dkk) > 0.0);
    assert!(
        last(&p.prevention.gains_region_dkk) > 0.0 && last(&p.prevention.gains_state_dkk) > 0.0
    );
    // Need in the heavy target areas is lower by the end.
    for id in ["child_institutions", "adult_sel107", "adult_sel85"] {
        assert!(
            last(&p.area(id).unwrap().need_dkk) < last(&b.area(id).unwrap().need_dkk),
            "{id}"
        );
    }
    assert!(last(&p.need_dkk) < last(&b.need_dkk));
}

#[test]
fn steering_lowers_unit_costs_and_need_in_dkk() {
    let (p, b) = run(ApproachId::Steering);
    for (a, z) in p.areas.iter().zip(&b.areas) {
        assert!(a.unit_cost_dkk[0] <= z.unit_cost_dkk[0], "{}", a.id);
    }
    assert!(p.need_dkk[0] < b.need_dkk[0]);
    assert!(last(&p.need_dkk) < last(&b.need_dkk));
    let heavy = |p: &Projection| last(&p.area("adult_sel108").unwrap().need_citizens);
    assert!(heavy(&p) < heavy(&b));
}

#[test]
fn diagnosis_dampens_growth_in_citizens() {
    let (p, b) = run(ApproachId::Diagnosis);
    assert!(p.need_citizens[0] < b.need_citizens[0]);
    assert!(last(&p.need_citizens) < last(&b.need_citizens));
}

#[test]
fn future_priorities_refers_costly_cases_and_frees_money() {
    let (p, b) = run(ApproachId::FuturePriorities);
    // The council is a long-term recommendation: nothing in year one.
    assert_eq!(p.ceiling.cases_referred[0], 0.0);
    assert!(last(&p.ceiling.cases_referred) > 0.0);
    assert!(last(&p.ceiling.freed_dkk) > 0.0);
    assert!(last(&b.ceiling.freed_dkk) == 0.0);
    assert!(!p.ceiling.legislation_areas.is_empty());
    // Discretionary coverage follows the priority score: substance-abuse
    // treatment (good evidence) before BPA (unknown evidence).
    let disc = |p: &Projection, id: &str| {
        let a = p.area(id).unwrap();
        (last(&a.spending_dkk) - last(&a.floor_dkk)) / (last(&a.need_dkk) - last(&a.floor_dkk))
    };
    assert!(disc(&p, "adult_bpa") < 1.0);
    assert!(disc(&p, "adult_substance_abuse") > disc(&p, "adult_bpa"));
}

#[test]
fn every_preset_differs_from_the_baseline() {
    let ds = DataSet::builtin();
    for id in ApproachId::ALL {
        let s = Scenario::from_preset(&ds, id).unwrap();
        assert_ne!(
            project_central(&s, &ds).unwrap().spending_dkk,
            project_baseline(&s, &ds).unwrap().spending_dkk,
            "{id}"
        );
    }
}
