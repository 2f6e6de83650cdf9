//! Share the scenario: the link to exactly this state, a copy button, a QR
//! code a tablet in the room can scan, the scenario's name as the board will
//! show it, and a button that adds it to this browser's workshop board.

use leptos::prelude::*;

use crate::model::scenario::name_as_typed;
use crate::text::messages::Msg;
use crate::ui::explorer_state::{use_explorer, DataSource};
use crate::ui::state::tr;
use crate::ui::web::list_store::ListStore;
use crate::ui::web::storage::Key;
use crate::ui::web::{address, clipboard, dom};
use crate::ui::widgets::qr_image::QrImage;

/// What the copy button last did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

/// The share panel.
#[component]
pub fn SharePanel() -> impl IntoView {
    let ex = use_explorer();
    let url = Signal::derive(move || address::share_url(&ex.code.get()));
    let status = RwSignal::new(CopyStatus::Idle);
    let board_status = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        // The state's link at once, also within the moment the shown link
        // takes to follow a name just typed.
        let copied = clipboard::copy_text(&address::share_url(&ex.code_now()));
        leptos::task::spawn_local(async move {
            let ok = copied.await;
            status.set(if ok {
                CopyStatus::Copied
            } else {
                CopyStatus::Failed
            });
        });
    };
    let add_to_board = move |_| {
        let name = ex.scenario.with_untracked(|s| s.name.clone());
        let code = ex.code_now();
        let added = ListStore::load(Key::Board).add(&name, &code);
        board_status.set(Some(added.err().unwrap_or(Msg::AddedToBoard)));
    };
    view! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h3 id="share-heading">{tr(Msg::ShareHeading)}</h3>
            <label class="field">
                <span>{tr(Msg::ShareNameLabel)}</span>
                <input
                    type="text"
                    id="scenario-name"
                    maxlength="80"
                    placeholder=tr(Msg::ShareNamePlaceholder)
                    prop:value=move || {
                        ex.scenario.with(|s| if s.has_own_name() { s.name.clone() } else { String::new() })
                    }
                    on:input=move |e| {
                        let name = name_as_typed(&event_target_value(&e));
                        ex.scenario.update(|s| s.name = name);
                    }
                    on:change=move |e| {
                        let name = name_as_typed(&event_target_value(&e));
                        ex.scenario.update(|s| s.name = name.trim_end().to_string());
                    }
                />
            </label>
            <label class="field">
                <span>{tr(Msg::ShareLinkLabel)}</span>
                <input type="text" id="share-link" readonly prop:value=url on:focus=move |e| dom::select_target_text(&e)/>
            </label>
            <div class="share-actions">
                <button type="button" id="copy-link" on:click=copy>{tr(Msg::CopyLink)}</button>
                <button type="button" id="add-to-board" on:click=add_to_board>{tr(Msg::AddToBoard)}</button>
            </div>
            <p class="status" role="status">
                {move || match status.get() {
                    CopyStatus::Idle => "",
                    CopyStatus::Copied => tr(Msg::Copied)(),
                    CopyStatus::Failed => tr(Msg::CopyFailed)(),
                }}
                " "
                {move || board_status.get().map(|m| tr(m)())}
            </p>
            <p class="share-needs-file" role="note" hidden=move || ex.source.with(DataSource::is_national)>
                {tr(Msg::ShareNeedsFile)}
            </p>
            <figure class="share-qr">
                <QrImage text=url/>
                <figcaption>{tr(Msg::ShareHint)}</figcaption>
            </figure>
        </section>
    }
}
