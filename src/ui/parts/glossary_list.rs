//! "Ord og begreber": every term of the glossary with its plain-language
//! explanation, as a list in the background view. Each entry has an id
//! (`ord-<term id>`), so a link can point at it.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::state::{loc, tr, use_content};
use crate::ui::widgets::source_line::SourceLine;

/// The glossary, in `data/glossary.json`'s order.
#[component]
pub fn GlossaryList() -> impl IntoView {
    let content = use_content();
    let entries = content
        .glossary
        .terms
        .iter()
        .map(|t| {
            view! {
                <div class="glossary-entry" id=format!("ord-{}", t.id) data-term=t.id.as_str()>
                    <dt>{loc(&t.term)}</dt>
                    <dd>{loc(&t.text)}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="glossary" id="ord-og-begreber" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{tr(Msg::GlossaryHeading)}</h2>
            <p class="intro">{tr(Msg::GlossaryIntro)}</p>
            <dl class="glossary-list">{entries}</dl>
            <SourceLine ids=content.glossary.sources.clone()/>
        </section>
    }
}
