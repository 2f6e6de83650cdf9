//! The phases of one projection year, numbered as in `docs/model.md`, in
//! the order `Run::step` (`run.rs`) calls them: the need of each
//! intervention area of the municipality's specialised social area (1a
//! volume growth, 1b step-down, 1c unit cost), prevention's gains by payer
//! (7, whose municipal share lowers need), 1d need = volume x unit cost,
//! the ceiling council (6, which declines part of the need without
//! changing it), the legal floors (3), the budget (2),
//! prevention's cost in the frame (4), and water-filling of the
//! discretionary rest with the squeeze on schools, day care and elder care
//! (5). Phase 0, the phase-in of the levers, is resolved before a run
//! ([`super::prepare::YearConst`]).
//!
//! Each phase is one loop over all draws of a run; within a draw the
//! arithmetic and its order are those of a single run, so the numbers do
//! not depend on how many draws run together.

use crate::model::data::dataset::DataSet;
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
    /// DKK is need volume x unit cost. No later phase changes it.
    pub(super) fn need(&mut self, volume: &[f64]) {
        let n = self.n;
        let (at, t) = (&mut self.at, &mut self.t);
        t.avoided.fill(0.0);
        // Sums over areas start where `Iterator::sum` does.
        t.need.fill(-0.0);
        let inputs = volume
            .chunks_exact(n)
            .zip(at.avoided.chunks_exact(n))
            .zip(at.unit_cost.chunks_exact(n));
        let outputs = at
            .need_volume
            .chunks_exact_mut(n)
            .zip(at.need.chunks_exact_mut(n));
        for (((vol, avoided), uc), (need_volume, need)) in inputs.zip(outputs) {
            let rows = vol.iter().zip(avoided).zip(uc);
            let outs = need_volume.iter_mut().zip(need.iter_mut());
            let sums = t.avoided.iter_mut().zip(t.need.iter_mut());
            for (((vol, avoided), uc), ((nv_out, need_out), (t_avoided, t_need))) in
                rows.zip(outs.zip(sums))
            {
                let (vol, uc) = (*vol, *uc);
                let avoided = avoided.min(vol);
                *t_avoided += avoided;
                let nv = vol - avoided;
                *nv_out = nv;
                *need_out = nv * uc;
                *t_need += nv * uc;
            }
        }
    }

    /// Phase 6, the ceiling council: in each area it acts on (the calibrated
    /// residential areas), the cases whose residential cost plus day offer
    /// exceeds the ceiling (lognormal residential costs around the unit
    /// cost, with the draw's spread) go to the council, which decides by the
    /// evidence behind the interventions, a mix per area: yes (funded in
    /// full), partly, or no (funded up to the ceiling). The money it frees is
    /// computed both without a change of law (only the discretionary share)
    /// and with one; the scenario's assumption decides which is declined.
    /// Need stays; what is declined is neither spent nor unmet, so the
    /// fundable need is need less declined. Phased in as recommendation 5
    /// (long term). `tails[a * n + d]` keeps area `a`'s last tail above the
    /// ceiling in draw `d`.
    pub(super) fn ceiling_council(&mut self, tails: &mut [Option<(u64, u64, Tail)>]) {
        let (prep, yc, n) = (self.prep, self.yc, self.n);
        let rule = &CeilingRule {
            phase: yc.ph_ceiling,
            ..prep.ceiling
        };
        let c = rule.ceiling_dkk;
        let ceiling_acts = !(c.is_nan() || c <= 0.0 || rule.phase <= 0.0);
        let on_law = rule.on_entitlements;
        let (at, t) = (&mut self.at, &mut self.t);
        for column in [
            &mut *t.cases,
            &mut *t.yes,
            &mut *t.partly,
            &mut *t.no,
            &mut *t.declined,
            &mut *t.freed_without,
            &mut *t.freed_with,
        ] {
            column.fill(0.0);
        }
        // Sums over areas start where `Iterator::sum` does.
        t.fundable.fill(-0.0);
        at.cases.fill(0.0);
        at.declined.fill(0.0);
        let (day_area, day_share) = prep.day_offer.unwrap_or((usize::MAX, 0.0));
        let day_cost = row(&*at.unit_cost, day_area, n);
        let inputs = at
            .need_volume
            .chunks_exact(n)
            .zip(at.unit_cost.chunks_exact(n))
            .zip(at.need.chunks_exact(n));
        let outputs = at
            .cases
            .chunks_exact_mut(n)
            .zip(at.declined.chunks_exact_mut(n))
            .zip(at.fundable.chunks_exact_mut(n));
        let drawn = tails
            .chunks_exact_mut(n)
            .zip(self.set.sigma.chunks_exact(n));
        for (((inputs, outputs), (tail_slots, sigmas)), area) in
            inputs.zip(outputs).zip(drawn).zip(&prep.areas)
        {
            let ((need_volume, unit_cost), need) = inputs;
            let ((cases, declined), fundable) = outputs;
            let split = area.split.filter(|_| ceiling_acts);
            let rows = need_volume.iter().zip(unit_cost).zip(need);
            let outs = cases.iter_mut().zip(declined.iter_mut());
            let slots = tail_slots.iter_mut().zip(sigmas);
            for (i, ((((nv, uc), need), (cases_out, declined_out)), (tail_slot, sigma))) in
                rows.zip(outs).zip(slots).enumerate()
            {
                let c = match split {
                    Some(split) => {
                        let day = ceiling::day_offer_dkk(
                            day_share,
                            day_cost.get(i).copied().unwrap_or(0.0),
                        );
                        let mix = CaseMix {
                            volume: *nv,
                            unit_cost_dkk: *uc,
                            sigma: *sigma,
                            day_offer_dkk: day,
                            floor: area.legal_floor,
                            split,
                        };
                        if ceiling::acts_on(&mix, rule) {
                            // The spread is fixed for a draw; the unit
                            // cost and day offer move with the levers.
                            let key = (uc.to_bits(), day.to_bits());
                            let tail = match *tail_slot {
                                Some((u, d, tail)) if (u, d) == key => tail,
                                _ => {
                                    let tail =
                                        ceiling::case_tail(*uc, *sigma, day, rule.ceiling_dkk);
                                    *tail_slot = Some((key.0, key.1, tail));
                                    tail
                                }
                            };
                            ceiling::apply_tail(&mix, rule, &tail)
                        } else {
                            AreaCeiling::default()
                        }
                    }
                    None => AreaCeiling::default(),
                };
                let dec = c.declined_dkk(on_law).min(*need);
                *cases_out = c.cases;
                *declined_out = dec;
                if let Some(f) = fundable.get_mut(i) {
                    *f = (*need - dec).max(0.0);
                }
                let sums = [
                    (&mut *t.cases, c.cases),
                    (&mut *t.yes, c.yes),
                    (&mut *t.partly, c.partly),
                    (&mut *t.no, c.no),
                    (&mut *t.declined, dec),
                    (&mut *t.freed_without, c.freed_without_law_dkk),
                    (&mut *t.freed_with, c.freed_with_law_dkk),
                    (&mut *t.fundable, (*need - dec).max(0.0)),
                ];
                for (column, v) in sums {
                    if let Some(slot) = column.get_mut(i) {
                        *slot += v;
                    }
                }
            }
        }
    }

    /// Phase 3, legal floors first: the entitlement share of each area's need
    /// (of all of it, or of the need the ceiling council does not decline if
    /// the scenario assumes the legislation that lets the ceiling hit
    /// entitlements, and never more than that fundable need) is funded
    /// whatever the frame. What is left of the fundable need is
    /// discretionary, shared out in phase 5 by priority score.
    pub(super) fn legal_floors(&mut self) {
        let (prep, n) = (self.prep, self.n);
        let on_entitlements = prep.ceiling.on_entitlements;
        let (at, t) = (&mut self.at, &mut self.t);
        // Sums over areas start where `Iterator::sum` does.
        t.floors.fill(-0.0);
        t.disc.fill(-0.0);
        t.slope.fill(-0.0);
        let inputs = at.need.chunks_exact(n).zip(at.fundable.chunks_exact(n));
        let outputs = at
            .floor
            .chunks_exact_mut(n)
            .zip(at.disc.chunks_exact_mut(n));
        for (((inputs, outputs), area), score) in
            inputs.zip(outputs).zip(&prep.areas).zip(&prep.scores)
        {
            let (need, fundable) = inputs;
            let (floor, disc) = outputs;
            let rows = need.iter().zip(fundable);
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

    /// Phase 2, the budget: the frame, plus the part of the gap between the
    /// need the ceiling council does not decline (with prevention counted in
    /// the frame) and the frame that the
    /// budget-squeeze weight lets the council spend, and never less than the
    /// legal floors plus prevention in the frame.
    pub(super) fn budget(&mut self) {
        let (prep, yc) = (self.prep, self.yc);
        let frame = yc.frame_dkk;
        let in_frame = yc.cost.in_frame_dkk;
        let t = &mut self.t;
        for ((budget_out, fundable_total), floors) in t
            .budget
            .iter_mut()
            .zip(t.fundable.iter())
            .zip(t.floors.iter())
        {
            *budget_out = budget_dkk(
                frame,
                fundable_total + in_frame,
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
    /// spending is its floor plus its share; then the share funded of the
    /// need the ceiling council does not decline, the citizens served, the
    /// unmet need (fundable need less spending, so need = spending + unmet +
    /// declined) and the overspend (spending, with prevention in the frame,
    /// above the frame).
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
            .fundable
            .chunks_exact(n)
            .zip(at.floor.chunks_exact(n))
            .zip(at.disc.chunks_exact(n))
            .zip(at.need_volume.chunks_exact(n));
        let outputs = at
            .spend
            .chunks_exact_mut(n)
            .zip(at.coverage.chunks_exact_mut(n))
            .zip(at.served.chunks_exact_mut(n));
        for ((inputs, outputs), area) in inputs.zip(outputs).zip(&prep.areas) {
            let (((need, floor), disc), need_volume) = inputs;
            let ((spend, coverage), served) = outputs;
            // A remainder's money blocks are not people.
            let people = if area.people { 1.0 } else { 0.0 };
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
            for ((((fundable_a, floor_a), disc_a), nv), (outs, sums)) in rows.zip(outs.zip(sums)) {
                let (((spend_out, cov_out), served_out), ((spent, need_cit), served_cit)) =
                    (outs, sums);
                let fill_a = *cov_out;
                let spend = floor_a + fill_a * disc_a;
                let coverage = if *fundable_a > 0.0 {
                    (spend / fundable_a).min(1.0)
                } else {
                    1.0
                };
                let served = nv * coverage;
                *spend_out = spend;
                *cov_out = coverage;
                *served_out = served;
                *spent += spend;
                *need_cit += nv * people;
                *served_cit += served * people;
            }
        }
        for (
            ((((spending, overspend), unmet), coverage), fundable_total),
            (unmet_cit, (need_cit, served_cit)),
        ) in t
            .spending
            .iter_mut()
            .zip(t.overspend.iter_mut())
            .zip(t.unmet.iter_mut())
            .zip(t.coverage.iter_mut())
            .zip(t.fundable.iter())
            .zip(
                t.unmet_cit
                    .iter_mut()
                    .zip(t.need_cit.iter().zip(t.served_cit.iter())),
            )
        {
            let spent_areas = *spending;
            *spending = spent_areas + in_frame;
            *overspend = (*spending - frame).max(0.0);
            *unmet = (fundable_total - spent_areas).max(0.0);
            *coverage = if *fundable_total > 0.0 {
                (spent_areas / fundable_total).min(1.0)
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
