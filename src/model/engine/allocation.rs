//! The budget and its allocation within one year: the budget-squeeze weight
//! sets how much of the gap between need and frame the council spends; legal
//! floors are paid first, prevention next, and the discretionary rest is
//! shared by priority score with water-filling.

/// The money the council spends in a year (DKK):
/// `B = F + (1 - w_squeeze) * max(0, N - F)`, never less than the legal
/// floors plus prevention counted in the frame. `need_dkk` is the areas'
/// total need plus prevention counted in the frame.
pub fn budget_dkk(
    frame_dkk: f64,
    need_dkk: f64,
    floors_dkk: f64,
    prevention_in_frame_dkk: f64,
    w_squeeze: f64,
) -> f64 {
    let gap = (need_dkk - frame_dkk).max(0.0);
    let b = frame_dkk + (1.0 - w_squeeze) * gap;
    b.max(floors_dkk + prevention_in_frame_dkk)
}

/// Water-filling: coverage of each area's discretionary need,
/// `c_a = min(1, lambda * s_a)`, with `lambda` solved so that
/// `sum_a c_a * D_a = room` (or every `c_a = 1` if the room covers all).
/// `scores` must be positive. Writes the coverages into `coverage`. More
/// room never lowers any coverage. `order` is scratch space.
pub fn water_fill(
    disc_need: &[f64],
    scores: &[f64],
    room: f64,
    coverage: &mut [f64],
    order: &mut Vec<usize>,
) {
    let n = disc_need.len().min(scores.len()).min(coverage.len());
    fill_order(&scores[..n], order);
    water_fill_ordered(disc_need, scores, order, room, coverage);
}

/// The order in which areas saturate in [`water_fill`]: by descending score
/// (ascending `1 / s_a`), ties by index. Writes it into `order`.
pub fn fill_order(scores: &[f64], order: &mut Vec<usize>) {
    order.clear();
    order.extend(0..scores.len());
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
}

/// [`water_fill`] with the saturation order `order` (from [`fill_order`]
/// on the same scores) already known: the scores of a scenario do not
/// change between years or draws.
pub fn water_fill_ordered(
    disc_need: &[f64],
    scores: &[f64],
    order: &[usize],
    room: f64,
    coverage: &mut [f64],
) {
    let n = disc_need.len().min(scores.len()).min(coverage.len());
    let total: f64 = disc_need.iter().take(n).sum();
    if room >= total {
        coverage.iter_mut().take(n).for_each(|c| *c = 1.0);
        return;
    }
    if room.is_nan() || room <= 0.0 {
        coverage.iter_mut().take(n).for_each(|c| *c = 0.0);
        return;
    }
    // Areas saturate (reach coverage 1) in order of 1 / score.
    let mut saturated = 0.0;
    let mut slope: f64 = disc_need
        .iter()
        .zip(scores)
        .take(n)
        .map(|(d, s)| d * s)
        .sum();
    let mut lambda = f64::INFINITY;
    for &i in order.iter().filter(|&&i| i < n) {
        let (d, s) = (disc_need[i], scores[i]);
        if saturated + slope / s >= room {
            lambda = if slope > 0.0 {
                (room - saturated) / slope
            } else {
                f64::INFINITY
            };
            break;
        }
        saturated += d;
        slope -= d * s;
    }
    for (c, s) in coverage.iter_mut().zip(scores).take(n) {
        *c = (lambda * s).clamp(0.0, 1.0);
    }
}

/// [`water_fill_ordered`] for `n` draws at once, each draw getting exactly
/// what [`water_fill_ordered`] gives it. `disc[a * n + d]` is area `a`'s
/// discretionary need in draw `d`; `total[d]` and `slope[d]` must be
/// `sum_a disc` and `sum_a disc * score_a`, added in area order from `-0.0`
/// (as `Iterator::sum` adds); `room[d]` is the room. Writes
/// `coverage[a * n + d]`. `scratch` is reused space.
#[allow(clippy::too_many_arguments)]
pub fn water_fill_draws(
    disc: &[f64],
    scores: &[f64],
    order: &[usize],
    room: &[f64],
    total: &[f64],
    slope: &[f64],
    coverage: &mut [f64],
    scratch: &mut FillScratch,
) {
    let n = room.len().min(total.len()).min(slope.len());
    let areas = scores.len();
    if n == 0 || disc.len() < areas * n || coverage.len() < areas * n {
        return;
    }
    let FillScratch {
        state,
        lambda,
        saturated,
        slope: left,
    } = scratch;
    state.resize(n, SEARCHING);
    lambda.resize(n, f64::INFINITY);
    saturated.resize(n, 0.0);
    left.resize(n, 0.0);
    let mut searching = 0usize;
    for ((((st, la), sa), le), ((room, total), slope)) in state
        .iter_mut()
        .zip(lambda.iter_mut())
        .zip(saturated.iter_mut())
        .zip(left.iter_mut())
        .zip(room.iter().zip(total).zip(slope))
    {
        *st = if *room >= *total {
            FULL
        } else if room.is_nan() || *room <= 0.0 {
            EMPTY
        } else {
            searching += 1;
            SEARCHING
        };
        *la = f64::INFINITY;
        *sa = 0.0;
        *le = *slope;
    }
    // Areas saturate (reach coverage 1) in order of 1 / score.
    for &i in order.iter().filter(|&&i| i < areas) {
        if searching == 0 {
            break;
        }
        let s = scores[i];
        let row = disc.get(i * n..(i + 1) * n).unwrap_or_default();
        for (((((st, la), sa), le), room), d) in state
            .iter_mut()
            .zip(lambda.iter_mut())
            .zip(saturated.iter_mut())
            .zip(left.iter_mut())
            .zip(room)
            .zip(row)
        {
            if *st != SEARCHING {
                continue;
            }
            let slope = *le;
            if *sa + slope / s >= *room {
                *la = if slope > 0.0 {
                    (room - *sa) / slope
                } else {
                    f64::INFINITY
                };
                *st = FOUND;
                searching -= 1;
            } else {
                *sa += d;
                *le = slope - d * s;
            }
        }
    }
    for (row, s) in coverage.chunks_exact_mut(n).zip(scores) {
        for ((c, st), la) in row.iter_mut().zip(state.iter()).zip(lambda.iter()) {
            *c = match *st {
                FULL => 1.0,
                EMPTY => 0.0,
                _ => (la * s).clamp(0.0, 1.0),
            };
        }
    }
}

