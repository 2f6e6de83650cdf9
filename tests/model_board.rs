//! The facilitator board (`model::board`): spreads, the median scenario and
//! the disagreement ranking for a room of participants, checked by hand on
//! the five VIVE lenses and as proptest properties over random rooms.

use prioritet::model::analysis::board::{board, Board};
use prioritet::model::analysis::lens::presets;
use prioritet::model::ids::{ApproachId, LeverId, Setting};
use prioritet::model::scenario::nearest_ceiling;
use prioritet::model::{DataSet, Scenario};
use proptest::prelude::*;

/// Participants as `(name, scenario)`.
type Room = Vec<(String, Scenario)>;

fn named(label: &str, s: Scenario) -> (String, Scenario) {
    (label.to_string(), s)
}

fn lenses(ds: &DataSet) -> Room {
    presets(ds)
        .into_iter()
        .map(|(id, s)| named(id.as_str(), s))
        .collect()
}

#[test]
fn the_five_lenses_have_the_hand_computed_median_and_quartiles() {
    let ds = DataSet::builtin();
    let b = board(&lenses(&ds), &ds).unwrap();
    assert_eq!(b.weights.len(), 5);
    assert_eq!(b.levers.len(), LeverId::ALL.len());
    for (s, id) in b.weights.iter().zip(ApproachId::ALL) {
        assert_eq!(s.id, Setting::Priority(id));
        assert_eq!(s.values.len(), 5);
    }
    // Budget-squeeze weights of the lenses in seed order: 0.9, 0.4, 0.6,
    // 0.5, 0.6; sorted 0.4 0.5 0.6 0.6 0.9, so (type 7, n = 5) the
    // quartiles are the 2nd, 3rd and 4th values.
    let w = &b.weights[0];
    assert_eq!(w.values, [0.9, 0.4, 0.6, 0.5, 0.6]);
    assert_eq!(
        (w.min, w.q1, w.median, w.q3, w.max),
        (0.4, 0.5, 0.6, 0.6, 0.9)
    );
    assert!((w.disagreement - 0.1).abs() < 1e-12);
    assert_eq!(b.median.priorities.budget_squeeze, 0.6);
    assert_eq!(b.median.name, "median");
    // Prevention investment: 0, 1e9, 0, 3e8, 3e8 -> median 3e8; of a
    // 0..3e9 range the middle half spans 3e8, a tenth.
    let p = &b.levers[0];
    assert_eq!(p.id, Setting::Lever(LeverId::PreventionInvestmentDkk));
    assert_eq!(p.range, (0.0, 3e9));
    assert_eq!(p.median, 3e8);
    assert!((p.disagreement - 0.1).abs() < 1e-12);
    // Only one lens exempts prevention from the service ceiling: off.
    assert!(!b.median.levers.prevention_ceiling_exempt);
    b.median.validate(&ds).unwrap();
    // The participants' consequences, the median not among them.
    assert_eq!(b.comparison.columns.len(), 5);
    assert_eq!(b.comparison.columns[2].label, "steering");
}

#[test]
fn disagreement_ranks_the_most_disputed_first_then_by_id() {
    let ds = DataSet::builtin();
    let room: Room = [0.0, 0.2, 0.8, 1.0]
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let mut s = Scenario::neutral();
            s.levers.cross_sector = *x; // IQR 0.85 - 0.15 = 0.7 of 1
            s.priorities.diagnosis = 0.4 + 0.1 * *x; // IQR 0.07 of 1
                                                     // 0, 0, 1m, 1m (a ceiling is 0 or at least 500,000): IQR 1m
                                                     // of 5m: 0.2.
            s.levers.ceiling_dkk = if *x < 0.5 { 0.0 } else { 1e6 };
            named(&format!("p{i}"), s)
        })
        .collect();
    let b = board(&room, &ds).unwrap();
    let ids: Vec<&str> = b.disagreement.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids[..3], ["cross_sector", "ceiling_dkk", "diagnosis"]);
    assert_eq!(b.disagreement.len(), 5 + LeverId::ALL.len());
    // The rest agree exactly, listed by id.
    let rest = &b.disagreement[3..];
    assert!(rest.iter().all(|(_, d)| *d == 0.0));
    assert!(rest.windows(2).all(|w| w[0].0.as_str() < w[1].0.as_str()));
    let cs = b
        .levers
        .iter()
        .find(|s| s.id == Setting::Lever(LeverId::CrossSector))
        .unwrap();
    assert!((cs.disagreement - 0.7).abs() < 1e-12);
}

