//! Small reads and actions on the page's elements for the views' event
//! handlers, so the views need not cast event targets themselves; and
//! removing the static start-up shell once the app is mounted.

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
