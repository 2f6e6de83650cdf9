//! The last guard before a projection is shown or written: every number in
//! it must be finite. The data set's validation keeps the inputs plausible
//! so this should never fire; if it does, the runner refuses to print the
//! projection (exit status 2) rather than write `null` or `inf`, and the
//! fuzz tests (`tests/fuzz_inputs.rs`) assert it of every projection they
//! make.

use std::fmt;

use crate::model::digits::short;
use crate::model::engine::bands::BandedProjection;
use crate::model::engine::projection::Projection;

/// The first number of a projection that is not finite: which output, of
/// which area or service, in which year.
#[derive(Clone, Debug, PartialEq)]
pub struct NonFinite {
    /// The output's name, as in [`Projection::for_each_named`] (e.g.
    /// `area.coverage`).
    pub output: &'static str,
    /// The area's or service's id; empty for totals.
    pub id: String,
    /// The calendar year.
    pub year: u16,
    /// The number: NaN or an infinity.
    pub value: f64,
}

impl fmt::Display for NonFinite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = short(self.value);
        if self.id.is_empty() {
            write!(f, "{} is {value} in {}", self.output, self.year)
        } else {
            write!(
                f,
                "{} of {} is {value} in {}",
                self.output, self.id, self.year
            )
        }
    }
}

/// The first number of `p` that is not finite, in the order of
/// [`Projection::for_each_named`], or `None` when every number is finite.
pub fn first_non_finite(p: &Projection) -> Option<NonFinite> {
    if !p.ceiling.ceiling_dkk.is_finite() {
        return Some(NonFinite {
            output: "ceiling.ceiling_dkk",
            id: String::new(),
            year: p.base_year,
            value: p.ceiling.ceiling_dkk,
        });
    }
    let mut found = None;
    p.for_each_named(&mut |output, id, series| {
        if found.is_none() {
            found = first_in(output, id, &p.years, series.iter().copied());
        }
    });
    found
}

/// The first band bound (p10, p50 or p90) of `b` that is not finite, in
/// the order of [`BandedProjection::for_each_named`], or `None`.
pub fn first_non_finite_band(b: &BandedProjection) -> Option<NonFinite> {
    let mut found = None;
    b.for_each_named(&mut |output, id, series| {
        if found.is_none() {
            let worst = series.iter().map(|band| {
                [band.p10, band.p50, band.p90]
                    .into_iter()
                    .find(|v| !v.is_finite())
                    .unwrap_or(band.p50)
            });
            found = first_in(output, id, &b.years, worst);
        }
    });
    found
}

fn first_in(
    output: &'static str,
    id: &str,
    years: &[u16],
    values: impl Iterator<Item = f64>,
) -> Option<NonFinite> {
    values
        .enumerate()
        .find(|(_, v)| !v.is_finite())
        .map(|(y, value)| NonFinite {
            output,
            id: id.to_string(),
            year: years.get(y).copied().unwrap_or_default(),
            value,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ApproachId;
    use crate::model::{project, project_central, DataSet, Scenario};

    #[test]
    fn finite_projections_pass_and_the_first_bad_number_is_named() {
        let ds = DataSet::builtin();
        let s = Scenario::from_preset(&ds, ApproachId::SocialProfessional).unwrap();
        let mut p = project_central(&s, &ds).unwrap();
        assert_eq!(first_non_finite(&p), None);
        let mut b = project(&s, &ds, 20, 1).unwrap();
        assert_eq!(first_non_finite_band(&b), None);

        p.areas[2].coverage[3] = f64::NAN;
        p.areas[4].coverage[1] = f64::INFINITY;
        let bad = first_non_finite(&p).unwrap();
        assert_eq!(bad.output, "area.coverage");
        assert_eq!(bad.id, p.areas[2].id);
        assert_eq!(bad.year, p.years[3]);
        assert!(bad.to_string().contains("is NaN in"), "{bad}");
        p.need_dkk[0] = f64::NEG_INFINITY;
        let bad = first_non_finite(&p).unwrap();
        assert_eq!(
            bad.to_string(),
            format!("need_dkk is -inf in {}", p.years[0])
        );

        b.squeeze[0].taken_units[2].p90 = f64::INFINITY;
        let bad = first_non_finite_band(&b).unwrap();
        assert_eq!(bad.output, "squeeze.taken_units");
        assert_eq!(bad.year, b.years[2]);
        assert_eq!(bad.value, f64::INFINITY);
    }
}
