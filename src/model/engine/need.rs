//! Need: how many full-year citizens each area serves next year and what one
//! costs. Volume grows by the area's demand growth (its diagnosis-driven part
//! dampened by sharper needs assessment; cross-sector collaboration cuts
//! inflow), progression follow-up steps citizens down from heavy to light
//! areas, and unit-cost steering and less bureaucracy lower the unit cost,
//! bounded below. Need in DKK = volume x unit cost.

/// The growth levers in force this year (settings already phased in).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GrowthLevers {
    /// The scenario's multiplier on demand growth.
    pub scale: f64,
    /// Share of diagnosis-driven growth removed this year.
    pub dampening: f64,
    /// Yearly growth removed in areas that collaboration reaches.
    pub cross_sector_cut: f64,
}

/// An area's effective growth this year:
/// `g_eff = g * scale * (1 - diagnosis_share * dampening) - cut` (the cut
/// only where cross-sector collaboration reaches).
pub fn effective_growth(
    growth: f64,
    diagnosis_share: f64,
    reached: bool,
    levers: &GrowthLevers,
) -> f64 {
    let cut = if reached {
        levers.cross_sector_cut
    } else {
        0.0
    };
    growth * levers.scale * (1.0 - diagnosis_share * levers.dampening) - cut
}

/// Next year's volume: `V * max(0, 1 + g_eff)`.
pub fn grow(volume: f64, g_eff: f64) -> f64 {
    volume * (1.0 + g_eff).max(0.0)
}

/// A step-down rule resolved to area indices and this year's rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// Index of the heavier area.
    pub from: usize,
    /// Index of the lighter area.
    pub to: usize,
    /// Share of `from`'s citizens that move this year (0..1).
    pub rate: f64,
}

/// The step-down rate this year:
/// `rate_full * followup * (1 + uplift * research) * (1 - external * (1 - reach))`,
/// clamped to 0..1. Places bought outside the municipality step down less
/// (seed 004: the provider loses payment when the citizen progresses).
pub fn step_rate(
    rate_full: f64,
    followup: f64,
    research_boost: f64,
    external_share: f64,
    external_reach: f64,
) -> f64 {
    (rate_full
        * followup
        * (1.0 + research_boost)
        * (1.0 - external_share * (1.0 - external_reach)))
        .clamp(0.0, 1.0)
}

/// Moves citizens along the step-down rules. Flows are computed from the
/// volumes before any move, so the order of the rules does not matter.
/// `flows` is scratch space.
pub fn step_down(volumes: &mut [f64], steps: &[Step], flows: &mut Vec<f64>) {
    flows.clear();
    flows.extend(
        steps
            .iter()
            .map(|s| volumes.get(s.from).copied().unwrap_or(0.0) * s.rate),
    );
    for (s, f) in steps.iter().zip(flows.iter()) {
        if let Some(v) = volumes.get_mut(s.from) {
            *v -= f;
        }
        if let Some(v) = volumes.get_mut(s.to) {
            *v += f;
        }
    }
}

/// The factor on an area's base unit cost this year:
/// `max(floor, 1 - steering * (1 - external * (1 - reach)) - admin)`, where
/// `steering` and `admin` are the phased-in cuts at this setting.
pub fn unit_cost_factor(
    steering_cut: f64,
    admin_cut: f64,
    external_share: f64,
    external_reach: f64,
    floor: f64,
) -> f64 {
    (1.0 - steering_cut * (1.0 - external_share * (1.0 - external_reach)) - admin_cut).max(floor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_is_dampened_and_cut() {
        let l = GrowthLevers {
            scale: 1.0,
            dampening: 0.5,
            cross_sector_cut: 0.01,
        };
        assert!((effective_growth(0.04, 0.5, false, &l) - 0.03).abs() < 1e-12);
        assert!((effective_growth(0.04, 0.5, true, &l) - 0.02).abs() < 1e-12);
        let zero = GrowthLevers {
            scale: 0.0,
            dampening: 0.0,
            cross_sector_cut: 0.0,
        };
        assert_eq!(effective_growth(0.04, 0.5, true, &zero), 0.0);
        assert_eq!(grow(100.0, -2.0), 0.0);
    }

    #[test]
    fn step_down_keeps_citizens() {
        let mut v = vec![100.0, 50.0, 10.0];
        let steps = [
            Step {
                from: 0,
                to: 1,
                rate: 0.1,
            },
            Step {
                from: 1,
                to: 2,
                rate: 0.2,
            },
        ];
        step_down(&mut v, &steps, &mut Vec::new());
        assert!((v.iter().sum::<f64>() - 160.0).abs() < 1e-9);
        assert_eq!(v, vec![90.0, 50.0, 20.0]);
        assert!((step_rate(0.1, 1.0, 0.0, 0.5, 0.5) - 0.075).abs() < 1e-12);
    }

    #[test]
    fn unit_cost_is_bounded() {
        assert_eq!(unit_cost_factor(0.0, 0.0, 0.5, 0.5, 0.8), 1.0);
        assert!((unit_cost_factor(0.1, 0.0, 0.0, 0.5, 0.8) - 0.9).abs() < 1e-12);
        assert!((unit_cost_factor(0.1, 0.0, 1.0, 0.5, 0.8) - 0.95).abs() < 1e-12);
        assert_eq!(unit_cost_factor(0.5, 0.5, 0.0, 0.5, 0.8), 0.8);
    }
}
