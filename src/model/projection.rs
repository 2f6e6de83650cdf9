//! The projection: ten years (by default) of need, budget, allocation,
//! overspend and crowding out, the ceiling council and prevention, for a
//! scenario. [`project_central`] runs once on central values (fast, for live
//! sliders); [`project`] runs seeded Monte Carlo draws and reports p10 / p50 /
//! p90 for every output. The steps of one year follow `docs/model.md`.

use serde::{Deserialize, Serialize};

use super::allocation::{budget_dkk, water_fill};
use super::bands::{assemble, for_each_banded, BandedProjection};
use super::ceiling::{self, CaseMix, CeilingRule};
use super::dataset::{DataSet, Decision, Horizon};
use super::error::ModelError;
use super::need::{self, GrowthLevers, Step};
use super::phase::phase_in;
use super::prevention;
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
    let mut out = prep.zeros(scenario, ds);
    let mut scratch = Scratch::new(ds, &prep);
    simulate(scenario, ds, &prep, &params, &mut scratch, &mut out);
    Ok(out)
}

/// The "no change" baseline for a scenario: same frame, growth and horizon,
/// neutral levers and default weights (see [`Scenario::baseline`]).
pub fn project_baseline(scenario: &Scenario, ds: &DataSet) -> Result<Projection, ModelError> {
    project_central(&scenario.baseline(), ds)
}

/// Draws kept in a draw-major tile before they are copied to the
/// series-major store (keeps memory access sequential).
const TILE: usize = 32;

/// Projects a scenario `draws` times with parameters drawn from their
/// ranges by a generator seeded with `seed`, and reports p10 / p50 / p90 of
/// the headline outputs in every year (see [`BandedProjection`]). The same
/// scenario and seed always give the same numbers.
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
    let mut out = prep.zeros(scenario, ds);
    let mut scratch = Scratch::new(ds, &prep);
    let years = out.years.len();
    let mut series = 0usize;
    for_each_banded(&out, &mut |_| series += 1);
    let width = series * years;
    // store[k * draws + d]: value k (series-year) of draw d.
    let mut store = vec![0.0_f64; width * draws];
    let mut tile = vec![0.0_f64; width * TILE];
    let mut rng = Draws::new(seed);
    let mut d0 = 0;
    while d0 < draws {
        let n = TILE.min(draws - d0);
        for t in 0..n {
            params.redraw(ds, &mut rng);
            simulate(scenario, ds, &prep, &params, &mut scratch, &mut out);
            let row = tile.get_mut(t * width..(t + 1) * width).unwrap_or_default();
            let mut cells = row.iter_mut();
            for_each_banded(&out, &mut |values| {
                for (v, cell) in values.iter().zip(cells.by_ref()) {
                    *cell = *v;
                }
            });
        }
        for k in 0..width {
            if let Some(dst) = store.get_mut(k * draws + d0..k * draws + d0 + n) {
                for (t, slot) in dst.iter_mut().enumerate() {
                    *slot = tile.get(t * width + k).copied().unwrap_or(0.0);
                }
            }
        }
        d0 += n;
    }
    let mut pct = Percentiles::new();
    let mut k = 0usize;
    let mut next = || {
        let bands = (0..years)
            .map(|_| {
                let b = match store.get(k * draws..(k + 1) * draws) {
                    Some(sample) => pct.band(sample),
                    None => Band::default(),
                };
                k += 1;
                b
            })
            .collect();
        bands
    };
    Ok(assemble(&out, ds, draws, seed, &mut next))
}

/// A prevention programme resolved to area indices.
struct Programme {
    area: usize,
    share: f64,
    lag: usize,
    municipality: f64,
    region: f64,
    state: f64,
    targets: Vec<(usize, f64)>,
}

