//! From the extracts read to a data set: the municipality's rows, the
//! money per model area (REGK31 before BUDK32, the latest year), the size
//! factor (FOLK1A's inhabitants, else spending), the counts (HAND01,
//! ANBAAR), and every figure with its provenance: the volume the
//! municipality's own from HAND01 or ANBAAR where one counts the area, else
//! the national one scaled by the size
//! factor; the unit cost derived from the table's spending (over the own
//! volume where there is one).

use std::collections::BTreeMap;

use crate::model::data::dataset::DataSet;
use crate::model::data::sources::{Sourced, Status};
use crate::model::data::validate::{MAX_UNIT_COST_DKK, MIN_PRICE_DKK};
use crate::model::ids::StatTable;
use crate::model::import::{statbank_source_id, AreaOrigin, FieldOrigin, Format, Import, Severity};

use super::super::build::{scale_rest, scaled_by};
use super::super::numbers::grouped;
use super::catalogue::{function, functions, municipality, shared_spending, CountTable, Period};
use super::counts::{all_counts, AllCounts};
use super::extract::{Extract, Place, Row, Value};
use super::types::{
    AreaRead, AreaStatus, EarlierYear, FileRead, Municipality, Population, ScaleBasis, StatProblem,
    StatProblemKind, StatbankImport, Unmapped,
};

/// One figure of the money table: value (DKK, or suppressed) and where.
struct Cell {
    value: Option<f64>,
    file: String,
    line: usize,
    label: String,
}

type ByFunction = BTreeMap<(String, i32), Cell>;

fn set_problem(problems: &mut Vec<StatProblem>, kind: StatProblemKind, severity: Severity) {
    problems.push(StatProblem {
        file: String::new(),
        line: None,
        column: None,
        kind,
        severity,
    });
}

/// The money rows of `table` for `place`, by (function, year), in DKK.
fn money(
    extracts: &[(String, Extract)],
    table: StatTable,
    place: &Place,
    problems: &mut Vec<StatProblem>,
) -> ByFunction {
    let mut out: ByFunction = BTreeMap::new();
    for (name, e) in extracts.iter().filter(|(_, e)| e.table == table) {
        for r in e.rows.iter().filter(|r| &r.place == place) {
            let Some(f) = &r.function else { continue };
            let cell = Cell {
                value: match r.value {
                    Value::Number(n) => Some(n * 1000.0),
                    Value::Suppressed => None,
                },
                file: name.clone(),
                line: r.line,
                label: r.function_label.clone(),
            };
            if let Some(first) = out.insert((f.clone(), r.year), cell) {
                problems.push(StatProblem {
                    file: name.clone(),
                    line: Some(r.line),
                    column: None,
                    kind: StatProblemKind::DuplicateRow { first: first.line },
                    severity: Severity::Warning,
                });
            }
        }
    }
    out
}

/// The municipality the figures are for: the chosen one, or the only one
/// in the files.
fn which_municipality(
    extracts: &[(String, Extract)],
    chosen: Option<u16>,
    problems: &mut Vec<StatProblem>,
) -> Option<&'static Municipality> {
    let mut found: Vec<u16> = extracts
        .iter()
        .flat_map(|(_, e)| e.rows.iter())
        .filter_map(|r| match r.place {
            Place::Municipality(c) => Some(c),
            _ => None,
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    match chosen {
        Some(c) if found.contains(&c) => municipality(c),
        Some(c) => {
            let name = municipality(c).map_or_else(|| c.to_string(), |m| m.name.clone());
            set_problem(
                problems,
                StatProblemKind::MunicipalityNotInFiles { name },
                Severity::Error,
            );
            None
        }
        None if found.len() == 1 => municipality(found[0]),
        None if found.is_empty() => {
            set_problem(problems, StatProblemKind::NoMoney, Severity::Error);
            None
        }
        None => {
            let names = found
                .iter()
                .filter_map(|c| municipality(*c))
                .map(|m| m.name.clone())
                .collect();
            set_problem(
                problems,
                StatProblemKind::SeveralMunicipalities { names },
                Severity::Error,
            );
            None
        }
    }
}

/// The population from FOLK1A for `m` (and the country), in `year` if
/// there, else the latest.
fn population(
    extracts: &[(String, Extract)],
    m: u16,
    year: i32,
    problems: &mut Vec<StatProblem>,
) -> Option<Population> {
    let rows: Vec<&Row> = extracts
        .iter()
        .filter(|(_, e)| e.table == StatTable::Folk1a)
        .flat_map(|(_, e)| e.rows.iter())
        .filter(|r| matches!(r.value, Value::Number(_)))
        .collect();
    let of = |place: &Place, period: &str| {
        rows.iter()
            .find(|r| &r.place == place && r.period == period)
            .and_then(|r| match r.value {
                Value::Number(n) => Some(n),
                Value::Suppressed => None,
            })
    };
    let mut periods: Vec<(i32, &str)> = rows
        .iter()
        .filter(|r| r.place == Place::Municipality(m))
        .map(|r| (r.year, r.period.as_str()))
        .collect();
    periods.sort();
    let (y, period) = periods
        .iter()
        .rev()
        .find(|(y, _)| *y == year)
        .or(periods.last())
        .copied()?;
    if y != year {
        set_problem(
            problems,
            StatProblemKind::YearsDiffer {
                money: year,
                population: period.to_string(),
            },
            Severity::Warning,
        );
    }
    Some(Population {
        period: period.to_string(),
        municipality: of(&Place::Municipality(m), period)?,
        country: of(&Place::Country, period),
    })
}

/// The cells of `funcs` in year `y`.
fn in_year<'a>(map: &'a ByFunction, funcs: &[&str], y: i32) -> Vec<&'a Cell> {
    funcs
        .iter()
        .filter_map(|f| map.get(&((*f).to_string(), y)))
        .collect()
}

