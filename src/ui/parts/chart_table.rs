//! The figures behind the chart on screen, as a table: the chart's text
//! alternative, and a way to read exact numbers; for the spending chart,
//! which draws the areas in two groups, also a table of every area.

use leptos::prelude::*;

use crate::model::analysis::grounding::{Basis, Grounding};
use crate::model::data::dataset::Group;
use crate::model::data::localized::Lang;
use crate::model::{DataSet, Projection};
use crate::text::format;

use crate::model::ids::ChartId;
use crate::text::messages::{text, Msg};
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::web::dom;
use crate::ui::widgets::status_mark::{use_source_panel, MarkScope, StatusMark};

fn at(s: &[f64], i: usize) -> f64 {
    s.get(i).copied().unwrap_or(0.0)
}

/// Column headings and rows of the chart's figures, already formatted.
fn table(
    kind: ChartId,
    c: &Projection,
    b: &Projection,
    names: &[(String, String)],
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let t = |m| text(m, lang).to_string();
    let dkk = |v| format::dkk(v, lang);
    let years = c.years.iter().enumerate();
    match kind {
        ChartId::Spending => (
            vec![
                t(Msg::ColYear),
                t(Msg::Frame),
                t(Msg::Spending),
                t(Msg::Overspend),
                t(Msg::KeyOutsideFrame),
                t(Msg::KeyMunicipalSpending),
                format!("{} ({})", t(Msg::Spending), t(Msg::Baseline)),
            ],
            years
                .map(|(i, y)| {
                    vec![
                        y.to_string(),
                        dkk(at(&c.frame_dkk, i)),
                        dkk(at(&c.spending_dkk, i)),
                        dkk(at(&c.overspend_dkk, i)),
                        dkk(at(&c.prevention_outside_frame_dkk, i)),
                        dkk(at(&c.municipal_spending_dkk, i)),
                        dkk(at(&b.spending_dkk, i)),
                    ]
                })
                .collect(),
        ),
        ChartId::Coverage => {
            let last = c.years.len().saturating_sub(1);
            (
                vec![
                    t(Msg::Area),
                    t(Msg::Coverage),
                    format!("{} ({})", t(Msg::Coverage), t(Msg::Baseline)),
                ],
                c.areas
                    .iter()
                    .map(|a| {
                        let name = names
                            .iter()
                            .find(|(id, _)| *id == a.id)
                            .map(|(_, n)| n.clone())
                            .unwrap_or_else(|| a.id.clone());
                        let base = b.area(&a.id).map(|x| at(&x.coverage, last)).unwrap_or(0.0);
                        vec![
                            name,
                            format::percent(at(&a.coverage, last), lang),
                            format::percent(base, lang),
                        ]
                    })
                    .collect(),
            )
        }
        ChartId::Squeeze => {
            let mut head = vec![t(Msg::ColYear)];
            head.extend(c.squeeze.iter().map(|s| {
                names
                    .iter()
                    .find(|(id, _)| *id == s.id)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_else(|| s.id.clone())
            }));
            head.push(format!("{} ({})", t(Msg::Overspend), t(Msg::Baseline)));
            let rows = years
                .map(|(i, y)| {
                    let mut row = vec![y.to_string()];
                    row.extend(c.squeeze.iter().map(|s| dkk(at(&s.taken_dkk, i))));
                    row.push(dkk(at(&b.overspend_dkk, i)));
                    row
                })
                .collect();
            (head, rows)
        }
        ChartId::Ceiling => (
            vec![
                t(Msg::ColYear),
                t(Msg::Cases),
                t(Msg::DecisionYes),
                t(Msg::DecisionPartly),
                t(Msg::DecisionNo),
                t(Msg::KeyFreedWithoutLaw),
                t(Msg::KeyFreedWithLaw),
                t(Msg::KeyDeclined),
            ],
            years
                .map(|(i, y)| {
                    let n = |s: &[f64]| format::number(at(s, i), 0, lang);
                    let cl = &c.ceiling;
                    vec![
                        y.to_string(),
                        n(&cl.cases_referred),
                        n(&cl.cases_yes),
                        n(&cl.cases_partly),
                        n(&cl.cases_no),
                        dkk(at(&cl.freed_without_law_dkk, i)),
                        dkk(at(&cl.freed_with_law_dkk, i)),
                        dkk(at(&c.declined_dkk, i)),
                    ]
                })
                .collect(),
        ),
        ChartId::Prevention => {
            let p = &c.prevention;
            let cost = t(Msg::CostLabel);
            let gain = t(Msg::GainLabel);
            (
                vec![
                    t(Msg::ColYear),
                    format!("{cost}: {}", t(Msg::PayerMunicipality)),
                    format!("{cost}: {}", t(Msg::PayerState)),
                    format!("{gain}: {}", t(Msg::PayerMunicipality)),
                    format!("{gain}: {}", t(Msg::PayerRegion)),
                    format!("{gain}: {}", t(Msg::PayerState)),
                ],
                years
                    .map(|(i, y)| {
                        vec![
                            y.to_string(),
                            dkk(at(&p.cost_municipality_dkk, i)),
                            dkk(at(&p.cost_state_dkk, i)),
                            dkk(at(&p.gains_municipality_dkk, i)),
                            dkk(at(&p.gains_region_dkk, i)),
                            dkk(at(&p.gains_state_dkk, i)),
                        ]
                    })
                    .collect(),
            )
        }
    }
}

