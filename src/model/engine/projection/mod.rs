//! The projection: ten years (by default) of need, budget, allocation,
//! overspend and crowding out, the ceiling council and prevention, for a
//! scenario. [`project_central`] runs once on central values (fast, for live
//! sliders); [`project`] runs seeded Monte Carlo draws and reports p10 / p50 /
//! p90 for every output. The steps of one year follow `docs/model.md`, one
//! function per phase (`phases.rs`), called in turn by `Run::step`
//! (`run.rs`); what no draw changes is resolved first (`prepare.rs`), and
//! each year's tables become the reported outputs in `record.rs`.

mod output;
mod phases;
mod prepare;
mod record;
mod run;
mod tables;

pub use output::{
    AreaProjection, CeilingProjection, PreventionProjection, Projection, ServiceProjection,
};
pub use prepare::SCORE_BASE;

use crate::model::data::dataset::DataSet;
use crate::model::engine::bands::BandedProjection;
use crate::model::engine::uncertainty::{Band, Params, Percentiles};
use crate::model::error::ModelError;
use crate::model::scenario::Scenario;

use prepare::{DrawSet, Prepared};
use record::{assemble, for_each_banded, record, year_bands};
use run::Run;

/// Most draws one banded projection accepts.
pub const MAX_DRAWS: usize = 100_000;

/// Projects a scenario on central values: one value per output and year.
/// Fast enough to run on every slider move.
pub fn project_central(scenario: &Scenario, ds: &DataSet) -> Result<Projection, ModelError> {
    scenario.validate(ds)?;
    let prep = Prepared::new(scenario, ds)?;
    let draws = DrawSet::central(&Params::central(ds));
    let mut out = prep.zeros(scenario, ds);
    let mut volume = draws.start_volumes(&prep);
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
    let mut volume = set.start_volumes(&prep);
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

/// The bands as plain numbers, to send them to another thread cheaply:
/// p10, p50 and p90 of each year of each band series, in the order
/// [`bands_from_numbers`] reads them (the money taken from other services
/// in units is left out: it follows from the money).
pub fn bands_to_numbers(bands: &BandedProjection) -> Vec<f64> {
    let mut out = Vec::new();
    bands.for_each_named(&mut |name, _, series| {
        if name != "squeeze.taken_units" {
            out.extend(series.iter().flat_map(|b| [b.p10, b.p50, b.p90]));
        }
    });
    out
}

/// The bands from the numbers [`bands_to_numbers`] wrote, on the shape
/// (years, area and service ids) of `shape`, a projection of the same
/// scenario on `ds`; `None` when their count does not fit that shape.
pub fn bands_from_numbers(
    shape: &Projection,
    ds: &DataSet,
    draws: usize,
    seed: u64,
    numbers: &[f64],
) -> Option<BandedProjection> {
    let years = shape.years.len();
    let mut series = 0usize;
    for_each_banded(shape, &mut |_| series += 1);
    if numbers.len() != series * years * 3 {
        return None;
    }
    let bands: Vec<Band> = numbers
        .chunks_exact(3)
        .map(|b| Band {
            p10: b[0],
            p50: b[1],
            p90: b[2],
        })
        .collect();
    let mut series_bands = bands.chunks_exact(years.max(1));
    let mut next = || series_bands.next().map_or_else(Vec::new, <[Band]>::to_vec);
    Some(assemble(shape, ds, draws, seed, &mut next))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bands survive the trip through their numbers unchanged, on the
    /// shape of the central projection, for the presets; a count that does
    /// not fit is refused.
    #[test]
    fn bands_travel_as_numbers() {
        let ds = DataSet::builtin();
        for preset in &ds.approaches {
            let sc = Scenario::from_preset(&ds, preset.id).unwrap();
            let bands = project(&sc, &ds, 40, 3).unwrap();
            let central = project_central(&sc, &ds).unwrap();
            let numbers = bands_to_numbers(&bands);
            assert_eq!(
                bands_from_numbers(&central, &ds, 40, 3, &numbers),
                Some(bands)
            );
            assert_eq!(
                bands_from_numbers(&central, &ds, 40, 3, &numbers[1..]),
                None
            );
        }
    }

    /// The squeeze bands mapped from the overspend band equal the bands of
    /// the money taken in each draw, bit for bit.
    #[test]
    fn squeeze_bands_map_from_overspend() {
        let ds = DataSet::builtin();
        use crate::model::ids::ApproachId;
        for (name, squeeze) in [
            (None, 0.0),
            (Some(ApproachId::BudgetSqueeze), 0.3),
            (Some(ApproachId::Steering), 0.9),
        ] {
            let mut sc = match name {
                None => Scenario::neutral(),
                Some(a) => Scenario::from_preset(&ds, a).unwrap(),
            };
            sc.priorities.budget_squeeze = squeeze;
            let mut prep = Prepared::new(&sc, &ds).unwrap();
            assert!(prep.squeeze_monotone);
            let set = DrawSet::draw(&ds, 400, 9);
            let mut volume = set.start_volumes(&prep);
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
                assert_eq!(bits(&per_draw), bits(&mapped), "{name:?} year {y}");
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
        use crate::model::ids::ApproachId;
        for name in [
            ApproachId::FuturePriorities,
            ApproachId::BudgetSqueeze,
            ApproachId::Steering,
        ] {
            let sc = Scenario::from_preset(&ds, name).unwrap();
            let central = project_central(&sc, &ds).unwrap();
            let prep = Prepared::new(&sc, &ds).unwrap();
            let set = DrawSet::central(&Params::central(&ds));
            let mut run = Run::new(&prep, &ds, 1);
            let mut volume = set.start_volumes(&prep);
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
