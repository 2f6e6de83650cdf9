//! Scenarios side by side: two to five columns chosen from the explorer's
//! scenario, "no change", VIVE's approaches and the saved scenarios; the key
//! figures in a table with the differences from "no change" (or the first
//! column) under each figure, those that matter highlighted, and one figure
//! overlaid year by year. On a wide screen the table takes the full width,
//! in type large enough for a projector.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::compare::{draw_compare, series_colour, series_dash, CompareChart};
use crate::charts::palette::css;
use crate::model::analysis::compare::{compare_against, Metric, Reference};
use crate::model::analysis::lens::presets;
use crate::model::codec::export::comparison_csv;
use crate::model::codec::link;
use crate::model::ids::{ApproachId, CompareColumn, Preset};
use crate::model::Scenario;

use crate::text::cells;
use crate::text::messages::{text, Msg};
use crate::text::names;
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_content, use_lang};
use crate::ui::url_sync;
use crate::ui::web::address::View;
use crate::ui::web::canvas::{draw_on, use_canvas_box, Sharpness};
use crate::ui::web::download::download_text;
use crate::ui::web::list_store::ListStore;
use crate::ui::web::storage::Key;

/// Most columns side by side (the five approaches fit).
const MAX_COLUMNS: usize = 5;

/// A chart at least this wide (CSS px) is on a wide screen or a projector...
const WIDE_CHART_PX: f64 = 1000.0;

/// ...and its labels are drawn this much larger, to match the table's type.
const WIDE_TEXT_SCALE: f64 = 1.5;

