//! Uncertainty: every uncertain parameter has a low / central / high range.
//! A seeded, deterministic generator (xoshiro256++) draws them from
//! triangular distributions; the projection runs once per draw, and each
//! output is summarised by its 10th, 50th and 90th percentile. Area growth
//! draws share a common component (growth drivers are shared).

use rand_xoshiro::rand_core::{RngCore, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use super::dataset::{DataSet, Range};

/// The 10th, 50th and 90th percentile of one output in one year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// 10th percentile: a low outcome.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile: a high outcome.
    pub p90: f64,
}

/// The deterministic random source of the Monte Carlo draws.
pub struct Draws {
    rng: Xoshiro256PlusPlus,
}

impl Draws {
    /// A generator for this seed; the same seed gives the same draws.
    pub fn new(seed: u64) -> Draws {
        Draws {
            rng: Xoshiro256PlusPlus::seed_from_u64(seed),
        }
    }

    /// A uniform number in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// The inverse of the triangular distribution on `[low, high]` with mode
/// `mode`, at probability `u`.
pub fn triangular(low: f64, mode: f64, high: f64, u: f64) -> f64 {
    let width = high - low;
    if width <= 0.0 || !width.is_finite() {
        return mode;
    }
    let f = (mode - low) / width;
    if u < f {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    }
}

fn tri(r: &Range, u: f64) -> f64 {
    triangular(r.low.value, r.central.value, r.high.value, u)
}

/// The standard normal upper tail, P(Z > z). Uses the complementary error
/// function of Numerical Recipes (erfcc, fractional error below 1.2e-7).
pub fn normal_upper_tail(z: f64) -> f64 {
    0.5 * erfc(z / std::f64::consts::SQRT_2)
}

fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let r = t * poly.exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// The uncertain parameters of one run: central values, or one draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Demand growth per year by area.
    pub growth: Vec<f64>,
    /// Step-down rate at full follow-up, by step-down rule.
    pub step_rate: Vec<f64>,
    /// Prevention gain ratio by programme (this run).
    pub gain_ratio: Vec<f64>,
    /// Prevention gain ratio by programme (central).
    pub gain_ratio_central: Vec<f64>,
    /// Share of diagnosis-driven growth removed at full needs assessment.
    pub needs_dampening: f64,
    /// Growth cut by full cross-sector collaboration.
    pub cross_sector_cut: f64,
    /// Unit-cost cut by full unit-cost steering.
    pub steering_cut: f64,
    /// Share of freed staff time that lowers unit cost.
    pub admin_factor: f64,
    /// Uplift of prevention gains and step-down at full research lever.
    pub research_uplift: f64,
}

impl Params {
    /// The central value of every parameter.
    pub fn central(ds: &DataSet) -> Params {
        let c = |r: &Range| r.central.value;
        let ratios: Vec<f64> = ds
            .prevention
            .programmes
            .iter()
            .map(|p| c(&p.gain_ratio))
            .collect();
        Params {
            growth: ds.areas.iter().map(|a| c(&a.growth_per_year)).collect(),
            step_rate: ds.step_down.iter().map(|s| c(&s.rate_at_full)).collect(),
            gain_ratio: ratios.clone(),
            gain_ratio_central: ratios,
            needs_dampening: c(&ds.effects.needs_assessment_max_dampening),
            cross_sector_cut: c(&ds.effects.cross_sector_max_growth_cut),
            steering_cut: c(&ds.effects.unit_cost_steering_max_cut),
            admin_factor: c(&ds.effects.admin_capacity_factor),
            research_uplift: c(&ds.effects.research_uplift),
        }
    }

