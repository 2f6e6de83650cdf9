//! The page's one source panel: a non-modal dialog that shows what the
//! number behind a status mark rests on (its source's title, publisher, date
//! and link or Statistikbanken table; an assumption's reason; or, for a
//! computed number, its inputs). "Luk" or Escape closes it and gives the
//! focus back to the mark. Also the source's details as the footer lists
//! them.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::model::analysis::grounding::{Basis, Grounding};
use crate::model::data::localized::Lang;
use crate::model::data::sources::{Provenance, Source};
use crate::text::format;
use crate::text::messages::{text, Msg};
use crate::ui::state::{tr, use_lang};
use crate::ui::web::dom;
use crate::ui::widgets::status_mark::{mark_word, use_source_panel};

/// Id of the panel's close button, which takes the focus on opening.
const CLOSE_ID: &str = "source-panel-close";

/// A source's title, publisher, date and where to find it.
pub fn source_details(s: &Source, lang: Lang) -> impl IntoView {
    let t = |m| text(m, lang);
    let place = if let Some(url) = &s.url {
        view! {
            <a class="source-link" href=url.clone() target="_blank" rel="noopener">{t(Msg::SourceOpen)}</a>
        }
        .into_any()
    } else if let Some(table) = &s.table_id {
        view! { <span class="source-table">{t(Msg::SourceTable)} " " {table.clone()}</span> }
            .into_any()
    } else if let Some(file) = &s.seed_file {
        view! { <span class="source-seed">{t(Msg::SourceSeedFile)} ": " {file.clone()}</span> }
            .into_any()
    } else {
        ().into_any()
    };
    let date = (!s.date.is_empty()).then(
        || view! { <span class="source-date">{t(Msg::SourceDate)} ": " {s.date.clone()}</span> },
    );
    view! {
        <span class="source-title">{s.title.clone()}</span>
        <span class="source-publisher">{t(Msg::SourcePublisher)} ": " {s.publisher.clone()}</span>
        {date}
        {place}
    }
}

/// One figure's provenance: status, source and note (the reason, for an
/// assumption). The notes are written in English in `data/`.
fn provenance(p: &Provenance, lang: Lang) -> impl IntoView {
    let mark = p.mark();
    let note_heading = if p.source.is_none() {
        Msg::MarkWhy
    } else {
        Msg::MarkNote
    };
    view! {
        <p class="source-status">{capitalised(mark_word(mark, lang))}</p>
        {p.source.as_ref().map(|s| view! { <p class="source-entry">{source_details(s, lang)}</p> })}
        {p.note.clone().map(|n| view! {
            <p class="source-note">
                <span class="source-note-heading">{text(note_heading, lang)} ": "</span>
                <span lang="en">{n}</span>
            </p>
        })}
    }
}

fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The shares of the base year's money by how firmly they are grounded.
fn grounding(g: &Grounding, lang: Lang) -> impl IntoView {
    let t = |m| text(m, lang);
    let share = |s| format::percent(s, lang);
    view! {
        <p class="source-status">{capitalised(t(Msg::StatusComputed))}</p>
        <p class="source-grounding">
            {t(Msg::MarkTotal)} " "
            {share(g.sourced_share() + g.derived_share())} " " {t(Msg::MarkTotalDerived)} ", "
            {share(g.assumed_share())} " " {t(Msg::MarkTotalAssumed)} ". "
            {t(Msg::MarkProjection)}
        </p>
    }
}

fn basis(b: &Basis, lang: Lang) -> AnyView {
    match b {
        Basis::Figure(p) => provenance(p, lang).into_any(),
        Basis::Area {
            volume,
            unit_cost,
            remainder,
        } => {
            let volume_label = if *remainder {
                Msg::MarkRemainderVolume
            } else {
                Msg::CockpitVolume
            };
            view! {
                <p class="source-status">{capitalised(text(Msg::StatusComputed, lang))}</p>
                <p>{text(Msg::MarkArea, lang)}</p>
                <h3 class="source-part">{text(volume_label, lang)}</h3>
                {provenance(volume, lang)}
                <h3 class="source-part">{text(Msg::CockpitUnitCost, lang)}</h3>
                {provenance(unit_cost, lang)}
            }
            .into_any()
        }
        Basis::Total(g) => grounding(g, lang).into_any(),
    }
}

/// The source panel; the shell places it once on the page.
#[component]
pub fn SourcePanelView() -> impl IntoView {
    let panel = use_source_panel();
    let lang = use_lang();
    let close = move || {
        let opener = panel
            .shown
            .with_untracked(|s| s.as_ref().map(|s| s.opener.clone()));
        panel.shown.set(None);
        if let Some(id) = opener {
            dom::focus_by_id(&id);
        }
    };
    // The focus goes to the panel when it opens, or moves to another mark's
    // number while it is open.
    Effect::new(move |_| {
        if panel.shown.with(Option::is_some) {
            dom::focus_by_id(CLOSE_ID);
        }
    });
    let on_key = move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.stop_propagation();
            close();
        }
    };
    let body = move || {
        let l = lang.get();
        panel.shown.with(|s| {
            s.as_ref().map(|s| {
                view! {
                    <h2 id="source-panel-heading" class="source-panel-heading">{s.what.clone()}</h2>
                    {s.value.clone().map(|v| view! { <p class="source-value">{v}</p> })}
                    {basis(&s.basis, l)}
                }
            })
        })
    };
    view! {
        <div
            class="source-panel"
            id="source-panel"
            role="dialog"
            aria-modal="false"
            aria-labelledby="source-panel-heading"
            aria-describedby="source-panel-label"
            hidden=move || panel.shown.with(Option::is_none)
            on:keydown=on_key
        >
            <p class="source-panel-label" id="source-panel-label">{tr(Msg::SourcePanelLabel)}</p>
            {body}
            <button type="button" class="source-panel-close" id=CLOSE_ID on:click=move |_| close()>
                {tr(Msg::WhyClose)}
            </button>
        </div>
    }
}
