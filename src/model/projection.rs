//! The projection: ten years (by default) of need, budget, allocation,
//! overspend and crowding out, the ceiling council and prevention, for a
//! scenario. [`project_central`] runs once on central values (fast, for live
//! sliders); [`project`] runs seeded Monte Carlo draws and reports p10 / p50 /
//! p90 for every output. The steps of one year follow `docs/model.md`.

use serde::{Deserialize, Serialize};

use super::allocation::{budget_dkk, fill_order, water_fill_ordered};
use super::bands::{assemble, for_each_banded, BandedProjection};
use super::ceiling::{self, AreaCeiling, CaseMix, CeilingRule, Tail};
use super::dataset::{DataSet, Decision, Horizon};
use super::error::ModelError;
use super::need::{self, GrowthLevers, Step};
use super::phase::phase_in;
use super::prevention::{self, Gains, PreventionCost};
use super::scenario::Scenario;
use super::squeeze::taken_from;
use super::uncertainty::{Band, Draws, Params, Percentiles};

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
    let params = Params::central(ds);
    let drawn = Drawn::of(&params);
    let mut out = prep.zeros(scenario, ds);
    let mut scratch = Scratch::new(&prep);
    let mut volume: Vec<f64> = prep.areas.iter().map(|a| a.base_volume).collect();
    for y in 0..out.years.len() {
        let year = step_year(&prep, y, &drawn, &mut volume, &mut scratch);
        record(&mut out, y, &year, &scratch, ds, &prep);
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
/// All draws are made first (in the generator's order), then the draws
/// advance together one year at a time; each year's banded values of all
/// draws sit in one buffer (series-major) whose percentiles are taken
/// before the next year.
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
    let mut params = Params::central(ds);
    let width = Drawn::width(&params);
    let mut rows = vec![0.0_f64; width * draws];
    let mut rng = Draws::new(seed);
    for row in rows.chunks_exact_mut(width) {
        params.redraw(ds, &mut rng);
        Drawn::of(&params).pack(row);
    }
    let n_areas = prep.areas.len();
    let mut volumes = vec![0.0_f64; n_areas * draws];
    for v in volumes.chunks_exact_mut(n_areas.max(1)) {
        for (v, a) in v.iter_mut().zip(&prep.areas) {
            *v = a.base_volume;
        }
    }
    let shape = prep.zeros(scenario, ds);
    let years = shape.years.len();
    let mut series = 0usize;
    for_each_banded(&shape, &mut |_| series += 1);
    // cols[k * draws + d]: banded series k of draw d in the current year.
    let mut cols = vec![0.0_f64; series * draws];
    // bands[k * years + y]: the band of series k in year y.
    let mut bands = vec![Band::default(); series * years];
    let mut scratch = Scratch::new(&prep);
    let mut pct = Percentiles::new();
    for y in 0..years {
        for (d, row) in rows.chunks_exact(width).enumerate() {
            let drawn = Drawn::unpack(row, &prep);
            let volume = volumes
                .get_mut(d * n_areas..(d + 1) * n_areas)
                .unwrap_or_default();
            let year = step_year(&prep, y, &drawn, volume, &mut scratch);
            banded_values(
                &year,
                &scratch,
                ds,
                &prep,
                &mut Cells::new(&mut cols, d, draws),
            );
        }
        for (k, sample) in cols.chunks_exact(draws).enumerate() {
            if let Some(b) = bands.get_mut(k * years + y) {
                *b = pct.band(sample);
            }
        }
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

/// What one projection year is, whatever the draw: phase-ins, the frame,
/// prevention's cost and the ceiling rule.
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
    rule: CeilingRule,
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
        let mut programmes = Vec::new();
        let mut shares = Vec::new();
        for (i, p) in ds.prevention.programmes.iter().enumerate() {
            let q = || format!("prevention.programmes[{i}]");
            let mut targets = Vec::new();
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
        for (h, id) in horizon.iter_mut().zip(super::scenario::LEVER_IDS) {
            *h = ds
                .lever(id)
                .map(|l| l.horizon)
                .ok_or_else(|| ModelError::new("levers", format!("missing lever '{id}'")))?;
        }
        let base_frame_dkk = ds.base_spending_dkk();
        let mut years = Vec::new();
        let mut invest_by_year = Vec::new();
        let mut invested = Vec::new();
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
                rule: CeilingRule {
                    ceiling_dkk: lv.ceiling_dkk,
                    partly_share: ds.ceiling.partly_share.value,
                    on_entitlements: lv.ceiling_on_entitlements,
                    phase: ph(L_CEILING),
                },
            });
        }
        let e = &ds.effects;
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
            services_total_dkk: ds.services.iter().map(|s| s.budget_dkk.value).sum(),
        })
    }

    /// A zero projection of the right shape.
    fn zeros(&self, sc: &Scenario, ds: &DataSet) -> Projection {
        let h = sc.horizon_years as usize;
        let z = || vec![0.0; h];
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

/// One run's uncertain parameters (see [`Params`]), borrowed: from a
/// [`Params`] or from a row of packed draws.
struct Drawn<'a> {
    growth: &'a [f64],
    step_rate: &'a [f64],
    gain_ratio: &'a [f64],
    needs_dampening: f64,
    cross_sector_cut: f64,
    steering_cut: f64,
    admin_factor: f64,
    research_uplift: f64,
}