// States of a draw in [`water_fill_draws`].
const SEARCHING: u8 = 0;
const FOUND: u8 = 1;
const FULL: u8 = 2;
const EMPTY: u8 = 3;

/// Reusable space for [`water_fill_draws`].
#[derive(Debug, Default)]
pub struct FillScratch {
    state: Vec<u8>,
    lambda: Vec<f64>,
    saturated: Vec<f64>,
    slope: Vec<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(d: &[f64], s: &[f64], room: f64) -> Vec<f64> {
        let mut c = vec![0.0; d.len()];
        water_fill(d, s, room, &mut c, &mut Vec::new());
        c
    }

    #[test]
    fn budget_follows_the_squeeze_weight_and_floors() {
        assert_eq!(budget_dkk(100.0, 120.0, 50.0, 0.0, 1.0), 100.0);
        assert_eq!(budget_dkk(100.0, 120.0, 50.0, 0.0, 0.0), 120.0);
        assert_eq!(budget_dkk(100.0, 120.0, 50.0, 0.0, 0.5), 110.0);
        assert_eq!(budget_dkk(100.0, 80.0, 50.0, 0.0, 0.5), 100.0);
        assert_eq!(budget_dkk(100.0, 130.0, 105.0, 5.0, 1.0), 110.0);
    }

    #[test]
    fn water_filling_spends_exactly_the_room() {
        let d = [10.0, 20.0, 30.0];
        let s = [0.9, 0.5, 0.1];
        let c = fill(&d, &s, 25.0);
        let spent: f64 = c.iter().zip(&d).map(|(c, d)| c * d).sum();
        assert!((spent - 25.0).abs() < 1e-9, "{c:?}");
        assert!(c[0] >= c[1] && c[1] >= c[2]);
        assert_eq!(fill(&d, &s, 100.0), vec![1.0; 3]);
        assert_eq!(fill(&d, &s, -1.0), vec![0.0; 3]);
    }

    #[test]
    fn the_highest_score_saturates_first() {
        let c = fill(&[10.0, 10.0], &[1.0, 0.1], 12.0);
        assert!((c[0] - 1.0).abs() < 1e-12);
        assert!((c[1] - 0.2).abs() < 1e-9);
    }

    /// Many draws at once give each draw what one draw gives, bit for bit.
    #[test]
    fn draws_at_once_equal_one_at_a_time() {
        let mut seed = 12345u64;
        let mut u = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        for areas in [1usize, 2, 5, 11] {
            let n = 300;
            let scores: Vec<f64> = (0..areas)
                .map(|a| if a == 1 { 0.25 } else { 0.01 + u() })
                .collect();
            let mut order = Vec::new();
            fill_order(&scores, &mut order);
            let disc: Vec<f64> = (0..areas * n)
                .map(|k| if k % 7 == 0 { 0.0 } else { u() * 100.0 })
                .collect();
            let col = |d: usize| -> Vec<f64> { (0..areas).map(|a| disc[a * n + d]).collect() };
            let mut room = Vec::new();
            let (mut total, mut slope) = (Vec::new(), Vec::new());
            for d in 0..n {
                let c = col(d);
                let t: f64 = c.iter().sum();
                total.push(t);
                slope.push(c.iter().zip(&scores).map(|(x, s)| x * s).sum());
                room.push(match d % 6 {
                    0 => t,
                    1 => t * 2.0,
                    2 => -1.0,
                    3 => 0.0,
                    4 => f64::NAN,
                    _ => t * u(),
                });
            }
            let mut got = vec![f64::NAN; areas * n];
            water_fill_draws(
                &disc,
                &scores,
                &order,
                &room,
                &total,
                &slope,
                &mut got,
                &mut FillScratch::default(),
            );
            for d in 0..n {
                let mut want = vec![0.0; areas];
                water_fill_ordered(&col(d), &scores, &order, room[d], &mut want);
                for a in 0..areas {
                    assert_eq!(
                        got[a * n + d].to_bits(),
                        want[a].to_bits(),
                        "draw {d} area {a}"
                    );
                }
            }
        }
    }

    #[test]
    fn more_room_never_lowers_coverage() {
        let d = [5.0, 7.0, 0.0, 11.0];
        let s = [0.3, 0.8, 0.5, 0.31];
        let mut last = fill(&d, &s, 0.0);
        for k in 1..=50 {
            let c = fill(&d, &s, f64::from(k) * 0.5);
            for (a, b) in c.iter().zip(&last) {
                assert!(a + 1e-12 >= *b);
            }
            last = c;
        }
    }
}
