//! The phases of one projection year, numbered as in `docs/model.md`, in
//! the order `Run::step` (`run.rs`) calls them: the need of each
//! intervention area of the municipality's specialised social area (1a
//! volume growth, 1b step-down, 1c unit cost), prevention's gains by payer
//! (7, whose municipal share lowers need), 1d need = volume x unit cost,
//! the ceiling council (6), the legal floors (3), the budget (2),
//! prevention's cost in the frame (4), and water-filling of the
//! discretionary rest with the squeeze on schools, day care and elder care
//! (5). Phase 0, the phase-in of the levers, is resolved before a run
//! ([`super::prepare::YearConst`]).
//!
//! Each phase is one loop over all draws of a run; within a draw the
//! arithmetic and its order are those of a single run, so the numbers do
//! not depend on how many draws run together.

use crate::model::data::dataset::{DataSet, Decision};
use crate::model::engine::allocation::{budget_dkk, water_fill_draws, FillScratch};
use crate::model::engine::ceiling::{self, AreaCeiling, CaseMix, CeilingRule, Tail};
use crate::model::engine::need::{self, GrowthLevers};
use crate::model::engine::prevention;
use crate::model::engine::squeeze::taken_from;

use super::prepare::{DrawSet, Prepared, YearConst};
use super::tables::{row, row_mut, AreaTables, Totals};

/// One projection year of a run of `n` draws, in the making: what the
/// phases read (the scenario resolved, the year's phase-ins, the draws)
/// and the tables they fill.
pub(super) struct Year<'a> {
    /// The scenario resolved against the data set.
    pub(super) prep: &'a Prepared,
    /// This year's phase-ins, frame and prevention cost (phase 0).
    pub(super) yc: &'a YearConst,
    /// The uncertain parameters of every draw.
    pub(super) set: &'a DrawSet,
    /// The projection year, 0-based.
    pub(super) y: usize,
    /// Number of draws (at least 1).
    pub(super) n: usize,
    /// Per-area values of this year, for every draw.
    pub(super) at: AreaTables<&'a mut [f64]>,
    /// Totals of this year, for every draw.
    pub(super) t: Totals<&'a mut [f64]>,
}