/// The compare view.
#[component]
pub fn CompareView(
    /// The shell's view, for opening a column in the explorer.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let content = use_content();
    let ds = ex.data.get_untracked();
    let saved = ListStore::load(Key::Saved);
    let columns = RwSignal::new(vec![
        CompareColumn::Current,
        CompareColumn::Preset(Preset::Neutral),
    ]);
    let metric = RwSignal::new(Metric::Overspend);
    // On a projector the table shows the headline figures unless asked
    // for every figure (elsewhere it always shows every figure).
    let every_figure = RwSignal::new(false);
    let lens_presets = presets(&ds);

    // The scenario of each column that opens, with the saved name where it
    // has one. No language here: switching language relabels the table
    // without projecting the columns again.
    let picked = {
        let lens_presets = lens_presets.clone();
        Memo::new(move |_| {
            let ds = ex.data.get();
            columns
                .get()
                .into_iter()
                .filter_map(|choice| {
                    let (name, scenario) = match choice {
                        CompareColumn::Current => (String::new(), ex.scenario.get()),
                        CompareColumn::Preset(Preset::Neutral) => {
                            (String::new(), Scenario::neutral())
                        }
                        CompareColumn::Preset(Preset::Approach(id)) => lens_presets
                            .iter()
                            .find(|(lid, _)| *lid == id)
                            .map(|(_, s)| (String::new(), s.clone()))?,
                        CompareColumn::Saved(i) => {
                            let entry = saved.list.with(|list| list.entries.get(i).cloned())?;
                            let opened = link::open(&entry.code, &ds).ok()?;
                            (entry.name, opened.state.scenario)
                        }
                    };
                    Some((choice, name, scenario))
                })
                .collect::<Vec<_>>()
        })
    };
    // "No change" is the reference when it is one of the columns.
    let reference = Memo::new(move |_| {
        picked.with(|p| Reference::of(&p.iter().map(|(choice, _, _)| *choice).collect::<Vec<_>>()))
    });
    let projected = Memo::new(move |_| {
        let runs: Vec<(String, Scenario)> = picked.with(|p| {
            p.iter()
                .map(|(choice, _, s)| (choice.value(), s.clone()))
                .collect()
        });
        compare_against(&runs, reference.get().index(), &ex.data.get()).map_err(|e| e.to_string())
    });
    // The columns' labels in the reader's language, attached after projecting.
    let comparison = {
        let content = content.clone();
        Memo::new(move |_| -> Result<_, String> {
            let l = lang.get();
            let mut c = projected.get()?;
            picked.with(|p| {
                for (col, (choice, name, _)) in c.columns.iter_mut().zip(p) {
                    col.label = match choice {
                        CompareColumn::Current => text(Msg::ChoiceCurrent, l).to_string(),
                        CompareColumn::Preset(Preset::Neutral) => {
                            text(Msg::ChoiceNeutral, l).to_string()
                        }
                        CompareColumn::Preset(Preset::Approach(id)) => {
                            names::approach(&content, *id, l)
                        }
                        CompareColumn::Saved(_) => name.clone(),
                    };
                }
            });
            Ok(c)
        })
    };

    let options = {
        let content = content.clone();
        move || {
            let l = lang.get();
            let lenses = ApproachId::ALL
                .into_iter()
                .map(|id| {
                    let value = CompareColumn::Preset(Preset::Approach(id)).value();
                    view! { <option value=value>{names::approach(&content, id, l)}</option> }
                })
                .collect_view();
            let saved_options = saved.list.with(|list| {
                list.entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| view! { <option value=CompareColumn::Saved(i).value()>{e.name.clone()}</option> })
                    .collect_view()
            });
            view! {
                <option value=CompareColumn::Current.value()>{text(Msg::ChoiceCurrent, l)}</option>
                <option value=CompareColumn::Preset(Preset::Neutral).value()>{text(Msg::ChoiceNeutral, l)}</option>
                <optgroup label=text(Msg::ChoiceLenses, l)>{lenses}</optgroup>
                <optgroup label=text(Msg::ChoiceSaved, l)>{saved_options}</optgroup>
            }
        }
    };
    let pickers = move || {
        let n = columns.with(Vec::len);
        (0..n)
            .map(|i| {
                let options = options.clone();
                view! {
                    <div class="compare-pick">
                        <label>
                            <span>{tr(Msg::CompareColumn)} " " {i + 1}</span>
                            <select
                                data-column=i
                                prop:value=move || columns.with(|c| c.get(i).map(|c| c.value()).unwrap_or_default())
                                on:change=move |e| {
                                    let Some(v) = CompareColumn::from_value(&event_target_value(&e)) else {
                                        return;
                                    };
                                    columns.update(|c| if let Some(slot) = c.get_mut(i) { *slot = v });
                                }
                            >
                                {options}
                            </select>
                        </label>
                        <button
                            type="button"
                            class="remove-column"
                            disabled=move || columns.with(|c| c.len() <= 2)
                            on:click=move |_| columns.update(|c| { if c.len() > 2 { c.remove(i); } })
                        >
                            {tr(Msg::RemoveColumn)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };

    let head_ds = ds.clone();
    let table = move || {
        let l = lang.get();
        comparison.with(|c| match c {
            Err(e) => view! { <p class="error" role="alert">{tr(Msg::ModelError)} " " {e.clone()}</p> }.into_any(),
            Ok(c) => {
                let year = c.years.last().copied().unwrap_or_default();
                let heads = c
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, col)| {
                        let scenario = col.scenario.clone();
                        let mark = (i == c.reference).then(|| view! { <span class="reference-mark">{text(Msg::CompareReferenceMark, l)}</span> });
                        view! {
                            <th scope="col" class:reference=i == c.reference>
                                <span class="col-swatch" style:background=css(series_colour(i)) aria-hidden="true"></span>
                                {col.label.clone()}
                                {mark}
                                <button type="button" class="link-button open-column" on:click=move |_| {
                                    ex.lens.set(None);
                                    ex.scenario.set(scenario.clone());
                                    url_sync::go(ex, view, View::Explorer);
                                }>{tr(Msg::OpenInExplorer)}</button>
                            </th>
                        }
                    })
                    .collect_view();
                let rows = c
                    .rows
                    .iter()
                    .map(|r| {
                        let cells = r
                            .values
                            .iter()
                            .zip(&r.diffs)
                            .zip(&r.notable)
                            .enumerate()
                            .map(|(i, ((v, d), notable))| {
                                let diff = (i != c.reference).then(|| view! { <span class="diff">{cells::diff(r.metric, *d, l)}</span> });
                                let label = c.columns.get(i).map(|col| col.label.clone()).unwrap_or_default();
                                view! {
                                    <td class:notable=*notable class:reference=i == c.reference data-label=label>
                                        <span class="value">{cells::value(r.metric, *v, l)}</span>
                                        {diff}
                                    </td>
                                }
                            })
                            .collect_view();
                        let unit = cells::unit(r.metric, l).map(|u| view! { <span class="unit">{u}</span> });
                        view! {
                            <tr data-metric=r.metric.id() class:secondary=!r.metric.is_headline()>
                                <th scope="row">{names::metric(&head_ds, r.metric, l)} {unit}</th>
                                {cells}
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="compare-table" id="compare-table" class:every-figure=every_figure>
                        <caption>{text(Msg::InYear, l)} " " {year}</caption>
                        <thead>
                            <tr><th scope="col">{text(Msg::Figure, l)}</th>{heads}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }
        })
    };

    // Which column the differences are from, and which are highlighted.
    let note = move || {
        let l = lang.get();
        comparison.with(|c| {
            c.as_ref().ok().map(|c| {
                let first = c
                    .columns
                    .first()
                    .map(|col| col.label.as_str())
                    .unwrap_or_default();
                format!(
                    "{} {}",
                    cells::reference_note(reference.get(), first, l),
                    cells::highlight_rule(l)
                )
            })
        })
    };

    let canvas_ref = NodeRef::<Canvas>::new();
    let canvas_box = use_canvas_box(canvas_ref);
    Effect::new(move |_| {
        let size = canvas_box.get();
        let l = lang.get();
        let m = metric.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        comparison.with(|c| {
            let Ok(c) = c else { return };
            let series = c.series(m);
            let labels: Vec<String> = c.columns.iter().map(|col| col.label.clone()).collect();
            // The table's numbers: money in the one unit named on the axis.
            let fmt = move |v: f64| cells::value(m, v, l);
            let chart = CompareChart {
                years: &c.years,
                series: &series,
                labels: &labels,
                format_value: &fmt,
                y_desc: cells::unit(m, l).unwrap_or_default(),
                font_px: 0,
            };
            let text_scale = if size.width() >= WIDE_CHART_PX {
                WIDE_TEXT_SCALE
            } else {
                1.0
            };
            draw_on(
                &canvas,
                size,
                Sharpness::Full,
                text_scale,
                |area, font_px| draw_compare(area, &CompareChart { font_px, ..chart }),
            );
        });
    });
    let metric_ds = ds.clone();
    let metric_options = move || {
        let l = lang.get();
        Metric::ALL
            .into_iter()
            .map(|m| view! { <option value=m.id()>{names::metric(&metric_ds, m, l)}</option> })
            .collect_view()
    };
    let legend = move || {
        comparison.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.columns
                        .iter()
                        .enumerate()
                        .map(|(i, col)| {
                            view! {
                                <li>
                                    <span class="swatch" style:background=css(series_colour(i)) aria-hidden="true"></span>
                                    {col.label.clone()} " (" {series_dash(i, lang.get())} ")"
                                </li>
                            }
                        })
                        .collect_view()
                })
                .ok()
        })
    };
    let export_csv = move |_| {
        comparison.with_untracked(|c| {
            if let Ok(c) = c {
                download_text(
                    "prioritet-sammenligning.csv",
                    "text/csv;charset=utf-8",
                    &comparison_csv(c),
                );
            }
        })
    };
    let lens_columns = move |_| {
        columns.set(
            ApproachId::ALL
                .map(|id| CompareColumn::Preset(Preset::Approach(id)))
                .to_vec(),
        )
    };
    let mine_vs_neutral = move |_| {
        columns.set(vec![
            CompareColumn::Current,
            CompareColumn::Preset(Preset::Neutral),
        ])
    };

    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{tr(Msg::CompareHeading)}</h2>
            <p class="intro">{tr(Msg::CompareIntro)}</p>
            <div class="compare-shortcuts">
                <button type="button" id="compare-lenses" on:click=lens_columns>{tr(Msg::FiveLenses)}</button>
                <button type="button" id="compare-mine" on:click=mine_vs_neutral>{tr(Msg::MineVsNeutral)}</button>
            </div>
            <div class="compare-picks">
                {pickers}
                <button
                    type="button"
                    id="add-column"
                    disabled=move || columns.with(|c| c.len() >= MAX_COLUMNS)
                    on:click=move |_| columns.update(|c| if c.len() < MAX_COLUMNS { c.push(CompareColumn::Preset(Preset::Neutral)) })
                >
                    {tr(Msg::AddColumn)}
                </button>
            </div>
            <button
                type="button"
                id="compare-every-figure"
                aria-pressed=move || every_figure.get().to_string()
                on:click=move |_| every_figure.update(|on| *on = !*on)
            >
                {tr(Msg::CompareEveryFigure)}
            </button>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-heading">{table}</div>
            <p class="note compare-note" id="compare-note">{note}</p>
            <div class="compare-chart">
                <label class="field">
                    <span>{tr(Msg::CompareChartMetric)}</span>
                    <select
                        id="compare-metric"
                        prop:value=move || metric.get().id()
                        on:change=move |e| {
                            if let Some(m) = Metric::from_id(&event_target_value(&e)) {
                                metric.set(m);
                            }
                        }
                    >
                        {metric_options}
                    </select>
                </label>
                <figure>
                    <canvas node_ref=canvas_ref class="chart compare-canvas" role="img" aria-label=tr(Msg::CompareChartAlt)></canvas>
                    <figcaption>{tr(Msg::CompareChartAlt)}</figcaption>
                </figure>
                <ul class="legend">{legend}</ul>
            </div>
            <button type="button" id="export-compare" on:click=export_csv>{tr(Msg::ExportCompareCsv)}</button>
            <p class="source-line">{tr(Msg::ModelSource)}</p>
        </section>
    }
}
