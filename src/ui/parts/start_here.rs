//! "Start her": the first-visit card at the top of the explorer. One plain
//! sentence on what the room is for and three steps (pick a lens or begin
//! from "uden ændringer", move a priority or a lever, watch the figures and
//! the glance's small chart change). "Forstået" hides it for good (stored);
//! a small "Start her" button in the lens column's corner shows it again.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::state::tr;
use crate::ui::web::{dom, storage};

const SHOW_ID: &str = "start-here-show";
const HEADING_ID: &str = "start-here-heading";

/// The first-visit card, or the button that brings it back.
#[component]
pub fn StartHere() -> impl IntoView {
    let hidden = RwSignal::new(storage::load_start_here_hidden());
    let set = move |hide: bool, focus: &'static str| {
        hidden.set(hide);
        storage::save_start_here_hidden(hide);
        request_animation_frame(move || dom::focus_by_id(focus));
    };
    view! {
        <section
            class="start-here"
            aria-labelledby=HEADING_ID
            hidden=move || hidden.get()
        >
            <h2 id=HEADING_ID tabindex="-1">{tr(Msg::StartHere)}</h2>
            <p>{tr(Msg::StartHereIntro)}</p>
            <ol class="start-steps">
                <li>{tr(Msg::StartHereStep1)}</li>
                <li>{tr(Msg::StartHereStep2)}</li>
                <li>{tr(Msg::StartHereStep3)}</li>
            </ol>
            <button
                type="button"
                class="start-here-done"
                on:click=move |_| set(true, SHOW_ID)
            >
                {tr(Msg::StartHereDone)}
            </button>
        </section>
        <div class="start-here-again" hidden=move || !hidden.get()>
            <button
                type="button"
                class="link-button"
                id=SHOW_ID
                aria-label=tr(Msg::StartHereShow)
                on:click=move |_| set(false, HEADING_ID)
            >
                {tr(Msg::StartHere)}
            </button>
        </div>
    }
}
