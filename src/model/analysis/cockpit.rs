//! The steering cockpit (KL's *styringscockpit*, seed 003): per
//! intervention area the expenditure (volume × unit cost), the volume in
//! full-year citizens and the unit cost, each next to the national figure
//! scaled to the municipality's size and marked with where it came from;
//! subtotals for children and adults; and the base year's total against
//! the economic frame, whose base is exactly that total.
//!
//! ```
//! use prioritet::model::analysis::cockpit::cockpit;
//! use prioritet::model::import::import_file;
//! use prioritet::model::scenario::Frame;
//! use prioritet::model::DataSet;
//!
//! let national = DataSet::builtin();
//! let csv = "omraade_id;helaarsborgere;enhedsudgift_kr\nadult_sel108;55;721.600\n";
//! let import = import_file(csv.as_bytes(), "k.csv", &national);
//! let view = cockpit(&import, &Frame::default(), &national);
//! let row = view.rows.iter().find(|r| r.area_id == "adult_sel108").unwrap();
//! assert_eq!(row.expenditure_dkk.value, 55.0 * 721_600.0);
//! assert_eq!(row.expenditure_dkk.reference, Some(55.0 * 656_000.0));
//! assert!((row.unit_cost_dkk.ratio().unwrap() - 1.1).abs() < 1e-12);
//! ```

use crate::model::analysis::grounding::Grounding;
use crate::model::data::dataset::{DataSet, Group};
use crate::model::data::localized::Localized;
use crate::model::data::sources::Sourced;
use crate::model::import::{AreaOrigin, FieldOrigin, Import};
use crate::model::scenario::Frame;

/// A figure next to its reference: the national figure scaled to the
/// municipality's size (volumes and money), or as is (unit costs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compared {
    /// The figure in the data set in use.
    pub value: f64,
    /// The national figure scaled to the municipality; `None` when the
    /// national data set has no such area.
    pub reference: Option<f64>,
    /// Where `value` came from.
    pub origin: FieldOrigin,
}

impl Compared {
    /// `value − reference`.
    pub fn difference(&self) -> Option<f64> {
        self.reference.map(|r| self.value - r)
    }

    /// `value / reference`, when the reference is not zero.
    pub fn ratio(&self) -> Option<f64> {
        self.reference
            .filter(|r| *r != 0.0 && r.is_finite())
            .map(|r| self.value / r)
    }
}

/// One intervention area in the cockpit.
#[derive(Clone, Debug, PartialEq)]
pub struct CockpitRow {
    /// The area's id.
    pub area_id: String,
    /// Its name in Danish and English.
    pub name: Localized,
    /// Children or adults.
    pub group: Group,
    /// Whether the area is the remainder of its group's money: its volume
    /// counts blocks of 1 mio. kr., not people.
    pub remainder: bool,
    /// The volume as the data set states it, with its provenance.
    pub volume_figure: Sourced,
    /// The unit cost as the data set states it, with its provenance.
    pub unit_cost_figure: Sourced,
    /// Full-year citizens (*helårsborgere*) in the base year.
    pub volume_full_year: Compared,
    /// DKK per full-year citizen (*enhedsudgift*).
    pub unit_cost_dkk: Compared,
    /// Base-year expenditure, volume × unit cost.
    pub expenditure_dkk: Compared,
    /// The area's share of the base-year total, 0..1.
    pub share_of_total: f64,
    /// The file line the area came from, if it did.
    pub line: Option<usize>,
}

/// A subtotal for children or adults.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupTotal {
    /// Children or adults.
    pub group: Group,
    /// Full-year citizens.
    pub volume_full_year: f64,
    /// Base-year expenditure.
    pub expenditure_dkk: f64,
    /// The national expenditure of the group scaled to the municipality.
    pub reference_dkk: f64,
}

/// The base year's total against the frame.
#[derive(Clone, Debug, PartialEq)]
pub struct CockpitTotal {
    /// Base-year spending on all areas: the frame's base.
    pub expenditure_dkk: f64,
    /// The national total scaled to the municipality.
    pub reference_dkk: f64,
    /// The part of `expenditure_dkk` whose volume and unit cost both come
    /// from the municipality's file.
    pub from_file_dkk: f64,
    /// The frame in the base year: the total × (1 + the frame's level
    /// change).
    pub frame_dkk: f64,
    /// `expenditure_dkk − frame_dkk`: above the frame when positive.
    pub over_frame_dkk: f64,
}

