//! The key figures the explorer shows beside its charts, for one year: the
//! scenario's central value, the "no change" baseline and, once the draws are
//! done, the p10–p90 band. Pure, so the numbers on screen are tested natively.

use crate::model::engine::bands::BandedProjection;
use crate::model::engine::projection::Projection;
use crate::model::engine::uncertainty::Band;

/// One figure: scenario, baseline and (when computed) its band.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    /// The scenario's central value.
    pub central: f64,
    /// The same figure with no change of weights or levers.
    pub baseline: f64,
    /// p10 / p50 / p90 of the scenario, when the draws are done.
    pub band: Option<Band>,
}

/// What the overspend takes from one other service area.
#[derive(Clone, Debug, PartialEq)]
pub struct TakenFrom {
    /// Service id (`schools`, `day_care`, `elder_care`).
    pub id: String,
    /// DKK taken.
    pub dkk: KeyFigure,
    /// The same in tangible units (e.g. teacher-years).
    pub units: KeyFigure,
}

/// The key figures of one projection year.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigures {
    /// The calendar year.
    pub year: u16,
    /// The economic frame.
    pub frame_dkk: KeyFigure,
    /// Spending counted against the frame.
    pub spending_dkk: KeyFigure,
    /// Prevention the municipality pays outside the service frame.
    pub prevention_outside_frame_dkk: KeyFigure,
    /// All the municipality spends: spending in the frame plus prevention
    /// outside it.
    pub municipal_spending_dkk: KeyFigure,
    /// Spending above the frame (the budget squeeze).
    pub overspend_dkk: KeyFigure,
    /// What the overspend takes from each other service.
    pub taken: Vec<TakenFrom>,
    /// Need left unmet, DKK.
    pub unmet_dkk: KeyFigure,
    /// Need left unmet, full-year citizens.
    pub unmet_citizens: KeyFigure,
    /// Cases referred to the ceiling council.
    pub ceiling_cases: KeyFigure,
    /// Need the ceiling council declines (the money its decisions free
    /// under the scenario's assumption about the law), beside unmet need.
    pub declined_dkk: KeyFigure,
    /// Money the council frees without a change of law.
    pub freed_without_law_dkk: KeyFigure,
    /// Money the council frees with a change of law.
    pub freed_with_law_dkk: KeyFigure,
    /// Whether the scenario assumes the change of law (so the declined need
    /// is the freed money with it).
    pub ceiling_on_entitlements: bool,
    /// Areas where the ceiling would need national legislation.
    pub legislation_areas: Vec<String>,
    /// What prevention costs the municipality.
    pub prevention_cost_dkk: KeyFigure,
    /// Prevention's gains for all payers (no band: a sum of banded parts).
    pub prevention_gains_dkk: KeyFigure,
}

fn at(series: &[f64], i: usize) -> f64 {
    series.get(i).copied().unwrap_or(0.0)
}

fn band_at(series: Option<&[Band]>, i: usize) -> Option<Band> {
    series.and_then(|s| s.get(i)).cloned()
}

fn figure(s: &[f64], b: &[f64], band: Option<&[Band]>, i: usize) -> KeyFigure {
    KeyFigure {
        central: at(s, i),
        baseline: at(b, i),
        band: band_at(band, i),
    }
}

/// The key figures of year index `i` (0 = the first projected year; an index
/// past the end reads as zero). `bands` is `None` while the draws run.
pub fn key_figures(
    scenario: &Projection,
    baseline: &Projection,
    bands: Option<&BandedProjection>,
    i: usize,
) -> KeyFigures {
    let (s, b) = (scenario, baseline);
    let taken = s
        .squeeze
        .iter()
        .map(|svc| {
            let base = b.service(&svc.id);
            let band = bands.and_then(|bp| bp.squeeze.iter().find(|x| x.id == svc.id));
            TakenFrom {
                id: svc.id.clone(),
                dkk: figure(
                    &svc.taken_dkk,
                    base.map(|x| x.taken_dkk.as_slice()).unwrap_or(&[]),
                    band.map(|x| x.taken_dkk.as_slice()),
                    i,
                ),
                units: figure(
                    &svc.taken_units,
                    base.map(|x| x.taken_units.as_slice()).unwrap_or(&[]),
                    band.map(|x| x.taken_units.as_slice()),
                    i,
                ),
            }
        })
        .collect();
    let gains = |p: &Projection| {
        at(&p.prevention.gains_municipality_dkk, i)
            + at(&p.prevention.gains_region_dkk, i)
            + at(&p.prevention.gains_state_dkk, i)
    };
    KeyFigures {
        year: s.years.get(i).copied().unwrap_or(s.base_year),
        frame_dkk: figure(&s.frame_dkk, &b.frame_dkk, None, i),
        spending_dkk: figure(
            &s.spending_dkk,
            &b.spending_dkk,
            bands.map(|x| x.spending_dkk.as_slice()),
            i,
        ),
        prevention_outside_frame_dkk: figure(
            &s.prevention_outside_frame_dkk,
            &b.prevention_outside_frame_dkk,
            None,
            i,
        ),
        municipal_spending_dkk: figure(
            &s.municipal_spending_dkk,
            &b.municipal_spending_dkk,
            None,
            i,
        ),
        overspend_dkk: figure(
            &s.overspend_dkk,
            &b.overspend_dkk,
            bands.map(|x| x.overspend_dkk.as_slice()),
            i,
        ),
        taken,
        unmet_dkk: figure(
            &s.unmet_dkk,
            &b.unmet_dkk,
            bands.map(|x| x.unmet_dkk.as_slice()),
            i,
        ),
        unmet_citizens: figure(
            &s.unmet_citizens,
            &b.unmet_citizens,
            bands.map(|x| x.unmet_citizens.as_slice()),
            i,
        ),
        ceiling_cases: figure(
            &s.ceiling.cases_referred,
            &b.ceiling.cases_referred,
            bands.map(|x| x.ceiling.cases_referred.as_slice()),
            i,
        ),
        declined_dkk: figure(
            &s.declined_dkk,
            &b.declined_dkk,
            bands.map(|x| x.ceiling.freed_dkk.as_slice()),
            i,
        ),
        freed_without_law_dkk: figure(
            &s.ceiling.freed_without_law_dkk,
            &b.ceiling.freed_without_law_dkk,
            None,
            i,
        ),
        freed_with_law_dkk: figure(
            &s.ceiling.freed_with_law_dkk,
            &b.ceiling.freed_with_law_dkk,
            None,
            i,
        ),
        ceiling_on_entitlements: s.ceiling.on_entitlements,
        legislation_areas: s.ceiling.legislation_areas.clone(),
        prevention_cost_dkk: figure(
            &s.prevention.cost_municipality_dkk,
            &b.prevention.cost_municipality_dkk,
            bands.map(|x| x.prevention.cost_municipality_dkk.as_slice()),
            i,
        ),
        prevention_gains_dkk: KeyFigure {
            central: gains(s),
            baseline: gains(b),
            band: None,
        },
    }
}

