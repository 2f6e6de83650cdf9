//! The worked example of `docs/worked-example.md`: one area (personal
//! assistance, BPA, SEL § 96) in the first projected year of the diagnosis
//! approach's preset, recomputed step by step from `data/model.json` the way
//! a councillor would with a calculator, and compared with the model. If the
//! model or the data change, this test and the document change together.

use prioritet::model::ids::ApproachId;
use prioritet::model::{project_central, DataSet, Scenario};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn personal_assistance_in_the_first_year_of_the_diagnosis_lens() {
    let ds = DataSet::builtin();
    let s = Scenario::from_preset(&ds, ApproachId::Diagnosis).unwrap();
    let p = project_central(&s, &ds).unwrap();
    let i = ds.area_index("adult_bpa").unwrap();
    let area = &ds.areas[i];
    let out = &p.areas[i];

    // 1. Growth: 2 % a year, of which 10 % is diagnosis-driven; full needs
    //    assessment (a short-term lever, fully on in year one) removes 50 %
    //    of that part: 2 % x (1 - 10 % x 50 %) = 1.9 %.
    let growth = area.growth_per_year.central.value;
    let diagnosis = area.diagnosis_share.value;
    let dampening = ds.effects.needs_assessment_max_dampening.central.value;
    assert_eq!(s.levers.needs_assessment, 1.0);
    let g = growth * (1.0 - diagnosis * dampening * s.levers.needs_assessment);
    assert!(close(g, 0.019));
    // 2. Volume: 1,600 full-year citizens x 1.019 = 1,630.4.
    let volume = area.volume_full_year.value * (1.0 + g);
    assert!(close(volume, 1630.4));
    assert!(close(out.need_citizens[0], volume));
    // 3. Need in DKK: 1,630.4 x DKK 1.5m = DKK 2,445.6m (no unit-cost lever here).
    let need = volume * area.unit_cost_dkk.value;
    assert!(close(need, 2_445.6e6));
    assert!(close(out.need_dkk[0], need));
    // 4. Legal floor: 90 % of the need is an entitlement: DKK 2,201.0m.
    let floor = area.legal_floor.value * need;
    assert!(close(out.floor_dkk[0], floor));
    // 5. The budget: frame F, total need N plus prevention P in the frame;
    //    B = F + (1 - w_squeeze) x (N + P - F).
    let (f, n, prev) = (p.frame_dkk[0], p.need_dkk[0], p.prevention.in_frame_dkk[0]);
    let b = f + (1.0 - s.priorities.budget_squeeze) * (n + prev - f).max(0.0);
    assert!(close(p.budget_dkk[0], b));
    assert!(close(p.overspend_dkk[0], b - f));
    // 6. The discretionary tenth is covered in proportion to the area's
    //    priority score (water-filling): c = lambda x score, and
    //    spending = floor + c x (need - floor).
    let w = &s.priorities;
    let sc = &area.scores;
    let score = 0.01
        + w.social_professional * sc.social_professional.value.value
        + w.steering * sc.steering.value.value
        + w.diagnosis * sc.diagnosis.value.value
        + w.future_priorities * sc.future_priorities.value.value;
    let c = (out.spending_dkk[0] - floor) / (need - floor);
    assert!(c > 0.0 && c < 1.0, "BPA is only partly covered: {c}");
    let lambda = c / score;
    // The same lambda holds for every other area that is partly covered.
    for (j, a) in ds.areas.iter().enumerate() {
        let o = &p.areas[j];
        let disc = o.need_dkk[0] - o.floor_dkk[0];
        let cj = (o.spending_dkk[0] - o.floor_dkk[0]) / disc;
        if disc > 0.0 && cj < 1.0 - 1e-9 {
            let sj = 0.01
                + w.social_professional * a.scores.social_professional.value.value
                + w.steering * a.scores.steering.value.value
                + w.diagnosis * a.scores.diagnosis.value.value
                + w.future_priorities * a.scores.future_priorities.value.value;
            assert!(close(cj, lambda * sj), "{}: {cj} vs {}", a.id, lambda * sj);
        }
    }
}
