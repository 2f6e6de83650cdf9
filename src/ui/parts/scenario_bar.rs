//! The scenario toolbar: share, save, export and the decision memo. One
//! panel opens at a time under the buttons. Each panel is a split point of
//! the wasm: its code (the QR code, the stored lists, the CSV and PNG
//! exports) is fetched the first time it opens, not with the explorer.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::text::messages::Msg;
use crate::ui::explorer_state::use_explorer;
use crate::ui::parts::export_panel::ExportPanel;
use crate::ui::parts::saved_panel::SavedPanel;
use crate::ui::parts::share_panel::SharePanel;
use crate::ui::state::tr;
use crate::ui::url_sync;
use crate::ui::web::address::View;
use crate::ui::widgets::lazy_page::{lazy_view, Fetched};

/// The share panel: link, QR code, copy.
#[wasm_split(share_panel, wasm_split_path = ::leptos::wasm_split, fallible)]
fn share() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SharePanel/> }.into_any())
}

/// The saved scenarios.
#[wasm_split(saved_panel, wasm_split_path = ::leptos::wasm_split, fallible)]
fn saved() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SavedPanel/> }.into_any())
}

/// The exports.
#[wasm_split(export_panel, wasm_split_path = ::leptos::wasm_split, fallible)]
fn export(view: RwSignal<View>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ExportPanel view/> }.into_any())
}

/// Which panel of the toolbar is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    Share,
    Saved,
    Export,
}

/// The toolbar and its open panel.
#[component]
pub fn ScenarioBar(
    /// The shell's view, for opening the memo.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let open = RwSignal::new(None::<Panel>);
    let toggle = move |p: Panel, msg: Msg, id: &'static str| {
        view! {
            <button
                type="button"
                class="tool-button"
                id=id
                aria-expanded=move || (open.get() == Some(p)).to_string()
                aria-controls="scenario-panel"
                on:click=move |_| open.update(|o| *o = if *o == Some(p) { None } else { Some(p) })
            >
                {tr(msg)}
            </button>
        }
    };
    view! {
        <div class="scenario-bar" role="group" aria-label=tr(Msg::ScenarioTools)>
            {toggle(Panel::Share, Msg::ShareOpen, "open-share")}
            {toggle(Panel::Saved, Msg::SaveOpen, "open-saved")}
            {toggle(Panel::Export, Msg::ExportOpen, "open-export")}
            <button
                type="button"
                class="tool-button"
                id="open-memo"
                on:click=move |_| url_sync::go(ex, view, View::Memo)
            >
                {tr(Msg::MemoOpen)}
            </button>
        </div>
        <div id="scenario-panel" class="scenario-panel" hidden=move || open.get().is_none()>
            {move || match open.get() {
                Some(Panel::Share) => lazy_view(Fetched::Panel, share),
                Some(Panel::Saved) => lazy_view(Fetched::Panel, saved),
                Some(Panel::Export) => lazy_view(Fetched::Panel, move || export(view)),
                None => ().into_any(),
            }}
        </div>
    }
}
