//! The worked example of `docs/worked-example.md`: every area in the first
//! projected year (2024) of the neutral scenario, recomputed step by step
//! from `data/model.json` the way a finance officer would with a
//! calculator, and compared with the model.
//!
//! The test reads the data file as plain JSON and solves the water-filling
//! level λ itself (by sorting the areas by score, and again by bisection);
//! it never calls the model's allocation. Only the comparison at the end
//! uses the model's `project_central`. The numbers quoted in the document
//! are asserted too, so if the model's allocation or the data change, this
//! test fails and the document is redone with it.

use prioritet::model::{project_central, DataSet, Scenario};
use serde_json::Value;

/// `data/model.json`, as shipped.
const DATA: &str = include_str!("../data/model.json");

/// Equal to 1e-6 relative (absolute near zero).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Equal to 0.05 mio. kr.: a figure the document prints as mio. kr. with
/// one decimal.
fn as_printed_mio(dkk: f64, mio: f64) -> bool {
    (dkk / 1e6 - mio).abs() <= 0.05 + 1e-9
}

/// One area in the first projected year, by hand.
struct AreaYear {
    /// The area's id in the data.
    id: String,
    /// Need in DKK: volume x unit cost.
    need: f64,
    /// The legal floor (entitlement) in DKK.
    floor: f64,
    /// The discretionary need in DKK: need minus floor.
    disc: f64,
    /// The priority score: 0.01 plus the weighted criteria scores.
    score: f64,
}

/// `sum_i min(1, lambda * s_i) * D_i`: the discretionary money the areas
/// get at level `lambda`.
fn filled(areas: &[AreaYear], lambda: f64) -> f64 {
    areas
        .iter()
        .map(|a| (lambda * a.score).min(1.0) * a.disc)
        .sum()
}

