//! The projection: ten years (by default) of need, budget, allocation,
//! overspend and crowding out, the ceiling council and prevention, for a
//! scenario. [`project_central`] runs once on central values (fast, for live
//! sliders); [`project`] runs seeded Monte Carlo draws and reports p10 / p50 /
//! p90 for every output. The steps of one year follow `docs/model.md`.

use serde::{Deserialize, Serialize};

use crate::model::data::dataset::{DataSet, Decision, Horizon};
use crate::model::engine::allocation::{budget_dkk, fill_order, water_fill_draws, FillScratch};
use crate::model::engine::bands::{
    AreaBands, BandedProjection, CeilingBands, PreventionBands, ServiceBands,
};
use crate::model::engine::ceiling::{self, AreaCeiling, CaseMix, CeilingRule, Tail};
use crate::model::engine::need::{self, GrowthLevers};
use crate::model::engine::phase::phase_in;
use crate::model::engine::prevention::{self, PreventionCost};
use crate::model::engine::squeeze::taken_from;
use crate::model::engine::uncertainty::{Band, Draws, Params, Percentiles};
use crate::model::error::ModelError;
use crate::model::scenario::Scenario;

/// Every area's priority score gets this small base, so an area with zero
/// on every weighted criterion still shares in money left over, and
/// water-filling stays well defined.
pub const SCORE_BASE: f64 = 0.01;

