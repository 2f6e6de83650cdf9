//! The municipality's own counts from a table of counts: HAND01
//! (*fuldtidsydelser* per quarter by service type) for the adult areas,
//! ANBAAR (children placed on 31 December by place) for the placement
//! areas. One reader for both, told by [`CountTable`] how a year is given:
//! per model area, the categories the mapping gives it summed per figure
//! of the year, and the volume their mean over the year (HAND01: the four
//! quarters, whose full-time services per quarter are about full-year
//! persons, *helårspersoner*; ANBAAR: the one year-end figure). The year
//! is the money's if the table has all of its figures, else the latest
//! year that has; an area whose figures are suppressed or incomplete in
//! that year keeps the national volume scaled.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::data::dataset::DataSet;
use crate::model::data::localized::Localized;
use crate::model::ids::StatTable;
use crate::model::import::Severity;

use super::catalogue::{service, services, CountTable, ServiceMap, COUNT_TABLES};
use super::extract::{Extract, Place, Value};
use super::types::{StatProblem, StatProblemKind, UnusedService, VolumeRead, VolumeStatus};

/// One figure of a table of counts: the value and where it is.
struct Count {
    value: Option<f64>,
    file: String,
    line: usize,
    label: String,
}

/// One area's volume from a table of counts.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct AreaCount {
    /// What the panel shows.
    pub read: VolumeRead,
    /// The year's figures (HAND01: four quarters; ANBAAR: one), each
    /// summed over the area's categories.
    pub sums: Vec<f64>,
    /// Per category found (as the mapping names it), its figure over the
    /// year (the mean of the year's figures).
    pub parts: Vec<(String, f64)>,
    /// The first line used.
    pub line: Option<usize>,
}

/// One table of counts' volumes for one municipality.
#[derive(Debug)]
pub(super) struct Counts {
    /// The table and how it gives a year.
    pub spec: &'static CountTable,
    /// The year used.
    pub year: Option<i32>,
    /// Per area id, the areas the mapping gives a category.
    pub areas: BTreeMap<String, AreaCount>,
    /// The categories not used, with their figures.
    pub unused: Vec<UnusedService>,
}

/// Every table of counts' volumes, in [`COUNT_TABLES`]' order.
#[derive(Debug)]
pub(super) struct AllCounts(pub Vec<Counts>);

impl AllCounts {
    /// What the panel shows for `area_id`: the first table that counts it.
    pub fn read(&self, area_id: &str) -> VolumeRead {
        self.0
            .iter()
            .find_map(|c| c.areas.get(area_id))
            .map(|a| a.read.clone())
            .unwrap_or(VolumeRead {
                status: VolumeStatus::NotInFiles,
                table: None,
                full_time: None,
                year: None,
                services: Vec::new(),
            })
    }

    /// The area's own volume, the table and its figures, if a table of
    /// counts gives it.
    pub fn own(&self, area_id: &str) -> Option<(&'static CountTable, &AreaCount, f64)> {
        self.0.iter().find_map(|c| {
            let a = c.areas.get(area_id)?;
            match (a.read.status, a.read.full_time) {
                (VolumeStatus::Own, Some(v)) => Some((c.spec, a, v)),
                _ => None,
            }
        })
    }

    /// The year each table read gives its volumes for.
    pub fn years(&self) -> Vec<(StatTable, i32)> {
        self.0
            .iter()
            .filter_map(|c| Some((c.spec.table, c.year?)))
            .collect()
    }

