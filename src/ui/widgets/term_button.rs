//! A term of art as a button: tapping "KØF" or "SEL § 107" opens its
//! plain-language explanation from the glossary in place; tapping again,
//! "Luk" or Escape closes it. Modelled on the "Hvorfor?" button.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::model::ids::TermId;
use crate::text::messages::Msg;
use crate::ui::state::{tr, use_content, use_lang};
use crate::ui::web::dom;

/// A disclosure button showing the term `id` that opens its explanation
/// right after it.
#[component]
pub fn TermButton(id: TermId) -> impl IntoView {
    let lang = use_lang();
    let content = use_content();
    let open = RwSignal::new(false);
    let n = next_id();
    let button_id = format!("term-{id}-{n}");
    let panel_id = format!("term-{id}-{n}-text");
    let entry = content.glossary.get(id).cloned();
    let term = entry.as_ref().map(|t| t.term.clone());
    let text = entry.map(|t| t.text);
    let on_key = {
        let button_id = button_id.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" && open.get_untracked() {
                e.stop_propagation();
                open.set(false);
                dom::focus_by_id(&button_id);
            }
        }
    };
    let close = {
        let button_id = button_id.clone();
        move |_| {
            open.set(false);
            dom::focus_by_id(&button_id);
        }
    };
    view! {
        <span class="term" data-term=id.as_str() on:keydown=on_key>
            <button
                type="button"
                class="term-button"
                id=button_id
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || term.as_ref().map(|t| t.get(lang.get()).to_string())}
            </button>
            <span class="term-panel" id=panel_id role="note" hidden=move || !open.get()>
                {move || text.as_ref().map(|t| t.get(lang.get()).to_string())}
                " "
                <button type="button" class="why-close" on:click=close>
                    {tr(Msg::WhyClose)}
                </button>
            </span>
        </span>
    }
}

/// A row of term buttons beside a text, after "Forklarede ord:".
#[component]
pub fn TermRow(
    /// The terms, in the order they appear in the text beside.
    terms: Vec<TermId>,
) -> impl IntoView {
    view! {
        <div class="term-row">
            <span class="term-row-label">{tr(Msg::TermsHere)}</span>
            {terms.into_iter().map(|id| view! { <TermButton id=id/> }).collect_view()}
        </div>
    }
}

fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
