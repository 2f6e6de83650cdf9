//! The browser UI (wasm only). Components read model results and send user
//! intent; they hold no arithmetic of their own.

mod app;
mod approaches_table;
mod background_page;
mod canvas;
mod chart_panel;
mod chart_table;
mod control_foot;
mod explorer;
mod explorer_state;
mod i18n;
mod key_numbers;
mod lang_switch;
mod lens_bar;
mod lever_panel;
mod names;
mod persist;
mod priority_sliders;
mod range_slider;
mod recipients_figure;
mod recommendation_card;
mod recommendation_list;
mod service_worker;
mod source_line;
mod state;
mod switch_control;
mod why_button;

/// Mounts the app on the page's body.
pub fn mount() {
    service_worker::register();
    leptos::mount::mount_to_body(app::App);
}
