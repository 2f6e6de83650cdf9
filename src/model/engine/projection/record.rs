//! From a run's tables to what a projection reports: [`record`] writes a
//! central run's year into a [`Projection`]; [`year_bands`] takes the
//! p10 / p50 / p90 of a banded run's year, in the order of
//! [`for_each_banded`], which [`assemble`] reads back into a
//! [`BandedProjection`].

use crate::model::data::dataset::DataSet;
use crate::model::engine::bands::{
    AreaBands, BandedProjection, CeilingBands, PreventionBands, ServiceBands,
};
use crate::model::engine::squeeze::taken_from;
use crate::model::engine::uncertainty::{Band, Percentiles};

use super::output::Projection;
use super::prepare::Prepared;
use super::run::Run;
use super::tables::row;

/// The bands of one year of a run, in the order of [`for_each_banded`]
/// (which [`assemble`] reads back).
pub(super) fn year_bands(
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
    for column in [t.cases, t.yes, t.partly, t.no, t.declined] {
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
pub(super) fn record(out: &mut Projection, y: usize, run: &Run, ds: &DataSet, prep: &Prepared) {
    let n = run.n;
    let (at, t) = (run.area(), run.totals());
    let first = |v: &[f64]| v.first().copied().unwrap_or(0.0);
    for (a, ap) in out.areas.iter_mut().enumerate() {
        let get = |v: &[f64]| v.get(a * n).copied().unwrap_or(0.0);
        let (need, fundable, spend, nv, served) = (
            get(at.need),
            get(at.fundable),
            get(at.spend),
            get(at.need_volume),
            get(at.served),
        );
        set(&mut ap.need_dkk, y, need);
        set(&mut ap.floor_dkk, y, get(at.floor));
        set(&mut ap.spending_dkk, y, spend);
        set(&mut ap.coverage, y, get(at.coverage));
        set(&mut ap.unmet_dkk, y, (fundable - spend).max(0.0));
        set(&mut ap.need_citizens, y, nv);
        set(&mut ap.served_citizens, y, served);
        set(&mut ap.unmet_citizens, y, (nv - served).max(0.0));
        set(&mut ap.unit_cost_dkk, y, get(at.unit_cost));
        set(&mut ap.ceiling_cases, y, get(at.cases));
        set(&mut ap.declined_dkk, y, get(at.declined));
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
    set(&mut out.declined_dkk, y, first(t.declined));
    let outside = run.cost.municipality_dkk - run.cost.in_frame_dkk;
    set(&mut out.prevention_outside_frame_dkk, y, outside);
    set(&mut out.municipal_spending_dkk, y, spending + outside);
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
    let declined = first(t.declined);
    set(&mut c.freed_dkk, y, declined);
    set(&mut c.freed_without_law_dkk, y, first(t.freed_without));
    set(&mut c.freed_with_law_dkk, y, first(t.freed_with));
    set(
        &mut c.blocked_dkk,
        y,
        (first(t.freed_with) - declined).max(0.0),
    );

    let pv = &mut out.prevention;
    set(&mut pv.investment_dkk, y, run.cost.gross_dkk);
    set(&mut pv.cost_municipality_dkk, y, run.cost.municipality_dkk);
    set(&mut pv.cost_state_dkk, y, run.cost.state_dkk);
    set(&mut pv.in_frame_dkk, y, run.cost.in_frame_dkk);
    set(&mut pv.outside_frame_dkk, y, outside);
    set(&mut pv.gains_municipality_dkk, y, first(t.gains_mun));
    set(&mut pv.gains_region_dkk, y, first(t.gains_region));
    set(&mut pv.gains_state_dkk, y, first(t.gains_state));
    set(&mut pv.avoided_citizens, y, first(t.avoided));
}

/// Sets `series[year]` (when the series has that year).
fn set(series: &mut [f64], year: usize, value: f64) {
    if let Some(slot) = series.get_mut(year) {
        *slot = value;
    }
}

/// Visits the banded series of a projection in a fixed order (the order
/// [`assemble`] reads them back in).
pub(super) fn for_each_banded(p: &Projection, f: &mut impl FnMut(&[f64])) {
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
pub(super) fn assemble(
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
