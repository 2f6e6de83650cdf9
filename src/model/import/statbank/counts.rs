//! The municipality's own counts from HAND01 (*fuldtidsydelser* per
//! quarter by service type): per model area, the service types the mapping
//! gives it summed per quarter, and the volume the mean of one year's four
//! quarters (full-time services per quarter over a year are about
//! full-year persons, *helårspersoner*). The year is the money's if HAND01
//! has all four of its quarters, else the latest year that has; an area
//! whose figures are suppressed or incomplete in that year keeps the
//! national volume scaled.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::data::dataset::DataSet;
use crate::model::data::localized::Localized;
use crate::model::ids::StatTable;
use crate::model::import::Severity;

use super::catalogue::{service, services, ServiceMap};
use super::extract::{Extract, Place, Value};
use super::types::{StatProblem, StatProblemKind, UnusedService, VolumeRead, VolumeStatus};

/// One figure of HAND01: the value and where it is.
struct Count {
    value: Option<f64>,
    file: String,
    line: usize,
    label: String,
}

/// One area's volume from HAND01.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct AreaCount {
    /// What the panel shows.
    pub read: VolumeRead,
    /// The four quarters' sums over the area's service types.
    pub quarters: [f64; 4],
    /// The first line used.
    pub line: Option<usize>,
}

/// HAND01's volumes for one municipality.
#[derive(Debug, Default)]
pub(super) struct Counts {
    /// The year used.
    pub year: Option<i32>,
    /// Per area id, the areas the mapping gives a service type.
    pub areas: BTreeMap<String, AreaCount>,
    /// The service types not used, with their figures.
    pub unused: Vec<UnusedService>,
}

impl Counts {
    /// What the panel shows for `area_id`.
    pub fn read(&self, area_id: &str) -> VolumeRead {
        self.areas
            .get(area_id)
            .map(|a| a.read.clone())
            .unwrap_or(VolumeRead {
                status: VolumeStatus::NotInFiles,
                full_time: None,
                year: self.year,
                services: Vec::new(),
            })
    }

    /// The area's own volume and its quarters, if HAND01 gives it.
    pub fn own(&self, area_id: &str) -> Option<(&AreaCount, f64)> {
        let a = self.areas.get(area_id)?;
        match (a.read.status, a.read.full_time) {
            (VolumeStatus::Own, Some(v)) => Some((a, v)),
            _ => None,
        }
    }
}

/// The quarter (1-4) of a `TID` like `2023K4`.
fn quarter(period: &str) -> Option<usize> {
    let rest = period.trim().get(4..)?;
    let q: usize = rest.strip_prefix('K')?.parse().ok()?;
    (1..=4).contains(&q).then_some(q)
}

fn problem(file: &str, line: Option<usize>, kind: StatProblemKind) -> StatProblem {
    StatProblem {
        file: file.to_string(),
        line,
        column: None,
        kind,
        severity: Severity::Warning,
    }
}

