//! Loading a municipality's own numbers: a file picker and a drop zone, the
//! problems found (line and column, in the reader's language), and a choice
//! to use what could be read. The file is read in the browser and never
//! sent anywhere; the data in use stays until the user accepts the new.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::import::{import_file, size_problem, Import, Severity};
use crate::model::DataSet;

use crate::text::messages::Msg;
use crate::ui::explorer_state::{use_explorer, DataSource};
use crate::ui::state::{tr, use_lang};
use crate::ui::web::files::{self, File};
use crate::ui::widgets::drop_zone::DropZone;

/// Reads `file` (refusing one that is too large without reading it) and
/// puts the result in `pending`.
fn read_file(file: File, pending: RwSignal<Option<Arc<Import>>>, base: Arc<DataSet>) {
    let name = file.name();
    if let Some(problem) = size_problem(file.size()) {
        pending.set(Some(Arc::new(Import {
            data: (*base).clone(),
            origin: Vec::new(),
            problems: vec![problem],
            scale: 1.0,
            municipality: None,
            usable: false,
            format: None,
        })));
        return;
    }
    leptos::task::spawn_local(async move {
        let bytes = files::read_bytes(&file).await;
        pending.set(Some(Arc::new(import_file(&bytes, &name, &base))));
    });
}

/// The import panel. `pending` holds the file read but not yet accepted.
#[component]
pub fn ImportPanel(
    /// The import read from the last file, before the user accepts it.
    pending: RwSignal<Option<Arc<Import>>>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let national = ex.national;
    let on_files = Callback::new(move |picked: Vec<File>| {
        if let Some(file) = picked.into_iter().next() {
            read_file(file, pending, national.get_value());
        }
    });
    let accept = move |_| {
        if let Some(import) = pending.get_untracked() {
            if import.usable {
                ex.use_source(DataSource::municipality(import), lang.get_untracked());
                pending.set(None);
            }
        }
    };
    let problems = move || {
        let l = lang.get();
        pending.get().map(|import| {
            let items = import
                .problems
                .iter()
                .map(|p| {
                    let error = p.severity == Severity::Error;
                    view! {
                        <li class:problem-error=error class:problem-warning=!error>
                            {if error { tr(Msg::ImportError)() } else { tr(Msg::ImportWarning)() }}
                            ": "
                            {crate::text::import::message(p, l)}
                        </li>
                    }
                })
                .collect_view();
            let summary = if import.usable {
                format!(
                    "{} {} · {} {}",
                    import.origin.iter().filter(|o| o.from_file()).count(),
                    tr(Msg::ImportAreasRead)(),
                    import.errors(),
                    tr(Msg::ImportErrorsFound)(),
                )
            } else {
                tr(Msg::ImportUnusable)().to_string()
            };
            view! {
                <div class="import-result" role="status">
                    <p class="import-summary">{summary}</p>
                    <ul class="import-problems" id="import-problems">{items}</ul>
                    <div class="import-actions">
                        <button type="button" id="import-accept" disabled=!import.usable on:click=accept>
                            {tr(Msg::ImportAccept)}
                        </button>
                        <button type="button" id="import-cancel" on:click=move |_| pending.set(None)>
                            {tr(Msg::ImportCancel)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <section class="import-panel" aria-labelledby="import-heading">
            <h3 id="import-heading">{tr(Msg::ImportHeading)}</h3>
            <p class="privacy-note" id="privacy-note">{tr(Msg::ImportPrivacy)}</p>
            <p class="note">
                {tr(Msg::ImportTemplates)} " "
                <a class="template-link" href="skabelon-kommunedata.csv" download="skabelon-kommunedata.csv">"CSV"</a>
                " · "
                <a class="template-link" href="skabelon-kommunedata.json" download="skabelon-kommunedata.json">"JSON"</a>
            </p>
            <DropZone
                input_id="import-file"
                accept=".csv,.txt,.json,text/csv,application/json"
                multiple=false
                label=Signal::derive(move || tr(Msg::ImportDrop)().to_string())
                on_files=on_files
            />
            {problems}
        </section>
    }
}
