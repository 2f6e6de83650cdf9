//! What a projection reports: for each year, the frame, the budget, need,
//! legal floors, spending, overspend and unmet need of the specialised
//! social area as a whole and of each intervention area, what the
//! overspend takes from schools, day care and elder care, the ceiling
//! council's work, and prevention's cost and gains by payer. One value per
//! year ([`Projection`]) or, through [`Projection::map`], any other per-year
//! value of the same shape.

use serde::{Deserialize, Serialize};

use crate::model::data::dataset::{Decision, Group};

/// The projection of a scenario: one value per year (`V = f64`) or one band
/// per year (`V = Band`) for each output. Money in DKK (constant prices),
/// citizens in full-year citizens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection<V = f64> {
    /// The scenario's name.
    pub scenario: String,
    /// The calendar year the projection starts from.
    pub base_year: u16,
    /// The projected calendar years.
    pub years: Vec<u16>,
    /// The economic frame.
    pub frame_dkk: Vec<V>,
    /// The money the council decides to spend (frame plus allowed overspend).
    pub budget_dkk: Vec<V>,
    /// Total need of all areas: need volume x unit cost (the ceiling
    /// council never changes it). Each year
    /// `need = spending on the areas + unmet + declined`.
    pub need_dkk: Vec<V>,
    /// Total legal floors (entitlements).
    pub floors_dkk: Vec<V>,
    /// Spending counted against the frame: areas plus prevention in frame.
    pub spending_dkk: Vec<V>,
    /// Spending above the frame: taken from other services.
    pub overspend_dkk: Vec<V>,
    /// Frame left unspent when need is below it.
    pub unspent_dkk: Vec<V>,
    /// Need not funded, of the need the ceiling council does not decline.
    pub unmet_dkk: Vec<V>,
    /// Need the ceiling council declines (cost above the ceiling it does
    /// not fund): neither spent nor unmet.
    pub declined_dkk: Vec<V>,
    /// Prevention the municipality pays outside the service frame (exempt
    /// from the service ceiling).
    pub prevention_outside_frame_dkk: Vec<V>,
    /// All the municipality spends: spending counted against the frame
    /// plus prevention outside it.
    pub municipal_spending_dkk: Vec<V>,
    /// Share funded of the need the ceiling council does not decline (0..1).
    pub coverage: Vec<V>,
    /// Citizens in need (full-year citizens).
    pub need_citizens: Vec<V>,
    /// Citizens served (need citizens x coverage, summed over areas).
    pub served_citizens: Vec<V>,
    /// Citizens whose need is not met.
    pub unmet_citizens: Vec<V>,
    /// Each intervention area.
    pub areas: Vec<AreaProjection<V>>,
    /// What the overspend takes from each other service.
    pub squeeze: Vec<ServiceProjection<V>>,
    /// The ceiling council.
    pub ceiling: CeilingProjection<V>,
    /// Prevention cost and gains by payer.
    pub prevention: PreventionProjection<V>,
}

/// One intervention area's projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaProjection<V = f64> {
    /// The area's id.
    pub id: String,
    /// The ceiling council's decision for its evidence category.
    pub decision: Decision,
    /// Children's or adults' area (from the data set), which the charts
    /// colour by.
    pub group: Group,
    /// Whether the scenario's ceiling on this area needs national
    /// legislation (it hits an entitlement and the council does not say yes).
    pub needs_legislation: bool,
    /// Need in DKK (the ceiling council never changes it).
    pub need_dkk: Vec<V>,
    /// The legal floor: funded whatever the frame.
    pub floor_dkk: Vec<V>,
    /// Money spent.
    pub spending_dkk: Vec<V>,
    /// Share funded of the need the ceiling council does not decline (0..1).
    pub coverage: Vec<V>,
    /// Need not funded, of the need the council does not decline.
    pub unmet_dkk: Vec<V>,
    /// Citizens in need.
    pub need_citizens: Vec<V>,
    /// Citizens served.
    pub served_citizens: Vec<V>,
    /// Citizens whose need is not met.
    pub unmet_citizens: Vec<V>,
    /// DKK per full-year citizen.
    pub unit_cost_dkk: Vec<V>,
    /// Cases referred to the ceiling council.
    pub ceiling_cases: Vec<V>,
    /// Need the ceiling council declines in this area.
    pub declined_dkk: Vec<V>,
}

/// What the overspend takes from one other service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceProjection<V = f64> {
    /// The service's id (`schools`, `day_care`, `elder_care`).
    pub id: String,
    /// Money taken, DKK.
    pub taken_dkk: Vec<V>,
    /// Money taken in the service's tangible unit (e.g. teacher-years).
    pub taken_units: Vec<V>,
}

