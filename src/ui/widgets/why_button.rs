//! "Hvorfor?": a button beside a number that opens a short plain-language
//! explanation of how it was computed (from docs/model.md).

use leptos::prelude::*;

use crate::model::ids::TopicId;
use crate::text::messages::{text as text_of, Msg};
use crate::ui::state::{tr, use_content, use_lang};

/// A disclosure button showing the explanation of `topic`. Its
/// accessible name includes the explanation's title; `titled` shows the
/// title on the button too, where several buttons stand together.
#[component]
pub fn WhyButton(topic: TopicId, #[prop(optional)] titled: bool) -> impl IntoView {
    let lang = use_lang();
    let content = use_content();
    let open = RwSignal::new(false);
    let panel_id = format!("why-{topic}-{}", next_id());
    let explanation = content.explanations.get(topic).cloned();
    let title = explanation.as_ref().map(|e| e.title.clone());
    let text = explanation.map(|e| e.text);
    let name = {
        let title = title.clone();
        move || {
            let l = lang.get();
            let t = title
                .as_ref()
                .map(|t| t.get(l).to_string())
                .unwrap_or_default();
            format!("{} {t}", text_of(Msg::Why, l))
        }
    };
    let label = {
        let name = name.clone();
        move || {
            if titled {
                name()
            } else {
                text_of(Msg::Why, lang.get()).to_string()
            }
        }
    };
    view! {
        <span class="why">
            <button
                type="button"
                class="why-button"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                aria-label=name
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {label}
            </button>
            <span
                class="why-panel"
                id=panel_id
                role="note"
                hidden=move || !open.get()
            >
                <strong>{move || title.as_ref().map(|t| t.get(lang.get()).to_string())}</strong>
                " "
                {move || text.as_ref().map(|t| t.get(lang.get()).to_string())}
                " "
                <button type="button" class="why-close" on:click=move |_| open.set(false)>
                    {tr(Msg::WhyClose)}
                </button>
            </span>
        </span>
    }
}

fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
