//! Uncertainty: every uncertain parameter has a low / central / high range.
//! A seeded, deterministic generator (xoshiro256++) draws them from
//! triangular distributions; the projection runs once per draw, and each
//! output is summarised by its 10th, 50th and 90th percentile. Area growth
//! draws share a common component (growth drivers are shared). Each draw
//! also scales every area's base-year unit cost, base-year volume and cost
//! spread, and every prevention programme's payer shares, by symmetric
//! triangular factors around 1 whose half-widths are in the data set's
//! `uncertainty` section.

use rand_xoshiro::rand_core::{RngCore, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use crate::model::data::dataset::{DataSet, PayerShares, Range};

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

    /// A factor on `[1 - rel, 1 + rel)` from the symmetric triangular
    /// distribution with mode 1: the sum of two independent uniform numbers
    /// (32 bits each, both halves of one output of the generator) is
    /// triangular, without a square root or a branch. Exactly 1 when `rel`
    /// is 0.
    pub fn factor(&mut self, rel: f64) -> f64 {
        const TWO_POW_32: f64 = 4_294_967_296.0;
        let x = self.rng.next_u64();
        let sum = ((x >> 32) as f64 + (x & 0xffff_ffff) as f64) * (1.0 / TWO_POW_32);
        1.0 + rel * (sum - 1.0)
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
    /// Factor on each area's base-year unit cost (1 on central values).
    pub unit_cost_factor: Vec<f64>,
    /// Factor on each area's base-year volume (1 on central values).
    pub volume_factor: Vec<f64>,
    /// Each area's log spread of the cost per case.
    pub sigma: Vec<f64>,
    /// Each prevention programme's payer shares of its gains:
    /// municipality, region, state.
    pub payer_shares: Vec<[f64; 3]>,
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
            unit_cost_factor: vec![1.0; ds.areas.len()],
            volume_factor: vec![1.0; ds.areas.len()],
            sigma: ds.areas.iter().map(|a| a.case_cost_sigma.value).collect(),
            payer_shares: ds
                .prevention
                .programmes
                .iter()
                .map(|p| payer_shares(&p.payer_shares))
                .collect(),
        }
    }

    /// Overwrites `self` with one draw. Area growth draws follow a common
    /// draw with probability `growth_correlation` and are independent
    /// otherwise, so each stays triangular and they correlate. Then each
    /// area's unit-cost, volume and cost-spread factors, and each
    /// programme's payer shares: each share times its own factor, all three
    /// scaled back to the data's sum (1), so they shift between payers.
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
        let u = &ds.uncertainty;
        let (uc_rel, vol_rel) = (u.unit_cost_rel.value, u.volume_rel.value);
        let (sigma_rel, payer_rel) = (u.sigma_rel.value, u.payer_share_rel.value);
        let per_area = self
            .unit_cost_factor
            .iter_mut()
            .zip(self.volume_factor.iter_mut())
            .zip(self.sigma.iter_mut());
        for (((uc, vol), sigma), a) in per_area.zip(&ds.areas) {
            *uc = draws.factor(uc_rel);
            *vol = draws.factor(vol_rel);
            *sigma = a.case_cost_sigma.value * draws.factor(sigma_rel);
        }
        for (shares, p) in self.payer_shares.iter_mut().zip(&ds.prevention.programmes) {
            let data = payer_shares(&p.payer_shares);
            let drawn = data.map(|s| s * draws.factor(payer_rel));
            let scale = sum(&data) / sum(&drawn);
            *shares = if scale.is_finite() {
                drawn.map(|s| s * scale)
            } else {
                data
            };
        }
    }
}

/// A programme's payer shares in the data: municipality, region, state.
fn payer_shares(p: &PayerShares) -> [f64; 3] {
    [p.municipality.value, p.region.value, p.state.value]
}

