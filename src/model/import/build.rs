//! Building the data set: the national data set with the file's rows put
//! in, each figure citing the file (line and column) or the national figure
//! scaled to the municipality's size.

use crate::model::data::dataset::{Area, DataSet, LeverUnit};
use crate::model::data::sources::{Sourced, Status};
use crate::model::ids::LeverId;

use super::columns::Column;
use super::numbers::grouped;
use super::problems::shorten;
use super::rows::{growth_of, AreaInput, Cell};
use super::source::SOURCE_ID;
use super::types::{AreaOrigin, FieldOrigin};

fn file_sourced(value: f64, file_name: &str, cell: &Cell) -> Sourced {
    let at = match cell.line {
        Some(l) => format!(", line {l}"),
        None => String::new(),
    };
    Sourced {
        value,
        source: Some(SOURCE_ID.into()),
        status: Status::Stated,
        note: Some(format!(
            "From the municipality's file '{}'{at}, «{}»",
            shorten(file_name),
            shorten(&cell.header)
        )),
    }
}

/// `national` times the size factor, still citing its source: an
/// illustrative figure stays illustrative, any other becomes derived.
pub(super) fn scaled(national: &Sourced, scale: f64) -> Sourced {
    scaled_by(
        national,
        scale,
        "the municipality's file: its full-year citizens over the national ones of the same areas",
    )
}

/// `national` times the size factor `scale`, whose basis the note gives
/// (`basis`): an illustrative figure stays illustrative, any other becomes
/// derived.
pub(super) fn scaled_by(national: &Sourced, scale: f64, basis: &str) -> Sourced {
    let how = format!(
        "national value {} × size factor {} ({basis})",
        grouped(national.value, 0),
        scale
    );
    let note = match &national.note {
        Some(n) => format!("{how}; national: {n}"),
        None => how,
    };
    let status = if national.is_assumption() {
        Status::Illustrative
    } else {
        Status::Derived
    };
    Sourced {
        value: national.value * scale,
        source: national.source.clone(),
        status,
        note: Some(note),
    }
}

/// Scales what is not an area by the size factor: the other services'
/// budgets and the DKK-a-year levers (their ranges and the presets that
/// set them), so an approach does not invest a national sum in one
/// municipality.
pub(super) fn scale_rest(data: &mut DataSet, scale: f64, basis: &str) {
    for s in &mut data.services {
        s.budget_dkk = scaled_by(&s.budget_dkk, scale, basis);
    }
    let per_year: Vec<LeverId> = data
        .levers
        .iter()
        .filter(|l| l.unit == LeverUnit::DkkPerYear)
        .map(|l| l.id)
        .collect();
    for l in &mut data.levers {
        if per_year.contains(&l.id) {
            l.min = scaled_by(&l.min, scale, basis);
            l.max = scaled_by(&l.max, scale, basis);
        }
    }
    for a in &mut data.approaches {
        for (id, v) in &mut a.levers {
            if per_year.contains(id) {
                *v = scaled_by(v, scale, basis);
            }
        }
    }
}

pub(super) fn apply_row(
    area: &mut Area,
    origin: &mut AreaOrigin,
    input: &AreaInput,
    file_name: &str,
) {
    origin.line = input.line;
    let national = area.clone();
    let put = |column: Column, target: &mut Sourced, o: &mut FieldOrigin| {
        if let Some(cell) = input.values.get(&column) {
            *target = file_sourced(cell.value, file_name, cell);
            *o = FieldOrigin::File;
        }
    };
    put(
        Column::Volume,
        &mut area.volume_full_year,
        &mut origin.volume,
    );
    put(
        Column::UnitCost,
        &mut area.unit_cost_dkk,
        &mut origin.unit_cost,
    );
    put(
        Column::LegalFloor,
        &mut area.legal_floor,
        &mut origin.legal_floor,
    );
    put(
        Column::ExternalShare,
        &mut area.external_purchase_share,
        &mut origin.external_purchase_share,
    );
    put(
        Column::Sigma,
        &mut area.case_cost_sigma,
        &mut origin.case_cost_sigma,
    );
    if let Some(e) = input.evidence {
        area.evidence = e;
        origin.evidence = FieldOrigin::File;
    }
    let growth_cols = [Column::Growth, Column::GrowthLow, Column::GrowthHigh];
    if growth_cols.iter().any(|c| input.values.contains_key(c)) {
        let (low, central, high) = growth_of(&input.values, &national);
        let g = &mut area.growth_per_year;
        for (column, target, value) in [
            (Column::GrowthLow, &mut g.low, low),
            (Column::Growth, &mut g.central, central),
            (Column::GrowthHigh, &mut g.high, high),
        ] {
            *target =
                match input.values.get(&column) {
                    Some(cell) => file_sourced(value, file_name, cell),
                    None if column == Column::Growth => target.clone(),
                    None => {
                        Sourced {
                            value,
                            source: Some(SOURCE_ID.into()),
                            status: Status::Derived,
                            note: Some(format!(
                        "The file's central growth with the national distance to the {} end",
                        if column == Column::GrowthLow { "low" } else { "high" }
                    )),
                        }
                    }
                };
        }
        origin.growth = FieldOrigin::File;
    }
}