#[test]
fn switches_follow_a_strict_majority_and_the_horizon_rounds() {
    let ds = DataSet::builtin();
    let room = |on: &[bool], horizons: &[u32]| -> Board {
        let v: Room = on
            .iter()
            .zip(horizons)
            .enumerate()
            .map(|(i, (on, h))| {
                let mut s = Scenario::neutral();
                s.levers.ceiling_on_entitlements = *on;
                s.horizon_years = *h;
                named(&format!("p{i}"), s)
            })
            .collect();
        board(&v, &ds).unwrap()
    };
    let b = room(&[true, true, false], &[5, 10, 10]);
    assert!(b.median.levers.ceiling_on_entitlements);
    assert_eq!(b.median.horizon_years, 10);
    let b = room(&[true, false, true, false], &[7, 8, 8, 7]);
    assert!(
        !b.median.levers.ceiling_on_entitlements,
        "a tie is not a majority"
    );
    assert_eq!(b.median.horizon_years, 8, "7.5 rounds up");
    let s = b
        .levers
        .iter()
        .find(|s| s.id == Setting::Lever(LeverId::CeilingOnEntitlements))
        .unwrap();
    assert_eq!(s.values, [1.0, 0.0, 1.0, 0.0]);
    assert_eq!(s.range, (0.0, 1.0));
    // The shortest horizon sets the comparison year.
    assert_eq!(b.comparison.years.len(), 7);
}

#[test]
fn one_participant_agrees_with_itself() {
    let ds = DataSet::builtin();
    let s = Scenario::from_preset(&ds, ApproachId::Diagnosis).unwrap();
    let b = board(&[named("Ane", s.clone())], &ds).unwrap();
    for sp in b.weights.iter().chain(&b.levers) {
        assert_eq!(sp.disagreement, 0.0, "{}", sp.id);
        assert_eq!(sp.min, sp.max);
        assert_eq!(sp.q1, sp.q3);
    }
    let mut expected = s;
    expected.name = "median".to_string();
    assert_eq!(b.median, expected);
}

#[test]
fn no_participants_or_a_bad_one_is_an_error_naming_the_field() {
    let ds = DataSet::builtin();
    assert_eq!(board(&[], &ds).unwrap_err().field, "participants");
    let mut bad = Scenario::neutral();
    bad.levers.admin_relief = f64::INFINITY;
    let e = board(&[named("a", Scenario::neutral()), named("b", bad)], &ds).unwrap_err();
    assert_eq!(e.field, "participants[1].levers.admin_relief");
}

/// A random valid scenario (every setting within its range).
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::array::uniform5(0.0..=1.0f64),
        prop::array::uniform9(0.0..=1.0f64),
        any::<bool>(),
        any::<bool>(),
        (0.0..=3.0f64, -0.5..=1.0f64, -0.1..=0.1f64, 1u32..=30),
    )
        .prop_map(|(w, l, exempt, law, (growth, level, fgrowth, horizon))| {
            let mut s = Scenario::neutral();
            for (id, v) in ApproachId::ALL.into_iter().zip(w) {
                s.priorities.set(id, v);
            }
            s.levers.prevention_investment_dkk = l[0] * 3e9;
            s.levers.prevention_refund_rate = l[1] * 0.75;
            s.levers.admin_relief = l[2] * 0.3;
            s.levers.research_practice = l[3];
            s.levers.cross_sector = l[4];
            s.levers.needs_assessment = l[5];
            s.levers.progression_followup = l[6];
            s.levers.unit_cost_steering = l[7];
            s.levers.ceiling_dkk = nearest_ceiling(l[8] * 5e6);
            s.levers.prevention_ceiling_exempt = exempt;
            s.levers.ceiling_on_entitlements = law;
            s.growth_scale = growth;
            s.frame.level_change = level;
            s.frame.real_growth_per_year = fgrowth;
            s.horizon_years = horizon;
            s
        })
}

/// A room of 1 to 9 participants and the same room in another order.
fn rooms() -> impl Strategy<Value = (Room, Room)> {
    prop::collection::vec(scenario(), 1..10).prop_flat_map(|v| {
        let room: Room = v
            .into_iter()
            .enumerate()
            .map(|(i, s)| named(&format!("p{i}"), s))
            .collect();
        (Just(room.clone()), Just(room).prop_shuffle())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Quartiles are ordered, disagreement is a share, the median scenario
    /// is valid, and the order of the participants changes nothing but the
    /// order of the values.
    #[test]
    fn spreads_are_ordered_and_do_not_depend_on_the_order((room, shuffled) in rooms()) {
        let ds = DataSet::builtin();
        let b = board(&room, &ds).unwrap();
        for s in b.weights.iter().chain(&b.levers) {
            prop_assert!(s.min <= s.q1 && s.q1 <= s.median, "{}", s.id);
            prop_assert!(s.median <= s.q3 && s.q3 <= s.max, "{}", s.id);
            prop_assert!(s.range.0 <= s.min && s.max <= s.range.1, "{}", s.id);
            prop_assert!((0.0..=1.0).contains(&s.disagreement), "{}", s.id);
            prop_assert_eq!(s.values.len(), room.len());
        }
        prop_assert!(b.median.validate(&ds).is_ok());
        prop_assert!(b.disagreement.windows(2).all(|w| w[0].1 >= w[1].1));

        let c = board(&shuffled, &ds).unwrap();
        prop_assert_eq!(&b.median, &c.median);
        prop_assert_eq!(&b.disagreement, &c.disagreement);
        for (x, y) in b.weights.iter().chain(&b.levers).zip(c.weights.iter().chain(&c.levers)) {
            prop_assert_eq!(
                (x.id, x.min, x.q1, x.median, x.q3, x.max, x.range, x.disagreement),
                (y.id, y.min, y.q1, y.median, y.q3, y.max, y.range, y.disagreement)
            );
        }
    }
}
