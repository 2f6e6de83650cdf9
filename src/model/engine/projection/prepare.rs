//! What no draw changes, resolved once per scenario before a run: each
//! intervention area's central base volume and unit cost and its legal
//! floor, the step-down rules and prevention programmes by area index, each area's
//! priority score and the order areas saturate in when the discretionary
//! money is water-filled, each year's phase-ins, frame and prevention cost
//! ([`YearConst`], phase 0 of `docs/model.md`), and the uncertain
//! parameters of every Monte Carlo draw ([`DrawSet`]).

use crate::model::data::dataset::{DataSet, Decision, Horizon};
use crate::model::engine::allocation::fill_order;
use crate::model::engine::ceiling::{self, CeilingRule, DecisionSplit};
use crate::model::engine::phase::phase_in;
use crate::model::engine::prevention::{self, PreventionCost};
use crate::model::engine::uncertainty::{Draws, Params};
use crate::model::error::ModelError;
use crate::model::ids::LeverId;
use crate::model::scenario::Scenario;

use super::output::{
    AreaProjection, CeilingProjection, PreventionProjection, Projection, ServiceProjection,
};

/// Every area's priority score gets this small base, so an area with zero
/// on every weighted criterion still shares in money left over, and
/// water-filling stays well defined.
pub const SCORE_BASE: f64 = 0.01;

/// A prevention programme resolved to area indices.
pub(super) struct Programme {
    /// Years from the investment to its first gains.
    lag: usize,
    /// The areas whose need the municipality's gains lower, with weights.
    pub(super) targets: Vec<(usize, f64)>,
}

/// One area's data, resolved for a run.
pub(super) struct AreaConst {
    /// Full-year citizens in the base year (central; each draw scales it).
    pub(super) base_volume: f64,
    /// DKK per full-year citizen in the base year (central; each draw
    /// scales it).
    pub(super) base_unit_cost: f64,
    /// Share of growth driven by more diagnoses.
    pub(super) diagnosis_share: f64,
    /// Share bought outside the municipality.
    pub(super) external_share: f64,
    /// Share of need that is a legal entitlement.
    pub(super) legal_floor: f64,
    /// Reached by cross-sector collaboration.
    pub(super) cross: bool,
    /// Its volume counts people (false for a remainder of money blocks,
    /// which the citizen totals leave out).
    pub(super) people: bool,
    /// The ceiling council's decision for the area's evidence category.
    pub(super) decision: Decision,
    /// How the council's decisions split the area's referred cases, for
    /// the areas the ceiling acts on (`None` for the others).
    pub(super) split: Option<DecisionSplit>,
}

/// What one projection year is, whatever the draw: phase-ins, the frame
/// and prevention's cost.
pub(super) struct YearConst {
    /// The economic frame.
    pub(super) frame_dkk: f64,
    /// The research lever, phased in.
    pub(super) research: f64,
    /// Progression follow-up, phased in.
    pub(super) followup: f64,
    /// Phase of the needs-assessment lever.
    pub(super) ph_needs: f64,
    /// Phase of cross-sector collaboration.
    pub(super) ph_cross: f64,
    /// Phase of unit-cost steering.
    pub(super) ph_steering: f64,
    /// Phase of less bureaucracy.
    pub(super) ph_admin: f64,
    /// Prevention's cost this year, by payer.
    pub(super) cost: PreventionCost,
    /// The ceiling council, phased in.
    pub(super) ph_ceiling: f64,
}

impl YearConst {
    /// Phase 0, phase-in: projection year `t` (1 = the year after the base
    /// year) of scenario `sc`. Each lever works with the share of its full
    /// effect that its recommendation's time horizon (`horizon`, by lever
    /// position) allows by then; the frame grows from the base-year spending
    /// `base_frame_dkk` (phase 2's `F(t)`); prevention's investment is paid net
    /// of the state refund and counted in the frame unless exempted from the
    /// service ceiling (phase 4).
    fn phase_in(
        sc: &Scenario,
        ds: &DataSet,
        horizon: &[Horizon; LeverId::ALL.len()],
        base_frame_dkk: f64,
        t: u32,
    ) -> YearConst {
        let lv = &sc.levers;
        let ph = |lever: LeverId| phase_in(&ds.horizons, horizon[lever as usize], t);
        let invest = lv.prevention_investment_dkk * ph(LeverId::PreventionInvestmentDkk);
        let exempt = if lv.prevention_ceiling_exempt {
            ph(LeverId::PreventionCeilingExempt)
        } else {
            0.0
        };
        YearConst {
            frame_dkk: base_frame_dkk
                * (1.0 + sc.frame.level_change)
                * (1.0 + sc.frame.real_growth_per_year).powi(t as i32),
            research: lv.research_practice * ph(LeverId::ResearchPractice),
            followup: lv.progression_followup * ph(LeverId::ProgressionFollowup),
            ph_needs: ph(LeverId::NeedsAssessment),
            ph_cross: ph(LeverId::CrossSector),
            ph_steering: ph(LeverId::UnitCostSteering),
            ph_admin: ph(LeverId::AdminRelief),
            cost: prevention::cost(
                invest,
                lv.prevention_refund_rate * ph(LeverId::PreventionRefundRate),
                exempt,
            ),
            ph_ceiling: ph(LeverId::CeilingDkk),
        }
    }
}