/// The spending chart's areas, one row each: the area, its group (the
/// chart's two colours) and its spending in the first and the last year,
/// and in the last year with no change.
fn area_table(
    c: &Projection,
    b: &Projection,
    ds: &DataSet,
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let t = |m| text(m, lang).to_string();
    let last = c.years.len().saturating_sub(1);
    let year = |i: usize| c.years.get(i).map(u16::to_string).unwrap_or_default();
    let head = vec![
        t(Msg::Area),
        t(Msg::ChartGroup),
        format!("{} {}", t(Msg::Spending), year(0)),
        format!("{} {}", t(Msg::Spending), year(last)),
        format!("{} {} ({})", t(Msg::Spending), year(last), t(Msg::Baseline)),
    ];
    let rows = c
        .areas
        .iter()
        .map(|a| {
            let area = ds.areas.iter().find(|d| d.id == a.id);
            let group = match area.map(|d| d.group) {
                Some(Group::Children) => t(Msg::ChartChildren),
                Some(Group::Adults) => t(Msg::ChartAdults),
                None => String::new(),
            };
            let base = b.area(&a.id).map_or(0.0, |x| at(&x.spending_dkk, last));
            vec![
                area.map_or_else(|| a.id.clone(), |d| d.name.get(lang).to_string()),
                group,
                format::dkk(at(&a.spending_dkk, 0), lang),
                format::dkk(at(&a.spending_dkk, last), lang),
                format::dkk(base, lang),
            ]
        })
        .collect();
    (head, rows)
}

/// A table of figures: a heading row, and rows whose first cell heads the
/// row with the status mark of what the row rests on.
fn figures_table(
    class: &'static str,
    caption: String,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    bases: Vec<Basis>,
) -> impl IntoView {
    view! {
        <table class=class>
            <caption>{caption.clone()}</caption>
            <thead>
                <tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .zip(bases)
                    .map(|(r, basis)| {
                        let mut cells = r.into_iter();
                        let first = cells.next().unwrap_or_default();
                        let what = format!("{caption}, {first}");
                        view! {
                            <tr>
                                <th scope="row">
                                    {first} " "
                                    <StatusMark what=what basis=basis scope=MarkScope::Row/>
                                </th>
                                {cells.map(|v| view! { <td class="num">{v}</td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// A disclosure with the chart's figures (for the spending chart also each
/// area's spending, as the chart draws the areas in two groups).
#[component]
pub fn ChartTable() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let ds = ex.data.get_untracked();
    let open = RwSignal::new(false);
    let registry = use_source_panel().registry;
    let content = move || {
        if !open.get() {
            return None;
        }
        let l = lang.get();
        let kind = ex.chart.get();
        let names: Vec<(String, String)> = ds
            .areas
            .iter()
            .map(|a| (a.id.clone(), a.name.get(l).to_string()))
            .chain(
                ds.services
                    .iter()
                    .map(|s| (s.id.clone(), s.name.get(l).to_string())),
            )
            .collect();
        ex.central.with(|c| {
            ex.baseline.with(|b| {
                let (Ok(c), Ok(b)) = (c, b) else { return None };
                let (head, rows) = table(kind, c, b, &names, l);
                // What each row rests on: an area's own inputs in the
                // coverage table and the areas' table, every area's money
                // in the others.
                let data = ex.data.get();
                let registry = registry.get_value();
                let total = Basis::Total(Grounding::of(&data));
                let area_bases = || -> Vec<Basis> {
                    c.areas
                        .iter()
                        .map(|a| {
                            data.areas
                                .iter()
                                .find(|d| d.id == a.id)
                                .map_or_else(|| total.clone(), |d| Basis::area(d, &registry))
                        })
                        .collect()
                };
                let bases: Vec<Basis> = match kind {
                    ChartId::Coverage => area_bases(),
                    _ => vec![total.clone(); rows.len()],
                };
                let scale = ex.source.with(|s| s.scale(l));
                let caption = format!("{} – {scale}", text(Msg::FiguresTable, l));
                let areas = (kind == ChartId::Spending).then(|| {
                    let (head, rows) = area_table(c, b, &data, l);
                    let caption = format!("{} – {scale}", text(Msg::ChartAreaTable, l));
                    figures_table("figures area-figures", caption, head, rows, area_bases())
                });
                Some(view! {
                    {figures_table("figures chart-figures", caption, head, rows, bases)}
                    {areas}
                })
            })
        })
    };
    view! {
        <details class="chart-table" on:toggle=move |ev| open.set(dom::details_open(&ev))>
            <summary>{tr(Msg::FiguresTable)}</summary>
            {content}
            <p class="mark-legend">{tr(Msg::MarkLegend)}</p>
        </details>
    }
}