/// The municipality's inhabitants in the last quarter of `year` in
/// FOLK1A, if there.
fn people_in(extracts: &[(String, Extract)], m: u16, year: i32) -> Option<f64> {
    extracts
        .iter()
        .filter(|(_, e)| e.table == StatTable::Folk1a)
        .flat_map(|(_, e)| e.rows.iter())
        .filter(|r| r.place == Place::Municipality(m) && r.year == year)
        .max_by(|a, b| a.period.cmp(&b.period))
        .and_then(|r| match r.value {
            Value::Number(n) => Some(n),
            Value::Suppressed => None,
        })
}

fn sum(cells: &[&Cell]) -> Option<f64> {
    cells.iter().map(|c| c.value).sum()
}

/// Builds the import from the files read.
pub(super) fn build(
    extracts: Vec<(String, Extract)>,
    mut files: Vec<FileRead>,
    chosen: Option<u16>,
    base: &DataSet,
    mut problems: Vec<StatProblem>,
) -> StatbankImport {
    let mut out = StatbankImport {
        import: Import::unusable(base, Vec::new(), Some(Format::Csv)),
        municipality: None,
        money: None,
        population: None,
        scale_basis: ScaleBasis::Unknown,
        files: Vec::new(),
        areas: Vec::new(),
        unmapped: Vec::new(),
        counts_years: Vec::new(),
        services_not_used: Vec::new(),
        problems: Vec::new(),
    };
    let nothing_read =
        extracts.is_empty() && problems.iter().any(|p| p.severity == Severity::Error);
    let m = if nothing_read {
        // The files' own errors say why; "no figures for X" would mislead.
        None
    } else {
        which_municipality(&extracts, chosen, &mut problems)
    };
    let has = |t: StatTable, code: u16| {
        extracts.iter().any(|(_, e)| {
            e.table == t && e.rows.iter().any(|r| r.place == Place::Municipality(code))
        })
    };
    let table = m.and_then(|m| {
        [StatTable::Regk31, StatTable::Budk32]
            .into_iter()
            .find(|t| has(*t, m.code))
    });
    if let Some(m) = m {
        if has(StatTable::Regk31, m.code) && has(StatTable::Budk32, m.code) {
            set_problem(
                &mut problems,
                StatProblemKind::BudgetNotUsed,
                Severity::Warning,
            );
        }
    }
    let (Some(m), Some(table)) = (m, table) else {
        if m.is_some() {
            set_problem(&mut problems, StatProblemKind::NoMoney, Severity::Error);
        }
        out.municipality = m.cloned();
        out.files = files;
        out.problems = problems;
        return out;
    };
    let own = money(
        &extracts,
        table,
        &Place::Municipality(m.code),
        &mut problems,
    );
    let country = money(&extracts, table, &Place::Country, &mut Vec::new());
    let mapped_area = |f: &str| function(f).and_then(|f| f.area.clone());
    let year = own
        .iter()
        .filter(|((f, _), c)| c.value.is_some() && mapped_area(f).is_some())
        .map(|((_, y), _)| *y)
        .max();
    let Some(year) = year else {
        set_problem(&mut problems, StatProblemKind::NoMoney, Severity::Error);
        out.municipality = Some(m.clone());
        out.files = files;
        out.problems = problems;
        return out;
    };
    let pop = population(&extracts, m.code, year, &mut problems);
    let hand = all_counts(&extracts, m.code, year, base, &mut problems);
    out.counts_years = hand.years();
    out.services_not_used = hand.unused();
    let per_head = |dkk: Option<f64>, people: Option<f64>| match (dkk, people) {
        (Some(d), Some(p)) if p > 0.0 => Some(d / p),
        _ => None,
    };

    // Money per area.
    let mut reads = Vec::with_capacity(base.areas.len());
    for area in &base.areas {
        let funcs: Vec<&str> = functions()
            .iter()
            .filter(|f| f.area.as_deref() == Some(area.id.as_str()))
            .map(|f| f.code.as_str())
            .collect();
        let cells = in_year(&own, &funcs, year);
        let country_cells = in_year(&country, &funcs, year);
        let spending = if cells.is_empty() { None } else { sum(&cells) };
        let status = if cells.is_empty() {
            AreaStatus::NotInFiles
        } else if spending.is_none() {
            for c in cells.iter().filter(|c| c.value.is_none()) {
                problems.push(StatProblem {
                    file: c.file.clone(),
                    line: Some(c.line),
                    column: None,
                    kind: StatProblemKind::Suppressed {
                        function: c.label.clone(),
                    },
                    severity: Severity::Warning,
                });
            }
            AreaStatus::Suppressed
        } else if spending.unwrap_or(0.0) <= 0.0 {
            set_problem(
                &mut problems,
                StatProblemKind::NotPositive {
                    area: area.name.clone(),
                },
                Severity::Warning,
            );
            AreaStatus::NotPositive
        } else {
            AreaStatus::FromTable
        };
        let country_dkk = if !cells.is_empty() && country_cells.len() == cells.len() {
            sum(&country_cells)
        } else {
            None
        };
        let mut years: Vec<i32> = own.keys().map(|(_, y)| *y).filter(|y| *y < year).collect();
        years.sort_unstable();
        years.dedup();
        let history = years
            .into_iter()
            .filter_map(|y| {
                let c = in_year(&own, &funcs, y);
                let s = (c.len() == cells.len() && !c.is_empty())
                    .then(|| sum(&c))
                    .flatten()?;
                Some(EarlierYear {
                    year: y,
                    spending_dkk: s,
                    per_inhabitant_dkk: per_head(Some(s), people_in(&extracts, m.code, y)),
                })
            })
            .collect();
        reads.push(AreaRead {
            area_id: area.id.clone(),
            status,
            functions: cells.iter().map(|c| function_of(&c.label)).collect(),
            spending_dkk: spending,
            country_dkk,
            per_inhabitant_dkk: per_head(spending, pop.as_ref().map(|p| p.municipality)),
            country_per_inhabitant_dkk: per_head(country_dkk, pop.as_ref().and_then(|p| p.country)),
            history,
            volume: hand.read(&area.id),
        });
    }
    for ((f, y), c) in &own {
        if *y == year && mapped_area(f).is_none() {
            let entry = function(f);
            out.unmapped.push(Unmapped {
                code: f.clone(),
                label: if c.label.is_empty() {
                    entry.map_or_else(|| f.clone(), |e| format!("{} {}", e.code, e.name))
                } else {
                    c.label.clone()
                },
                why: entry.and_then(|e| e.why.clone()),
                spending_dkk: c.value,
            });
        }
    }

    // The size factor.
    let used: Vec<(usize, &AreaRead)> = reads
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status == AreaStatus::FromTable)
        .collect();
    let own_total: f64 = used.iter().filter_map(|(_, r)| r.spending_dkk).sum();
    let country_total: Option<f64> = used.iter().map(|(_, r)| r.country_dkk).sum();
    let national_total: f64 = used
        .iter()
        .map(|(i, _)| {
            let a = &base.areas[*i];
            a.volume_full_year.value * a.unit_cost_dkk.value
        })
        .sum();
    let who = &m.name;
    let (scale, basis, basis_note) = match &pop {
        Some(Population {
            period,
            municipality: people,
            country: Some(all),
        }) if *all > 0.0 && *people > 0.0 => (
            people / all,
            ScaleBasis::Population,
            format!(
                "Danmarks Statistik FOLK1A {period}: {} inhabitants in {who} over {} in the whole country",
                grouped(*people, 0),
                grouped(*all, 0)
            ),
        ),
        _ => {
            set_problem(&mut problems, StatProblemKind::NoPopulation, Severity::Warning);
            match country_total {
                Some(c) if c > 0.0 => (
                    own_total / c,
                    ScaleBasis::SpendingShare,
                    format!(
                        "Danmarks Statistik {table} {year}: {who}'s net operating spending on the mapped functions over the whole country's"
                    ),
                ),
                _ => (
                    own_total / national_total,
                    ScaleBasis::NationalData,
                    format!(
                        "Danmarks Statistik {table} {year}: {who}'s net operating spending on the mapped functions over the national data set's spending on the same areas"
                    ),
                ),
            }
        }
    };
    out.municipality = Some(m.clone());
    out.money = Some((table, year));
    out.population = pop.clone();
    out.scale_basis = basis;
    if !(scale.is_finite() && scale > 0.0) {
        set_problem(&mut problems, StatProblemKind::NoMoney, Severity::Error);
        out.areas = reads;
        out.files = files;
        out.problems = problems;
        return out;
    }

    // The data set.
    let mut data = base.clone();
    let mut origin = Vec::with_capacity(data.areas.len());
    for (area, read) in data.areas.iter_mut().zip(&reads) {
        let mut o = AreaOrigin::national(&area.id, FieldOrigin::ScaledDefault);
        let national = (area.volume_full_year.value, area.unit_cost_dkk.value);
        let mut own_v = own_volume(&hand, &area.id, who);
        // A count that gives a unit cost the model would refuse (far too
        // small or large for the spending) is not used: the area falls back
        // instead of the whole import failing the model's check.
        if let (Some((v, spec)), AreaStatus::FromTable, Some(s)) =
            (&own_v, read.status, read.spending_dkk)
        {
            let (cost, _) = own_unit_cost(s, read, (v.value, spec), national, (table, year), who);
            if !(MIN_PRICE_DKK..=MAX_UNIT_COST_DKK).contains(&cost) {
                set_problem(
                    &mut problems,
                    StatProblemKind::CountImplausible {
                        area: area.name.clone(),
                        count: v.value,
                    },
                    Severity::Warning,
                );
                own_v = None;
            }
        }
        match &own_v {
            Some((v, _)) => {
                area.volume_full_year = v.clone();
                o.volume = FieldOrigin::File;
            }
            None => area.volume_full_year = scaled_by(&area.volume_full_year, scale, &basis_note),
        }
        if let (AreaStatus::FromTable, Some(s)) = (read.status, read.spending_dkk) {
            let funcs = read.functions.join(", ");
            let volume = area.volume_full_year.value;
            let (value, note) = match (&own_v, read.country_dkk) {
                (Some((v, spec)), _) => {
                    own_unit_cost(s, read, (v.value, spec), national, (table, year), who)
                }
                (None, Some(c)) if c > 0.0 => (
                    area.unit_cost_dkk.value * (s / c) / scale,
                    format!(
                        "national unit cost {} kr. × ({who}'s net operating spending {} kr. on {funcs} / the whole country's {} kr., Danmarks Statistik {table} {year}) / size factor {scale}",
                        grouped(area.unit_cost_dkk.value, 0),
                        grouped(s, 0),
                        grouped(c, 0)
                    ),
                ),
                (None, _) => (
                    s / volume,
                    format!(
                        "{who}'s net operating spending {} kr. on {funcs} (Danmarks Statistik {table} {year}) / {} full-year citizens (the national volume × size factor {scale})",
                        grouped(s, 0),
                        grouped(volume, 1)
                    ),
                ),
            };
            area.unit_cost_dkk = Sourced {
                value,
                source: Some(statbank_source_id(table)),
                status: Status::Derived,
                note: Some(note),
            };
            o.unit_cost = FieldOrigin::File;
            o.line = own
                .iter()
                .find(|((f, y), _)| *y == year && read.functions.contains(f))
                .map(|(_, c)| c.line);
        }
        origin.push(o);
    }
    scale_rest(&mut data, scale, &basis_note);
    if let Err(e) = data.validate() {
        set_problem(
            &mut problems,
            StatProblemKind::Invalid {
                field: e.field,
                message: e.message,
            },
            Severity::Error,
        );
        out.areas = reads;
        out.files = files;
        out.problems = problems;
        return out;
    }
    for f in &mut files {
        if let Some((_, e)) = extracts.iter().find(|(n, _)| n == &f.name) {
            f.used = e
                .rows
                .iter()
                .filter(|r| r.place == Place::Country || r.place == Place::Municipality(m.code))
                .count();
        }
    }
    out.import = Import {
        data,
        origin,
        problems: Vec::new(),
        scale,
        municipality: Some(m.name.clone()),
        usable: true,
        format: Some(Format::Csv),
    };
    out.areas = reads;
    out.files = files;
    out.problems = problems;
    out
}