/// The data set resolved for one scenario: indices instead of ids, each
/// area's priority score and the order areas saturate in, each lever's
/// phase-in and everything else that no draw changes.
pub(super) struct Prepared {
    /// Each intervention area, in the data set's order.
    pub(super) areas: Vec<AreaConst>,
    /// Step-down rules: (from, to).
    pub(super) steps: Vec<(usize, usize)>,
    /// The prevention programmes.
    pub(super) programmes: Vec<Programme>,
    /// Money behind each programme's gains in each year:
    /// `invested[y * programmes + k]`, `None` before the programme's lag.
    pub(super) invested: Vec<Option<f64>>,
    /// Each programme's central gain ratio.
    pub(super) gain_ratio_central: Vec<f64>,
    /// Each area's priority score (at least [`SCORE_BASE`]).
    pub(super) scores: Vec<f64>,
    /// The order areas saturate in when water-filling.
    pub(super) order: Vec<usize>,
    /// Whether the ceiling on each area needs national legislation.
    legislation: Vec<bool>,
    /// Each projection year's phase-ins, frame and prevention cost.
    pub(super) years: Vec<YearConst>,
    /// The scenario's scale on demand growth.
    pub(super) growth_scale: f64,
    /// The budget-squeeze weight (frame discipline, 0..1).
    pub(super) budget_squeeze: f64,
    // The scenario's lever settings that multiply drawn parameters.
    pub(super) needs_assessment: f64,
    pub(super) cross_sector: f64,
    pub(super) unit_cost_steering: f64,
    pub(super) admin_relief: f64,
    // Effects of the data set.
    pub(super) external_reach: f64,
    pub(super) unit_cost_floor: f64,
    pub(super) research_uncertainty_cut: f64,
    /// Budgets of the other services (schools, day care, elder care) together.
    pub(super) services_total_dkk: f64,
    /// Money taken from each service rises with the overspend (positive,
    /// finite budgets): its band is then the overspend band mapped.
    pub(super) squeeze_monotone: bool,
    /// The ceiling rule at full phase-in.
    pub(super) ceiling: CeilingRule,
    /// The area whose unit cost prices the day offer of a residential
    /// case, and the share of residents who have one.
    pub(super) day_offer: Option<(usize, f64)>,
}

fn area_idx(ds: &DataSet, field: impl FnOnce() -> String, id: &str) -> Result<usize, ModelError> {
    ds.area_index(id)
        .ok_or_else(|| ModelError::new(field(), format!("unknown area id '{id}'")))
}

