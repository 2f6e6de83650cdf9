//! Phase-in: a lever that comes from one of the six cities'
//! recommendations works only as fast as its time horizon allows (seed 001:
//! short, medium, medium-long, long term). Each horizon has a delay and a
//! ramp in years; the lever's effect in year `t` is its setting times the
//! phase-in share.

use crate::model::data::dataset::{Horizon, Horizons};

/// Share (0..1) of a lever's full effect reached in projection year `t`
/// (1 = the first year after the base year):
/// `clamp((t - delay) / ramp, 0, 1)`.
pub fn phase_in(horizons: &Horizons, horizon: Horizon, t: u32) -> f64 {
    let h = horizons.get(horizon);
    let ramp = h.ramp_years.value.max(1.0);
    ((f64::from(t) - h.delay_years.value) / ramp).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::dataset::DataSet;

    #[test]
    fn short_is_immediate_and_long_is_slow() {
        let h = DataSet::builtin().horizons;
        assert_eq!(phase_in(&h, Horizon::Short, 1), 1.0);
        assert!(phase_in(&h, Horizon::Medium, 1) < 1.0);
        assert_eq!(phase_in(&h, Horizon::Long, 1), 0.0);
        assert_eq!(phase_in(&h, Horizon::Long, 10), 1.0);
        let mut last = 0.0;
        for t in 1..=10 {
            let p = phase_in(&h, Horizon::MediumLong, t);
            assert!(p >= last);
            last = p;
        }
    }
}