    /// Overwrites `self` with one draw. Area growth draws follow a common
    /// draw with probability `growth_correlation` and are independent
    /// otherwise, so each stays triangular and they correlate.
    pub fn redraw(&mut self, ds: &DataSet, draws: &mut Draws) {
        let rho = ds.uncertainty.growth_correlation.value;
        let common = draws.uniform();
        for (g, a) in self.growth.iter_mut().zip(&ds.areas) {
            let u = if draws.uniform() < rho {
                common
            } else {
                draws.uniform()
            };
            *g = tri(&a.growth_per_year, u);
        }
        for (r, s) in self.step_rate.iter_mut().zip(&ds.step_down) {
            *r = tri(&s.rate_at_full, draws.uniform());
        }
        for (r, p) in self.gain_ratio.iter_mut().zip(&ds.prevention.programmes) {
            *r = tri(&p.gain_ratio, draws.uniform());
        }
        let e = &ds.effects;
        self.needs_dampening = tri(&e.needs_assessment_max_dampening, draws.uniform());
        self.cross_sector_cut = tri(&e.cross_sector_max_growth_cut, draws.uniform());
        self.steering_cut = tri(&e.unit_cost_steering_max_cut, draws.uniform());
        self.admin_factor = tri(&e.admin_capacity_factor, draws.uniform());
        self.research_uplift = tri(&e.research_uplift, draws.uniform());
    }
}

/// p10 / p50 / p90 of a sample (nearest rank on `round(p * (n - 1))`). The
/// slice is reordered. An empty sample gives zeros.
pub fn band(sample: &mut [f64]) -> Band {
    let n = sample.len();
    if n == 0 {
        return Band::default();
    }
    let rank = |p: f64| ((p * (n - 1) as f64).round() as usize).min(n - 1);
    let (i10, i50, i90) = (rank(0.1), rank(0.5), rank(0.9));
    let (lo, mid, hi) = sample.select_nth_unstable_by(i50, f64::total_cmp);
    let p50 = *mid;
    let p10 = if i10 < i50 {
        *lo.select_nth_unstable_by(i10, f64::total_cmp).1
    } else {
        p50
    };
    let p90 = if i90 > i50 {
        *hi.select_nth_unstable_by(i90 - i50 - 1, f64::total_cmp).1
    } else {
        p50
    };
    Band { p10, p50, p90 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_hits_its_ends_and_mode() {
        assert_eq!(triangular(1.0, 2.0, 4.0, 0.0), 1.0);
        assert!((triangular(1.0, 2.0, 4.0, 1.0) - 4.0).abs() < 1e-12);
        assert!((triangular(1.0, 2.0, 4.0, 1.0 / 3.0) - 2.0).abs() < 1e-12);
        assert_eq!(triangular(2.0, 2.0, 2.0, 0.7), 2.0);
    }

    #[test]
    fn normal_tail_matches_known_values() {
        assert!((normal_upper_tail(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_upper_tail(1.281_551_6) - 0.1).abs() < 1e-6);
        assert!((normal_upper_tail(-1.959_964) - 0.975).abs() < 1e-6);
    }

    #[test]
    fn draws_are_deterministic_and_uniform() {
        let mut a = Draws::new(7);
        let mut b = Draws::new(7);
        let xs: Vec<f64> = (0..1000).map(|_| a.uniform()).collect();
        let ys: Vec<f64> = (0..1000).map(|_| b.uniform()).collect();
        assert_eq!(xs, ys);
        let mean = xs.iter().sum::<f64>() / 1000.0;
        assert!((mean - 0.5).abs() < 0.05);
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
    }

    #[test]
    fn band_picks_percentiles() {
        let mut v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        let b = band(&mut v);
        assert_eq!((b.p10, b.p50, b.p90), (10.0, 50.0, 90.0));
        assert_eq!(
            band(&mut [3.0]),
            Band {
                p10: 3.0,
                p50: 3.0,
                p90: 3.0
            }
        );
        assert_eq!(band(&mut []), Band::default());
    }

    #[test]
    fn redraw_stays_within_ranges() {
        let ds = DataSet::builtin();
        let mut p = Params::central(&ds);
        let mut d = Draws::new(1);
        for _ in 0..200 {
            p.redraw(&ds, &mut d);
            for (g, a) in p.growth.iter().zip(&ds.areas) {
                assert!(*g >= a.growth_per_year.low.value - 1e-12);
                assert!(*g <= a.growth_per_year.high.value + 1e-12);
            }
        }
    }
}