/// Reads HAND01's rows for municipality `m` and the volumes per area,
/// preferring `money_year`.
pub(super) fn counts(
    extracts: &[(String, Extract)],
    m: u16,
    money_year: i32,
    base: &DataSet,
    problems: &mut Vec<StatProblem>,
) -> Counts {
    // (service key, year, quarter) -> figure.
    let mut cells: BTreeMap<(&'static str, i32, usize), Count> = BTreeMap::new();
    let mut unknown: BTreeSet<String> = BTreeSet::new();
    let mut any = false;
    for (name, e) in extracts
        .iter()
        .filter(|(_, e)| e.table == StatTable::Hand01)
    {
        for r in e.rows.iter().filter(|r| r.place == Place::Municipality(m)) {
            any = true;
            let Some(s) = service(&r.function_label) else {
                if unknown.insert(r.function_label.clone()) {
                    problems.push(problem(
                        name,
                        Some(r.line),
                        StatProblemKind::UnknownServiceType {
                            value: r.function_label.chars().take(60).collect(),
                        },
                    ));
                }
                continue;
            };
            let Some(q) = quarter(&r.period) else {
                problems.push(problem(
                    name,
                    Some(r.line),
                    StatProblemKind::NotAQuarter {
                        value: r.period.chars().take(40).collect(),
                    },
                ));
                continue;
            };
            let count = Count {
                value: match r.value {
                    Value::Number(n) => Some(n),
                    Value::Suppressed => None,
                },
                file: name.clone(),
                line: r.line,
                label: r.function_label.clone(),
            };
            if let Some(first) = cells.insert((s.key.as_str(), r.year, q), count) {
                problems.push(problem(
                    name,
                    Some(r.line),
                    StatProblemKind::DuplicateRow { first: first.line },
                ));
            }
        }
    }
    if !any || cells.is_empty() {
        return Counts::default();
    }

    // The year: the money's if complete, else the latest complete one.
    let mut quarters: BTreeMap<i32, BTreeSet<usize>> = BTreeMap::new();
    for (_, y, q) in cells.keys() {
        quarters.entry(*y).or_default().insert(*q);
    }
    let complete = |y: &i32| quarters.get(y).is_some_and(|q| q.len() == 4);
    let year = if complete(&money_year) {
        Some(money_year)
    } else {
        quarters.keys().rev().find(|y| complete(y)).copied()
    };
    let Some(year) = year else {
        problems.push(problem("", None, StatProblemKind::NoCompleteYear));
        return Counts::default();
    };
    if let Some((&latest, q)) = quarters.iter().next_back() {
        if latest > year && q.len() < 4 {
            problems.push(problem(
                "",
                None,
                StatProblemKind::PartYear {
                    year: latest,
                    quarters: q.len(),
                },
            ));
        }
    }
    if year != money_year {
        problems.push(problem(
            "",
            None,
            StatProblemKind::CountYearDiffers {
                money: money_year,
                counts: year,
            },
        ));
    }

    let mut out = Counts {
        year: Some(year),
        ..Counts::default()
    };
    let areas: Vec<&str> = services()
        .iter()
        .filter_map(|s| s.area.as_deref())
        .collect();
    let mut seen_areas = BTreeSet::new();
    for area in areas {
        if !seen_areas.insert(area) {
            continue;
        }
        let types: Vec<&'static ServiceMap> = services()
            .iter()
            .filter(|s| s.area.as_deref() == Some(area))
            .collect();
        let of = |s: &'static ServiceMap| {
            (1..=4)
                .filter_map(|q| cells.get(&(s.key.as_str(), year, q)))
                .collect::<Vec<&Count>>()
        };
        let found: Vec<Vec<&Count>> = types.iter().copied().map(of).collect();
        let mut status = if found.iter().all(Vec::is_empty) {
            VolumeStatus::NotInFiles
        } else if found.iter().flatten().any(|c| c.value.is_none()) {
            for c in found.iter().flatten().filter(|c| c.value.is_none()) {
                problems.push(problem(
                    &c.file,
                    Some(c.line),
                    StatProblemKind::CountSuppressed {
                        service: c.label.clone(),
                    },
                ));
            }
            VolumeStatus::Suppressed
        } else if found.iter().any(|f| f.len() != 4) {
            problems.push(problem(
                "",
                None,
                StatProblemKind::CountsIncomplete {
                    area: base.areas.iter().find(|a| a.id == area).map_or_else(
                        || Localized {
                            da: area.to_string(),
                            en: area.to_string(),
                        },
                        |a| a.name.clone(),
                    ),
                },
            ));
            VolumeStatus::Incomplete
        } else {
            VolumeStatus::Own
        };
        let mut sums = [0.0; 4];
        for s in &types {
            for (q, sum) in sums.iter_mut().enumerate() {
                *sum += cells
                    .get(&(s.key.as_str(), year, q + 1))
                    .and_then(|c| c.value)
                    .unwrap_or(0.0);
            }
        }
        let mean = sums.iter().sum::<f64>() / 4.0;
        if status == VolumeStatus::Own && !(mean.is_finite() && mean > 0.0) {
            status = VolumeStatus::Zero;
        }
        let used: Vec<String> = types
            .iter()
            .zip(&found)
            .filter(|(_, f)| !f.is_empty())
            .map(|(s, _)| s.name.clone())
            .collect();
        out.areas.insert(
            area.to_string(),
            AreaCount {
                read: VolumeRead {
                    status,
                    full_time: (status == VolumeStatus::Own).then_some(mean),
                    year: Some(year),
                    services: used,
                },
                quarters: sums,
                line: found.iter().flatten().map(|c| c.line).min(),
            },
        );
    }
    for s in services().iter().filter(|s| s.area.is_none()) {
        let found: Vec<&Count> = (1..=4)
            .filter_map(|q| cells.get(&(s.key.as_str(), year, q)))
            .collect();
        let Some(first) = found.first() else { continue };
        let values: Option<Vec<f64>> = found.iter().map(|c| c.value).collect();
        out.unused.push(UnusedService {
            label: first.label.clone(),
            why: s.why.clone(),
            full_time: values
                .filter(|v| v.len() == 4)
                .map(|v| v.iter().sum::<f64>() / 4.0),
        });
    }
    out
}