/// The ceiling council's work over the years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CeilingProjection<V = f64> {
    /// The ceiling per case per year (0 = none).
    pub ceiling_dkk: f64,
    /// Whether the ceiling is assumed to hit entitlements by law.
    pub on_entitlements: bool,
    /// Areas where the ceiling needs national legislation.
    pub legislation_areas: Vec<String>,
    /// Cases referred.
    pub cases_referred: Vec<V>,
    /// Referred cases the council funds in full (evidence large/moderate).
    pub cases_yes: Vec<V>,
    /// Referred cases funded partly.
    pub cases_partly: Vec<V>,
    /// Referred cases funded up to the ceiling only.
    pub cases_no: Vec<V>,
    /// Money freed under the scenario's assumption about the law (the
    /// need the council declines).
    pub freed_dkk: Vec<V>,
    /// Money freed without a change of law: only the discretionary share.
    pub freed_without_law_dkk: Vec<V>,
    /// Money freed if national legislation lets the ceiling cut
    /// entitlements too.
    pub freed_with_law_dkk: Vec<V>,
    /// Money that would be freed only with national legislation (0 when the
    /// scenario assumes it).
    pub blocked_dkk: Vec<V>,
}

/// Prevention's cost now and gains later, by payer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreventionProjection<V = f64> {
    /// The investment, gross.
    pub investment_dkk: Vec<V>,
    /// Paid by the municipality (net of refund).
    pub cost_municipality_dkk: Vec<V>,
    /// Paid by the state as refund.
    pub cost_state_dkk: Vec<V>,
    /// Counted against the frame.
    pub in_frame_dkk: Vec<V>,
    /// Paid by the municipality outside the frame (exempt from the service
    /// ceiling).
    pub outside_frame_dkk: Vec<V>,
    /// Avoided cost for the municipality.
    pub gains_municipality_dkk: Vec<V>,
    /// Avoided cost for the region.
    pub gains_region_dkk: Vec<V>,
    /// Avoided cost for the state.
    pub gains_state_dkk: Vec<V>,
    /// Citizens who no longer need a heavier service.
    pub avoided_citizens: Vec<V>,
}

impl<V> Projection<V> {
    /// Builds a projection of the same shape whose every series is `f`
    /// applied to this one's, visiting series in a fixed order (the order
    /// of [`Projection::for_each_series`]).
    pub fn map<W>(&self, f: &mut impl FnMut(&[V]) -> Vec<W>) -> Projection<W> {
        Projection {
            scenario: self.scenario.clone(),
            base_year: self.base_year,
            years: self.years.clone(),
            frame_dkk: f(&self.frame_dkk),
            budget_dkk: f(&self.budget_dkk),
            need_dkk: f(&self.need_dkk),
            floors_dkk: f(&self.floors_dkk),
            spending_dkk: f(&self.spending_dkk),
            overspend_dkk: f(&self.overspend_dkk),
            unspent_dkk: f(&self.unspent_dkk),
            unmet_dkk: f(&self.unmet_dkk),
            declined_dkk: f(&self.declined_dkk),
            prevention_outside_frame_dkk: f(&self.prevention_outside_frame_dkk),
            municipal_spending_dkk: f(&self.municipal_spending_dkk),
            coverage: f(&self.coverage),
            need_citizens: f(&self.need_citizens),
            served_citizens: f(&self.served_citizens),
            unmet_citizens: f(&self.unmet_citizens),
            areas: self
                .areas
                .iter()
                .map(|a| AreaProjection {
                    id: a.id.clone(),
                    decision: a.decision,
                    group: a.group,
                    needs_legislation: a.needs_legislation,
                    need_dkk: f(&a.need_dkk),
                    floor_dkk: f(&a.floor_dkk),
                    spending_dkk: f(&a.spending_dkk),
                    coverage: f(&a.coverage),
                    unmet_dkk: f(&a.unmet_dkk),
                    need_citizens: f(&a.need_citizens),
                    served_citizens: f(&a.served_citizens),
                    unmet_citizens: f(&a.unmet_citizens),
                    unit_cost_dkk: f(&a.unit_cost_dkk),
                    ceiling_cases: f(&a.ceiling_cases),
                    declined_dkk: f(&a.declined_dkk),
                })
                .collect(),
            squeeze: self
                .squeeze
                .iter()
                .map(|s| ServiceProjection {
                    id: s.id.clone(),
                    taken_dkk: f(&s.taken_dkk),
                    taken_units: f(&s.taken_units),
                })
                .collect(),
            ceiling: CeilingProjection {
                ceiling_dkk: self.ceiling.ceiling_dkk,
                on_entitlements: self.ceiling.on_entitlements,
                legislation_areas: self.ceiling.legislation_areas.clone(),
                cases_referred: f(&self.ceiling.cases_referred),
                cases_yes: f(&self.ceiling.cases_yes),
                cases_partly: f(&self.ceiling.cases_partly),
                cases_no: f(&self.ceiling.cases_no),
                freed_dkk: f(&self.ceiling.freed_dkk),
                freed_without_law_dkk: f(&self.ceiling.freed_without_law_dkk),
                freed_with_law_dkk: f(&self.ceiling.freed_with_law_dkk),
                blocked_dkk: f(&self.ceiling.blocked_dkk),
            },
            prevention: PreventionProjection {
                investment_dkk: f(&self.prevention.investment_dkk),
                cost_municipality_dkk: f(&self.prevention.cost_municipality_dkk),
                cost_state_dkk: f(&self.prevention.cost_state_dkk),
                in_frame_dkk: f(&self.prevention.in_frame_dkk),
                outside_frame_dkk: f(&self.prevention.outside_frame_dkk),
                gains_municipality_dkk: f(&self.prevention.gains_municipality_dkk),
                gains_region_dkk: f(&self.prevention.gains_region_dkk),
                gains_state_dkk: f(&self.prevention.gains_state_dkk),
                avoided_citizens: f(&self.prevention.avoided_citizens),
            },
        }
    }

