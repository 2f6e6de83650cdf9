//! The browser UI (wasm only). Components read model results and send user
//! intent; they hold no arithmetic of their own.

mod app;
mod approaches_table;
mod background_page;
mod board_view;
mod canvas;
mod chart_panel;
mod chart_table;
mod cockpit_table;
mod cockpit_view;
mod compare_view;
mod control_foot;
mod download;
mod explorer;
mod explorer_state;
mod export_panel;
mod i18n;
mod import_panel;
mod key_numbers;
mod lang_switch;
mod lens_bar;
mod lever_panel;
mod list_problem_note;
mod list_store;
mod memo_view;
mod names;
mod notice;
mod persist;
mod priority_sliders;
mod qr_image;
mod range_slider;
mod recipients_figure;
mod recommendation_card;
mod recommendation_list;
mod saved_panel;
mod scenario_bar;
mod service_worker;
mod share_panel;
mod source_line;
mod state;
mod switch_control;
mod url_sync;
mod why_button;

/// Mounts the app on the page's body.
pub fn mount() {
    service_worker::register();
    leptos::mount::mount_to_body(app::App);
}