/// Scalars after the per-area, per-rule and per-programme values of a
/// packed row.
const DRAWN_SCALARS: usize = 5;

impl<'a> Drawn<'a> {
    fn of(p: &'a Params) -> Drawn<'a> {
        Drawn {
            growth: &p.growth,
            step_rate: &p.step_rate,
            gain_ratio: &p.gain_ratio,
            needs_dampening: p.needs_dampening,
            cross_sector_cut: p.cross_sector_cut,
            steering_cut: p.steering_cut,
            admin_factor: p.admin_factor,
            research_uplift: p.research_uplift,
        }
    }

    /// Length of a packed row for parameters shaped like `p`.
    fn width(p: &Params) -> usize {
        p.growth.len() + p.step_rate.len() + p.gain_ratio.len() + DRAWN_SCALARS
    }

    /// Writes the parameters into `row` (of [`Drawn::width`]).
    fn pack(&self, row: &mut [f64]) {
        let scalars = [
            self.needs_dampening,
            self.cross_sector_cut,
            self.steering_cut,
            self.admin_factor,
            self.research_uplift,
        ];
        let values = self
            .growth
            .iter()
            .chain(self.step_rate)
            .chain(self.gain_ratio)
            .chain(&scalars);
        for (r, v) in row.iter_mut().zip(values) {
            *r = *v;
        }
    }

    /// The parameters packed in `row`, for the data set of `prep`.
    fn unpack(row: &'a [f64], prep: &Prepared) -> Drawn<'a> {
        let (growth, rest) = row.split_at(prep.areas.len().min(row.len()));
        let (step_rate, rest) = rest.split_at(prep.steps.len().min(rest.len()));
        let (gain_ratio, rest) = rest.split_at(prep.programmes.len().min(rest.len()));
        let s = |i: usize| rest.get(i).copied().unwrap_or(0.0);
        Drawn {
            growth,
            step_rate,
            gain_ratio,
            needs_dampening: s(0),
            cross_sector_cut: s(1),
            steering_cut: s(2),
            admin_factor: s(3),
            research_uplift: s(4),
        }
    }
}

/// Reusable per-area buffers of one year, so the draws do not allocate.
struct Scratch {
    avoided: Vec<f64>,
    unit_cost: Vec<f64>,
    need_volume: Vec<f64>,
    need: Vec<f64>,
    floor: Vec<f64>,
    disc: Vec<f64>,
    /// Water-filling coverage of discretionary need.
    fill: Vec<f64>,
    spend: Vec<f64>,
    /// Share of need funded.
    coverage: Vec<f64>,
    served: Vec<f64>,
    ceiling: Vec<AreaCeiling>,
    /// Each area's last ceiling tail and the unit cost it is for (sigma
    /// and the ceiling are fixed for a run).
    tails: Vec<Option<(u64, Tail)>>,
    flows: Vec<f64>,
    steps: Vec<Step>,
}

impl Scratch {
    fn new(prep: &Prepared) -> Scratch {
        let n = prep.areas.len();
        Scratch {
            avoided: vec![0.0; n],
            unit_cost: vec![0.0; n],
            need_volume: vec![0.0; n],
            need: vec![0.0; n],
            floor: vec![0.0; n],
            disc: vec![0.0; n],
            fill: vec![0.0; n],
            spend: vec![0.0; n],
            coverage: vec![0.0; n],
            served: vec![0.0; n],
            ceiling: vec![AreaCeiling::default(); n],
            tails: vec![None; n],
            flows: Vec::with_capacity(prep.steps.len()),
            steps: Vec::with_capacity(prep.steps.len()),
        }
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

/// The totals of one year of one run (per-area values are in [`Scratch`]).
struct YearTotals {
    frame: f64,
    budget: f64,
    need: f64,
    floors: f64,
    spending: f64,
    overspend: f64,
    /// Spending on the areas (without prevention).
    spent_areas: f64,
    need_citizens: f64,
    served_citizens: f64,
    cases: f64,
    yes: f64,
    partly: f64,
    no: f64,
    freed: f64,
    blocked: f64,
    avoided_citizens: f64,
    cost: PreventionCost,
    gains: Gains,
}

impl YearTotals {
    fn unspent(&self) -> f64 {
        (self.frame - self.spending).max(0.0)
    }

    fn unmet(&self) -> f64 {
        (self.need - self.spent_areas).max(0.0)
    }

    fn coverage(&self) -> f64 {
        if self.need > 0.0 {
            (self.spent_areas / self.need).min(1.0)
        } else {
            1.0
        }
    }

    fn unmet_citizens(&self) -> f64 {
        (self.need_citizens - self.served_citizens).max(0.0)
    }
}

/// Runs projection year `y` (0-based) of one run: `volume` holds the
/// areas' volumes at the end of the previous year and is advanced. The
/// per-area results are left in `s`.
fn step_year(
    prep: &Prepared,
    y: usize,
    p: &Drawn,
    volume: &mut [f64],
    s: &mut Scratch,
) -> YearTotals {
    let Some(yc) = prep.years.get(y) else {
        return YearTotals::zero(0.0);
    };
    let reach = prep.external_reach;
    let research = yc.research;
    let research_boost = p.research_uplift * research;

    // 1a. Volume grows; diagnosis-driven growth dampened; collaboration cuts inflow.
    let growth = GrowthLevers {
        scale: prep.growth_scale,
        dampening: p.needs_dampening * prep.needs_assessment * yc.ph_needs,
        cross_sector_cut: p.cross_sector_cut * prep.cross_sector * yc.ph_cross,
    };
    for ((v, a), g) in volume.iter_mut().zip(&prep.areas).zip(p.growth) {
        *v = need::grow(
            *v,
            need::effective_growth(*g, a.diagnosis_share, a.cross, &growth),
        );
    }

    // 1b. Step-down from heavy to light areas.
    s.steps.clear();
    for (&(from, to), rate_full) in prep.steps.iter().zip(p.step_rate) {
        let ext = prep.areas.get(from).map_or(0.0, |a| a.external_share);
        let rate = need::step_rate(*rate_full, yc.followup, research_boost, ext, reach);
        s.steps.push(Step { from, to, rate });
    }
    need::step_down(volume, &s.steps, &mut s.flows);

    // 1c. Unit cost, moved by steering and less bureaucracy, bounded.
    let steering = p.steering_cut * prep.unit_cost_steering * yc.ph_steering;
    let admin = p.admin_factor * prep.admin_relief * yc.ph_admin;
    for (uc, a) in s.unit_cost.iter_mut().zip(&prep.areas) {
        *uc = a.base_unit_cost
            * need::unit_cost_factor(
                steering,
                admin,
                a.external_share,
                reach,
                prep.unit_cost_floor,
            );
    }

    // 4 (cost part) and 7. Prevention: cost now, gains after the lag.
    s.avoided.fill(0.0);
    let mut gains = Gains::default();
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
        let ratio = prevention::gain_ratio(
            p.gain_ratio.get(k).copied().unwrap_or(0.0),
            prep.gain_ratio_central.get(k).copied().unwrap_or(0.0),
            research,
            p.research_uplift,
            prep.research_uncertainty_cut,
        );
        let g = prevention::gains(invested, ratio, prog.municipality, prog.region, prog.state);
        gains.municipality_dkk += g.municipality_dkk;
        gains.region_dkk += g.region_dkk;
        gains.state_dkk += g.state_dkk;
        for (area, w) in &prog.targets {
            let uc = s.unit_cost.get(*area).copied().unwrap_or(0.0);
            if let Some(a) = s.avoided.get_mut(*area) {
                if uc > 0.0 {
                    *a += g.municipality_dkk * w / uc;
                }
            }
        }
    }

    // 1d. Need = (volume - avoided) x unit cost; 6. the ceiling council.
    let rule = &yc.rule;
    let mut t = YearTotals::zero(yc.frame_dkk);
    t.cost = yc.cost;
    t.gains = gains;
    let (mut floors, mut need_total, mut disc_total) = (-0.0, -0.0, -0.0);
    for (i, a) in prep.areas.iter().enumerate() {
        let vol = volume.get(i).copied().unwrap_or(0.0);
        let avoided = s.avoided.get(i).copied().unwrap_or(0.0).min(vol);
        t.avoided_citizens += avoided;
        let nv = vol - avoided;
        let uc = s.unit_cost.get(i).copied().unwrap_or(0.0);
        let mix = CaseMix {
            volume: nv,
            unit_cost_dkk: uc,
            sigma: a.sigma,
            floor: a.legal_floor,
            decision: a.decision,
        };
        let c = if ceiling::acts_on(&mix, rule) {
            let tail = match s.tails.get(i).copied().flatten() {
                Some((key, tail)) if key == uc.to_bits() => tail,
                _ => {
                    let tail = ceiling::lognormal_tail(uc, a.sigma, rule.ceiling_dkk);
                    if let Some(slot) = s.tails.get_mut(i) {
                        *slot = Some((uc.to_bits(), tail));
                    }
                    tail
                }
            };
            ceiling::apply_tail(&mix, rule, &tail)
        } else {
            AreaCeiling::default()
        };
        let before = nv * uc;
        let after = (before - c.freed_dkk).max(0.0);
        let floor = a.legal_floor * if rule.on_entitlements { after } else { before };
        let floor = floor.min(after);
        let disc = (after - floor).max(0.0);
        t.cases += c.cases;
        match a.decision {
            Decision::Yes => t.yes += c.cases,
            Decision::Partly => t.partly += c.cases,
            Decision::No => t.no += c.cases,
        }
        t.freed += c.freed_dkk;
        t.blocked += c.blocked_dkk;
        floors += floor;
        need_total += after;
        disc_total += disc;
        if let (Some(v), Some(n), Some(f), Some(d), Some(cs)) = (
            s.need_volume.get_mut(i),
            s.need.get_mut(i),
            s.floor.get_mut(i),
            s.disc.get_mut(i),
            s.ceiling.get_mut(i),
        ) {
            *v = nv;
            *n = after;
            *f = floor;
            *d = disc;
            *cs = c;
        }
    }

    // 2-5. Budget, floors first, prevention next, water-filling of the rest.
    let frame = yc.frame_dkk;
    let in_frame = yc.cost.in_frame_dkk;
    let budget = budget_dkk(
        frame,
        need_total + in_frame,
        floors,
        in_frame,
        prep.budget_squeeze,
    );
    let mut room = budget - floors - in_frame;
    if room >= disc_total * (1.0 - 1e-12) {
        room = disc_total; // guard against rounding at full coverage
    }
    water_fill_ordered(&s.disc, &prep.scores, &prep.order, room, &mut s.fill);

    let (mut spent_areas, mut need_cit, mut served_cit) = (0.0, 0.0, 0.0);
    for i in 0..prep.areas.len() {
        let get = |v: &Vec<f64>| v.get(i).copied().unwrap_or(0.0);
        let (need_i, floor_i, disc_i, fill_i, nv) = (
            get(&s.need),
            get(&s.floor),
            get(&s.disc),
            get(&s.fill),
            get(&s.need_volume),
        );
        let spend = floor_i + fill_i * disc_i;
        let coverage = if need_i > 0.0 {
            (spend / need_i).min(1.0)
        } else {
            1.0
        };
        let served = nv * coverage;
        spent_areas += spend;
        need_cit += nv;
        served_cit += served;
        if let (Some(sp), Some(c), Some(sv)) = (
            s.spend.get_mut(i),
            s.coverage.get_mut(i),
            s.served.get_mut(i),
        ) {
            *sp = spend;
            *c = coverage;
            *sv = served;
        }
    }
    let spending = spent_areas + in_frame;
    t.budget = budget;
    t.need = need_total;
    t.floors = floors;
    t.spending = spending;
    t.overspend = (spending - frame).max(0.0);
    t.spent_areas = spent_areas;
    t.need_citizens = need_cit;
    t.served_citizens = served_cit;
    t
}

impl YearTotals {
    fn zero(frame: f64) -> YearTotals {
        YearTotals {
            frame,
            budget: 0.0,
            need: 0.0,
            floors: 0.0,
            spending: 0.0,
            overspend: 0.0,
            spent_areas: 0.0,
            need_citizens: 0.0,
            served_citizens: 0.0,
            cases: 0.0,
            yes: 0.0,
            partly: 0.0,
            no: 0.0,
            freed: 0.0,
            blocked: 0.0,
            avoided_citizens: 0.0,
            cost: PreventionCost::default(),
            gains: Gains::default(),
        }
    }
}

/// Emits one year's values of the banded series, in the order of
/// [`super::bands::for_each_banded`] (which [`assemble`] reads back).
fn banded_values(t: &YearTotals, s: &Scratch, ds: &DataSet, prep: &Prepared, out: &mut Cells) {
    let mut emit = |v: f64| out.push(v);
    for v in [
        t.need,
        t.spending,
        t.overspend,
        t.unmet(),
        t.coverage(),
        t.need_citizens,
        t.served_citizens,
        t.unmet_citizens(),
    ] {
        emit(v);
    }
    for ((need, spend), coverage) in s.need.iter().zip(&s.spend).zip(&s.coverage) {
        emit(*need);
        emit(*spend);
        emit(*coverage);
    }
    for svc in &ds.services {
        emit(taken_from(svc, prep.services_total_dkk, t.overspend).0);
    }
    for v in [
        t.cases,
        t.yes,
        t.partly,
        t.no,
        t.freed,
        t.cost.municipality_dkk,
        t.cost.state_dkk,
        t.gains.municipality_dkk,
        t.gains.region_dkk,
        t.gains.state_dkk,
    ] {
        emit(v);
    }
}

/// Cells `start, start + stride, ...` of a buffer, filled in order; values
/// past its end are dropped.
struct Cells<'a> {
    cells: &'a mut [f64],
    at: usize,
    stride: usize,
}

impl<'a> Cells<'a> {
    fn new(cells: &'a mut [f64], start: usize, stride: usize) -> Cells<'a> {
        Cells {
            cells,
            at: start,
            stride,
        }
    }

    fn push(&mut self, v: f64) {
        if let Some(c) = self.cells.get_mut(self.at) {
            *c = v;
        }
        self.at += self.stride;
    }
}

/// Writes year `y` of a central run into `out` (which has the right shape).
fn record(
    out: &mut Projection,
    y: usize,
    t: &YearTotals,
    s: &Scratch,
    ds: &DataSet,
    prep: &Prepared,
) {
    for (i, ap) in out.areas.iter_mut().enumerate() {
        let get = |v: &Vec<f64>| v.get(i).copied().unwrap_or(0.0);
        let (need, spend, nv, served) = (
            get(&s.need),
            get(&s.spend),
            get(&s.need_volume),
            get(&s.served),
        );
        let c = s.ceiling.get(i).copied().unwrap_or_default();
        set(&mut ap.need_dkk, y, need);
        set(&mut ap.floor_dkk, y, get(&s.floor));
        set(&mut ap.spending_dkk, y, spend);
        set(&mut ap.coverage, y, get(&s.coverage));
        set(&mut ap.unmet_dkk, y, (need - spend).max(0.0));
        set(&mut ap.need_citizens, y, nv);
        set(&mut ap.served_citizens, y, served);
        set(&mut ap.unmet_citizens, y, (nv - served).max(0.0));
        set(&mut ap.unit_cost_dkk, y, get(&s.unit_cost));
        set(&mut ap.ceiling_cases, y, c.cases);
        set(&mut ap.ceiling_freed_dkk, y, c.freed_dkk);
    }
    set(&mut out.frame_dkk, y, t.frame);
    set(&mut out.budget_dkk, y, t.budget);
    set(&mut out.need_dkk, y, t.need);
    set(&mut out.floors_dkk, y, t.floors);
    set(&mut out.spending_dkk, y, t.spending);
    set(&mut out.overspend_dkk, y, t.overspend);
    set(&mut out.unspent_dkk, y, t.unspent());
    set(&mut out.unmet_dkk, y, t.unmet());
    set(&mut out.coverage, y, t.coverage());
    set(&mut out.need_citizens, y, t.need_citizens);
    set(&mut out.served_citizens, y, t.served_citizens);
    set(&mut out.unmet_citizens, y, t.unmet_citizens());

    // 5 (end). The squeeze on other services.
    for (sp, svc) in out.squeeze.iter_mut().zip(&ds.services) {
        let (dkk, units) = taken_from(svc, prep.services_total_dkk, t.overspend);
        set(&mut sp.taken_dkk, y, dkk);
        set(&mut sp.taken_units, y, units);
    }

    let c = &mut out.ceiling;
    set(&mut c.cases_referred, y, t.cases);
    set(&mut c.cases_yes, y, t.yes);
    set(&mut c.cases_partly, y, t.partly);
    set(&mut c.cases_no, y, t.no);
    set(&mut c.freed_dkk, y, t.freed);
    set(&mut c.blocked_dkk, y, t.blocked);

    let pv = &mut out.prevention;
    set(&mut pv.investment_dkk, y, t.cost.gross_dkk);
    set(&mut pv.cost_municipality_dkk, y, t.cost.municipality_dkk);
    set(&mut pv.cost_state_dkk, y, t.cost.state_dkk);
    set(&mut pv.in_frame_dkk, y, t.cost.in_frame_dkk);
    set(&mut pv.gains_municipality_dkk, y, t.gains.municipality_dkk);
    set(&mut pv.gains_region_dkk, y, t.gains.region_dkk);
    set(&mut pv.gains_state_dkk, y, t.gains.state_dkk);
    set(&mut pv.avoided_citizens, y, t.avoided_citizens);
}

fn set(series: &mut [f64], year: usize, value: f64) {
    if let Some(slot) = series.get_mut(year) {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The banded values of a year come in the order `assemble` reads the
    /// series in, and equal the central run's values.
    #[test]
    fn banded_values_follow_the_banded_series() {
        let ds = DataSet::builtin();
        for name in ["future_priorities", "budget_squeeze", "steering"] {
            let sc = Scenario::from_preset(&ds, name).unwrap();
            let central = project_central(&sc, &ds).unwrap();
            let prep = Prepared::new(&sc, &ds).unwrap();
            let params = Params::central(&ds);
            let drawn = Drawn::of(&params);
            let mut row = vec![0.0; Drawn::width(&params)];
            drawn.pack(&mut row);
            let unpacked = Drawn::unpack(&row, &prep);
            let mut scratch = Scratch::new(&prep);
            let mut volume: Vec<f64> = prep.areas.iter().map(|a| a.base_volume).collect();
            for y in 0..central.years.len() {
                let t = step_year(&prep, y, &unpacked, &mut volume, &mut scratch);
                let mut want = Vec::new();
                for_each_banded(&central, &mut |s| want.push(s[y].to_bits()));
                // One cell more than the series: it must stay unwritten.
                let mut got = vec![f64::NAN; want.len() + 1];
                banded_values(&t, &scratch, &ds, &prep, &mut Cells::new(&mut got, 0, 1));
                assert!(
                    got.pop().is_some_and(f64::is_nan),
                    "{name}: too many values"
                );
                let got: Vec<u64> = got.iter().map(|v| v.to_bits()).collect();
                assert_eq!(got, want, "{name} year {y}");
            }
        }
    }
}
