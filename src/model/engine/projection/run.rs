//! A run: one projection of a scenario for `n` Monte Carlo draws at once
//! (a central run is a run of one draw), advanced one year at a time by
//! [`Run::step`] through the phases of the year of `docs/model.md`.

use crate::model::data::dataset::{DataSet, Decision};
use crate::model::engine::allocation::{budget_dkk, water_fill_draws, FillScratch};
use crate::model::engine::ceiling::{self, AreaCeiling, CaseMix, CeilingRule, Tail};
use crate::model::engine::need::{self, GrowthLevers};
use crate::model::engine::prevention::{self, PreventionCost};
use crate::model::engine::squeeze::taken_from;

use super::prepare::{DrawSet, Prepared};
use super::tables::{row, row_mut, AreaTables, Totals};

/// The state of one year of a run of `n` draws (see [`AreaTables`] and
/// [`Totals`]), reused from year to year so the draws do not allocate. A
/// central run is a run of one draw.
pub(super) struct Run {
    /// Number of draws.
    pub(super) n: usize,
    /// Number of intervention areas.
    areas: usize,
    /// [`AreaTables`], each `areas * n` long.
    area: Vec<f64>,
    /// [`Totals`], each `n` long.
    totals: Vec<f64>,
    /// Per step-down rule and draw.
    flows: Vec<f64>,
    /// Per service and draw: money taken.
    pub(super) taken: Vec<f64>,
    /// This year's prevention cost (the same in every draw).
    pub(super) cost: PreventionCost,
    /// This year's frame.
    pub(super) frame: f64,
    /// Water-filling's scratch space.
    fill: FillScratch,
    /// Each area's last ceiling tail and the unit cost it is for (sigma
    /// and the ceiling are fixed for a run).
    tails: Vec<Option<(u64, Tail)>>,
}

impl Run {
    /// A run of `n` draws of the scenario resolved in `prep`.
    pub(super) fn new(prep: &Prepared, ds: &DataSet, n: usize) -> Run {
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

    /// This year's per-area values, for every draw.
    pub(super) fn area(&self) -> AreaTables<&[f64]> {
        AreaTables::<&[f64]>::split(&self.area, self.areas * self.n)
    }

    /// This year's totals, for every draw.
    pub(super) fn totals(&self) -> Totals<&[f64]> {
        Totals::<&[f64]>::split(&self.totals, self.n)
    }

    /// Runs projection year `y` (0-based) for every draw of `set` (which has
    /// `self.n` draws). `volume[a * n + d]` holds the volumes at the end of
    /// the previous year and is advanced. Each step is one loop over the
    /// draws; within a draw the arithmetic is that of `docs/model.md`, in
    /// the same order whatever the number of draws.
    pub(super) fn step(
        &mut self,
        prep: &Prepared,
        ds: &DataSet,
        y: usize,
        set: &DrawSet,
        volume: &mut [f64],
    ) {
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