    /// Visits every series in the order [`Projection::map`] uses, without
    /// allocating.
    pub fn for_each_series(&self, f: &mut impl FnMut(&[V])) {
        self.for_each_named(&mut |_, _, s| f(s));
    }

    /// Visits every series with its output name and the id of its area or
    /// service (empty for totals), in the order [`Projection::map`] uses.
    pub fn for_each_named(&self, f: &mut impl FnMut(&'static str, &str, &[V])) {
        for (name, s) in [
            ("frame_dkk", &self.frame_dkk),
            ("budget_dkk", &self.budget_dkk),
            ("need_dkk", &self.need_dkk),
            ("floors_dkk", &self.floors_dkk),
            ("spending_dkk", &self.spending_dkk),
            ("overspend_dkk", &self.overspend_dkk),
            ("unspent_dkk", &self.unspent_dkk),
            ("unmet_dkk", &self.unmet_dkk),
            ("declined_dkk", &self.declined_dkk),
            (
                "prevention_outside_frame_dkk",
                &self.prevention_outside_frame_dkk,
            ),
            ("municipal_spending_dkk", &self.municipal_spending_dkk),
            ("coverage", &self.coverage),
            ("need_citizens", &self.need_citizens),
            ("served_citizens", &self.served_citizens),
            ("unmet_citizens", &self.unmet_citizens),
        ] {
            f(name, "", s);
        }
        for a in &self.areas {
            for (name, s) in [
                ("area.need_dkk", &a.need_dkk),
                ("area.floor_dkk", &a.floor_dkk),
                ("area.spending_dkk", &a.spending_dkk),
                ("area.coverage", &a.coverage),
                ("area.unmet_dkk", &a.unmet_dkk),
                ("area.need_citizens", &a.need_citizens),
                ("area.served_citizens", &a.served_citizens),
                ("area.unmet_citizens", &a.unmet_citizens),
                ("area.unit_cost_dkk", &a.unit_cost_dkk),
                ("area.ceiling_cases", &a.ceiling_cases),
                ("area.declined_dkk", &a.declined_dkk),
            ] {
                f(name, &a.id, s);
            }
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
            ("ceiling.freed_without_law_dkk", &c.freed_without_law_dkk),
            ("ceiling.freed_with_law_dkk", &c.freed_with_law_dkk),
            ("ceiling.blocked_dkk", &c.blocked_dkk),
        ] {
            f(name, "", s);
        }
        let p = &self.prevention;
        for (name, s) in [
            ("prevention.investment_dkk", &p.investment_dkk),
            ("prevention.cost_municipality_dkk", &p.cost_municipality_dkk),
            ("prevention.cost_state_dkk", &p.cost_state_dkk),
            ("prevention.in_frame_dkk", &p.in_frame_dkk),
            ("prevention.outside_frame_dkk", &p.outside_frame_dkk),
            (
                "prevention.gains_municipality_dkk",
                &p.gains_municipality_dkk,
            ),
            ("prevention.gains_region_dkk", &p.gains_region_dkk),
            ("prevention.gains_state_dkk", &p.gains_state_dkk),
            ("prevention.avoided_citizens", &p.avoided_citizens),
        ] {
            f(name, "", s);
        }
    }

    /// The area with this id.
    pub fn area(&self, id: &str) -> Option<&AreaProjection<V>> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// The squeeze on the service with this id.
    pub fn service(&self, id: &str) -> Option<&ServiceProjection<V>> {
        self.squeeze.iter().find(|s| s.id == id)
    }
}
