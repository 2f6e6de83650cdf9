//! Small reads and actions on the page's elements for the views' event
//! handlers, so the views need not cast event targets themselves;
//! removing the static start-up shell once the app is mounted; and work
//! put off until the first screen has been painted.

use leptos::ev::{Event, FocusEvent};
use leptos::prelude::{document, event_target, window};
use web_sys::{HtmlDetailsElement, HtmlInputElement};

/// Selects the whole text of the `<input>` that `e` (its `focus`) came
/// from, so it can be copied at once.
pub fn select_target_text(e: &FocusEvent) {
    event_target::<HtmlInputElement>(e).select();
}

/// Whether the `<details>` that fired `e` (its `toggle`) is now open.
pub fn details_open(e: &Event) -> bool {
    event_target::<HtmlDetailsElement>(e).open()
}

/// Opens the browser's print dialog for the page; a browser that refuses
/// does nothing.
pub fn print_page() {
    let _ = window().print();
}

/// Removes the static shell `index.html` shows before the app starts (its
/// name, one plain sentence and a loading line), once the app is there.
pub fn remove_boot_shell() {
    if let Some(shell) = document().get_element_by_id("boot") {
        shell.remove();
    }
}

/// Runs `f` once the page's next frame has been painted: in a task queued
/// from that frame's animation callback, so the frame's style, layout and
/// paint come first. Start-up uses it for what the first screen does not
/// show.
pub fn after_first_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    });
}

/// Moves the keyboard focus to the element with this id, if it is there
/// and can take focus.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
