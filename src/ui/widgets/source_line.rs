//! Source citations: a line under a section, and the full list in the footer.

use leptos::prelude::*;

use crate::model::data::localized::Lang;
use crate::model::data::sources::Status;

use crate::text::messages::{self, Msg};
use crate::ui::state::{tr, use_content, use_lang};
use crate::ui::web::dom;
use crate::ui::widgets::source_panel::source_details;

/// The citation of a source id in `lang` (the id itself if unknown).
pub fn citation(id: &str, lang: Lang) -> String {
    let content = use_content();
    content
        .sources
        .get(id)
        .map(|s| s.citation.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The reader's words for a figure's status.
pub fn status_text(status: Status, lang: Lang) -> &'static str {
    let msg = match status {
        Status::Stated => Msg::StatusStated,
        Status::Seed => Msg::StatusSeed,
        Status::Derived => Msg::StatusDerived,
        Status::Illustrative => Msg::StatusIllustrative,
    };
    messages::text(msg, lang)
}

/// "Kilde: ..." naming each source id given.
#[component]
pub fn SourceLine(ids: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let cited = move || {
        let l = lang.get();
        ids.iter()
            .map(|id| citation(id, l))
            .collect::<Vec<_>>()
            .join("; ")
    };
    view! {
        <p class="source-line">{tr(Msg::SourceLabel)} ": " {cited}</p>
    }
}

/// Every source in the registry, for the footer. The list is built when
/// it is first opened, not at start-up (it is a quarter of the page's
/// elements, closed until a reader asks for it).
#[component]
pub fn SourceList() -> impl IntoView {
    let content = use_content();
    let lang = use_lang();
    let opened = RwSignal::new(false);
    let items = move || {
        if !opened.get() {
            return None;
        }
        let l = lang.get();
        content
            .sources
            .sources
            .iter()
            .map(|s| view! { <li id=format!("source-{}", s.id)>{source_details(s, l)}</li> })
            .collect_view()
            .into()
    };
    view! {
        <details
            class="source-list"
            on:toggle=move |ev| {
                if dom::details_open(&ev) {
                    opened.set(true);
                }
            }
        >
            <summary>{tr(Msg::SourcesHeading)}</summary>
            <ul>{items}</ul>
        </details>
    }
}
