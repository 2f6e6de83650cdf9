//! The browser UI (wasm only). Components read model results and send user
//! intent; they hold no arithmetic of their own. Rooms: `views` (one per
//! page of the app), `parts` (the pieces a view is built of), `widgets`
//! (small reusable controls), `web` (the only code that touches browser
//! APIs), the shared state (`state`, `explorer_state`), and `url_sync`, which
//! keeps the explorer state and the address in step.

mod app;
mod explorer_state;
mod parts;
mod state;
mod url_sync;
mod views;
mod web;
mod widgets;

/// Mounts the app on the page's body. In the bands worker, where the same
/// wasm starts too, there is no page: nothing is mounted. The offline
/// service worker is registered once the first screen is painted: its
/// install fetches every file of the app, which should not compete with the
/// first screen.
pub fn mount() {
    if !web::bands_worker::in_page() {
        return;
    }
    leptos::mount::mount_to_body(app::App);
    web::dom::remove_boot_shell();
    web::dom::after_first_paint(web::service_worker::register);
}