impl Prepared {
    /// Resolves `sc` against `ds`; names the field of an unknown area id.
    pub(super) fn new(sc: &Scenario, ds: &DataSet) -> Result<Prepared, ModelError> {
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
                cross: ds.effects.cross_sector_areas.contains(&a.id),
                people: !a.remainder,
                decision: ds.decision_for(a.evidence),
                split: ceiling::decision_split(ds, &a.id),
            })
            .collect();
        let lv = &sc.levers;
        let legislation = areas
            .iter()
            .map(|a| {
                a.split.is_some_and(|split| {
                    ceiling::needs_legislation(lv.ceiling_dkk, a.legal_floor, &split)
                })
            })
            .collect();
        // Each lever's time horizon, at its position in `LeverId::ALL`.
        let mut horizon = [Horizon::Short; LeverId::ALL.len()];
        for (h, id) in horizon.iter_mut().zip(LeverId::ALL) {
            *h = ds
                .lever(id)
                .map(|l| l.horizon)
                .ok_or_else(|| ModelError::new("levers", format!("missing lever '{id}'")))?;
        }
        let base_frame_dkk = ds.base_spending_dkk();
        let horizon_years = sc.horizon_years as usize;
        let mut years: Vec<YearConst> = Vec::with_capacity(horizon_years);
        let mut invested = Vec::with_capacity(horizon_years * n_prog);
        for t in 1..=sc.horizon_years {
            years.push(YearConst::phase_in(sc, ds, &horizon, base_frame_dkk, t));
            let y = t as usize - 1;
            for (p, share) in programmes.iter().zip(&shares) {
                invested.push(
                    y.checked_sub(p.lag).map(|then| {
                        years.get(then).map_or(0.0, |then| then.cost.gross_dkk) * share
                    }),
                );
            }
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
            day_offer: ds
                .area_index(&ds.ceiling.calibration.day_offer_area)
                .map(|i| (i, ds.ceiling.calibration.day_offer_share.value)),
        })
    }

    /// A zero projection of the right shape.
    pub(super) fn zeros(&self, sc: &Scenario, ds: &DataSet) -> Projection {
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
            declined_dkk: z(),
            prevention_outside_frame_dkk: z(),
            municipal_spending_dkk: z(),
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
                    group: a.group,
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
                    declined_dkk: z(),
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
                freed_without_law_dkk: z(),
                freed_with_law_dkk: z(),
                blocked_dkk: z(),
            },
            prevention: PreventionProjection {
                investment_dkk: z(),
                cost_municipality_dkk: z(),
                cost_state_dkk: z(),
                in_frame_dkk: z(),
                outside_frame_dkk: z(),
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
pub(super) struct DrawSet {
    /// Number of draws.
    n: usize,
    /// Each area's demand growth per year.
    pub(super) growth: Vec<f64>,
    /// Each step-down rule's rate at full follow-up.
    pub(super) step_rate: Vec<f64>,
    /// Each prevention programme's gain ratio.
    pub(super) gain_ratio: Vec<f64>,
    /// Share of diagnosis-driven growth removed at full needs assessment.
    pub(super) needs_dampening: Vec<f64>,
    /// Growth cut by full cross-sector collaboration.
    pub(super) cross_sector_cut: Vec<f64>,
    /// Unit-cost cut by full unit-cost steering.
    pub(super) steering_cut: Vec<f64>,
    /// Share of freed staff time that lowers unit cost.
    pub(super) admin_factor: Vec<f64>,
    /// Uplift of prevention gains and step-down at full research lever.
    pub(super) research_uplift: Vec<f64>,
    /// Each area's factor on its base-year unit cost.
    pub(super) unit_cost_factor: Vec<f64>,
    /// Each area's factor on its base-year volume.
    pub(super) volume_factor: Vec<f64>,
    /// Each area's log spread of the cost per case.
    pub(super) sigma: Vec<f64>,
    /// Each prevention programme's municipal share of its gains.
    pub(super) payer_municipality: Vec<f64>,
    /// Each prevention programme's regional share of its gains.
    pub(super) payer_region: Vec<f64>,
    /// Each prevention programme's state share of its gains.
    pub(super) payer_state: Vec<f64>,
}

impl DrawSet {
    /// One draw: the central values.
    pub(super) fn central(p: &Params) -> DrawSet {
        let mut set = DrawSet::empty(p, 1);
        set.put(0, p);
        set
    }

    /// `n` draws from a generator seeded with `seed`, in the generator's
    /// order (draw by draw, as [`Params::redraw`] draws them).
    pub(super) fn draw(ds: &DataSet, n: usize, seed: u64) -> DrawSet {
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
            unit_cost_factor: vec![0.0; p.unit_cost_factor.len() * n],
            volume_factor: vec![0.0; p.volume_factor.len() * n],
            sigma: vec![0.0; p.sigma.len() * n],
            payer_municipality: vec![0.0; p.payer_shares.len() * n],
            payer_region: vec![0.0; p.payer_shares.len() * n],
            payer_state: vec![0.0; p.payer_shares.len() * n],
        }
    }

    /// Each area's volume in the base year in every draw,
    /// `volume[a * n + d]`: the central base volume times the draw's factor.
    pub(super) fn start_volumes(&self, prep: &Prepared) -> Vec<f64> {
        let n = self.n;
        let mut volume = vec![0.0_f64; prep.areas.len() * n];
        let rows = volume
            .chunks_exact_mut(n)
            .zip(self.volume_factor.chunks_exact(n));
        for ((row, factors), a) in rows.zip(&prep.areas) {
            for (v, f) in row.iter_mut().zip(factors) {
                *v = a.base_volume * f;
            }
        }
        volume
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
        put(&mut self.unit_cost_factor, &p.unit_cost_factor);
        put(&mut self.volume_factor, &p.volume_factor);
        put(&mut self.sigma, &p.sigma);
        let payers = self
            .payer_municipality
            .chunks_exact_mut(n)
            .zip(self.payer_region.chunks_exact_mut(n))
            .zip(self.payer_state.chunks_exact_mut(n));
        for (((mun, region), state), [m, r, s]) in payers.zip(&p.payer_shares) {
            for (slot, v) in [(mun, m), (region, r), (state, s)] {
                if let Some(slot) = slot.get_mut(d) {
                    *slot = *v;
                }
            }
        }
    }
}
