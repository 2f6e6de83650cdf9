//! The steering cockpit as a table (KL's *styringscockpit*, seed 003): per
//! intervention area the expenditure, the volume and the unit cost, each
//! next to the national figure scaled to the municipality's size and marked
//! with where it came from; the base year's total against the frame.

use leptos::prelude::*;

use crate::model::analysis::cockpit::{Cockpit, Compared};
use crate::model::data::dataset::Group;
use crate::model::data::localized::Lang;
use crate::model::import::FieldOrigin;
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::ui::state::{tr, use_lang};

/// A figure, its reference and its origin, in one cell.
fn cell(c: &Compared, lang: Lang, money: bool) -> impl IntoView {
    let fmt = move |v: f64| {
        if money {
            format::dkk(v, lang)
        } else {
            format::number(v, 0, lang)
        }
    };
    let reference = c
        .reference
        .filter(|_| c.origin == FieldOrigin::File)
        .map(|r| format!("{}: {}", text(Msg::CockpitNational, lang), fmt(r)));
    view! {
        <td class=match c.origin {
            FieldOrigin::File => "from-file",
            FieldOrigin::ScaledDefault => "scaled-default",
            FieldOrigin::NationalDefault => "national-default",
        }>
            <span class="cockpit-value">{fmt(c.value)}</span>
            <span class="cockpit-origin">{crate::text::import::origin_label(c.origin, lang)}</span>
            {reference.map(|r| view! { <span class="cockpit-reference">{r}</span> })}
        </td>
    }
}

/// The cockpit table of `cockpit`.
#[component]
pub fn CockpitTable(
    /// The cockpit to show.
    #[prop(into)]
    cockpit: Signal<Cockpit>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        cockpit.with(|c| {
            let rows = c
                .rows
                .iter()
                .map(|r| {
                    view! {
                        <tr data-area=r.area_id.clone()>
                            <th scope="row">
                                {r.name.get(l).to_string()}
                                <span class="cockpit-group">
                                    {text(if r.group == Group::Children { Msg::CockpitChildren } else { Msg::CockpitAdults }, l)}
                                </span>
                            </th>
                            {cell(&r.expenditure_dkk, l, true)}
                            {cell(&r.volume_full_year, l, false)}
                            {cell(&r.unit_cost_dkk, l, true)}
                        </tr>
                    }
                })
                .collect_view();
            let t = &c.total;
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cockpit-caption">
                    <table class="cockpit-table" id="cockpit-table">
                        <caption id="cockpit-caption">
                            {c.municipality.clone().unwrap_or_else(|| text(Msg::CockpitNationalData, l).to_string())}
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
                                <td id="cockpit-total">{format::dkk(t.expenditure_dkk, l)}</td>
                                <td colspan="2">
                                    {text(Msg::Frame, l)} ": " {format::dkk(t.frame_dkk, l)} " · "
                                    {text(Msg::Overspend, l)} ": " {format::dkk(t.over_frame_dkk, l)}
                                </td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <p class="note">{tr(Msg::CockpitNote)}</p>
            }
        })
    }
}