/// The cockpit: one row per area, subtotals, and the total against the
/// frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Cockpit {
    /// The areas, in the data set's order.
    pub rows: Vec<CockpitRow>,
    /// Children, then adults.
    pub groups: Vec<GroupTotal>,
    /// The total.
    pub total: CockpitTotal,
    /// The municipality's size against the country (1 for the national
    /// data).
    pub scale: f64,
    /// The municipality's name, if the file gave one.
    pub municipality: Option<String>,
    /// How firmly the base year's money is grounded.
    pub grounding: Grounding,
    /// Whether these are the built-in national figures (no file's).
    pub national: bool,
}

/// The cockpit of an imported file: its data set against `national`
/// scaled by the import's size factor. An unusable import shows the
/// national data (its `data` is the national data set).
pub fn cockpit(import: &Import, frame: &Frame, national: &DataSet) -> Cockpit {
    if !import.usable {
        return national_cockpit(national, frame);
    }
    build(
        &import.data,
        &import.origin,
        import.scale,
        import.municipality.clone(),
        frame,
        national,
    )
}

/// The cockpit of the national data set itself: every figure a national
/// default, the reference equal to the value.
pub fn national_cockpit(national: &DataSet, frame: &Frame) -> Cockpit {
    build(national, &[], 1.0, None, frame, national)
}

fn combined(volume: FieldOrigin, unit_cost: FieldOrigin) -> FieldOrigin {
    match (volume, unit_cost) {
        (FieldOrigin::File, FieldOrigin::File) => FieldOrigin::File,
        (FieldOrigin::ScaledDefault, _) | (_, FieldOrigin::ScaledDefault) => {
            FieldOrigin::ScaledDefault
        }
        // A figure partly from the file and partly national counts as
        // national: it is not the municipality's own.
        _ => FieldOrigin::NationalDefault,
    }
}