/// Most draws one banded projection accepts.
pub const MAX_DRAWS: usize = 100_000;

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
    /// Total need of all areas (after the ceiling council).
    pub need_dkk: Vec<V>,
    /// Total legal floors (entitlements).
    pub floors_dkk: Vec<V>,
    /// Spending counted against the frame: areas plus prevention in frame.
    pub spending_dkk: Vec<V>,
    /// Spending above the frame: taken from other services.
    pub overspend_dkk: Vec<V>,
    /// Frame left unspent when need is below it.
    pub unspent_dkk: Vec<V>,
    /// Need not funded.
    pub unmet_dkk: Vec<V>,
    /// Share of all areas' need funded (0..1).
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
    /// Whether the scenario's ceiling on this area needs national
    /// legislation (it hits an entitlement and the council does not say yes).
    pub needs_legislation: bool,
    /// Need in DKK after the ceiling council.
    pub need_dkk: Vec<V>,
    /// The legal floor: funded whatever the frame.
    pub floor_dkk: Vec<V>,
    /// Money spent.
    pub spending_dkk: Vec<V>,
    /// Share of need funded (0..1).
    pub coverage: Vec<V>,
    /// Need not funded.
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
    /// Money the ceiling council frees in this area.
    pub ceiling_freed_dkk: Vec<V>,
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
    /// Money freed.
    pub freed_dkk: Vec<V>,
    /// Money that would be freed only with national legislation.
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
                    ceiling_freed_dkk: f(&a.ceiling_freed_dkk),
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
                blocked_dkk: f(&self.ceiling.blocked_dkk),
            },
            prevention: PreventionProjection {
                investment_dkk: f(&self.prevention.investment_dkk),
                cost_municipality_dkk: f(&self.prevention.cost_municipality_dkk),
                cost_state_dkk: f(&self.prevention.cost_state_dkk),
                in_frame_dkk: f(&self.prevention.in_frame_dkk),
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
                ("area.ceiling_freed_dkk", &a.ceiling_freed_dkk),
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

/// Projects a scenario on central values: one value per output and year.
/// Fast enough to run on every slider move.
pub fn project_central(scenario: &Scenario, ds: &DataSet) -> Result<Projection, ModelError> {
    scenario.validate(ds)?;
    let prep = Prepared::new(scenario, ds)?;
    let draws = DrawSet::central(&Params::central(ds));
    let mut out = prep.zeros(scenario, ds);
    let mut volume: Vec<f64> = prep.areas.iter().map(|a| a.base_volume).collect();
    let mut run = Run::new(&prep, ds, 1);
    for y in 0..out.years.len() {
        run.step(&prep, ds, y, &draws, &mut volume);
        record(&mut out, y, &run, ds, &prep);
    }
    Ok(out)
}

/// The "no change" baseline for a scenario: same frame, growth and horizon,
/// neutral levers and default weights (see [`Scenario::baseline`]).
pub fn project_baseline(scenario: &Scenario, ds: &DataSet) -> Result<Projection, ModelError> {
    project_central(&scenario.baseline(), ds)
}

/// Projects a scenario `draws` times with parameters drawn from their
/// ranges by a generator seeded with `seed`, and reports p10 / p50 / p90 of
/// the headline outputs in every year (see [`BandedProjection`]). The same
/// scenario and seed always give the same numbers.
///
/// All draws are made first (in the generator's order); then every draw
/// advances one year at a time, each step of the year as one loop over the
/// draws, so each output of a year is one contiguous column of all draws,
/// whose percentiles are taken before the next year.
pub fn project(
    scenario: &Scenario,
    ds: &DataSet,
    draws: usize,
    seed: u64,
) -> Result<BandedProjection, ModelError> {
    if draws == 0 || draws > MAX_DRAWS {
        return Err(ModelError::new(
            "draws",
            format!("must be between 1 and {MAX_DRAWS}"),
        ));
    }
    scenario.validate(ds)?;
    let prep = Prepared::new(scenario, ds)?;
    let set = DrawSet::draw(ds, draws, seed);
    let mut volume = vec![0.0_f64; prep.areas.len() * draws];
    for (row, a) in volume.chunks_exact_mut(draws).zip(&prep.areas) {
        row.fill(a.base_volume);
    }
    let shape = prep.zeros(scenario, ds);
    let years = shape.years.len();
    let mut series = 0usize;
    for_each_banded(&shape, &mut |_| series += 1);
    // bands[k * years + y]: the band of banded series k in year y.
    let mut bands = vec![Band::default(); series * years];
    let mut run = Run::new(&prep, ds, draws);
    let mut pct = Percentiles::new();
    for y in 0..years {
        run.step(&prep, ds, y, &set, &mut volume);
        let mut k = 0;
        year_bands(&run, ds, &prep, &mut pct, &mut |b| {
            if let Some(slot) = bands.get_mut(k * years + y) {
                *slot = b;
            }
            k += 1;
        });
    }
    let mut series_bands = bands.chunks_exact(years.max(1));
    let mut next = || series_bands.next().map_or_else(Vec::new, <[Band]>::to_vec);
    Ok(assemble(&shape, ds, draws, seed, &mut next))
}

/// A prevention programme resolved to area indices.
struct Programme {
    lag: usize,
    municipality: f64,
    region: f64,
    state: f64,
    targets: Vec<(usize, f64)>,
}

/// One area's data, resolved for a run.
struct AreaConst {
    base_volume: f64,
    base_unit_cost: f64,
    diagnosis_share: f64,
    external_share: f64,
    legal_floor: f64,
    sigma: f64,
    /// Reached by cross-sector collaboration.
    cross: bool,
    /// The ceiling council's decision for the area's evidence category.
    decision: Decision,
}

/// What one projection year is, whatever the draw: phase-ins, the frame
/// and prevention's cost.
struct YearConst {
    frame_dkk: f64,
    /// The research lever, phased in.
    research: f64,
    /// Progression follow-up, phased in.
    followup: f64,
    ph_needs: f64,
    ph_cross: f64,
    ph_steering: f64,
    ph_admin: f64,
    cost: PreventionCost,
    /// The ceiling council, phased in.
    ph_ceiling: f64,
}

/// The data set resolved for one scenario: indices instead of ids, each
/// area's priority score and the order areas saturate in, each lever's
/// phase-in and everything else that no draw changes.
struct Prepared {
    areas: Vec<AreaConst>,
    /// Step-down rules: (from, to).
    steps: Vec<(usize, usize)>,
    programmes: Vec<Programme>,
    /// Money behind each programme's gains in each year:
    /// `invested[y * programmes + k]`, `None` before the programme's lag.
    invested: Vec<Option<f64>>,
    gain_ratio_central: Vec<f64>,
    scores: Vec<f64>,
    order: Vec<usize>,
    legislation: Vec<bool>,
    years: Vec<YearConst>,
    growth_scale: f64,
    budget_squeeze: f64,
    // The scenario's lever settings that multiply drawn parameters.
    needs_assessment: f64,
    cross_sector: f64,
    unit_cost_steering: f64,
    admin_relief: f64,
    // Effects of the data set.
    external_reach: f64,
    unit_cost_floor: f64,
    research_uncertainty_cut: f64,
    services_total_dkk: f64,
    /// Money taken from each service rises with the overspend (positive,
    /// finite budgets): its band is then the overspend band mapped.
    squeeze_monotone: bool,
    /// The ceiling rule at full phase-in.
    ceiling: CeilingRule,
}

fn area_idx(ds: &DataSet, field: impl FnOnce() -> String, id: &str) -> Result<usize, ModelError> {
    ds.area_index(id)
        .ok_or_else(|| ModelError::new(field(), format!("unknown area id '{id}'")))
}

impl Prepared {
    fn new(sc: &Scenario, ds: &DataSet) -> Result<Prepared, ModelError> {
        let steps = ds
            .step_down
            .iter()
            .enumerate()
            .map(|(i, s)| {
                Ok((
                    area_idx(ds, || format!("step_down[{i}].from"), &s.from)?,
                    area_idx(ds, || format!("step_down[{i}].to"), &s.to)?,
                ))
            })
            .collect::<Result<Vec<_>, ModelError>>()?;
        let n_prog = ds.prevention.programmes.len();
        let mut programmes = Vec::with_capacity(n_prog);
        let mut shares = Vec::with_capacity(n_prog);
        for (i, p) in ds.prevention.programmes.iter().enumerate() {
            let q = || format!("prevention.programmes[{i}]");
            let mut targets = Vec::with_capacity(p.targets.len());
            for (j, t) in p.targets.iter().enumerate() {
                targets.push((
                    area_idx(ds, || format!("{}.targets[{j}].area", q()), &t.area)?,
                    t.weight.value,
                ));
            }
            area_idx(ds, || format!("{}.area", q()), &p.area)?;
            shares.push(p.investment_share.value);
            programmes.push(Programme {
                lag: p.lag_years.value.round().clamp(0.0, 100.0) as usize,
                municipality: p.payer_shares.municipality.value,
                region: p.payer_shares.region.value,
                state: p.payer_shares.state.value,
                targets,
            });
        }
        let w = &sc.priorities;
        let scores: Vec<f64> = ds
            .areas
            .iter()
            .map(|a| {
                let s = &a.scores;
                SCORE_BASE
                    + w.social_professional * s.social_professional.value.value.max(0.0)
                    + w.steering * s.steering.value.value.max(0.0)
                    + w.diagnosis * s.diagnosis.value.value.max(0.0)
                    + w.future_priorities * s.future_priorities.value.value.max(0.0)
            })
            .collect();
        let mut order = Vec::with_capacity(scores.len());
        fill_order(&scores, &mut order);
        let areas: Vec<AreaConst> = ds
            .areas
            .iter()
            .map(|a| AreaConst {
                base_volume: a.volume_full_year.value.max(0.0),
                base_unit_cost: a.unit_cost_dkk.value,
                diagnosis_share: a.diagnosis_share.value,
                external_share: a.external_purchase_share.value,
                legal_floor: a.legal_floor.value,
                sigma: a.case_cost_sigma.value,
                cross: ds.effects.cross_sector_areas.contains(&a.id),
                decision: ds.decision_for(a.evidence),
            })
            .collect();
        let lv = &sc.levers;
        let legislation = areas
            .iter()
            .map(|a| ceiling::needs_legislation(lv.ceiling_dkk, a.legal_floor, a.decision))
            .collect();
        let mut horizon = [Horizon::Short; 11];
        for (h, id) in horizon.iter_mut().zip(crate::model::scenario::LEVER_IDS) {
            *h = ds
                .lever(id)
                .map(|l| l.horizon)
                .ok_or_else(|| ModelError::new("levers", format!("missing lever '{id}'")))?;
        }
        let base_frame_dkk = ds.base_spending_dkk();
        let horizon_years = sc.horizon_years as usize;
        let mut years = Vec::with_capacity(horizon_years);
        let mut invest_by_year = Vec::with_capacity(horizon_years);
        let mut invested = Vec::with_capacity(horizon_years * n_prog);
        for t in 1..=sc.horizon_years {
            let ph = |lever: usize| {
                horizon
                    .get(lever)
                    .map_or(0.0, |h| phase_in(&ds.horizons, *h, t))
            };
            let invest = lv.prevention_investment_dkk * ph(L_INVEST);
            invest_by_year.push(invest);
            let exempt = if lv.prevention_ceiling_exempt {
                ph(L_EXEMPT)
            } else {
                0.0
            };
            let y = t as usize - 1;
            for (p, share) in programmes.iter().zip(&shares) {
                invested.push(
                    y.checked_sub(p.lag)
                        .map(|then| invest_by_year.get(then).copied().unwrap_or(0.0) * share),
                );
            }
            years.push(YearConst {
                frame_dkk: base_frame_dkk
                    * (1.0 + sc.frame.level_change)
                    * (1.0 + sc.frame.real_growth_per_year).powi(t as i32),
                research: lv.research_practice * ph(L_RESEARCH),
                followup: lv.progression_followup * ph(L_PROGRESSION),
                ph_needs: ph(L_NEEDS),
                ph_cross: ph(L_CROSS),
                ph_steering: ph(L_STEERING),
                ph_admin: ph(L_ADMIN),
                cost: prevention::cost(invest, lv.prevention_refund_rate * ph(L_REFUND), exempt),
                ph_ceiling: ph(L_CEILING),
            });
        }
        let e = &ds.effects;
        let services_total_dkk: f64 = ds.services.iter().map(|s| s.budget_dkk.value).sum();
        Ok(Prepared {
            areas,
            steps,
            programmes,
            invested,
            gain_ratio_central: ds
                .prevention
                .programmes
                .iter()
                .map(|p| p.gain_ratio.central.value)
                .collect(),
            scores,
            order,
            legislation,
            years,
            growth_scale: sc.growth_scale,
            budget_squeeze: sc.priorities.budget_squeeze,
            needs_assessment: lv.needs_assessment,
            cross_sector: lv.cross_sector,
            unit_cost_steering: lv.unit_cost_steering,
            admin_relief: lv.admin_relief,
            external_reach: e.external_reach.value,
            unit_cost_floor: e.unit_cost_floor_factor.value,
            research_uncertainty_cut: e.research_uncertainty_cut.value,
            services_total_dkk,
            squeeze_monotone: services_total_dkk.is_finite()
                && services_total_dkk > 0.0
                && ds
                    .services
                    .iter()
                    .all(|s| s.budget_dkk.value.is_finite() && s.budget_dkk.value > 0.0),
            ceiling: CeilingRule {
                ceiling_dkk: lv.ceiling_dkk,
                partly_share: ds.ceiling.partly_share.value,
                on_entitlements: lv.ceiling_on_entitlements,
                phase: 1.0,
            },
        })
    }

    /// A zero projection of the right shape.
    fn zeros(&self, sc: &Scenario, ds: &DataSet) -> Projection {
        let h = sc.horizon_years as usize;
        let zero = vec![0.0; h];
        let z = || zero.clone();
        let base = ds.base_year();
        Projection {
            scenario: sc.name.clone(),
            base_year: base,
            years: (1..=sc.horizon_years)
                .map(|t| base.saturating_add(t as u16))
                .collect(),
            frame_dkk: z(),
            budget_dkk: z(),
            need_dkk: z(),
            floors_dkk: z(),
            spending_dkk: z(),
            overspend_dkk: z(),
            unspent_dkk: z(),
            unmet_dkk: z(),
            coverage: z(),
            need_citizens: z(),
            served_citizens: z(),
            unmet_citizens: z(),
            areas: ds
                .areas
                .iter()
                .zip(self.areas.iter().zip(&self.legislation))
                .map(|(a, (c, l))| AreaProjection {
                    id: a.id.clone(),
                    decision: c.decision,
                    needs_legislation: *l,
                    need_dkk: z(),
                    floor_dkk: z(),
                    spending_dkk: z(),
                    coverage: z(),
                    unmet_dkk: z(),
                    need_citizens: z(),
                    served_citizens: z(),
                    unmet_citizens: z(),
                    unit_cost_dkk: z(),
                    ceiling_cases: z(),
                    ceiling_freed_dkk: z(),
                })
                .collect(),
            squeeze: ds
                .services
                .iter()
                .map(|s| ServiceProjection {
                    id: s.id.clone(),
                    taken_dkk: z(),
                    taken_units: z(),
                })
                .collect(),
            ceiling: CeilingProjection {
                ceiling_dkk: sc.levers.ceiling_dkk,
                on_entitlements: sc.levers.ceiling_on_entitlements,
                legislation_areas: ds
                    .areas
                    .iter()
                    .zip(&self.legislation)
                    .filter(|(_, l)| **l)
                    .map(|(a, _)| a.id.clone())
                    .collect(),
                cases_referred: z(),
                cases_yes: z(),
                cases_partly: z(),
                cases_no: z(),
                freed_dkk: z(),
                blocked_dkk: z(),
            },
            prevention: PreventionProjection {
                investment_dkk: z(),
                cost_municipality_dkk: z(),
                cost_state_dkk: z(),
                in_frame_dkk: z(),
                gains_municipality_dkk: z(),
                gains_region_dkk: z(),
                gains_state_dkk: z(),
                avoided_citizens: z(),
            },
        }
    }
}

/// The uncertain parameters of all draws of a run (see [`Params`]), one
/// row per parameter with one value per draw: `growth[a * n + d]` is area
/// `a`'s growth in draw `d`.
struct DrawSet {
    /// Number of draws.
    n: usize,
    growth: Vec<f64>,
    step_rate: Vec<f64>,
    gain_ratio: Vec<f64>,
    needs_dampening: Vec<f64>,
    cross_sector_cut: Vec<f64>,
    steering_cut: Vec<f64>,
    admin_factor: Vec<f64>,
    research_uplift: Vec<f64>,
}

impl DrawSet {
    /// One draw: the central values.
    fn central(p: &Params) -> DrawSet {
        let mut set = DrawSet::empty(p, 1);
        set.put(0, p);
        set
    }

    /// `n` draws from a generator seeded with `seed`, in the generator's
    /// order (draw by draw, as [`Params::redraw`] draws them).
    fn draw(ds: &DataSet, n: usize, seed: u64) -> DrawSet {
        let mut p = Params::central(ds);
        let mut set = DrawSet::empty(&p, n);
        let mut rng = Draws::new(seed);
        for d in 0..n {
            p.redraw(ds, &mut rng);
            set.put(d, &p);
        }
        set
    }

    fn empty(p: &Params, n: usize) -> DrawSet {
        DrawSet {
            n,
            growth: vec![0.0; p.growth.len() * n],
            step_rate: vec![0.0; p.step_rate.len() * n],
            gain_ratio: vec![0.0; p.gain_ratio.len() * n],
            needs_dampening: vec![0.0; n],
            cross_sector_cut: vec![0.0; n],
            steering_cut: vec![0.0; n],
            admin_factor: vec![0.0; n],
            research_uplift: vec![0.0; n],
        }
    }

    /// Stores `p` as draw `d`.
    fn put(&mut self, d: usize, p: &Params) {
        let n = self.n;
        let put = |rows: &mut Vec<f64>, values: &[f64]| {
            for (i, v) in values.iter().enumerate() {
                if let Some(slot) = rows.get_mut(i * n + d) {
                    *slot = *v;
                }
            }
        };
        put(&mut self.growth, &p.growth);
        put(&mut self.step_rate, &p.step_rate);
        put(&mut self.gain_ratio, &p.gain_ratio);
        put(&mut self.needs_dampening, &[p.needs_dampening]);
        put(&mut self.cross_sector_cut, &[p.cross_sector_cut]);
        put(&mut self.steering_cut, &[p.steering_cut]);
        put(&mut self.admin_factor, &[p.admin_factor]);
        put(&mut self.research_uplift, &[p.research_uplift]);
    }
}

/// Row `i` (of length `n`) of a row-major table.
fn row(v: &[f64], i: usize, n: usize) -> &[f64] {
    v.get(i * n..(i + 1) * n).unwrap_or_default()
}

/// Row `i` (of length `n`) of a row-major table, mutable.
fn row_mut(v: &mut [f64], i: usize, n: usize) -> &mut [f64] {
    v.get_mut(i * n..(i + 1) * n).unwrap_or_default()
}

/// Defines a set of equally long tables kept in one buffer, and views of
/// it with one named slice per table.
macro_rules! tables {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident),* $(,)? }) => {
        $(#[$doc])*
        struct $name<S> {
            $($(#[$fdoc])* $field: S,)*
        }

        impl $name<()> {
            /// Number of tables.
            const COUNT: usize = [$(stringify!($field)),*].len();
        }

        impl<'a> $name<&'a [f64]> {
            /// The tables in `buf`, each `len` long.
            fn split(buf: &'a [f64], len: usize) -> Self {
                let rest = buf;
                $(let ($field, rest) = rest.split_at_checked(len).unwrap_or((&[], &[]));)*
                let _ = rest;
                $name { $($field,)* }
            }
        }

        impl<'a> $name<&'a mut [f64]> {
            /// The tables in `buf`, each `len` long, mutable.
            fn split(buf: &'a mut [f64], len: usize) -> Self {
                let rest = buf;
                $(let ($field, rest) = rest.split_at_mut_checked(len).unwrap_or((&mut [], &mut []));)*
                let _ = rest;
                $name { $($field,)* }
            }
        }
    };
}

tables! {
    /// Per-area tables of one year: `need[a * n + d]` is area `a`'s need in
    /// draw `d`.
    AreaTables {
        unit_cost,
        /// Avoided volume (capped at the volume once need is computed).
        avoided,
        need_volume,
        need,
        floor,
        disc,
        spend,
        /// Water-filling coverage of discretionary need, then share of need
        /// funded.
        coverage,
        served,
        cases,
        freed,
    }
}

tables! {
    /// Per-draw totals of one year: `need[d]` is total need in draw `d`.
    Totals {
        need,
        floors,
        disc,
        /// Discretionary need weighted by priority score (water-filling's
        /// slope).
        slope,
        /// Money for discretionary need.
        room,
        budget,
        /// Spending on the areas, then with prevention in the frame.
        spending,
        overspend,
        unmet,
        coverage,
        need_cit,
        served_cit,
        unmet_cit,
        cases,
        yes,
        partly,
        no,
        freed,
        blocked,
        avoided,
        gains_mun,
        gains_region,
        gains_state,
    }
}

/// The state of one year of a run of `n` draws (see [`AreaTables`] and
/// [`Totals`]), reused from year to year so the draws do not allocate. A
/// central run is a run of one draw.
struct Run {
    n: usize,
    areas: usize,
    /// [`AreaTables`], each `areas * n` long.
    area: Vec<f64>,
    /// [`Totals`], each `n` long.
    totals: Vec<f64>,
    /// Per step-down rule and draw.
    flows: Vec<f64>,
    /// Per service and draw: money taken.
    taken: Vec<f64>,
    /// This year's prevention cost (the same in every draw).
    cost: PreventionCost,
    /// This year's frame.
    frame: f64,
    fill: FillScratch,
    /// Each area's last ceiling tail and the unit cost it is for (sigma
    /// and the ceiling are fixed for a run).
    tails: Vec<Option<(u64, Tail)>>,
}

impl Run {
    fn new(prep: &Prepared, ds: &DataSet, n: usize) -> Run {
        let areas = prep.areas.len();
        Run {
            n,
            areas,
            area: vec![0.0; AreaTables::COUNT * areas * n],
            totals: vec![0.0; Totals::COUNT * n],
            flows: vec![0.0; prep.steps.len() * n],
            taken: vec![0.0; ds.services.len() * n],
            cost: PreventionCost::default(),
            frame: 0.0,
            fill: FillScratch::default(),
            tails: vec![None; areas],
        }
    }

    fn area(&self) -> AreaTables<&[f64]> {
        AreaTables::<&[f64]>::split(&self.area, self.areas * self.n)
    }

    fn totals(&self) -> Totals<&[f64]> {
        Totals::<&[f64]>::split(&self.totals, self.n)
    }

    /// Runs projection year `y` (0-based) for every draw of `set` (which has
    /// `self.n` draws). `volume[a * n + d]` holds the volumes at the end of
    /// the previous year and is advanced. Each step is one loop over the
    /// draws; within a draw the arithmetic is that of `docs/model.md`, in
    /// the same order whatever the number of draws.
    fn step(&mut self, prep: &Prepared, ds: &DataSet, y: usize, set: &DrawSet, volume: &mut [f64]) {
        let n = self.n.max(1);
        let Some(yc) = prep.years.get(y) else {
            return;
        };
        let reach = prep.external_reach;
        let research = yc.research;
        self.frame = yc.frame_dkk;
        self.cost = yc.cost;
        let at = AreaTables::<&mut [f64]>::split(&mut self.area, self.areas * n);
        let t = Totals::<&mut [f64]>::split(&mut self.totals, n);

        // 1a. Volume grows; diagnosis-driven growth dampened; collaboration cuts inflow.
        let rows = volume.chunks_exact_mut(n).zip(set.growth.chunks_exact(n));
        for ((vol, growth), area) in rows.zip(&prep.areas) {
            for (((v, g), nd), cs) in vol
                .iter_mut()
                .zip(growth)
                .zip(&set.needs_dampening)
                .zip(&set.cross_sector_cut)
            {
                let levers = GrowthLevers {
                    scale: prep.growth_scale,
                    dampening: nd * prep.needs_assessment * yc.ph_needs,
                    cross_sector_cut: cs * prep.cross_sector * yc.ph_cross,
                };
                *v = need::grow(
                    *v,
                    need::effective_growth(*g, area.diagnosis_share, area.cross, &levers),
                );
            }
        }

        // 1b. Step-down from heavy to light areas (need::step_down, for all
        // draws): every flow from the volumes before any move.
        for (k, &(from, _)) in prep.steps.iter().enumerate() {
            let ext = prep.areas.get(from).map_or(0.0, |a| a.external_share);
            let rates = row(&set.step_rate, k, n);
            let vol = row(volume, from, n);
            for (((f, v), rate_full), uplift) in row_mut(&mut self.flows, k, n)
                .iter_mut()
                .zip(vol)
                .zip(rates)
                .zip(&set.research_uplift)
            {
                let research_boost = uplift * research;
                *f = v * need::step_rate(*rate_full, yc.followup, research_boost, ext, reach);
            }
        }
        for (k, &(from, to)) in prep.steps.iter().enumerate() {
            for (i, f) in row(&self.flows, k, n).iter().enumerate() {
                if let Some(v) = volume.get_mut(from * n + i) {
                    *v -= f;
                }
                if let Some(v) = volume.get_mut(to * n + i) {
                    *v += f;
                }
            }
        }

        // 1c. Unit cost, moved by steering and less bureaucracy, bounded.
        // With no cut in any draw (the levers are off), the factor is the
        // same in every draw: 1 - (+-0) x - (+-0) is 1 (or NaN when x is),
        // whatever the signs of the zeros.
        let no_cuts = set
            .steering_cut
            .iter()
            .zip(&set.admin_factor)
            .all(|(sc, af)| {
                sc * prep.unit_cost_steering * yc.ph_steering == 0.0
                    && af * prep.admin_relief * yc.ph_admin == 0.0
            });
        if no_cuts {
            for (ucs, area) in at.unit_cost.chunks_exact_mut(n).zip(&prep.areas) {
                ucs.fill(
                    area.base_unit_cost
                        * need::unit_cost_factor(
                            0.0,
                            0.0,
                            area.external_share,
                            reach,
                            prep.unit_cost_floor,
                        ),
                );
            }
        }
        for (ucs, area) in at
            .unit_cost
            .chunks_exact_mut(n)
            .zip(&prep.areas)
            .filter(|_| !no_cuts)
        {
            for ((uc, sc), af) in ucs.iter_mut().zip(&set.steering_cut).zip(&set.admin_factor) {
                let steering = sc * prep.unit_cost_steering * yc.ph_steering;
                let admin = af * prep.admin_relief * yc.ph_admin;
                *uc = area.base_unit_cost
                    * need::unit_cost_factor(
                        steering,
                        admin,
                        area.external_share,
                        reach,
                        prep.unit_cost_floor,
                    );
            }
        }

        // 4 (cost part) and 7. Prevention: cost now, gains after the lag.
        at.avoided.fill(0.0);
        t.gains_mun.fill(0.0);
        t.gains_region.fill(0.0);
        t.gains_state.fill(0.0);
        let n_prog = prep.programmes.len();
        let invested = prep
            .invested
            .get(y * n_prog..(y + 1) * n_prog)
            .unwrap_or_default();
        for (k, (prog, invested)) in prep.programmes.iter().zip(invested).enumerate() {
            let Some(invested) = *invested else {
                continue;
            };
            if invested <= 0.0 {
                continue;
            }
            let central = prep.gain_ratio_central.get(k).copied().unwrap_or(0.0);
            let ratios = row(&set.gain_ratio, k, n);
            for (i, (drawn, uplift)) in ratios.iter().zip(&set.research_uplift).enumerate() {
                let ratio = prevention::gain_ratio(
                    *drawn,
                    central,
                    research,
                    *uplift,
                    prep.research_uncertainty_cut,
                );
                let g =
                    prevention::gains(invested, ratio, prog.municipality, prog.region, prog.state);
                if let (Some(m), Some(r), Some(s)) = (
                    t.gains_mun.get_mut(i),
                    t.gains_region.get_mut(i),
                    t.gains_state.get_mut(i),
                ) {
                    *m += g.municipality_dkk;
                    *r += g.region_dkk;
                    *s += g.state_dkk;
                }
                for (area, w) in &prog.targets {
                    let uc = at.unit_cost.get(area * n + i).copied().unwrap_or(0.0);
                    if let Some(a) = at.avoided.get_mut(area * n + i) {
                        if uc > 0.0 {
                            *a += g.municipality_dkk * w / uc;
                        }
                    }
                }
            }
        }

        // 1d. Need = (volume - avoided) x unit cost; 6. the ceiling council.
        let rule = &CeilingRule {
            phase: yc.ph_ceiling,
            ..prep.ceiling
        };
        let c = rule.ceiling_dkk;
        let ceiling_acts = !(c.is_nan() || c <= 0.0 || rule.phase <= 0.0);
        t.avoided.fill(0.0);
        t.cases.fill(0.0);
        t.yes.fill(0.0);
        t.partly.fill(0.0);
        t.no.fill(0.0);
        t.freed.fill(0.0);
        t.blocked.fill(0.0);
        // Sums over areas start where `Iterator::sum` does.
        t.floors.fill(-0.0);
        t.need.fill(-0.0);
        t.disc.fill(-0.0);
        t.slope.fill(-0.0);
        if !ceiling_acts {
            at.cases.fill(0.0);
            at.freed.fill(0.0);
        }
        let inputs = volume
            .chunks_exact(n)
            .zip(at.avoided.chunks_exact(n))
            .zip(at.unit_cost.chunks_exact(n));
        let outputs = at
            .need_volume
            .chunks_exact_mut(n)
            .zip(at.need.chunks_exact_mut(n))
            .zip(at.floor.chunks_exact_mut(n))
            .zip(at.disc.chunks_exact_mut(n));
        let ceilings = at
            .cases
            .chunks_exact_mut(n)
            .zip(at.freed.chunks_exact_mut(n))
            .zip(self.tails.iter_mut());
        for ((((inputs, outputs), ceilings), area), score) in inputs
            .zip(outputs)
            .zip(ceilings)
            .zip(&prep.areas)
            .zip(&prep.scores)
        {
            let ((vol, avoided), uc) = inputs;
            let (((need_volume, need), floor), disc) = outputs;
            let ((cases, freed), tail_slot) = ceilings;
            let decided = match area.decision {
                Decision::Yes => &mut *t.yes,
                Decision::Partly => &mut *t.partly,
                Decision::No => &mut *t.no,
            };
            let outs = need_volume
                .iter_mut()
                .zip(need.iter_mut())
                .zip(floor.iter_mut())
                .zip(disc.iter_mut());
            let sums = t
                .avoided
                .iter_mut()
                .zip(t.floors.iter_mut())
                .zip(t.need.iter_mut())
                .zip(t.disc.iter_mut())
                .zip(t.slope.iter_mut());
            for (i, (((vol, avoided), uc), (outs, sums))) in vol
                .iter()
                .zip(avoided.iter())
                .zip(uc)
                .zip(outs.zip(sums))
                .enumerate()
            {
                let (
                    (((nv_out, need_out), floor_out), disc_out),
                    ((((t_avoided, t_floors), t_need), t_disc), t_slope),
                ) = (outs, sums);
                let (vol, uc) = (*vol, *uc);
                let avoided = avoided.min(vol);
                *t_avoided += avoided;
                let nv = vol - avoided;
                let c = if ceiling_acts {
                    let mix = CaseMix {
                        volume: nv,
                        unit_cost_dkk: uc,
                        sigma: area.sigma,
                        floor: area.legal_floor,
                        decision: area.decision,
                    };
                    let c = if ceiling::acts_on(&mix, rule) {
                        let tail = match *tail_slot {
                            Some((key, tail)) if key == uc.to_bits() => tail,
                            _ => {
                                let tail =
                                    ceiling::lognormal_tail(uc, area.sigma, rule.ceiling_dkk);
                                *tail_slot = Some((uc.to_bits(), tail));
                                tail
                            }
                        };
                        ceiling::apply_tail(&mix, rule, &tail)
                    } else {
                        AreaCeiling::default()
                    };
                    if let (Some(cs), Some(fr), Some(tc), Some(td), Some(tf), Some(tb)) = (
                        cases.get_mut(i),
                        freed.get_mut(i),
                        t.cases.get_mut(i),
                        decided.get_mut(i),
                        t.freed.get_mut(i),
                        t.blocked.get_mut(i),
                    ) {
                        *cs = c.cases;
                        *fr = c.freed_dkk;
                        *tc += c.cases;
                        *td += c.cases;
                        *tf += c.freed_dkk;
                        *tb += c.blocked_dkk;
                    }
                    c
                } else {
                    AreaCeiling::default()
                };
                let before = nv * uc;
                let after = (before - c.freed_dkk).max(0.0);
                let fl = area.legal_floor * if rule.on_entitlements { after } else { before };
                let fl = fl.min(after);
                let d = (after - fl).max(0.0);
                *nv_out = nv;
                *need_out = after;
                *floor_out = fl;
                *disc_out = d;
                *t_floors += fl;
                *t_need += after;
                *t_disc += d;
                *t_slope += d * *score;
            }
        }

        // 2-5. Budget, floors first, prevention next, water-filling of the rest.
        let frame = yc.frame_dkk;
        let in_frame = yc.cost.in_frame_dkk;
        for (((budget_out, room_out), need_total), (floors, disc_total)) in t
            .budget
            .iter_mut()
            .zip(t.room.iter_mut())
            .zip(t.need.iter())
            .zip(t.floors.iter().zip(t.disc.iter()))
        {
            let budget = budget_dkk(
                frame,
                need_total + in_frame,
                *floors,
                in_frame,
                prep.budget_squeeze,
            );
            *budget_out = budget;
            let mut room = budget - floors - in_frame;
            if room >= disc_total * (1.0 - 1e-12) {
                room = *disc_total; // guard against rounding at full coverage
            }
            *room_out = room;
        }
        // The water-filling coverage goes into `coverage` for now.
        water_fill_draws(
            at.disc,
            &prep.scores,
            &prep.order,
            t.room,
            t.disc,
            t.slope,
            at.coverage,
            &mut self.fill,
        );
        // t.spending first sums spending on the areas.
        t.spending.fill(0.0);
        t.need_cit.fill(0.0);
        t.served_cit.fill(0.0);
        let inputs = at
            .need
            .chunks_exact(n)
            .zip(at.floor.chunks_exact(n))
            .zip(at.disc.chunks_exact(n))
            .zip(at.need_volume.chunks_exact(n));
        let outputs = at
            .spend
            .chunks_exact_mut(n)
            .zip(at.coverage.chunks_exact_mut(n))
            .zip(at.served.chunks_exact_mut(n));
        for (inputs, outputs) in inputs.zip(outputs) {
            let (((need, floor), disc), need_volume) = inputs;
            let ((spend, coverage), served) = outputs;
            let rows = need.iter().zip(floor).zip(disc).zip(need_volume);
            let outs = spend
                .iter_mut()
                .zip(coverage.iter_mut())
                .zip(served.iter_mut());
            let sums = t
                .spending
                .iter_mut()
                .zip(t.need_cit.iter_mut())
                .zip(t.served_cit.iter_mut());
            for ((((need_a, floor_a), disc_a), nv), (outs, sums)) in rows.zip(outs.zip(sums)) {
                let (((spend_out, cov_out), served_out), ((spent, need_cit), served_cit)) =
                    (outs, sums);
                let fill_a = *cov_out;
                let spend = floor_a + fill_a * disc_a;
                let coverage = if *need_a > 0.0 {
                    (spend / need_a).min(1.0)
                } else {
                    1.0
                };
                let served = nv * coverage;
                *spend_out = spend;
                *cov_out = coverage;
                *served_out = served;
                *spent += spend;
                *need_cit += nv;
                *served_cit += served;
            }
        }
        for (
            ((((spending, overspend), unmet), coverage), need_total),
            (unmet_cit, (need_cit, served_cit)),
        ) in t
            .spending
            .iter_mut()
            .zip(t.overspend.iter_mut())
            .zip(t.unmet.iter_mut())
            .zip(t.coverage.iter_mut())
            .zip(t.need.iter())
            .zip(
                t.unmet_cit
                    .iter_mut()
                    .zip(t.need_cit.iter().zip(t.served_cit.iter())),
            )
        {
            let spent_areas = *spending;
            *spending = spent_areas + in_frame;
            *overspend = (*spending - frame).max(0.0);
            *unmet = (need_total - spent_areas).max(0.0);
            *coverage = if *need_total > 0.0 {
                (spent_areas / need_total).min(1.0)
            } else {
                1.0
            };
            *unmet_cit = (need_cit - served_cit).max(0.0);
        }

        // 5 (end). The squeeze on other services (see `year_bands` for
        // why it is usually not needed per draw).
        for (k, svc) in ds
            .services
            .iter()
            .enumerate()
            .filter(|_| !prep.squeeze_monotone)
        {
            for (taken, o) in row_mut(&mut self.taken, k, n)
                .iter_mut()
                .zip(t.overspend.iter())
            {
                *taken = taken_from(svc, prep.services_total_dkk, *o).0;
            }
        }
    }
}

/// The bands of one year of a run, in the order of [`for_each_banded`]
/// (which [`assemble`] reads back).
fn year_bands(
    run: &Run,
    ds: &DataSet,
    prep: &Prepared,
    pct: &mut Percentiles,
    emit: &mut impl FnMut(Band),
) {
    let n = run.n;
    let (at, t) = (run.area(), run.totals());
    for column in [t.need, t.spending] {
        emit(pct.band(column));
    }
    let overspend = pct.band(t.overspend);
    emit(overspend);
    for column in [t.unmet, t.coverage, t.need_cit, t.served_cit, t.unmet_cit] {
        emit(pct.band(column));
    }
    for a in 0..prep.areas.len() {
        emit(pct.band(row(at.need, a, n)));
        emit(pct.band(row(at.spend, a, n)));
        emit(pct.band(row(at.coverage, a, n)));
    }
    for (k, svc) in ds.services.iter().enumerate() {
        if prep.squeeze_monotone {
            // Overspend is never NaN and never below -0, and money taken
            // is 0 up to 0 overspend and rises with it after: percentiles
            // commute with such a map, so this is exactly the band of the
            // money taken in each draw.
            let taken = |o: f64| taken_from(svc, prep.services_total_dkk, o).0;
            emit(Band {
                p10: taken(overspend.p10),
                p50: taken(overspend.p50),
                p90: taken(overspend.p90),
            });
        } else {
            emit(pct.band(row(&run.taken, k, n)));
        }
    }
    for column in [t.cases, t.yes, t.partly, t.no, t.freed] {
        emit(pct.band(column));
    }
    // Prevention's cost is the same in every draw.
    for v in [run.cost.municipality_dkk, run.cost.state_dkk] {
        emit(Band {
            p10: v,
            p50: v,
            p90: v,
        });
    }
    for column in [t.gains_mun, t.gains_region, t.gains_state] {
        emit(pct.band(column));
    }
}

/// Writes year `y` of a central run (a run of one draw) into `out` (which
/// has the right shape).
fn record(out: &mut Projection, y: usize, run: &Run, ds: &DataSet, prep: &Prepared) {
    let n = run.n;
    let (at, t) = (run.area(), run.totals());
    let first = |v: &[f64]| v.first().copied().unwrap_or(0.0);
    for (a, ap) in out.areas.iter_mut().enumerate() {
        let get = |v: &[f64]| v.get(a * n).copied().unwrap_or(0.0);
        let (need, spend, nv, served) = (
            get(at.need),
            get(at.spend),
            get(at.need_volume),
            get(at.served),
        );
        set(&mut ap.need_dkk, y, need);
        set(&mut ap.floor_dkk, y, get(at.floor));
        set(&mut ap.spending_dkk, y, spend);
        set(&mut ap.coverage, y, get(at.coverage));
        set(&mut ap.unmet_dkk, y, (need - spend).max(0.0));
        set(&mut ap.need_citizens, y, nv);
        set(&mut ap.served_citizens, y, served);
        set(&mut ap.unmet_citizens, y, (nv - served).max(0.0));
        set(&mut ap.unit_cost_dkk, y, get(at.unit_cost));
        set(&mut ap.ceiling_cases, y, get(at.cases));
        set(&mut ap.ceiling_freed_dkk, y, get(at.freed));
    }
    let frame = run.frame;
    let spending = first(t.spending);
    set(&mut out.frame_dkk, y, frame);
    set(&mut out.budget_dkk, y, first(t.budget));
    set(&mut out.need_dkk, y, first(t.need));
    set(&mut out.floors_dkk, y, first(t.floors));
    set(&mut out.spending_dkk, y, spending);
    set(&mut out.overspend_dkk, y, first(t.overspend));
    set(&mut out.unspent_dkk, y, (frame - spending).max(0.0));
    set(&mut out.unmet_dkk, y, first(t.unmet));
    set(&mut out.coverage, y, first(t.coverage));
    set(&mut out.need_citizens, y, first(t.need_cit));
    set(&mut out.served_citizens, y, first(t.served_cit));
    set(&mut out.unmet_citizens, y, first(t.unmet_cit));

    // 5 (end). The squeeze on other services.
    let overspend = first(t.overspend);
    for (sp, svc) in out.squeeze.iter_mut().zip(&ds.services) {
        let (dkk, units) = taken_from(svc, prep.services_total_dkk, overspend);
        set(&mut sp.taken_dkk, y, dkk);
        set(&mut sp.taken_units, y, units);
    }

    let c = &mut out.ceiling;
    set(&mut c.cases_referred, y, first(t.cases));
    set(&mut c.cases_yes, y, first(t.yes));
    set(&mut c.cases_partly, y, first(t.partly));
    set(&mut c.cases_no, y, first(t.no));
    set(&mut c.freed_dkk, y, first(t.freed));
    set(&mut c.blocked_dkk, y, first(t.blocked));

    let pv = &mut out.prevention;
    set(&mut pv.investment_dkk, y, run.cost.gross_dkk);
    set(&mut pv.cost_municipality_dkk, y, run.cost.municipality_dkk);
    set(&mut pv.cost_state_dkk, y, run.cost.state_dkk);
    set(&mut pv.in_frame_dkk, y, run.cost.in_frame_dkk);
    set(&mut pv.gains_municipality_dkk, y, first(t.gains_mun));
    set(&mut pv.gains_region_dkk, y, first(t.gains_region));
    set(&mut pv.gains_state_dkk, y, first(t.gains_state));
    set(&mut pv.avoided_citizens, y, first(t.avoided));
}

fn set(series: &mut [f64], year: usize, value: f64) {
    if let Some(slot) = series.get_mut(year) {
        *slot = value;
    }
}

/// Visits the banded series of a projection in a fixed order (the order
/// [`assemble`] reads them back in).
fn for_each_banded(p: &Projection, f: &mut impl FnMut(&[f64])) {
    for s in [
        &p.need_dkk,
        &p.spending_dkk,
        &p.overspend_dkk,
        &p.unmet_dkk,
        &p.coverage,
        &p.need_citizens,
        &p.served_citizens,
        &p.unmet_citizens,
    ] {
        f(s);
    }
    for a in &p.areas {
        f(&a.need_dkk);
        f(&a.spending_dkk);
        f(&a.coverage);
    }
    for s in &p.squeeze {
        f(&s.taken_dkk);
    }
    let c = &p.ceiling;
    for s in [
        &c.cases_referred,
        &c.cases_yes,
        &c.cases_partly,
        &c.cases_no,
        &c.freed_dkk,
    ] {
        f(s);
    }
    let v = &p.prevention;
    for s in [
        &v.cost_municipality_dkk,
        &v.cost_state_dkk,
        &v.gains_municipality_dkk,
        &v.gains_region_dkk,
        &v.gains_state_dkk,
    ] {
        f(s);
    }
}

/// Builds the bands from `next()`, which yields the band series in the order
/// of [`for_each_banded`]; `shape` gives ids and years.
fn assemble(
    shape: &Projection,
    ds: &DataSet,
    draws: usize,
    seed: u64,
    next: &mut impl FnMut() -> Vec<Band>,
) -> BandedProjection {
    let need_dkk = next();
    let spending_dkk = next();
    let overspend_dkk = next();
    let unmet_dkk = next();
    let coverage = next();
    let need_citizens = next();
    let served_citizens = next();
    let unmet_citizens = next();
    let areas = shape
        .areas
        .iter()
        .map(|a| {
            let need_dkk = next();
            let spending_dkk = next();
            let coverage = next();
            AreaBands {
                id: a.id.clone(),
                need_dkk,
                spending_dkk,
                coverage,
            }
        })
        .collect();
    let squeeze = shape
        .squeeze
        .iter()
        .map(|s| {
            let taken_dkk = next();
            let unit = ds
                .services
                .iter()
                .find(|x| x.id == s.id)
                .map_or(0.0, |x| x.unit_cost_dkk.value);
            let per = |v: f64| if unit > 0.0 { v / unit } else { 0.0 };
            let taken_units = taken_dkk
                .iter()
                .map(|b| Band {
                    p10: per(b.p10),
                    p50: per(b.p50),
                    p90: per(b.p90),
                })
                .collect();
            ServiceBands {
                id: s.id.clone(),
                taken_dkk,
                taken_units,
            }
        })
        .collect();
    let ceiling = CeilingBands {
        cases_referred: next(),
        cases_yes: next(),
        cases_partly: next(),
        cases_no: next(),
        freed_dkk: next(),
    };
    let prevention = PreventionBands {
        cost_municipality_dkk: next(),
        cost_state_dkk: next(),
        gains_municipality_dkk: next(),
        gains_region_dkk: next(),
        gains_state_dkk: next(),
    };
    BandedProjection {
        scenario: shape.scenario.clone(),
        years: shape.years.clone(),
        draws,
        seed,
        need_dkk,
        spending_dkk,
        overspend_dkk,
        unmet_dkk,
        coverage,
        need_citizens,
        served_citizens,
        unmet_citizens,
        areas,
        squeeze,
        ceiling,
        prevention,
    }
}

// Lever positions in `LEVER_IDS`.
const L_INVEST: usize = 0;
const L_REFUND: usize = 1;
const L_EXEMPT: usize = 2;
const L_ADMIN: usize = 3;
const L_RESEARCH: usize = 4;
const L_CROSS: usize = 5;
const L_NEEDS: usize = 6;
const L_PROGRESSION: usize = 7;
const L_STEERING: usize = 8;
const L_CEILING: usize = 9;

#[cfg(test)]
mod tests {
    use super::*;

    /// The squeeze bands mapped from the overspend band equal the bands of
    /// the money taken in each draw, bit for bit.
    #[test]
    fn squeeze_bands_map_from_overspend() {
        let ds = DataSet::builtin();
        for (name, squeeze) in [("neutral", 0.0), ("budget_squeeze", 0.3), ("steering", 0.9)] {
            let mut sc = if name == "neutral" {
                Scenario::neutral()
            } else {
                Scenario::from_preset(&ds, name).unwrap()
            };
            sc.priorities.budget_squeeze = squeeze;
            let mut prep = Prepared::new(&sc, &ds).unwrap();
            assert!(prep.squeeze_monotone);
            let set = DrawSet::draw(&ds, 400, 9);
            let mut volume = vec![0.0; prep.areas.len() * 400];
            for (row, a) in volume.chunks_exact_mut(400).zip(&prep.areas) {
                row.fill(a.base_volume);
            }
            let mut run = Run::new(&prep, &ds, 400);
            let mut pct = Percentiles::new();
            let mut varied = false;
            for y in 0..prep.years.len() {
                prep.squeeze_monotone = false;
                run.step(&prep, &ds, y, &set, &mut volume);
                let mut per_draw = Vec::new();
                year_bands(&run, &ds, &prep, &mut pct, &mut |b| per_draw.push(b));
                prep.squeeze_monotone = true;
                let mut mapped = Vec::new();
                year_bands(&run, &ds, &prep, &mut pct, &mut |b| mapped.push(b));
                let bits = |v: &[Band]| -> Vec<[u64; 3]> {
                    v.iter()
                        .map(|b| [b.p10.to_bits(), b.p50.to_bits(), b.p90.to_bits()])
                        .collect()
                };
                assert_eq!(bits(&per_draw), bits(&mapped), "{name} year {y}");
                let squeeze = 8 + 3 * prep.areas.len();
                varied |= per_draw[squeeze..squeeze + ds.services.len()]
                    .iter()
                    .any(|b| b.p10 < b.p50 && b.p50 < b.p90);
            }
            assert!(varied);
        }
    }

    /// The bands of a year come in the order `assemble` reads the series
    /// in; for one (central) draw they are the central run's values.
    #[test]
    fn year_bands_follow_the_banded_series() {
        let ds = DataSet::builtin();
        for name in ["future_priorities", "budget_squeeze", "steering"] {
            let sc = Scenario::from_preset(&ds, name).unwrap();
            let central = project_central(&sc, &ds).unwrap();
            let prep = Prepared::new(&sc, &ds).unwrap();
            let set = DrawSet::central(&Params::central(&ds));
            let mut run = Run::new(&prep, &ds, 1);
            let mut volume: Vec<f64> = prep.areas.iter().map(|a| a.base_volume).collect();
            let mut pct = Percentiles::new();
            for y in 0..central.years.len() {
                run.step(&prep, &ds, y, &set, &mut volume);
                let mut got = Vec::new();
                year_bands(&run, &ds, &prep, &mut pct, &mut |b| {
                    assert_eq!(
                        (b.p10.to_bits(), b.p90.to_bits()),
                        (b.p50.to_bits(), b.p50.to_bits())
                    );
                    got.push(b.p50.to_bits());
                });
                let mut want = Vec::new();
                for_each_banded(&central, &mut |s| want.push(s[y].to_bits()));
                assert_eq!(got, want, "{name} year {y}");
            }
        }
    }
}