    /// Every table's categories not used.
    pub fn unused(&self) -> Vec<UnusedService> {
        self.0.iter().flat_map(|c| c.unused.clone()).collect()
    }
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

/// Reads every table of counts for municipality `m`, preferring
/// `money_year`.
pub(super) fn all_counts(
    extracts: &[(String, Extract)],
    m: u16,
    money_year: i32,
    base: &DataSet,
    problems: &mut Vec<StatProblem>,
) -> AllCounts {
    AllCounts(
        COUNT_TABLES
            .iter()
            .map(|spec| counts(spec, extracts, m, money_year, base, problems))
            .collect(),
    )
}

/// Reads the rows of the table `spec` for municipality `m` and the volumes
/// per area, preferring `money_year`.
fn counts(
    spec: &'static CountTable,
    extracts: &[(String, Extract)],
    m: u16,
    money_year: i32,
    base: &DataSet,
    problems: &mut Vec<StatProblem>,
) -> Counts {
    let table = spec.table;
    let per_year = spec.period.per_year();
    let mut out = Counts {
        spec,
        year: None,
        areas: BTreeMap::new(),
        unused: Vec::new(),
    };
    // (category key, year, slot) -> figure.
    let mut cells: BTreeMap<(&'static str, i32, usize), Count> = BTreeMap::new();
    let mut unknown: BTreeSet<String> = BTreeSet::new();
    for (name, e) in extracts.iter().filter(|(_, e)| e.table == table) {
        for r in e.rows.iter().filter(|r| r.place == Place::Municipality(m)) {
            let Some(s) = service(table, &r.function_label) else {
                if unknown.insert(r.function_label.clone()) {
                    problems.push(problem(
                        name,
                        Some(r.line),
                        StatProblemKind::UnknownServiceType {
                            table,
                            value: r.function_label.chars().take(60).collect(),
                        },
                    ));
                }
                continue;
            };
            let Some(slot) = spec.period.slot(&r.period) else {
                problems.push(problem(
                    name,
                    Some(r.line),
                    StatProblemKind::WrongPeriod {
                        table,
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
            if let Some(first) = cells.insert((s.key.as_str(), r.year, slot), count) {
                problems.push(problem(
                    name,
                    Some(r.line),
                    StatProblemKind::DuplicateRow { first: first.line },
                ));
            }
        }
    }
    if cells.is_empty() {
        return out;
    }

    // The year: the money's if complete, else the latest complete one.
    let mut slots: BTreeMap<i32, BTreeSet<usize>> = BTreeMap::new();
    for (_, y, q) in cells.keys() {
        slots.entry(*y).or_default().insert(*q);
    }
    let complete = |y: &i32| slots.get(y).is_some_and(|q| q.len() == per_year);
    let year = if complete(&money_year) {
        Some(money_year)
    } else {
        slots.keys().rev().find(|y| complete(y)).copied()
    };
    let Some(year) = year else {
        problems.push(problem("", None, StatProblemKind::NoCompleteYear));
        return out;
    };
    if let Some((&latest, q)) = slots.iter().next_back() {
        if latest > year && q.len() < per_year {
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
                table,
                money: money_year,
                counts: year,
            },
        ));
    }
    out.year = Some(year);

    // The figures of one category in the year.
    let of = |s: &'static ServiceMap| {
        (1..=per_year)
            .filter_map(|q| cells.get(&(s.key.as_str(), year, q)))
            .collect::<Vec<&Count>>()
    };
    let mut seen_areas = BTreeSet::new();
    for area in services(table).iter().filter_map(|s| s.area.as_deref()) {
        if !seen_areas.insert(area) {
            continue;
        }
        let types: Vec<&'static ServiceMap> = services(table)
            .iter()
            .filter(|s| s.area.as_deref() == Some(area))
            .collect();
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
        } else if found.iter().any(|f| f.len() != per_year) {
            problems.push(problem(
                "",
                None,
                StatProblemKind::CountsIncomplete {
                    table,
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
        let value = |s: &'static ServiceMap, q: usize| {
            cells
                .get(&(s.key.as_str(), year, q))
                .and_then(|c| c.value)
                .unwrap_or(0.0)
        };
        let sums: Vec<f64> = (1..=per_year)
            .map(|q| types.iter().map(|s| value(s, q)).sum())
            .collect();
        let mean = sums.iter().sum::<f64>() / per_year as f64;
        if status == VolumeStatus::Own && !(mean.is_finite() && mean > 0.0) {
            status = VolumeStatus::Zero;
        }
        let parts: Vec<(String, f64)> = types
            .iter()
            .zip(&found)
            .filter(|(_, f)| !f.is_empty())
            .map(|(s, _)| {
                let total: f64 = (1..=per_year).map(|q| value(s, q)).sum();
                (s.name.clone(), total / per_year as f64)
            })
            .collect();
        out.areas.insert(
            area.to_string(),
            AreaCount {
                read: VolumeRead {
                    status,
                    table: Some(table),
                    full_time: (status == VolumeStatus::Own).then_some(mean),
                    year: Some(year),
                    services: parts.iter().map(|(n, _)| n.clone()).collect(),
                },
                sums,
                parts,
                line: found.iter().flatten().map(|c| c.line).min(),
            },
        );
    }
    for s in services(table).iter().filter(|s| s.area.is_none()) {
        let found = of(s);
        let Some(first) = found.first() else { continue };
        let values: Option<Vec<f64>> = found.iter().map(|c| c.value).collect();
        out.unused.push(UnusedService {
            table,
            label: first.label.clone(),
            why: s.why.clone(),
            full_time: values
                .filter(|v| v.len() == per_year)
                .map(|v| v.iter().sum::<f64>() / per_year as f64),
        });
    }
    out
}
