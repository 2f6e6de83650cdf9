//! Exports, made in the browser: the projection as CSV (the runner's
//! format), the chart on screen as PNG, the scenario as JSON (the runner's
//! input), and the printable decision memo.

use leptos::prelude::*;

use crate::model::codec::export::projection_csv;
use crate::model::project;

use crate::text::messages::Msg;
use crate::ui::explorer_state::{use_explorer, DataSource, DRAWS, SEED};
use crate::ui::parts::chart_panel::export_png;
use crate::ui::state::{tr, use_lang};
use crate::ui::url_sync;
use crate::ui::web::address::View;
use crate::ui::web::download::download_text;

/// The export panel.
#[component]
pub fn ExportPanel(
    /// The shell's view, for opening the memo.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let csv = move |_| {
        let ds = ex.data.get_untracked();
        let s = ex.scenario.get_untracked();
        ex.central.with_untracked(|c| {
            ex.baseline.with_untracked(|b| {
                if let (Ok(c), Ok(b)) = (c, b) {
                    let bands = project(&s, &ds, DRAWS, SEED).ok();
                    let text = projection_csv(c, bands.as_ref(), b);
                    download_text(
                        "prioritet-fremskrivning.csv",
                        "text/csv;charset=utf-8",
                        &text,
                    );
                }
            })
        });
    };
    let json = move |_| {
        let text = ex.scenario.with_untracked(|s| s.to_json());
        download_text("prioritet-scenarie.json", "application/json", &text);
    };
    let data_json = move |_| {
        let text = ex.data.with_untracked(|ds| ds.to_json());
        download_text(
            "prioritet-kommunedata-datasaet.json",
            "application/json",
            &text,
        );
    };
    view! {
        <section class="export-panel" aria-labelledby="export-heading">
            <h3 id="export-heading">{tr(Msg::ExportHeading)}</h3>
            <div class="export-actions">
                <button type="button" id="export-csv" on:click=csv>{tr(Msg::ExportCsv)}</button>
                <button type="button" id="export-png" on:click=move |_| export_png(ex, lang.get_untracked(), ex.chart.get_untracked())>
                    {tr(Msg::ExportPng)}
                </button>
                <button type="button" id="export-json" on:click=json>{tr(Msg::ExportJson)}</button>
                <button type="button" id="export-data" hidden=move || ex.source.with(DataSource::is_national) on:click=data_json>
                    {tr(Msg::ExportData)}
                </button>
                <button type="button" id="export-memo" on:click=move |_| url_sync::go(ex, view, View::Memo)>
                    {tr(Msg::ExportMemo)}
                </button>
            </div>
            <p class="note">{tr(Msg::ExportNote)}</p>
        </section>
    }
}
