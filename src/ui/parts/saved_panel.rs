//! Saved scenarios: name and save the current state in this browser, list,
//! open, rename and delete them (with undo), and open a scenario file.

use leptos::prelude::*;

use crate::model::codec::link;
use crate::model::codec::scenario_list::{Entry, ListError};
use crate::model::Scenario;

use crate::model::data::input::MAX_INPUT_BYTES;
use crate::text::messages::{text, Msg};
use crate::ui::explorer_state::{use_explorer, Notice};
use crate::ui::parts::list_problem_note::ListProblemNote;
use crate::ui::state::{tr, use_lang};
use crate::ui::url_sync;
use crate::ui::web::files;
use crate::ui::web::list_store::ListStore;
use crate::ui::web::storage::Key;

/// The last thing the panel did, for its status line.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    None,
    Done(Msg),
    Deleted { index: usize, entry: Entry },
    Failed(Msg, String),
}

/// The saved-scenarios panel.
#[component]
pub fn SavedPanel() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let store = ListStore::load(Key::Saved);
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(Status::None);
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let n = store.list.with_untracked(|l| l.entries.len()) + 1;
        let typed = name.get_untracked();
        let label = if typed.trim().is_empty() {
            format!("{} {n}", text(Msg::SaveDefaultName, lang.get_untracked()))
        } else {
            typed
        };
        let code = ex.code_now();
        status.set(match store.add(&label, &code) {
            Ok(()) => Status::Done(Msg::SavedDone),
            Err(m) => Status::Failed(m, String::new()),
        });
        name.set(String::new());
    };
    let open = move |code: String| {
        let ds = ex.data.get_untracked();
        match link::open(&code, &ds) {
            Ok(opened) => url_sync::apply_opened(ex, opened),
            Err(e) => ex.notice.set(Some(url_sync::link_notice(&e, None))),
        }
    };
    let open_file = move |e: leptos::ev::Event| {
        let Some(file) = files::take_picked(&e) else {
            return;
        };
        if file.size() > MAX_INPUT_BYTES as u64 {
            status.set(Status::Failed(Msg::FileTooLarge, String::new()));
            return;
        }
        let ds = ex.data.get_untracked();
        leptos::task::spawn_local(async move {
            let text = files::read_text(&file).await;
            let parsed = Scenario::from_json(&text).and_then(|mut s| {
                let raised = s.raise_low_ceiling();
                s.validate(&ds).map(|()| (s, raised))
            });
            match parsed {
                Ok((s, raised)) => {
                    if raised.is_some() {
                        ex.notice.set(Some(Notice {
                            what: Msg::FileCeilingRaised,
                            detail: None,
                            then: Some(Msg::CeilingBelowMinimum),
                        }));
                    }
                    ex.lens.set(None);
                    ex.scenario.set(s);
                    status.set(Status::Done(Msg::FileOpened));
                }
                Err(err) => status.set(Status::Failed(Msg::FileBad, err.to_string())),
            }
        });
    };
    let rows = move || {
        store
            .list
            .get()
            .entries
            .into_iter()
            .enumerate()
            .map(|(i, entry)| {
                let edited = RwSignal::new(entry.name.clone());
                let code = entry.code.clone();
                view! {
                    <li class="saved-item">
                        <input
                            type="text"
                            class="saved-name"
                            maxlength="80"
                            aria-label=tr(Msg::SaveNameLabel)
                            prop:value=entry.name.clone()
                            on:input=move |e| edited.set(event_target_value(&e))
                        />
                        <button type="button" class="saved-open" on:click=move |_| open(code.clone())>
                            {tr(Msg::OpenAction)}
                        </button>
                        <button
                            type="button"
                            class="saved-rename"
                            on:click=move |_| {
                                let n = edited.get_untracked();
                                status.set(match store.apply(|l| l.rename(i, &n)) {
                                    Ok(()) => Status::Done(Msg::RenameDone),
                                    Err(m) => Status::Failed(m, String::new()),
                                });
                            }
                        >
                            {tr(Msg::RenameAction)}
                        </button>
                        <button
                            type="button"
                            class="saved-delete"
                            on:click=move |_| {
                                let removed = store.apply(|l| l.remove(i).ok_or(ListError::NoSuchEntry(i)));
                                status.set(match removed {
                                    Ok(entry) => Status::Deleted { index: i, entry },
                                    Err(m) => Status::Failed(m, String::new()),
                                });
                            }
                        >
                            {tr(Msg::DeleteAction)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let undo = move |_| {
        if let Status::Deleted { index, entry } = status.get_untracked() {
            status.set(match store.apply(|l| l.restore(index, entry)) {
                Ok(_) => Status::Done(Msg::SavedDone),
                Err(m) => Status::Failed(m, String::new()),
            });
        }
    };
    view! {
        <section class="saved-panel" aria-labelledby="saved-heading">
            <h3 id="saved-heading">{tr(Msg::SavedHeading)}</h3>
            <ListProblemNote store=store/>
            <form class="save-form" on:submit=save>
                <label class="field">
                    <span>{tr(Msg::SaveNameLabel)}</span>
                    <input
                        type="text"
                        id="save-name"
                        maxlength="80"
                        prop:value=name
                        on:input=move |e| name.set(event_target_value(&e))
                    />
                </label>
                <button type="submit" id="save-scenario">{tr(Msg::SaveAction)}</button>
            </form>
            <p class="status" role="status">
                {move || match status.get() {
                    Status::None => ().into_any(),
                    Status::Done(m) => tr(m)().into_any(),
                    Status::Deleted { entry, .. } => view! {
                        {tr(Msg::Deleted)} " " {entry.name} " "
                        <button type="button" id="undo-delete" on:click=undo>{tr(Msg::Undo)}</button>
                    }.into_any(),
                    Status::Failed(m, detail) => view! { {tr(m)} " " <code>{detail}</code> }.into_any(),
                }}
            </p>
            {move || store.list.with(|l| l.entries.is_empty()).then(|| view! {
                <p class="saved-empty">{tr(Msg::SavedEmpty)}</p>
            })}
            <ul class="saved-list">{rows}</ul>
            <label class="field file-field">
                <span>{tr(Msg::OpenFile)}</span>
                <input type="file" id="open-file" accept=".json,application/json" on:change=open_file/>
            </label>
        </section>
    }
}