impl Year<'_> {
    /// Phase 1a, volume growth: each area's full-year citizens grow by the
    /// area's expected demand growth (times the scenario's growth scale);
    /// sharper needs assessment dampens the part of the growth driven by more
    /// diagnoses, and cross-sector collaboration cuts inflow to the areas it
    /// reaches. `volume[a * n + d]` goes from the end of last year to this
    /// year.
    pub(super) fn grow_volume(&self, volume: &mut [f64]) {
        let (prep, yc, set, n) = (self.prep, self.yc, self.set, self.n);
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
    }

    /// Phase 1b, step-down: follow-up on progression moves citizens from heavy
    /// to light areas, rule by rule (`need::step_down`, for all draws);
    /// research-based practice lifts the rate, and places bought outside the
    /// municipality step down less. Every flow is computed from the volumes
    /// before any move. `flows` holds one row per step-down rule.
    pub(super) fn step_down(&self, volume: &mut [f64], flows: &mut [f64]) {
        let (prep, yc, set, n) = (self.prep, self.yc, self.set, self.n);
        let reach = prep.external_reach;
        let research = yc.research;
        for (k, &(from, _)) in prep.steps.iter().enumerate() {
            let ext = prep.areas.get(from).map_or(0.0, |a| a.external_share);
            let rates = row(&set.step_rate, k, n);
            let vol = row(volume, from, n);
            for (((f, v), rate_full), uplift) in row_mut(flows, k, n)
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
            for (i, f) in row(flows, k, n).iter().enumerate() {
                if let Some(v) = volume.get_mut(from * n + i) {
                    *v -= f;
                }
                if let Some(v) = volume.get_mut(to * n + i) {
                    *v += f;
                }
            }
        }
    }

    /// Phase 1c, unit cost: each area's DKK per full-year citizen, its
    /// base-year unit cost (times the draw's factor) moved by unit-cost
    /// steering (less on places bought outside the municipality) and by staff
    /// time freed from bureaucracy, each phased in over its horizon, and never
    /// below the floor factor of the base-year unit cost.
    pub(super) fn unit_cost(&mut self) {
        let (prep, yc, set, n) = (self.prep, self.yc, self.set, self.n);
        let reach = prep.external_reach;
        let at = &mut self.at;
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
        let rows = at
            .unit_cost
            .chunks_exact_mut(n)
            .zip(set.unit_cost_factor.chunks_exact(n));
        if no_cuts {
            for ((ucs, base_factors), area) in rows.zip(&prep.areas) {
                let levers = need::unit_cost_factor(
                    0.0,
                    0.0,
                    area.external_share,
                    reach,
                    prep.unit_cost_floor,
                );
                for (uc, f) in ucs.iter_mut().zip(base_factors) {
                    *uc = area.base_unit_cost * f * levers;
                }
            }
            return;
        }
        for ((ucs, base_factors), area) in rows.zip(&prep.areas) {
            let draws = ucs
                .iter_mut()
                .zip(base_factors)
                .zip(set.steering_cut.iter().zip(&set.admin_factor));
            for ((uc, f), (sc, af)) in draws {
                let steering = sc * prep.unit_cost_steering * yc.ph_steering;
                let admin = af * prep.admin_relief * yc.ph_admin;
                *uc = area.base_unit_cost
                    * f
                    * need::unit_cost_factor(
                        steering,
                        admin,
                        area.external_share,
                        reach,
                        prep.unit_cost_floor,
                    );
            }
        }
    }

    /// Phase 7, gains by payer: what each prevention programme invested its lag
    /// years ago pays back by its gain ratio (pulled towards the central value
    /// and lifted by research-based practice), split between the municipality,
    /// the region and the state. The municipality's gains are volume avoided in
    /// the programme's target areas (at this year's unit costs, phase 1c),
    /// which phase 1d takes off need. The payer shares are the draw's.
    /// Prevention's cost this year is phase 0's
    /// ([`YearConst::cost`]).
    pub(super) fn prevention_gains(&mut self) {
        let (prep, yc, set, n, y) = (self.prep, self.yc, self.set, self.n, self.y);
        let research = yc.research;
        let (at, t) = (&mut self.at, &mut self.t);
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
            let shares = row(&set.payer_municipality, k, n)
                .iter()
                .zip(row(&set.payer_region, k, n))
                .zip(row(&set.payer_state, k, n));
            let draws = ratios.iter().zip(&set.research_uplift).zip(shares);
            for (i, ((drawn, uplift), ((mun, region), state))) in draws.enumerate() {
                let ratio = prevention::gain_ratio(
                    *drawn,
                    central,
                    research,
                    *uplift,
                    prep.research_uncertainty_cut,
                );
                let g = prevention::gains(invested, ratio, *mun, *region, *state);
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
    }

    /// Phase 1d, need = volume x unit cost: each area's need volume is its
    /// volume less what prevention avoids (at most all of it), and its need in
    /// DKK before the ceiling council is need volume x unit cost.
    pub(super) fn need(&mut self, volume: &[f64]) {
        let n = self.n;
        let (at, t) = (&mut self.at, &mut self.t);
        t.avoided.fill(0.0);
        let inputs = volume
            .chunks_exact(n)
            .zip(at.avoided.chunks_exact(n))
            .zip(at.unit_cost.chunks_exact(n));
        let outputs = at
            .need_volume
            .chunks_exact_mut(n)
            .zip(at.need_before_ceiling.chunks_exact_mut(n));
        for (((vol, avoided), uc), (need_volume, need)) in inputs.zip(outputs) {
            let rows = vol.iter().zip(avoided).zip(uc);
            let outs = need_volume.iter_mut().zip(need.iter_mut());
            for (((vol, avoided), uc), ((nv_out, need_out), t_avoided)) in
                rows.zip(outs.zip(t.avoided.iter_mut()))
            {
                let (vol, uc) = (*vol, *uc);
                let avoided = avoided.min(vol);
                *t_avoided += avoided;
                let nv = vol - avoided;
                *nv_out = nv;
                *need_out = nv * uc;
            }
        }
    }

    /// Phase 6, the ceiling council: in each area, the cases costing more than
    /// the ceiling per case (lognormal per-case costs around the unit cost) go
    /// to the council, which decides by the evidence for the area's
    /// interventions: yes (funded in full), partly, or no (funded up to the
    /// ceiling). The money it frees comes off the area's need; without national
    /// legislation only the discretionary share is freed and the rest is
    /// blocked. Phased in as recommendation 5 (long term). The cost spread is
    /// the draw's. `tails[a * n + d]` keeps area `a`'s last tail above the
    /// ceiling in draw `d`.
    pub(super) fn ceiling_council(&mut self, tails: &mut [Option<(u64, Tail)>]) {
        let (prep, yc, n) = (self.prep, self.yc, self.n);
        let rule = &CeilingRule {
            phase: yc.ph_ceiling,
            ..prep.ceiling
        };
        let c = rule.ceiling_dkk;
        let ceiling_acts = !(c.is_nan() || c <= 0.0 || rule.phase <= 0.0);
        let (at, t) = (&mut self.at, &mut self.t);
        t.cases.fill(0.0);
        t.yes.fill(0.0);
        t.partly.fill(0.0);
        t.no.fill(0.0);
        t.freed.fill(0.0);
        t.blocked.fill(0.0);
        // Sums over areas start where `Iterator::sum` does.
        t.need.fill(-0.0);
        if !ceiling_acts {
            at.cases.fill(0.0);
            at.freed.fill(0.0);
        }
        let inputs = at
            .need_volume
            .chunks_exact(n)
            .zip(at.unit_cost.chunks_exact(n))
            .zip(at.need_before_ceiling.chunks_exact(n));
        let outputs = at
            .cases
            .chunks_exact_mut(n)
            .zip(at.freed.chunks_exact_mut(n))
            .zip(at.need.chunks_exact_mut(n));
        let drawn = tails
            .chunks_exact_mut(n)
            .zip(self.set.sigma.chunks_exact(n));
        for (((inputs, outputs), (tail_slots, sigmas)), area) in
            inputs.zip(outputs).zip(drawn).zip(&prep.areas)
        {
            let ((need_volume, unit_cost), need_before) = inputs;
            let ((cases, freed), need) = outputs;
            let decided = match area.decision {
                Decision::Yes => &mut *t.yes,
                Decision::Partly => &mut *t.partly,
                Decision::No => &mut *t.no,
            };
            let rows = need_volume.iter().zip(unit_cost).zip(need_before);
            let outs = need.iter_mut().zip(t.need.iter_mut());
            let slots = tail_slots.iter_mut().zip(sigmas);
            for (i, ((((nv, uc), before), (need_out, t_need)), (tail_slot, sigma))) in
                rows.zip(outs).zip(slots).enumerate()
            {
                let (nv, uc, sigma) = (*nv, *uc, *sigma);
                let c = if ceiling_acts {
                    let mix = CaseMix {
                        volume: nv,
                        unit_cost_dkk: uc,
                        sigma,
                        floor: area.legal_floor,
                        decision: area.decision,
                    };
                    let c = if ceiling::acts_on(&mix, rule) {
                        let tail = match *tail_slot {
                            Some((key, tail)) if key == uc.to_bits() => tail,
                            _ => {
                                let tail = ceiling::lognormal_tail(uc, sigma, rule.ceiling_dkk);
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
                let after = (before - c.freed_dkk).max(0.0);
                *need_out = after;
                *t_need += after;
            }
        }
    }

    /// Phase 3, legal floors first: the entitlement share of each area's need
    /// (before the ceiling council, or after it if the scenario assumes the
    /// legislation that lets the ceiling hit entitlements, and never more than
    /// the need) is funded whatever the frame. What is left of the need is
    /// discretionary, shared out in phase 5 by priority score.
    pub(super) fn legal_floors(&mut self) {
        let (prep, n) = (self.prep, self.n);
        let on_entitlements = prep.ceiling.on_entitlements;
        let (at, t) = (&mut self.at, &mut self.t);
        // Sums over areas start where `Iterator::sum` does.
        t.floors.fill(-0.0);
        t.disc.fill(-0.0);
        t.slope.fill(-0.0);
        let inputs = at
            .need_before_ceiling
            .chunks_exact(n)
            .zip(at.need.chunks_exact(n));
        let outputs = at
            .floor
            .chunks_exact_mut(n)
            .zip(at.disc.chunks_exact_mut(n));
        for (((inputs, outputs), area), score) in
            inputs.zip(outputs).zip(&prep.areas).zip(&prep.scores)
        {
            let (need_before, need) = inputs;
            let (floor, disc) = outputs;
            let rows = need_before.iter().zip(need);
            let outs = floor.iter_mut().zip(disc.iter_mut());
            let sums = t
                .floors
                .iter_mut()
                .zip(t.disc.iter_mut())
                .zip(t.slope.iter_mut());
            for ((before, after), ((floor_out, disc_out), ((t_floors, t_disc), t_slope))) in
                rows.zip(outs.zip(sums))
            {
                let (before, after) = (*before, *after);
                let fl = area.legal_floor * if on_entitlements { after } else { before };
                let fl = fl.min(after);
                let d = (after - fl).max(0.0);
                *floor_out = fl;
                *disc_out = d;
                *t_floors += fl;
                *t_disc += d;
                *t_slope += d * *score;
            }
        }
    }

    /// Phase 2, the budget: the frame, plus the part of the gap between need
    /// (with prevention counted in the frame) and the frame that the
    /// budget-squeeze weight lets the council spend, and never less than the
    /// legal floors plus prevention in the frame.
    pub(super) fn budget(&mut self) {
        let (prep, yc) = (self.prep, self.yc);
        let frame = yc.frame_dkk;
        let in_frame = yc.cost.in_frame_dkk;
        let t = &mut self.t;
        for ((budget_out, need_total), floors) in
            t.budget.iter_mut().zip(t.need.iter()).zip(t.floors.iter())
        {
            *budget_out = budget_dkk(
                frame,
                need_total + in_frame,
                *floors,
                in_frame,
                prep.budget_squeeze,
            );
        }
    }

    /// Phase 4, prevention next: after the legal floors, prevention's cost
    /// counted in the frame is paid before anything else; what is left of the
    /// budget is the room for the discretionary need (all of it when the room
    /// covers it).
    pub(super) fn fund_prevention(&mut self) {
        let in_frame = self.yc.cost.in_frame_dkk;
        let t = &mut self.t;
        for (room_out, ((budget, floors), disc_total)) in t
            .room
            .iter_mut()
            .zip(t.budget.iter().zip(t.floors.iter()).zip(t.disc.iter()))
        {
            let mut room = budget - floors - in_frame;
            if room >= disc_total * (1.0 - 1e-12) {
                room = *disc_total; // guard against rounding at full coverage
            }
            *room_out = room;
        }
    }

    /// Phase 5, water-filling of the discretionary rest: the room is shared
    /// between the areas' discretionary need by priority score, each area
    /// covered in proportion to its score up to all of its need. Each area's
    /// spending is its floor plus its share; then the share of need funded, the
    /// citizens served, the unmet need and the overspend (spending, with
    /// prevention in the frame, above the frame).
    pub(super) fn water_fill(&mut self, fill: &mut FillScratch) {
        let (prep, yc, n) = (self.prep, self.yc, self.n);
        let frame = yc.frame_dkk;
        let in_frame = yc.cost.in_frame_dkk;
        let (at, t) = (&mut self.at, &mut self.t);
        // The water-filling coverage goes into `coverage` for now.
        water_fill_draws(
            at.disc,
            &prep.scores,
            &prep.order,
            t.room,
            t.disc,
            t.slope,
            at.coverage,
            fill,
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
    }

    /// Phase 5 (end), the squeeze: the overspend is taken from schools, day
    /// care and elder care in proportion to their budgets; `taken_dkk` gets the
    /// money taken from each service in each draw. Needed per draw only when
    /// that money does not rise with the overspend (a budget that is not
    /// positive and finite); otherwise its band is the overspend band mapped
    /// (see `year_bands`).
    pub(super) fn squeeze(&self, ds: &DataSet, taken_dkk: &mut [f64]) {
        let (prep, n) = (self.prep, self.n);
        for (k, svc) in ds
            .services
            .iter()
            .enumerate()
            .filter(|_| !prep.squeeze_monotone)
        {
            for (taken, o) in row_mut(taken_dkk, k, n)
                .iter_mut()
                .zip(self.t.overspend.iter())
            {
                *taken = taken_from(svc, prep.services_total_dkk, *o).0;
            }
        }
    }
}
