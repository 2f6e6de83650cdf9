//! The uncertainty bands the UI draws: p10 / p50 / p90 per year for the
//! headline outputs (totals, spending / need / coverage by area, the squeeze
//! on other services, the ceiling council, prevention by payer). Detail
//! series (unit costs, floors, per-area citizens) are central only, which
//! keeps 1,000 draws fast. [`crate::model::project`] fills this.

use serde::{Deserialize, Serialize};

use crate::model::engine::uncertainty::Band;

/// Bands of one intervention area.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaBands {
    /// The area's id.
    pub id: String,
    /// Need in DKK.
    pub need_dkk: Vec<Band>,
    /// Spending in DKK.
    pub spending_dkk: Vec<Band>,
    /// Share of need funded.
    pub coverage: Vec<Band>,
}

/// Bands of what overspend takes from one other service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceBands {
    /// The service's id.
    pub id: String,
    /// Money taken, DKK.
    pub taken_dkk: Vec<Band>,
    /// Money taken in tangible units (DKK band / unit cost, exact).
    pub taken_units: Vec<Band>,
}

/// Bands of the ceiling council's work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CeilingBands {
    /// Cases referred.
    pub cases_referred: Vec<Band>,
    /// Referred cases funded in full.
    pub cases_yes: Vec<Band>,
    /// Referred cases funded partly.
    pub cases_partly: Vec<Band>,
    /// Referred cases funded up to the ceiling only.
    pub cases_no: Vec<Band>,
    /// Money freed.
    pub freed_dkk: Vec<Band>,
}

/// Bands of prevention's cost and gains by payer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreventionBands {
    /// Paid by the municipality (net of refund).
    pub cost_municipality_dkk: Vec<Band>,
    /// Paid by the state as refund.
    pub cost_state_dkk: Vec<Band>,
    /// Avoided cost for the municipality.
    pub gains_municipality_dkk: Vec<Band>,
    /// Avoided cost for the region.
    pub gains_region_dkk: Vec<Band>,
    /// Avoided cost for the state.
    pub gains_state_dkk: Vec<Band>,
}

/// p10 / p50 / p90 per year of the headline outputs of a projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandedProjection {
    /// The scenario's name.
    pub scenario: String,
    /// The projected calendar years.
    pub years: Vec<u16>,
    /// Number of Monte Carlo draws.
    pub draws: usize,
    /// Seed of the draws.
    pub seed: u64,
    /// Total need.
    pub need_dkk: Vec<Band>,
    /// Spending counted against the frame.
    pub spending_dkk: Vec<Band>,
    /// Spending above the frame.
    pub overspend_dkk: Vec<Band>,
    /// Need not funded.
    pub unmet_dkk: Vec<Band>,
    /// Share of need funded.
    pub coverage: Vec<Band>,
    /// Citizens in need.
    pub need_citizens: Vec<Band>,
    /// Citizens served.
    pub served_citizens: Vec<Band>,
    /// Citizens whose need is not met.
    pub unmet_citizens: Vec<Band>,
    /// Each intervention area.
    pub areas: Vec<AreaBands>,
    /// The squeeze on other services.
    pub squeeze: Vec<ServiceBands>,
    /// The ceiling council.
    pub ceiling: CeilingBands,
    /// Prevention by payer.
    pub prevention: PreventionBands,
}

impl BandedProjection {
    /// Visits every band series with the output name and id that the
    /// projection's `Projection::for_each_named` uses for the same series.
    pub fn for_each_named(&self, f: &mut impl FnMut(&'static str, &str, &[Band])) {
        for (name, s) in [
            ("need_dkk", &self.need_dkk),
            ("spending_dkk", &self.spending_dkk),
            ("overspend_dkk", &self.overspend_dkk),
            ("unmet_dkk", &self.unmet_dkk),
            ("coverage", &self.coverage),
            ("need_citizens", &self.need_citizens),
            ("served_citizens", &self.served_citizens),
            ("unmet_citizens", &self.unmet_citizens),
        ] {
            f(name, "", s);
        }
        for a in &self.areas {
            f("area.need_dkk", &a.id, &a.need_dkk);
            f("area.spending_dkk", &a.id, &a.spending_dkk);
            f("area.coverage", &a.id, &a.coverage);
        }
        for s in &self.squeeze {
            f("squeeze.taken_dkk", &s.id, &s.taken_dkk);
            f("squeeze.taken_units", &s.id, &s.taken_units);
        }
        let c = &self.ceiling;
        for (name, s) in [
            ("ceiling.cases_referred", &c.cases_referred),
            ("ceiling.cases_yes", &c.cases_yes),
            ("ceiling.cases_partly", &c.cases_partly),
            ("ceiling.cases_no", &c.cases_no),
            ("ceiling.freed_dkk", &c.freed_dkk),
        ] {
            f(name, "", s);
        }
        let v = &self.prevention;
        for (name, s) in [
            ("prevention.cost_municipality_dkk", &v.cost_municipality_dkk),
            ("prevention.cost_state_dkk", &v.cost_state_dkk),
            (
                "prevention.gains_municipality_dkk",
                &v.gains_municipality_dkk,
            ),
            ("prevention.gains_region_dkk", &v.gains_region_dkk),
            ("prevention.gains_state_dkk", &v.gains_state_dkk),
        ] {
            f(name, "", s);
        }
    }

    /// The area with this id.
    pub fn area(&self, id: &str) -> Option<&AreaBands> {
        self.areas.iter().find(|a| a.id == id)
    }
}
