//! What a number on screen rests on: the answer to a tap on its mark. A
//! figure of the data set shows its own provenance; an area's expenditure
//! (volume × unit cost) shows both inputs; a total, a key figure or a
//! projected figure shows how much of the base year's money rests on
//! sourced, derived and assumed inputs.
//!
//! ```
//! use prioritet::model::analysis::grounding::Grounding;
//! use prioritet::model::DataSet;
//!
//! let g = Grounding::of(&DataSet::builtin());
//! let shares = g.sourced_share() + g.derived_share() + g.assumed_share();
//! assert!((shares - 1.0).abs() < 1e-12);
//! ```

use crate::model::data::dataset::{Area, DataSet};
use crate::model::data::sources::{Mark, Provenance, SourceRegistry, Sourced, Status};

/// The base year's money split by how firmly its inputs are grounded. An
/// area's money (volume × unit cost) is as firm as its weaker input: sourced
/// when both are stated in a source, assumed when either is an assumption,
/// derived otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Grounding {
    /// Money whose volume and unit cost are both stated in a source.
    pub sourced_dkk: f64,
    /// Money resting on at least one derived input and no assumption.
    pub derived_dkk: f64,
    /// Money resting on at least one assumption.
    pub assumed_dkk: f64,
}

/// The mark of a product of two figures: the weaker of the two.
fn weaker(a: Status, b: Status) -> Mark {
    match (a.mark(), b.mark()) {
        (Mark::Assumption, _) | (_, Mark::Assumption) => Mark::Assumption,
        (Mark::Source, Mark::Source) => Mark::Source,
        _ => Mark::Derived,
    }
}

impl Grounding {
    /// The grounding of `data`'s base-year money, area by area.
    pub fn of(data: &DataSet) -> Grounding {
        let mut g = Grounding::default();
        for a in &data.areas {
            let dkk = a.volume_full_year.value * a.unit_cost_dkk.value;
            match weaker(a.volume_full_year.status, a.unit_cost_dkk.status) {
                Mark::Source => g.sourced_dkk += dkk,
                Mark::Assumption => g.assumed_dkk += dkk,
                Mark::Derived | Mark::Computed => g.derived_dkk += dkk,
            }
        }
        g
    }

    /// All the base year's money.
    pub fn total_dkk(&self) -> f64 {
        self.sourced_dkk + self.derived_dkk + self.assumed_dkk
    }

    fn share(&self, part: f64) -> f64 {
        let total = self.total_dkk();
        if total > 0.0 {
            part / total
        } else {
            0.0
        }
    }

    /// The sourced part of the money, 0..1.
    pub fn sourced_share(&self) -> f64 {
        self.share(self.sourced_dkk)
    }

    /// The derived part of the money, 0..1.
    pub fn derived_share(&self) -> f64 {
        self.share(self.derived_dkk)
    }

    /// The assumed part of the money, 0..1.
    pub fn assumed_share(&self) -> f64 {
        self.share(self.assumed_dkk)
    }
}

/// What a number rests on.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// A figure of the data set, as it stands there.
    Figure(Provenance),
    /// Computed from one area's volume and unit cost; for a remainder area
    /// the volume counts blocks of 1 mio. kr.
    Area {
        /// The area's base-year volume.
        volume: Provenance,
        /// The area's unit cost.
        unit_cost: Provenance,
        /// Whether the area is a remainder (its volume is money, not people).
        remainder: bool,
    },
    /// Computed from every area of the data set (totals, key figures,
    /// projected figures).
    Total(Grounding),
}

impl Basis {
    /// A figure of the data set.
    pub fn figure(figure: &Sourced, registry: &SourceRegistry) -> Basis {
        Basis::Figure(Provenance::of(figure, registry))
    }

    /// A figure computed from `area`'s volume and unit cost.
    pub fn area(area: &Area, registry: &SourceRegistry) -> Basis {
        Basis::Area {
            volume: Provenance::of(&area.volume_full_year, registry),
            unit_cost: Provenance::of(&area.unit_cost_dkk, registry),
            remainder: area.remainder,
        }
    }

    /// The mark the number carries: its own status for a figure of the
    /// data set, *beregnet* for anything computed.
    pub fn mark(&self) -> Mark {
        match self {
            Basis::Figure(p) => p.mark(),
            Basis::Area { .. } | Basis::Total(_) => Mark::Computed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::content::Content;

    #[test]
    fn an_area_is_as_firm_as_its_weaker_input() {
        assert_eq!(weaker(Status::Stated, Status::Seed), Mark::Source);
        assert_eq!(weaker(Status::Stated, Status::Derived), Mark::Derived);
        assert_eq!(
            weaker(Status::Derived, Status::Illustrative),
            Mark::Assumption
        );
        assert_eq!(
            weaker(Status::Illustrative, Status::Stated),
            Mark::Assumption
        );
    }

    #[test]
    fn the_builtin_money_splits_by_its_inputs() {
        let data = DataSet::builtin();
        let g = Grounding::of(&data);
        assert!((g.total_dkk() - data.base_spending_dkk()).abs() < 1.0);
        // § 108: a stated volume at a derived unit cost is derived money.
        let sel108 = data.areas.iter().find(|a| a.id == "adult_sel108").unwrap();
        let mut only = data.clone();
        only.areas.retain(|a| a.id == sel108.id);
        let one = Grounding::of(&only);
        assert_eq!(one.derived_share(), 1.0);
        assert_eq!(one.sourced_dkk + one.assumed_dkk, 0.0);
        // Every share is a part of the whole, and assumptions carry some money.
        assert!(g.assumed_share() > 0.0 && g.assumed_share() < 1.0);
        assert!(g.derived_share() > 0.0);
        assert_eq!(Grounding::default().sourced_share(), 0.0);
    }

    #[test]
    fn a_basis_marks_computed_figures_and_keeps_a_figures_own_status() {
        let data = DataSet::builtin();
        let sources = Content::builtin().unwrap().sources;
        let bpa = data.areas.iter().find(|a| a.id == "adult_bpa").unwrap();
        let cost = Basis::figure(&bpa.unit_cost_dkk, &sources);
        assert_eq!(cost.mark(), Mark::Assumption);
        let Basis::Area {
            volume, remainder, ..
        } = Basis::area(bpa, &sources)
        else {
            panic!("an area basis");
        };
        assert_eq!(volume.mark(), Mark::Source);
        assert!(volume.source.as_ref().is_some_and(|s| s.is_findable()));
        assert!(!remainder);
        assert_eq!(Basis::area(bpa, &sources).mark(), Mark::Computed);
        assert_eq!(Basis::Total(Grounding::of(&data)).mark(), Mark::Computed);
    }
}
