//! Comparing scenarios side by side (`model::compare`): a scenario against
//! itself shows no differences, each VIVE lens differs from "no change" on
//! the figure its claim is about, the numbers are the explorer's key
//! figures, and bad input is an error naming the column.

use prioritet::model::analysis::compare::{compare, Comparison, Metric, MetricUnit};
use prioritet::model::analysis::lens::presets;
use prioritet::model::analysis::summary::key_figures;
use prioritet::model::ids::ApproachId;
use prioritet::model::{project_baseline, project_central, DataSet, Scenario};

fn named(label: &str, s: Scenario) -> (String, Scenario) {
    (label.to_string(), s)
}

/// "No change" first, then the five lenses in the order of seed 000.
fn lenses(ds: &DataSet) -> Vec<(String, Scenario)> {
    let mut v = vec![named("neutral", Scenario::neutral())];
    v.extend(presets(ds).into_iter().map(|(id, s)| named(id.as_str(), s)));
    v
}

fn column(c: &Comparison, label: &str) -> usize {
    c.columns.iter().position(|col| col.label == label).unwrap()
}

#[test]
fn a_scenario_against_itself_shows_no_difference() {
    let ds = DataSet::builtin();
    let s = Scenario::from_preset(&ds, ApproachId::FuturePriorities).unwrap();
    let c = compare(&[named("a", s.clone()), named("b", s)], &ds).unwrap();
    assert_eq!(c.rows.len(), Metric::ALL.len());
    for r in &c.rows {
        assert_eq!(r.values.len(), 2);
        assert_eq!(r.diffs, [0.0, 0.0], "{}", r.metric.id());
        assert_eq!(r.notable, [false, false], "{}", r.metric.id());
    }
}

#[test]
fn each_lens_differs_from_no_change_on_its_headline_figure() {
    let ds = DataSet::builtin();
    let c = compare(&lenses(&ds), &ds).unwrap();
    assert_eq!(c.columns.len(), 6);
    // (lens, metric its claim is about, whether the lens lowers it)
    let headline = [
        ("budget_squeeze", Metric::Overspend, true),
        ("budget_squeeze", Metric::UnmetDkk, false),
        ("social_professional", Metric::PreventionCost, false),
        ("social_professional", Metric::PreventionGains, false),
        ("steering", Metric::Spending, true),
        ("diagnosis", Metric::UnmetCitizens, true),
        ("future_priorities", Metric::CeilingCases, false),
        ("future_priorities", Metric::CeilingFreedWithLaw, false),
    ];
    for (lens, metric, lower) in headline {
        let i = column(&c, lens);
        let r = c.row(metric).unwrap();
        assert!(r.notable[i], "{lens}: {} not notable", metric.id());
        assert_eq!(r.diffs[i] < 0.0, lower, "{lens}: {}", metric.id());
    }
    // What the ceiling council frees under today's law, about 180 mio. kr.,
    // is under 1 % of the frame: shown, not highlighted.
    let freed = c.row(Metric::CeilingFreed).unwrap();
    let i = column(&c, "future_priorities");
    let frame = c.row(Metric::Frame).unwrap().values[0];
    assert!(freed.diffs[i] > 1e8 && freed.diffs[i] < 0.01 * frame);
    assert!(!freed.notable[i]);
    // The projector's headline rows hide no lens: each lens lights up at
    // least one of them against "no change".
    for col in 1..c.columns.len() {
        let lit = Metric::HEADLINE
            .into_iter()
            .filter(|m| c.row(*m).unwrap().notable[col])
            .count();
        assert!(
            lit > 0,
            "{}: no headline figure differs",
            c.columns[col].label
        );
    }
    // Neutral has no ceiling council, so those rows are zero for it.
    assert_eq!(c.row(Metric::CeilingCases).unwrap().values[0], 0.0);
    assert!(!c.row(Metric::Frame).unwrap().notable.contains(&true));
}

#[test]
fn values_are_the_key_figures_of_each_central_projection() {
    let ds = DataSet::builtin();
    let c = compare(&lenses(&ds), &ds).unwrap();
    for (i, col) in c.columns.iter().enumerate() {
        let p = project_central(&col.scenario, &ds).unwrap();
        let b = project_baseline(&col.scenario, &ds).unwrap();
        let k = key_figures(&p, &b, None, p.years.len() - 1);
        assert_eq!(col.projection, p);
        assert_eq!(col.figures, k);
        for r in &c.rows {
            let f = r.metric.figure(&k).unwrap();
            assert_eq!(r.values[i], f.central, "{}", r.metric.id());
            let series = r.metric.series(&p).unwrap();
            assert_eq!(series.last().copied(), Some(f.central), "{}", r.metric.id());
        }
    }
    assert_eq!(
        c.row(Metric::TakenSchoolsUnits).unwrap().metric.unit(),
        MetricUnit::StaffYears
    );
}

#[test]
fn series_cover_the_horizon_for_every_column() {
    let ds = DataSet::builtin();
    let mut v = lenses(&ds);
    for (_, s) in &mut v {
        s.horizon_years = 7;
    }
    let c = compare(&v, &ds).unwrap();
    assert_eq!(c.years.len(), 7);
    assert_eq!(c.years.last().copied(), Some(c.columns[0].figures.year));
    for m in Metric::ALL {
        let s = c.series(m);
        assert_eq!(s.len(), 6);
        assert!(s.iter().all(|x| x.len() == 7), "{}", m.id());
    }
}

#[test]
fn invalid_scenarios_are_errors_naming_the_column() {
    let ds = DataSet::builtin();
    let mut v = lenses(&ds);
    v[2].1.priorities.steering = f64::NAN;
    assert_eq!(
        compare(&v, &ds).unwrap_err().field,
        "columns[2].priorities.steering"
    );
    let mut v = lenses(&ds);
    v[4].1.levers.ceiling_dkk = -1.0;
    assert_eq!(
        compare(&v, &ds).unwrap_err().field,
        "columns[4].levers.ceiling_dkk"
    );
    let mut v = lenses(&ds);
    v[1].1.horizon_years = 0;
    assert_eq!(
        compare(&v, &ds).unwrap_err().field,
        "columns[1].horizon_years"
    );
    assert_eq!(compare(&[], &ds).unwrap_err().field, "columns");
}

#[test]
fn a_room_of_sixty_compares() {
    let ds = DataSet::builtin();
    let room: Vec<(String, Scenario)> = (0..60)
        .map(|i| {
            let mut s = Scenario::neutral();
            s.priorities.budget_squeeze = f64::from(i) / 59.0;
            named(&format!("p{i}"), s)
        })
        .collect();
    let c = compare(&room, &ds).unwrap();
    assert_eq!(c.columns.len(), 60);
    let overspend = c.row(Metric::Overspend).unwrap();
    assert!(overspend.values[59] < overspend.values[0]);
}
