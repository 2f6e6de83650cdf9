//! The browser UI (wasm only). Components read model results and send user
//! intent; they hold no arithmetic of their own.

mod app;
mod approaches_table;
mod canvas;
mod i18n;
mod lang_switch;
mod persist;
mod recipients_figure;
mod recommendation_card;
mod recommendation_list;
mod source_line;
mod state;

/// Mounts the app on the page's body.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
