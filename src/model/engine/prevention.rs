//! Prevention: it costs now and pays later, partly to others. The
//! investment is paid net of the state refund; it counts against the frame
//! unless exempted from the service ceiling. After each programme's lag it
//! avoids costs, split by payer (municipality, region, state; SØM-style):
//! the municipality's share shows as lower need in the target areas.

/// What prevention costs this year and who pays (DKK).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PreventionCost {
    /// The investment, gross.
    pub gross_dkk: f64,
    /// Paid by the municipality: `gross * (1 - refund)`.
    pub municipality_dkk: f64,
    /// Paid by the state as refund: `gross * refund`.
    pub state_dkk: f64,
    /// Counted against the frame: `municipality * (1 - exempt)`.
    pub in_frame_dkk: f64,
}

/// Splits this year's investment by payer; `refund` and `exempt` are the
/// phased-in refund rate and exemption (0..1).
pub fn cost(investment_dkk: f64, refund: f64, exempt: f64) -> PreventionCost {
    let municipality = investment_dkk * (1.0 - refund);
    PreventionCost {
        gross_dkk: investment_dkk,
        municipality_dkk: municipality,
        state_dkk: investment_dkk * refund,
        in_frame_dkk: municipality * (1.0 - exempt),
    }
}

/// The gain ratio this year: the draw pulled towards the central value by
/// research (`1 - uncertainty_cut * research`), then raised by
/// `1 + uplift * research`; `research` is the phased-in lever (0..1).
pub fn gain_ratio(
    drawn: f64,
    central: f64,
    research: f64,
    uplift: f64,
    uncertainty_cut: f64,
) -> f64 {
    let r = central + (drawn - central) * (1.0 - uncertainty_cut * research);
    (r * (1.0 + uplift * research)).max(0.0)
}

/// Avoided cost this year by payer (DKK).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Gains {
    /// For the municipality (lower need in the target areas).
    pub municipality_dkk: f64,
    /// For the region.
    pub region_dkk: f64,
    /// For the state.
    pub state_dkk: f64,
}

/// Gains from the investment made `lag` years ago:
/// `invested * ratio * share_payer` for each payer.
pub fn gains(invested_dkk: f64, ratio: f64, municipality: f64, region: f64, state: f64) -> Gains {
    let total = invested_dkk * ratio;
    Gains {
        municipality_dkk: total * municipality,
        region_dkk: total * region,
        state_dkk: total * state,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refund_and_exemption_move_the_cost() {
        let c = cost(100.0, 0.25, 0.0);
        assert_eq!(
            (c.municipality_dkk, c.state_dkk, c.in_frame_dkk),
            (75.0, 25.0, 75.0)
        );
        let c = cost(100.0, 0.25, 1.0);
        assert_eq!(c.in_frame_dkk, 0.0);
    }

    #[test]
    fn gains_split_by_payer_and_research_helps() {
        let g = gains(100.0, 1.5, 0.5, 0.2, 0.3);
        assert!((g.municipality_dkk + g.region_dkk + g.state_dkk - 150.0).abs() < 1e-9);
        assert_eq!(gain_ratio(2.0, 1.0, 0.0, 0.25, 0.5), 2.0);
        assert!((gain_ratio(2.0, 1.0, 1.0, 0.25, 0.5) - 1.875).abs() < 1e-12);
        assert!(gain_ratio(1.0, 1.0, 1.0, 0.25, 0.5) > 1.0);
    }
}