/// The sum of three shares, in their order.
fn sum(shares: &[f64; 3]) -> f64 {
    shares[0] + shares[1] + shares[2]
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

/// Buckets of one histogram pass of [`Percentiles`] (a power of two).
const BUCKETS: usize = 256;

/// A bucket this small is sorted; a larger one is selected in.
const SMALL_BUCKET: usize = 32;

/// The sort key of `v` in the order of [`f64::total_cmp`], as an unsigned
/// integer (the bit trick `total_cmp` uses, with the sign bit flipped).
fn order_key(v: f64) -> u64 {
    let bits = v.to_bits();
    (bits ^ ((((bits as i64) >> 63) as u64) >> 1)) ^ (1 << 63)
}

/// The value whose [`order_key`] is `key`.
fn from_order_key(key: u64) -> f64 {
    let bits = key ^ (1 << 63);
    f64::from_bits(bits ^ ((((bits as i64) >> 63) as u64) >> 1))
}

/// Reusable scratch space for exact p10 / p50 / p90 of many samples:
/// [`Percentiles::band`] gives exactly what [`band`] gives (nearest rank in
/// the order of [`f64::total_cmp`]) without reordering or copying the
/// sample into a full sort. One histogram pass over order keys finds the
/// bucket of each rank; only those buckets are then selected in.
#[derive(Debug)]
pub struct Percentiles {
    keys: Vec<u64>,
    counts: Box<[u32; BUCKETS]>,
    /// For each bucket, 1 + the index of the buffer gathering it (0: none).
    slot: Box<[u8; BUCKETS]>,
    picked: [Vec<u64>; 3],
    /// Each value's bucket.
    buckets: Vec<u8>,
    /// Scratch space for narrowing a crowded bucket.
    inner: Option<Box<Percentiles>>,
}

impl Default for Percentiles {
    fn default() -> Self {
        Percentiles {
            keys: Vec::new(),
            counts: Box::new([0; BUCKETS]),
            slot: Box::new([0; BUCKETS]),
            picked: Default::default(),
            buckets: Vec::new(),
            inner: None,
        }
    }
}

impl Percentiles {
    /// Empty scratch space; it grows to the largest sample seen.
    pub fn new() -> Percentiles {
        Percentiles::default()
    }

    /// p10 / p50 / p90 of `sample`, equal to `band(&mut sample.to_vec())`.
    pub fn band(&mut self, sample: &[f64]) -> Band {
        let n = sample.len();
        if n == 0 {
            return Band::default();
        }
        let rank = |p: f64| ((p * (n - 1) as f64).round() as usize).min(n - 1);
        let ranks = [rank(0.1), rank(0.5), rank(0.9)];
        // Keys: the bits themselves when no value has its sign bit set (they
        // order like the values then), order keys otherwise.
        let (lo, hi) = min_max(sample, f64::to_bits);
        let keys = if hi >> 63 == 0 {
            self.select(sample, f64::to_bits, lo, hi, ranks)
                .map(f64::from_bits)
        } else {
            let mut all = std::mem::take(&mut self.keys);
            all.clear();
            all.extend(sample.iter().map(|v| order_key(*v)));
            let (lo, hi) = min_max(&all, own_key);
            let keys = self.select(&all, own_key, lo, hi, ranks);
            self.keys = all;
            keys.map(from_order_key)
        };
        Band {
            p10: keys[0],
            p50: keys[1],
            p90: keys[2],
        }
    }

    /// The keys at `ranks` (ascending) among the keys of `values`, which lie
    /// in `lo..=hi`.
    fn select<T: Copy>(
        &mut self,
        values: &[T],
        key: impl Fn(T) -> u64,
        lo: u64,
        hi: u64,
        ranks: [usize; 3],
    ) -> [u64; 3] {
        if lo == hi {
            return [lo; 3];
        }
        // Bucket `(k - lo) >> shift` is below BUCKETS and grows with k.
        let span_bits = 64 - (hi - lo).leading_zeros();
        let shift = span_bits.saturating_sub(BUCKETS.trailing_zeros());
        let bucket = |v: T| (key(v).wrapping_sub(lo) >> shift) as u8;
        let counts = &mut *self.counts;
        counts.fill(0);
        // Each value's bucket is kept (one byte), so that finding the values
        // in the ranks' buckets below need not compute it again.
        let buckets = &mut self.buckets;
        if buckets.len() != values.len() {
            buckets.resize(values.len(), 0);
        }
        // Unrolled by hand: the size-optimised build does not unroll.
        let (quads, rest) = values.as_chunks::<4>();
        let (bucket_quads, bucket_rest) = buckets.as_chunks_mut::<4>();
        for (&[a, b, c, d], out) in quads.iter().zip(bucket_quads) {
            let bs = [bucket(a), bucket(b), bucket(c), bucket(d)];
            counts[usize::from(bs[0])] += 1;
            counts[usize::from(bs[1])] += 1;
            counts[usize::from(bs[2])] += 1;
            counts[usize::from(bs[3])] += 1;
            *out = bs;
        }
        for (&v, out) in rest.iter().zip(bucket_rest) {
            let b = bucket(v);
            counts[usize::from(b)] += 1;
            *out = b;
        }
        // The bucket of each rank, the buffer gathering that bucket and the
        // rank within it. Ranks ascend, so equal buckets are adjacent.
        let slot = &mut *self.slot;
        let mut target = [(0usize, 0usize); 3];
        let (mut b, mut below, mut buffers) = (0usize, 0usize, 0usize);
        for (t, r) in target.iter_mut().zip(ranks) {
            while b + 1 < BUCKETS && below + counts[b] as usize <= r {
                below += counts[b] as usize;
                b += 1;
            }
            if slot[b] == 0 {
                buffers += 1;
                slot[b] = buffers as u8;
            }
            *t = (b, r - below);
        }
        for p in &mut self.picked {
            p.clear();
        }
        // Find the values in the ranks' buckets, eight bucket bytes at a
        // time: `zero_bytes` marks (0x80) each zero byte of a word exactly,
        // so a word's matches are the marked bytes of word ^ repeated
        // bucket, for each of the ranks' buckets. Most words have none.
        const LOW7: u64 = u64::from_ne_bytes([0x7f; 8]);
        const ONES: u64 = u64::from_ne_bytes([1; 8]);
        let zero_bytes = |x: u64| !(((x & LOW7).wrapping_add(LOW7)) | x | LOW7);
        let [r0, r1, r2] = target.map(|t| ONES * t.0 as u64);
        let picked = &mut self.picked;
        let (words, rest) = self.buckets.as_chunks::<8>();
        let value_words = values.chunks_exact(8);
        for (bytes, vs) in words.iter().zip(value_words) {
            let w = u64::from_ne_bytes(*bytes);
            let mut matches = zero_bytes(w ^ r0) | zero_bytes(w ^ r1) | zero_bytes(w ^ r2);
            while matches != 0 {
                let j = (matches.trailing_zeros() / 8) as usize;
                matches &= matches - 1;
                if let (Some(b), Some(v)) = (bytes.get(j), vs.get(j)) {
                    let s = slot[usize::from(*b)];
                    if let Some(p) = picked.get_mut(usize::from(s).wrapping_sub(1)) {
                        p.push(key(*v));
                    }
                }
            }
        }
        let tail = values.len() - rest.len();
        for (b, v) in rest.iter().zip(values.get(tail..).unwrap_or_default()) {
            let s = slot[usize::from(*b)];
            if let Some(p) = picked.get_mut(usize::from(s).wrapping_sub(1)) {
                p.push(key(*v));
            }
        }
        // Each rank's key, from its bucket: a small bucket is sorted; a
        // crowded one (many equal values, or a few far outliers squeezing
        // the rest into one bucket) is narrowed by the same method, once for
        // all ranks in it.
        let mut out = [lo; 3];
        let mut t = 0;
        while let Some(&(b, _)) = target.get(t) {
            let shared = target[t..].iter().take_while(|x| x.0 == b).count();
            let Some(keys) = self.picked.get_mut(usize::from(slot[b]).wrapping_sub(1)) else {
                break;
            };
            if keys.len() <= SMALL_BUCKET {
                keys.sort_unstable();
                for (o, x) in out[t..t + shared].iter_mut().zip(&target[t..]) {
                    *o = keys.get(x.1).copied().unwrap_or(lo);
                }
            } else {
                let offsets = [0, 1, 2].map(|i| target[t + i.min(shared - 1)].1);
                let (sub_lo, sub_hi) = min_max(keys, own_key);
                let inner = self.inner.get_or_insert_with(Box::default);
                let found = inner.select(keys, own_key, sub_lo, sub_hi, offsets);
                out[t..t + shared].copy_from_slice(&found[..shared]);
            }
            t += shared;
        }
        for (b, _) in target {
            slot[b] = 0;
        }
        out
    }
}

/// A key that is its own key (one function, so that narrowing a bucket
/// reuses the same instance of [`Percentiles::select`]).
fn own_key(k: u64) -> u64 {
    k
}

/// The least and greatest key of `values`.
fn min_max<T: Copy>(values: &[T], key: impl Fn(T) -> u64) -> (u64, u64) {
    let (mut lo, mut hi) = (u64::MAX, 0u64);
    // Unrolled by hand: the size-optimised build does not unroll.
    let (quads, rest) = values.as_chunks::<4>();
    for &[a, b, c, d] in quads {
        let (a, b, c, d) = (key(a), key(b), key(c), key(d));
        lo = lo.min(a.min(b)).min(c.min(d));
        hi = hi.max(a.max(b)).max(c.max(d));
    }
    for &v in rest {
        let k = key(v);
        lo = lo.min(k);
        hi = hi.max(k);
    }
    (lo, hi)
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
    fn order_keys_follow_total_cmp() {
        let vs = [
            f64::NEG_INFINITY,
            -1e300,
            -1.0,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.0,
            1e300,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in vs {
            assert_eq!(from_order_key(order_key(a)).to_bits(), a.to_bits());
            for b in vs {
                assert_eq!(order_key(a).cmp(&order_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn percentiles_equal_band() {
        let mut d = Draws::new(3);
        let mut pct = Percentiles::new();
        let bits = |b: Band| (b.p10.to_bits(), b.p50.to_bits(), b.p90.to_bits());
        let mut check = |v: Vec<f64>| {
            let want = band(&mut v.clone());
            assert_eq!(bits(pct.band(&v)), bits(want), "{v:?}");
        };
        for n in [1usize, 2, 3, 4, 5, 9, 10, 11, 20, 33, 100, 257, 1000, 1001] {
            check((0..n).map(|_| d.uniform()).collect());
            check((0..n).map(|_| 1e9 * (1.0 + 0.01 * d.uniform())).collect());
            check((0..n).map(|_| (d.uniform() * 4.0).floor()).collect());
            check((0..n).map(|_| d.uniform() - 0.5).collect());
            check(
                (0..n)
                    .map(|_| match (d.uniform() * 8.0) as u32 {
                        0 => 0.0,
                        1 => -0.0,
                        2 => f64::NAN,
                        3 => f64::INFINITY,
                        4 => -1e300,
                        5 => 1.0,
                        _ => d.uniform() * 1e-300,
                    })
                    .collect(),
            );
            // Mostly one value with a few far away: one crowded bucket.
            check(
                (0..n)
                    .map(|_| {
                        if d.uniform() < 0.9 {
                            1.0
                        } else {
                            1e12 * d.uniform()
                        }
                    })
                    .collect(),
            );
            check(vec![2.5; n]);
            // A narrow cluster and one far outlier: several narrowing rounds.
            check(
                (0..n)
                    .map(|i| {
                        if i == n / 2 {
                            1e300
                        } else {
                            1.0 + 1e-12 * (d.uniform() * 8.0).floor()
                        }
                    })
                    .collect(),
            );
            // Two tight clusters far apart, and ranks sharing a bucket.
            check(
                (0..n)
                    .map(|_| {
                        let base = if d.uniform() < 0.5 { 1e3 } else { 1e9 };
                        base * (1.0 + 1e-9 * d.uniform())
                    })
                    .collect(),
            );
        }
        for n in [4000usize, 4001] {
            check((0..n).map(|_| (d.uniform() * 3.0).floor() - 1.0).collect());
            check((0..n).map(|_| d.uniform().powi(40)).collect());
        }
        check(Vec::new());
    }

    #[test]
    fn factors_are_symmetric_triangular_around_one() {
        let mut d = Draws::new(5);
        assert_eq!(d.factor(0.0), 1.0);
        let xs: Vec<f64> = (0..20_000).map(|_| d.factor(0.1)).collect();
        assert!(xs.iter().all(|x| (0.9..1.1).contains(x)));
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert!((mean - 1.0).abs() < 0.002, "{mean}");
        // A triangular density: three quarters of the draws lie in the
        // middle half of the range.
        let share =
            |f: &dyn Fn(f64) -> bool| xs.iter().filter(|x| f(**x)).count() as f64 / xs.len() as f64;
        assert!((share(&|x| (x - 1.0).abs() < 0.05) - 0.75).abs() < 0.02);
    }

    #[test]
    fn drawn_payer_shares_shift_between_payers_and_sum_to_one() {
        let ds = DataSet::builtin();
        let central = Params::central(&ds);
        let mut p = Params::central(&ds);
        let mut d = Draws::new(2);
        let mut moved = false;
        for _ in 0..200 {
            p.redraw(&ds, &mut d);
            for (drawn, data) in p.payer_shares.iter().zip(&central.payer_shares) {
                assert!((drawn.iter().sum::<f64>() - 1.0).abs() < 1e-12);
                assert!(drawn.iter().all(|s| *s >= 0.0));
                moved |= drawn != data;
            }
            let rel = ds.uncertainty.unit_cost_rel.value;
            for f in &p.unit_cost_factor {
                assert!((1.0 - rel..=1.0 + rel).contains(f));
            }
        }
        assert!(moved);
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