/// The area's volume from a table of counts, if one gives it (status D,
/// source the table, the figures in the note): HAND01's mean of the year's
/// four quarters, or ANBAAR's children placed on 31 December summed over
/// the area's places. Also the table, for the unit cost's note.
fn own_volume(
    counts: &AllCounts,
    area_id: &str,
    who: &str,
) -> Option<(Sourced, &'static CountTable)> {
    let (spec, a, v) = counts.own(area_id)?;
    let year = a.read.year?;
    let t = spec.table;
    let note = match spec.period {
        Period::Quarters => {
            let q = a
                .sums
                .iter()
                .enumerate()
                .map(|(i, n)| format!("{year}K{} {}", i + 1, grouped(*n, 1)))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "{who}'s own count: the mean of the four quarters of {year} in Danmarks Statistik {t} (full-time services per quarter, fuldtidsydelser, ≈ full-year persons, helårspersoner): ({q}) / 4 = {}; service types: {}",
                grouped(v, 1),
                a.read.services.join("; ")
            )
        }
        Period::YearEnd => {
            let parts = a
                .parts
                .iter()
                .map(|(name, n)| format!("{name} {}", grouped(*n, 0)))
                .collect::<Vec<_>>()
                .join(" + ");
            format!(
                "{who}'s own count: children and young people (0-22) placed outside the home on 31 December {year}, Danmarks Statistik {t}, by place; a year-end count used as full-year persons (helårspersoner), an approximation, as the model's national figure is (placements on 31 December): 31.12.{year}: {parts} = {}",
                grouped(v, 0)
            )
        }
    };
    Some((
        Sourced {
            value: v,
            source: Some(statbank_source_id(t)),
            status: Status::Derived,
            note: Some(note),
        },
        spec,
    ))
}

