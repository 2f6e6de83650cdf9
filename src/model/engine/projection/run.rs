//! A run: one projection of a scenario for `n` Monte Carlo draws at once
//! (a central run is a run of one draw), advanced one year at a time by
//! [`Run::step`], which calls the phases of the year of `docs/model.md` in
//! the order the numbers need them.

use crate::model::data::dataset::DataSet;
use crate::model::engine::allocation::FillScratch;
use crate::model::engine::ceiling::Tail;
use crate::model::engine::prevention::PreventionCost;

use super::phases::Year;
use super::prepare::{DrawSet, Prepared};
use super::tables::{AreaTables, Totals};

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
    /// Each area's last ceiling tail in each draw and the unit cost and
    /// day offer it is for (a draw's spread and the ceiling are fixed for a
    /// run).
    tails: Vec<Option<(u64, u64, Tail)>>,
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
            tails: vec![None; areas * n],
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
    /// the previous year and is advanced. Each phase is one loop over the
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
        // 0. Phase-in: this year's lever phases, frame and prevention cost.
        let Some(yc) = prep.years.get(y) else {
            return;
        };
        self.frame = yc.frame_dkk;
        self.cost = yc.cost;
        let mut year = Year {
            prep,
            yc,
            set,
            y,
            n,
            at: AreaTables::<&mut [f64]>::split(&mut self.area, self.areas * n),
            t: Totals::<&mut [f64]>::split(&mut self.totals, n),
        };
        year.grow_volume(volume);
        year.step_down(volume, &mut self.flows);
        year.unit_cost();
        year.prevention_gains();
        year.need(volume);
        year.ceiling_council(&mut self.tails);
        year.legal_floors();
        year.budget();
        year.fund_prevention();
        year.water_fill(&mut self.fill);
        year.squeeze(ds, &mut self.taken);
    }
}
