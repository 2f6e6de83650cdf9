//! The five lenses: VIVE's approaches as cards. A tap applies the approach's
//! preset (weights and levers) and a note says in one sentence what changed.
//! Term buttons under the intro explain VIVE, an approach and a lever.

use leptos::prelude::*;

use crate::model::analysis::lens::{changes, presets};
use crate::model::ids::TermId;

use crate::text::messages::{text, Msg};
use crate::text::names;
use crate::ui::explorer_state::{use_explorer, LensNote};
use crate::ui::state::{tr, use_content, use_lang};
use crate::ui::widgets::term_button::TermRow;

/// The lens cards and the note on the last one applied.
#[component]
pub fn LensBar() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let content = use_content();
    let ds = ex.data.get_untracked();
    let cards = presets(&ds)
        .into_iter()
        .map(|(id, preset)| {
            let name = content
                .approaches
                .approaches
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.name.clone());
            let claim = ds.approach(id).map(|a| a.claim.clone());
            let pressed = {
                let preset = preset.clone();
                move || ex.scenario.with(|s| s.same_choices(&preset)).to_string()
            };
            let apply = move |_| {
                let before = ex.scenario.get_untracked();
                ex.lens.set(Some(LensNote {
                    approach: id,
                    changes: changes(&before, &preset),
                }));
                let mut next = preset.clone();
                if before.has_own_name() {
                    next.name = before.name.clone();
                }
                ex.scenario.set(next);
            };
            let name_text = {
                let name = name.clone();
                move || {
                    name.as_ref()
                        .map(|n| n.get(lang.get()).to_string())
                        .unwrap_or_default()
                }
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="lens"
                        data-lens=id.as_str()
                        aria-pressed=pressed
                        on:click=apply
                    >
                        <span class="lens-name">{name_text}</span>
                        <span class="lens-claim">
                            {move || claim.as_ref().map(|c| c.get(lang.get()).to_string())}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();

    let note = move || {
        let l = lang.get();
        ex.lens.with(|note| {
            note.as_ref().map(|n| {
                let name = content
                    .approaches
                    .approaches
                    .iter()
                    .find(|a| a.id == n.approach)
                    .map(|a| a.name.get(l).to_string())
                    .unwrap_or_default();
                let list = if n.changes.is_empty() {
                    text(Msg::LensNothing, l).to_string()
                } else {
                    let items: Vec<String> =
                        n.changes.iter().map(|c| names::change(&ds, c, l)).collect();
                    format!("{}: {}.", text(Msg::LensChanged, l), items.join("; "))
                };
                let claim = ds
                    .approach(n.approach)
                    .map(|a| a.claim.get(l).to_string())
                    .unwrap_or_default();
                format!("{}: {name}. {claim} {list}", text(Msg::LensApplied, l))
            })
        })
    };

    view! {
        <section class="lenses" aria-labelledby="lenses-heading">
            <h2 id="lenses-heading">{tr(Msg::LensesHeading)}</h2>
            <p class="intro">{tr(Msg::LensesIntro)}</p>
            <TermRow terms=vec![TermId::Vive, TermId::Approach, TermId::Lever]/>
            <ul class="lens-list">{cards}</ul>
            <p class="lens-note" role="status" aria-live="polite">{note}</p>
        </section>
    }
}