/// The data set resolved for one scenario: indices instead of ids, each
/// area's priority score, each lever's horizon.
struct Prepared {
    steps: Vec<(usize, usize)>,
    programmes: Vec<Programme>,
    cross: Vec<bool>,
    scores: Vec<f64>,
    decisions: Vec<Decision>,
    legislation: Vec<bool>,
    services_total_dkk: f64,
    base_frame_dkk: f64,
    phases: Vec<[f64; 11]>,
}

fn area_idx(ds: &DataSet, field: &str, id: &str) -> Result<usize, ModelError> {
    ds.area_index(id)
        .ok_or_else(|| ModelError::new(field, format!("unknown area id '{id}'")))
}

impl Prepared {
    fn new(sc: &Scenario, ds: &DataSet) -> Result<Prepared, ModelError> {
        let steps = ds
            .step_down
            .iter()
            .enumerate()
            .map(|(i, s)| {
                Ok((
                    area_idx(ds, &format!("step_down[{i}].from"), &s.from)?,
                    area_idx(ds, &format!("step_down[{i}].to"), &s.to)?,
                ))
            })
            .collect::<Result<Vec<_>, ModelError>>()?;
        let mut programmes = Vec::new();
        for (i, p) in ds.prevention.programmes.iter().enumerate() {
            let q = format!("prevention.programmes[{i}]");
            let mut targets = Vec::new();
            for (j, t) in p.targets.iter().enumerate() {
                targets.push((
                    area_idx(ds, &format!("{q}.targets[{j}].area"), &t.area)?,
                    t.weight.value,
                ));
            }
            programmes.push(Programme {
                area: area_idx(ds, &format!("{q}.area"), &p.area)?,
                share: p.investment_share.value,
                lag: p.lag_years.value.round().clamp(0.0, 100.0) as usize,
                municipality: p.payer_shares.municipality.value,
                region: p.payer_shares.region.value,
                state: p.payer_shares.state.value,
                targets,
            });
        }
        let cross = ds
            .areas
            .iter()
            .map(|a| ds.effects.cross_sector_areas.contains(&a.id))
            .collect();
        let w = &sc.priorities;
        let scores = ds
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
        let decisions: Vec<Decision> = ds
            .areas
            .iter()
            .map(|a| ds.decision_for(a.evidence))
            .collect();
        let legislation = ds
            .areas
            .iter()
            .zip(&decisions)
            .map(|(a, d)| {
                ceiling::needs_legislation(sc.levers.ceiling_dkk, a.legal_floor.value, *d)
            })
            .collect();
        let mut horizon = [Horizon::Short; 11];
        for (h, id) in horizon.iter_mut().zip(super::scenario::LEVER_IDS) {
            *h = ds
                .lever(id)
                .map(|l| l.horizon)
                .ok_or_else(|| ModelError::new("levers", format!("missing lever '{id}'")))?;
        }
        let phases = (1..=sc.horizon_years)
            .map(|t| {
                let mut row = [0.0; 11];
                for (p, h) in row.iter_mut().zip(&horizon) {
                    *p = phase_in(&ds.horizons, *h, t);
                }
                row
            })
            .collect();
        Ok(Prepared {
            steps,
            programmes,
            cross,
            scores,
            decisions,
            legislation,
            services_total_dkk: ds.services.iter().map(|s| s.budget_dkk.value).sum(),
            base_frame_dkk: ds.base_spending_dkk(),
            phases,
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
                .zip(self.decisions.iter().zip(&self.legislation))
                .map(|(a, (d, l))| AreaProjection {
                    id: a.id.clone(),
                    decision: *d,
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

    /// Phase-in share of lever `lever` in projection year index `y`.
    fn phase(&self, lever: usize, y: usize) -> f64 {
        self.phases
            .get(y)
            .and_then(|r| r.get(lever))
            .copied()
            .unwrap_or(0.0)
    }
}

/// Reusable buffers for one run, so the draws do not allocate.
struct Scratch {
    volume: Vec<f64>,
    avoided: Vec<f64>,
    unit_cost: Vec<f64>,
    need_volume: Vec<f64>,
    need: Vec<f64>,
    floor: Vec<f64>,
    disc: Vec<f64>,
    coverage: Vec<f64>,
    order: Vec<usize>,
    flows: Vec<f64>,
    steps: Vec<Step>,
    invested: Vec<f64>,
}

impl Scratch {
    fn new(ds: &DataSet, prep: &Prepared) -> Scratch {
        let n = ds.areas.len();
        Scratch {
            volume: vec![0.0; n],
            avoided: vec![0.0; n],
            unit_cost: vec![0.0; n],
            need_volume: vec![0.0; n],
            need: vec![0.0; n],
            floor: vec![0.0; n],
            disc: vec![0.0; n],
            coverage: vec![0.0; n],
            order: Vec::with_capacity(n),
            flows: Vec::with_capacity(prep.steps.len()),
            steps: Vec::with_capacity(prep.steps.len()),
            invested: Vec::new(),
        }
    }
}

// Lever positions in `LEVER_IDS` (and `Prepared::horizon`).
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

/// Runs the years of one projection into `out` (which has the right shape).
fn simulate(
    sc: &Scenario,
    ds: &DataSet,
    prep: &Prepared,
    p: &Params,
    s: &mut Scratch,
    out: &mut Projection,
) {
    let lv = &sc.levers;
    let e = &ds.effects;
    let reach = e.external_reach.value;
    let floor_factor = e.unit_cost_floor_factor.value;
    for (v, a) in s.volume.iter_mut().zip(&ds.areas) {
        *v = a.volume_full_year.value.max(0.0);
    }
    s.invested.clear();
    let years = out.years.len();
    for y in 0..years {
        let t = y as u32 + 1;
        let ph = |lever: usize| prep.phase(lever, y);
        let research = lv.research_practice * ph(L_RESEARCH);
        let research_boost = p.research_uplift * research;

        // 1a. Volume grows; diagnosis-driven growth dampened; collaboration cuts inflow.
        let growth = GrowthLevers {
            scale: sc.growth_scale,
            dampening: p.needs_dampening * lv.needs_assessment * ph(L_NEEDS),
            cross_sector_cut: p.cross_sector_cut * lv.cross_sector * ph(L_CROSS),
        };
        for (i, a) in ds.areas.iter().enumerate() {
            let g = need::effective_growth(
                p.growth.get(i).copied().unwrap_or(0.0),
                a.diagnosis_share.value,
                prep.cross.get(i).copied().unwrap_or(false),
                &growth,
            );
            if let Some(v) = s.volume.get_mut(i) {
                *v = need::grow(*v, g);
            }
        }

        // 1b. Step-down from heavy to light areas.
        let followup = lv.progression_followup * ph(L_PROGRESSION);
        s.steps.clear();
        for (k, (from, to)) in prep.steps.iter().enumerate() {
            let ext = ds
                .areas
                .get(*from)
                .map_or(0.0, |a| a.external_purchase_share.value);
            let rate = need::step_rate(
                p.step_rate.get(k).copied().unwrap_or(0.0),
                followup,
                research_boost,
                ext,
                reach,
            );
            s.steps.push(Step {
                from: *from,
                to: *to,
                rate,
            });
        }
        need::step_down(&mut s.volume, &s.steps, &mut s.flows);

        // 1c. Unit cost, moved by steering and less bureaucracy, bounded.
        let steering = p.steering_cut * lv.unit_cost_steering * ph(L_STEERING);
        let admin = p.admin_factor * lv.admin_relief * ph(L_ADMIN);
        for (uc, a) in s.unit_cost.iter_mut().zip(&ds.areas) {
            *uc = a.unit_cost_dkk.value
                * need::unit_cost_factor(
                    steering,
                    admin,
                    a.external_purchase_share.value,
                    reach,
                    floor_factor,
                );
        }

        // 4 (cost part) and 7. Prevention: cost now, gains after the lag.
        let invest = lv.prevention_investment_dkk * ph(L_INVEST);
        s.invested.push(invest);
        let exempt = if lv.prevention_ceiling_exempt {
            ph(L_EXEMPT)
        } else {
            0.0
        };
        let cost = prevention::cost(invest, lv.prevention_refund_rate * ph(L_REFUND), exempt);
        s.avoided.iter_mut().for_each(|a| *a = 0.0);
        let mut gains = prevention::Gains::default();
        for (k, prog) in prep.programmes.iter().enumerate() {
            let Some(then) = y.checked_sub(prog.lag) else {
                continue;
            };
            let invested = s.invested.get(then).copied().unwrap_or(0.0) * prog.share;
            if invested <= 0.0 {
                continue;
            }
            let ratio = prevention::gain_ratio(
                p.gain_ratio.get(k).copied().unwrap_or(0.0),
                p.gain_ratio_central.get(k).copied().unwrap_or(0.0),
                research,
                p.research_uplift,
                e.research_uncertainty_cut.value,
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
            let _ = prog.area;
        }

        // 1d. Need = (volume - avoided) x unit cost; 6. the ceiling council.
        let rule = CeilingRule {
            ceiling_dkk: lv.ceiling_dkk,
            partly_share: ds.ceiling.partly_share.value,
            on_entitlements: lv.ceiling_on_entitlements,
            phase: ph(L_CEILING),
        };
        let mut avoided_citizens = 0.0;
        let (mut cases, mut yes, mut partly, mut no, mut freed, mut blocked) =
            (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        for (i, a) in ds.areas.iter().enumerate() {
            let vol = s.volume.get(i).copied().unwrap_or(0.0);
            let avoided = s.avoided.get(i).copied().unwrap_or(0.0).min(vol);
            avoided_citizens += avoided;
            let nv = vol - avoided;
            let uc = s.unit_cost.get(i).copied().unwrap_or(0.0);
            let decision = prep.decisions.get(i).copied().unwrap_or(Decision::Yes);
            let floor_share = a.legal_floor.value;
            let c = ceiling::apply(
                &CaseMix {
                    volume: nv,
                    unit_cost_dkk: uc,
                    sigma: a.case_cost_sigma.value,
                    floor: floor_share,
                    decision,
                },
                &rule,
            );
            let before = nv * uc;
            let after = (before - c.freed_dkk).max(0.0);
            let floor = floor_share * if rule.on_entitlements { after } else { before };
            let floor = floor.min(after);
            cases += c.cases;
            match decision {
                Decision::Yes => yes += c.cases,
                Decision::Partly => partly += c.cases,
                Decision::No => no += c.cases,
            }
            freed += c.freed_dkk;
            blocked += c.blocked_dkk;
            if let (Some(v), Some(n), Some(f), Some(d)) = (
                s.need_volume.get_mut(i),
                s.need.get_mut(i),
                s.floor.get_mut(i),
                s.disc.get_mut(i),
            ) {
                *v = nv;
                *n = after;
                *f = floor;
                *d = (after - floor).max(0.0);
            }
            if let Some(ap) = out.areas.get_mut(i) {
                set(&mut ap.ceiling_cases, y, c.cases);
                set(&mut ap.ceiling_freed_dkk, y, c.freed_dkk);
            }
        }

        // 2-5. Budget, floors first, prevention next, water-filling of the rest.
        let frame = prep.base_frame_dkk
            * (1.0 + sc.frame.level_change)
            * (1.0 + sc.frame.real_growth_per_year).powi(t as i32);
        let floors: f64 = s.floor.iter().sum();
        let need_total: f64 = s.need.iter().sum();
        let disc_total: f64 = s.disc.iter().sum();
        let budget = budget_dkk(
            frame,
            need_total + cost.in_frame_dkk,
            floors,
            cost.in_frame_dkk,
            sc.priorities.budget_squeeze,
        );
        let mut room = budget - floors - cost.in_frame_dkk;
        if room >= disc_total * (1.0 - 1e-12) {
            room = disc_total; // guard against rounding at full coverage
        }
        water_fill(&s.disc, &prep.scores, room, &mut s.coverage, &mut s.order);

        let (mut spent_areas, mut need_cit, mut served_cit) = (0.0, 0.0, 0.0);
        for (i, ap) in out.areas.iter_mut().enumerate() {
            let get = |v: &Vec<f64>| v.get(i).copied().unwrap_or(0.0);
            let (need_i, floor_i, disc_i, cov_i, nv) = (
                get(&s.need),
                get(&s.floor),
                get(&s.disc),
                get(&s.coverage),
                get(&s.need_volume),
            );
            let spend = floor_i + cov_i * disc_i;
            let coverage = if need_i > 0.0 {
                (spend / need_i).min(1.0)
            } else {
                1.0
            };
            let served = nv * coverage;
            spent_areas += spend;
            need_cit += nv;
            served_cit += served;
            set(&mut ap.need_dkk, y, need_i);
            set(&mut ap.floor_dkk, y, floor_i);
            set(&mut ap.spending_dkk, y, spend);
            set(&mut ap.coverage, y, coverage);
            set(&mut ap.unmet_dkk, y, (need_i - spend).max(0.0));
            set(&mut ap.need_citizens, y, nv);
            set(&mut ap.served_citizens, y, served);
            set(&mut ap.unmet_citizens, y, (nv - served).max(0.0));
            set(&mut ap.unit_cost_dkk, y, get(&s.unit_cost));
        }
        let spending = spent_areas + cost.in_frame_dkk;
        let overspend = (spending - frame).max(0.0);
        set(&mut out.frame_dkk, y, frame);
        set(&mut out.budget_dkk, y, budget);
        set(&mut out.need_dkk, y, need_total);
        set(&mut out.floors_dkk, y, floors);
        set(&mut out.spending_dkk, y, spending);
        set(&mut out.overspend_dkk, y, overspend);
        set(&mut out.unspent_dkk, y, (frame - spending).max(0.0));
        set(&mut out.unmet_dkk, y, (need_total - spent_areas).max(0.0));
        set(
            &mut out.coverage,
            y,
            if need_total > 0.0 {
                (spent_areas / need_total).min(1.0)
            } else {
                1.0
            },
        );
        set(&mut out.need_citizens, y, need_cit);
        set(&mut out.served_citizens, y, served_cit);
        set(&mut out.unmet_citizens, y, (need_cit - served_cit).max(0.0));

        // 5 (end). The squeeze on other services.
        for (sp, svc) in out.squeeze.iter_mut().zip(&ds.services) {
            let (dkk, units) = taken_from(svc, prep.services_total_dkk, overspend);
            set(&mut sp.taken_dkk, y, dkk);
            set(&mut sp.taken_units, y, units);
        }

        let c = &mut out.ceiling;
        set(&mut c.cases_referred, y, cases);
        set(&mut c.cases_yes, y, yes);
        set(&mut c.cases_partly, y, partly);
        set(&mut c.cases_no, y, no);
        set(&mut c.freed_dkk, y, freed);
        set(&mut c.blocked_dkk, y, blocked);

        let pv = &mut out.prevention;
        set(&mut pv.investment_dkk, y, cost.gross_dkk);
        set(&mut pv.cost_municipality_dkk, y, cost.municipality_dkk);
        set(&mut pv.cost_state_dkk, y, cost.state_dkk);
        set(&mut pv.in_frame_dkk, y, cost.in_frame_dkk);
        set(&mut pv.gains_municipality_dkk, y, gains.municipality_dkk);
        set(&mut pv.gains_region_dkk, y, gains.region_dkk);
        set(&mut pv.gains_state_dkk, y, gains.state_dkk);
        set(&mut pv.avoided_citizens, y, avoided_citizens);
    }
}

fn set(series: &mut [f64], year: usize, value: f64) {
    if let Some(slot) = series.get_mut(year) {
        *slot = value;
    }
}