fn build(
    data: &DataSet,
    origin: &[AreaOrigin],
    scale: f64,
    municipality: Option<String>,
    frame: &Frame,
    national: &DataSet,
) -> Cockpit {
    let total = data.base_spending_dkk();
    let mut rows = Vec::with_capacity(data.areas.len());
    let mut from_file_dkk = 0.0;
    let mut reference_dkk = 0.0;
    for a in &data.areas {
        let o = origin.iter().find(|o| o.area_id == a.id);
        let volume_origin = o.map_or(FieldOrigin::NationalDefault, |o| o.volume);
        let cost_origin = o.map_or(FieldOrigin::NationalDefault, |o| o.unit_cost);
        let n = national.areas.iter().find(|n| n.id == a.id);
        let ref_volume = n.map(|n| n.volume_full_year.value * scale);
        let ref_cost = n.map(|n| n.unit_cost_dkk.value);
        let volume = a.volume_full_year.value;
        let cost = a.unit_cost_dkk.value;
        let spend = volume * cost;
        let ref_spend = ref_volume.zip(ref_cost).map(|(v, c)| v * c);
        let spend_origin = combined(volume_origin, cost_origin);
        if spend_origin == FieldOrigin::File {
            from_file_dkk += spend;
        }
        reference_dkk += ref_spend.unwrap_or(0.0);
        rows.push(CockpitRow {
            area_id: a.id.clone(),
            name: a.name.clone(),
            group: a.group,
            remainder: a.remainder,
            volume_figure: a.volume_full_year.clone(),
            unit_cost_figure: a.unit_cost_dkk.clone(),
            volume_full_year: Compared {
                value: volume,
                reference: ref_volume,
                origin: volume_origin,
            },
            unit_cost_dkk: Compared {
                value: cost,
                reference: ref_cost,
                origin: cost_origin,
            },
            expenditure_dkk: Compared {
                value: spend,
                reference: ref_spend,
                origin: spend_origin,
            },
            share_of_total: if total > 0.0 { spend / total } else { 0.0 },
            line: o.and_then(|o| o.line),
        });
    }
    let groups = [Group::Children, Group::Adults]
        .into_iter()
        .map(|group| {
            let in_group = rows.iter().filter(|r| r.group == group);
            GroupTotal {
                group,
                volume_full_year: in_group.clone().map(|r| r.volume_full_year.value).sum(),
                expenditure_dkk: in_group.clone().map(|r| r.expenditure_dkk.value).sum(),
                reference_dkk: in_group
                    .map(|r| r.expenditure_dkk.reference.unwrap_or(0.0))
                    .sum(),
            }
        })
        .collect();
    let frame_dkk = total * (1.0 + frame.level_change);
    Cockpit {
        rows,
        groups,
        total: CockpitTotal {
            expenditure_dkk: total,
            reference_dkk,
            from_file_dkk,
            frame_dkk,
            over_frame_dkk: total - frame_dkk,
        },
        scale,
        municipality,
        grounding: Grounding::of(data),
        national: origin.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::import::import_file;

    #[test]
    fn national_cockpit_matches_the_frame_base() {
        let ds = DataSet::builtin();
        let c = national_cockpit(&ds, &Frame::default());
        assert_eq!(c.rows.len(), ds.areas.len());
        assert!((c.total.expenditure_dkk - ds.base_spending_dkk()).abs() < 1e-3);
        assert_eq!(c.total.frame_dkk, c.total.expenditure_dkk);
        assert_eq!(c.total.over_frame_dkk, 0.0);
        assert_eq!(c.total.from_file_dkk, 0.0);
        let shares: f64 = c.rows.iter().map(|r| r.share_of_total).sum();
        assert!((shares - 1.0).abs() < 1e-12);
        let groups: f64 = c.groups.iter().map(|g| g.expenditure_dkk).sum();
        assert!((groups - c.total.expenditure_dkk).abs() < 1e-3);
        for r in &c.rows {
            assert_eq!(r.expenditure_dkk.ratio(), Some(1.0));
            assert_eq!(r.volume_full_year.origin, FieldOrigin::NationalDefault);
            assert_eq!(r.line, None);
        }
        let remainders: Vec<_> = c.rows.iter().filter(|r| r.remainder).collect();
        assert_eq!(remainders.len(), 2);
        assert_eq!(c.grounding, Grounding::of(&ds));
        assert!(c.national);
    }

    #[test]
    fn imported_rows_sit_next_to_the_scaled_national_figures() {
        let ds = DataSet::builtin();
        // Half the national §108 volume at a 10 % higher unit cost: scale 0.5.
        let csv = "omraade_id;helaarsborgere;enhedsudgift_kr\nadult_sel108;2750;721600\n";
        let import = import_file(csv.as_bytes(), "k.csv", &ds);
        assert!(import.usable, "{:?}", import.problems);
        let frame = Frame {
            level_change: -0.02,
            ..Frame::default()
        };
        let c = cockpit(&import, &frame, &ds);
        assert_eq!(c.scale, 0.5);
        assert!(!c.national);
        let r = c.rows.iter().find(|r| r.area_id == "adult_sel108").unwrap();
        assert_eq!(r.line, Some(2));
        assert_eq!(r.volume_full_year.value, 2750.0);
        assert_eq!(r.volume_full_year.reference, Some(2750.0));
        assert_eq!(r.unit_cost_dkk.origin, FieldOrigin::File);
        assert_eq!(r.unit_cost_figure.value, 721_600.0);
        assert!(r
            .unit_cost_figure
            .note
            .as_deref()
            .unwrap()
            .contains("k.csv"));
        assert_eq!(r.expenditure_dkk.origin, FieldOrigin::File);
        assert!((r.expenditure_dkk.difference().unwrap() - 2750.0 * 65_600.0).abs() < 1e-3);
        let other = c.rows.iter().find(|r| r.area_id == "adult_bpa").unwrap();
        assert_eq!(other.volume_full_year.value, 800.0);
        assert_eq!(other.volume_full_year.origin, FieldOrigin::ScaledDefault);
        assert_eq!(other.unit_cost_dkk.origin, FieldOrigin::NationalDefault);
        assert_eq!(other.expenditure_dkk.origin, FieldOrigin::ScaledDefault);
        assert_eq!(other.expenditure_dkk.ratio(), Some(1.0));
        assert!((c.total.from_file_dkk - 2750.0 * 721_600.0).abs() < 1e-3);
        assert!((c.total.expenditure_dkk - c.total.reference_dkk - 2750.0 * 65_600.0).abs() < 1e-2);
        assert!((c.total.frame_dkk - 0.98 * c.total.expenditure_dkk).abs() < 1e-3);
        assert!(c.total.over_frame_dkk > 0.0);
    }

    #[test]
    fn an_unusable_import_shows_the_national_figures() {
        let ds = DataSet::builtin();
        let import = import_file(b"", "empty.csv", &ds);
        assert!(!import.usable);
        let c = cockpit(&import, &Frame::default(), &ds);
        assert_eq!(c, national_cockpit(&ds, &Frame::default()));
    }
}