#[test]
fn every_area_in_the_first_year_of_the_neutral_scenario() {
    let data: Value = serde_json::from_str(DATA).unwrap();
    let s = Scenario::neutral();
    // The neutral scenario: every lever off, so no lever moves growth,
    // unit costs or the step-down, no prevention is paid and there is no
    // ceiling council. The hand computation below relies on that.
    let l = &s.levers;
    for lever in [
        l.prevention_investment_dkk,
        l.admin_relief,
        l.research_practice,
        l.cross_sector,
        l.needs_assessment,
        l.progression_followup,
        l.unit_cost_steering,
        l.ceiling_dkk,
    ] {
        assert_eq!(lever, 0.0);
    }
    assert_eq!(s.growth_scale, 1.0);
    let w = &s.priorities;
    for weight in [
        w.budget_squeeze,
        w.social_professional,
        w.steering,
        w.diagnosis,
        w.future_priorities,
    ] {
        assert_eq!(weight, 0.5, "every weight at the middle of its slider");
    }

    // 1. Need, legal floor and priority score of each area. Volume 2024 =
    //    base-year volume x (1 + central growth); need = volume x unit
    //    cost; the legal floor is the entitlement share of the need; the
    //    discretionary need is the rest; the score is 0.01 plus the
    //    weighted sum of the four criteria scores.
    let num = |v: &Value| v.as_f64().expect("a number");
    let mut base_year_spending = 0.0;
    let mut areas = Vec::new();
    for a in data["areas"].as_array().unwrap() {
        let volume0 = num(&a["volume_full_year"]["value"]);
        let unit_cost = num(&a["unit_cost_dkk"]["value"]);
        base_year_spending += volume0 * unit_cost;
        let growth = num(&a["growth_per_year"]["central"]["value"]) * s.growth_scale;
        let need = volume0 * (1.0 + growth) * unit_cost;
        let floor = num(&a["legal_floor"]["value"]) * need;
        let sc = |k: &str| num(&a["scores"][k]["value"]["value"]);
        let score = 0.01
            + w.social_professional * sc("social_professional")
            + w.steering * sc("steering")
            + w.diagnosis * sc("diagnosis")
            + w.future_priorities * sc("future_priorities");
        areas.push(AreaYear {
            id: a["id"].as_str().unwrap().to_string(),
            need,
            floor,
            disc: need - floor,
            score,
        });
    }
    let by_id = |id: &str| areas.iter().find(|a| a.id == id).unwrap();
    // Two rows of the document's table: BPA, 1,600 x 1.02 citizens at
    // 1.5 mio. kr., 90 % an entitlement, score 0.01 + 0.5 x 0.9; and the
    // children's institutions, 5,050 x 1.01 at 1,385,000 kr., score 0.56.
    let bpa = by_id("adult_bpa");
    assert!(close(bpa.need, 1_632.0 * 1_500_000.0));
    assert!(close(bpa.floor, 0.9 * 2_448e6));
    assert!(close(bpa.score, 0.46));
    let institutions = by_id("child_institutions");
    assert!(close(institutions.need, 5_100.5 * 1_385_000.0));
    assert!(close(institutions.score, 0.56));

    // 2. The budget. The frame is base-year spending (no level change, no
    //    real growth in the neutral scenario): 62,700.4 mio. kr. The need
    //    exceeds it; at budget-squeeze weight 0.5 the council spends half
    //    of the gap: B = F + (1 - 0.5) x (N - F), never less than the legal
    //    floors. The room for the discretionary need is R = B - floors.
    let frame =
        base_year_spending * (1.0 + s.frame.level_change) * (1.0 + s.frame.real_growth_per_year);
    let need: f64 = areas.iter().map(|a| a.need).sum();
    let floors: f64 = areas.iter().map(|a| a.floor).sum();
    let disc: f64 = areas.iter().map(|a| a.disc).sum();
    let budget = (frame + (1.0 - w.budget_squeeze) * (need - frame).max(0.0)).max(floors);
    let room = budget - floors;
    assert!(as_printed_mio(frame, 62_700.4));
    assert!(as_printed_mio(need, 63_679.8));
    assert!(as_printed_mio(floors, 47_663.9));
    assert!(as_printed_mio(budget, 63_190.1));
    assert!(as_printed_mio(budget - frame, 489.7), "overspend");
    assert!(as_printed_mio(room, 15_526.2));
    assert!(as_printed_mio(disc - room, 489.7), "unmet need");
    assert!(
        room < disc,
        "the room does not cover all discretionary need"
    );

    // 3. Water-filling: coverage of each area's discretionary need is
    //    min(1, lambda x score), with lambda such that
    //    sum_i min(1, lambda x s_i) x D_i = R.
    //    By sorting: take the areas by score, highest first; suppose the
    //    ones above are fully covered (saturated) and the rest are not, so
    //    lambda = (R - D of the saturated) / (sum s x D of the others); if
    //    that lambda reaches 1 / s of the area in turn, it saturates too.
    let mut order: Vec<&AreaYear> = areas.iter().filter(|a| a.disc > 0.0).collect();
    order.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut saturated_disc = 0.0;
    let mut slope: f64 = order.iter().map(|a| a.score * a.disc).sum();
    let mut saturated = Vec::new();
    let mut lambda = f64::NAN;
    for a in &order {
        let try_lambda = (room - saturated_disc) / slope;
        if try_lambda * a.score < 1.0 {
            lambda = try_lambda;
            break;
        }
        saturated.push(a.id.as_str());
        saturated_disc += a.disc;
        slope -= a.score * a.disc;
    }
    // Eight areas saturate; institutions (0.56) and the three areas at 0.46
    // do not. The saturated areas' discretionary need is 12,754.2 mio. kr.;
    // the others' s x D adds to 1,571.0; lambda = 2,772.0 / 1,571.0.
    saturated.sort_unstable();
    assert_eq!(
        saturated,
        [
            "adult_day_activities",
            "adult_sel107",
            "adult_sel82",
            "adult_sel85",
            "adult_substance_abuse",
            "child_early_prevention",
            "child_foster_care",
            "child_preventive_measures",
        ]
    );
    assert!(as_printed_mio(saturated_disc, 12_754.2));
    assert!(as_printed_mio(slope, 1_571.0));
    assert!((lambda - 1.764451).abs() < 5e-7, "lambda {lambda}");
    assert!(close(filled(&areas, lambda), room));

    //    Again by bisection, as a check on the sorting: the money filled
    //    rises with lambda, from 0 at lambda = 0 to all discretionary need
    //    once every area is saturated (lambda = 1 / the lowest score).
    let (mut lo, mut hi) = (0.0_f64, 1.0 / 0.01);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if filled(&areas, mid) < room {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    assert!(close(0.5 * (lo + hi), lambda), "bisection {lo} vs {lambda}");

    // 4. Spending of each area = floor + min(1, lambda x score) x
    //    discretionary need. Compare every area with the model.
    let ds = DataSet::builtin();
    let p = project_central(&s, &ds).unwrap();
    assert_eq!(p.years[0], 2024, "the first projected year");
    assert_eq!(p.areas.len(), areas.len());
    for (mine, out) in areas.iter().zip(&p.areas) {
        assert_eq!(mine.id, out.id);
        let coverage = (lambda * mine.score).min(1.0);
        let spending = mine.floor + coverage * mine.disc;
        assert!(close(out.need_dkk[0], mine.need), "{}: need", mine.id);
        assert!(close(out.floor_dkk[0], mine.floor), "{}: floor", mine.id);
        assert!(
            close(out.spending_dkk[0], spending),
            "{}: spending {} by the model, {spending} by hand",
            mine.id,
            out.spending_dkk[0]
        );
    }
    assert!(close(p.frame_dkk[0], frame));
    assert!(close(p.need_dkk[0], need));
    assert!(close(p.floors_dkk[0], floors));
    assert!(close(p.budget_dkk[0], budget));
    assert!(
        close(p.spending_dkk[0], budget),
        "the whole budget is spent"
    );
    assert!(close(p.overspend_dkk[0], budget - frame));
    assert!(close(p.unmet_dkk[0], disc - room));

    // The document's coverage column: institutions get 98.8 % of their
    // discretionary need, the areas at score 0.46 get 81.2 %.
    assert!((lambda * 0.56 - 0.988).abs() < 5e-4);
    assert!((lambda * 0.46 - 0.812).abs() < 5e-4);
    assert!(as_printed_mio(
        institutions.floor + lambda * 0.56 * institutions.disc,
        7_055.8
    ));
}