/// What a table of counts counts, for a unit cost's note.
fn counted(spec: &CountTable) -> &'static str {
    match spec.period {
        Period::Quarters => "the mean of four quarters' full-time services",
        Period::YearEnd => "children placed on 31 December",
    }
}

/// The unit cost over the municipality's own volume `v` from the table of
/// counts `spec`: its spending / `v`; for an area whose functions also pay
/// for what it does not count (`shared_spending` in the mapping) and with
/// the whole country in the table, the national expenditure × the
/// municipality's share of the country's spending, / `v`. `national` is
/// the area's national volume and unit cost.
fn own_unit_cost(
    s: f64,
    read: &AreaRead,
    (v, spec): (f64, &CountTable),
    national: (f64, f64),
    (table, year): (StatTable, i32),
    who: &str,
) -> (f64, String) {
    let funcs = read.functions.join(", ");
    let count = spec.table;
    match (shared_spending(&read.area_id), read.country_dkk) {
        (Some(shared), Some(c)) if c > 0.0 => {
            let expenditure = national.0 * national.1 * s / c;
            (
                expenditure / v,
                format!(
                    "national expenditure {} kr. × ({who}'s net operating spending {} kr. on {funcs} / the whole country's {} kr., Danmarks Statistik {table} {year}) / {} full-year persons ({who}'s own count, Danmarks Statistik {count}); not spending / count because: {}",
                    grouped(national.0 * national.1, 0),
                    grouped(s, 0),
                    grouped(c, 0),
                    grouped(v, 1),
                    shared.why.en
                ),
            )
        }
        _ => (
            s / v,
            format!(
                "{who}'s net operating spending {} kr. on {funcs} (Danmarks Statistik {table} {year}) / {} full-year persons ({who}'s own count, {}, Danmarks Statistik {count})",
                grouped(s, 0),
                grouped(v, 1),
                counted(spec)
            ),
        ),
    }
}

/// The function (`5.38.50`) a row's label or code names; the label itself
/// if it names none.
fn function_of(label: &str) -> String {
    super::extract::function(label).unwrap_or_else(|| label.to_string())
}
