//! The steering cockpit as a table (KL's *styringscockpit*, seed 003): per
//! intervention area the expenditure, the volume and the unit cost, each
//! next to the national figure scaled to the municipality's size and marked
//! with where it came from; the base year's total against the frame.

use leptos::prelude::*;

use crate::model::analysis::cockpit::{Cockpit, CockpitRow, Compared};
use crate::model::analysis::grounding::Basis;
use crate::model::data::dataset::{Area, Group};
use crate::model::data::localized::Lang;
use crate::model::data::sources::Provenance;
use crate::model::import::FieldOrigin;
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::widgets::status_mark::{use_source_panel, StatusMark};

/// Which of a row's three figures a cell shows.
#[derive(Clone, Copy)]
enum Column {
    Expenditure,
    Volume,
    UnitCost,
}

impl Column {
    fn heading(self) -> Msg {
        match self {
            Column::Expenditure => Msg::CockpitExpenditure,
            Column::Volume => Msg::CockpitVolume,
            Column::UnitCost => Msg::CockpitUnitCost,
        }
    }
}

/// A figure with its status mark.
fn marked(what: String, shown: String, basis: Basis) -> impl IntoView {
    view! {
        <span class="cockpit-value">
            {shown.clone()} " "
            <StatusMark what=what value=shown basis=basis/>
        </span>
    }
}

/// A figure, its reference and its origin, in one cell, each number with
/// its mark; a remainder's volume and unit cost are a dash (its volume
/// counts money, not people).
fn cell(r: &CockpitRow, column: Column, national: Option<&Area>, lang: Lang) -> impl IntoView {
    let registry = use_source_panel().registry.get_value();
    let (c, money): (&Compared, bool) = match column {
        Column::Expenditure => (&r.expenditure_dkk, true),
        Column::Volume => (&r.volume_full_year, false),
        Column::UnitCost => (&r.unit_cost_dkk, true),
    };
    let fmt = move |v: f64| {
        if money {
            format::dkk(v, lang)
        } else {
            format::number(v, 0, lang)
        }
    };
    let what = format!("{}, {}", text(column.heading(), lang), r.name.get(lang));
    let class = match c.origin {
        FieldOrigin::File => "from-file",
        FieldOrigin::ScaledDefault => "scaled-default",
        FieldOrigin::NationalDefault => "national-default",
    };
    if r.remainder && !matches!(column, Column::Expenditure) {
        return view! {
            <td class=class>
                <span class="cockpit-value">"–" <span class="visually-hidden">{text(Msg::RemainderNoPeople, lang)}</span></span>
            </td>
        }
        .into_any();
    }
    let basis = match column {
        Column::Expenditure => Basis::Area {
            volume: Provenance::of(&r.volume_figure, &registry),
            unit_cost: Provenance::of(&r.unit_cost_figure, &registry),
            remainder: r.remainder,
        },
        Column::Volume => Basis::figure(&r.volume_figure, &registry),
        Column::UnitCost => Basis::figure(&r.unit_cost_figure, &registry),
    };
    let reference = c
        .reference
        .filter(|_| c.origin == FieldOrigin::File)
        .zip(national)
        .map(|(v, n)| {
            let label = text(Msg::CockpitNational, lang);
            let basis = match column {
                Column::Expenditure => Basis::area(n, &registry),
                Column::Volume => Basis::figure(&n.volume_full_year, &registry),
                Column::UnitCost => Basis::figure(&n.unit_cost_dkk, &registry),
            };
            view! {
                <span class="cockpit-reference">
                    {label} ": " {marked(format!("{what} ({label})"), fmt(v), basis)}
                </span>
            }
        });
    view! {
        <td class=class>
            {marked(what, fmt(c.value), basis)}
            <span class="cockpit-origin">{crate::text::import::origin_label(c.origin, lang)}</span>
            {reference}
        </td>
    }
    .into_any()
}

/// The cockpit table of `cockpit`.
#[component]
pub fn CockpitTable(
    /// The cockpit to show.
    #[prop(into)]
    cockpit: Signal<Cockpit>,
) -> impl IntoView {
    let lang = use_lang();
    let ex = use_explorer();
    move || {
        let l = lang.get();
        let national = ex.national.get_value();
        cockpit.with(|c| {
            let total_basis = Basis::Total(c.grounding);
            let total_mark = |what: Msg, v: f64| {
                marked(
                    text(what, l).to_string(),
                    format::dkk(v, l),
                    total_basis.clone(),
                )
            };
            let rows = c
                .rows
                .iter()
                .map(|r| {
                    let n = national.areas.iter().find(|n| n.id == r.area_id);
                    view! {
                        <tr data-area=r.area_id.clone()>
                            <th scope="row">
                                {r.name.get(l).to_string()}
                                <span class="cockpit-group">
                                    {text(if r.group == Group::Children { Msg::CockpitChildren } else { Msg::CockpitAdults }, l)}
                                </span>
                            </th>
                            {cell(r, Column::Expenditure, n, l)}
                            {cell(r, Column::Volume, n, l)}
                            {cell(r, Column::UnitCost, n, l)}
                        </tr>
                    }
                })
                .collect_view();
            let t = &c.total;
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cockpit-caption">
                    <table class="cockpit-table" id="cockpit-table">
                        <caption id="cockpit-caption">
                            {match (&c.municipality, c.national) {
                                (Some(name), _) => name.clone(),
                                (None, true) => text(Msg::CockpitNationalData, l).to_string(),
                                (None, false) => text(Msg::ScaleOwnFile, l).to_string(),
                            }}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{text(Msg::Area, l)}</th>
                                <th scope="col">{text(Msg::CockpitExpenditure, l)}</th>
                                <th scope="col">{text(Msg::CockpitVolume, l)}</th>
                                <th scope="col">{text(Msg::CockpitUnitCost, l)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{text(Msg::CockpitTotal, l)}</th>
                                <td id="cockpit-total">{total_mark(Msg::CockpitTotal, t.expenditure_dkk)}</td>
                                <td colspan="2">
                                    {text(Msg::Frame, l)} ": " {total_mark(Msg::Frame, t.frame_dkk)} " · "
                                    {text(Msg::Overspend, l)} ": " {total_mark(Msg::Overspend, t.over_frame_dkk)}
                                </td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <p class="note">{tr(Msg::CockpitNote)}</p>
                <p class="mark-legend">{tr(Msg::MarkLegend)}</p>
            }
        })
    }
}