/// Whether a ceiling council has any cases to decide in the projection.
pub fn has_ceiling_cases(p: &Projection) -> bool {
    p.ceiling.cases_referred.iter().any(|c| *c > 0.0)
}

/// Whether the projection has any prevention investment.
pub fn has_prevention(p: &Projection) -> bool {
    p.prevention.investment_dkk.iter().any(|c| *c > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ApproachId;
    use crate::model::{project, project_baseline, project_central, DataSet, Scenario};

    #[test]
    fn reads_the_projection_and_its_baseline() {
        let ds = DataSet::builtin();
        let s = Scenario::from_preset(&ds, ApproachId::SocialProfessional).unwrap();
        let p = project_central(&s, &ds).unwrap();
        let b = project_baseline(&s, &ds).unwrap();
        let last = p.years.len() - 1;
        let k = key_figures(&p, &b, None, last);
        assert_eq!(k.year, p.years[last]);
        assert_eq!(k.overspend_dkk.central, p.overspend_dkk[last]);
        assert_eq!(k.overspend_dkk.baseline, b.overspend_dkk[last]);
        assert!(k.overspend_dkk.band.is_none());
        assert_eq!(k.taken.len(), p.squeeze.len());
        assert!(k.prevention_cost_dkk.central > 0.0);
        assert!(has_prevention(&p) && !has_prevention(&b));
        assert!(!has_ceiling_cases(&p));
        let f = Scenario::from_preset(&ds, ApproachId::FuturePriorities).unwrap();
        assert!(has_ceiling_cases(&project_central(&f, &ds).unwrap()));
        assert_eq!(k.prevention_cost_dkk.baseline, 0.0);
    }

    #[test]
    fn declined_need_and_both_freed_figures_are_read() {
        let ds = DataSet::builtin();
        let mut s = Scenario::neutral();
        s.levers.ceiling_dkk = 2e6;
        s.levers.prevention_investment_dkk = 5e8;
        s.levers.prevention_ceiling_exempt = true;
        let b = project_baseline(&s, &ds).unwrap();
        let last = b.years.len() - 1;
        for law in [false, true] {
            s.levers.ceiling_on_entitlements = law;
            let p = project_central(&s, &ds).unwrap();
            let k = key_figures(&p, &b, None, last);
            assert_eq!(k.ceiling_on_entitlements, law);
            let (without, with) = (
                k.freed_without_law_dkk.central,
                k.freed_with_law_dkk.central,
            );
            assert!(0.0 < without && without < with, "{without} {with}");
            let used = if law { with } else { without };
            assert!((k.declined_dkk.central - used).abs() <= 1e-6 * used);
            assert_eq!(k.declined_dkk.baseline, 0.0);
            let outside = k.prevention_outside_frame_dkk.central;
            assert!(outside > 0.0);
            assert!(
                (k.municipal_spending_dkk.central - k.spending_dkk.central - outside).abs() < 1.0
            );
        }
    }

    #[test]
    fn carries_bands_when_given_and_tolerates_a_bad_index() {
        let ds = DataSet::builtin();
        let s = Scenario::neutral();
        let p = project_central(&s, &ds).unwrap();
        let bp = project(&s, &ds, 50, 7).unwrap();
        let k = key_figures(&p, &p, Some(&bp), 0);
        let band = k.spending_dkk.band.expect("a band");
        assert!(band.p10 <= band.p50 && band.p50 <= band.p90);
        let far = key_figures(&p, &p, Some(&bp), 999);
        assert_eq!(far.overspend_dkk.central, 0.0);
        assert!(far.overspend_dkk.band.is_none());
    }
}
