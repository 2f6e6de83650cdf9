//! The scenario toolbar: share, save, export and the decision memo. One
//! panel opens at a time under the buttons.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::explorer_state::use_explorer;
use crate::ui::parts::export_panel::ExportPanel;
use crate::ui::parts::saved_panel::SavedPanel;
use crate::ui::parts::share_panel::SharePanel;
use crate::ui::state::tr;
use crate::ui::url_sync;
use crate::ui::web::address::View;

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
                Some(Panel::Share) => view! { <SharePanel/> }.into_any(),
                Some(Panel::Saved) => view! { <SavedPanel/> }.into_any(),
                Some(Panel::Export) => view! { <ExportPanel view=view/> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}
