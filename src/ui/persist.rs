//! The only place that touches browser storage. A value that cannot be read
//! (missing, corrupted, storage disabled) falls back to the default.

use crate::model::text::Lang;

/// Every local-storage key the app uses.
#[derive(Clone, Copy)]
enum Key {
    /// The chosen language: "da" or "en".
    Lang,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Lang => "prioritet.lang",
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The two views of the app, addressed by the URL's hash so a link and
/// back/forward keep the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The explorer (`#prioriter`, and the default).
    Explorer,
    /// The background texts and figures (`#baggrund`).
    Background,
}

impl View {
    /// The view's URL hash.
    pub fn hash(self) -> &'static str {
        match self {
            View::Explorer => "#prioriter",
            View::Background => "#baggrund",
        }
    }
}

/// The view named by the URL's hash; the explorer for anything else.
pub fn load_view() -> View {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok());
    match hash.as_deref() {
        Some("#baggrund") => View::Background,
        _ => View::Explorer,
    }
}

/// Puts the view in the URL's hash (a history entry per view change).
pub fn save_view(view: View) {
    if load_view() != view {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(view.hash());
        }
    }
}

/// The stored language, or Danish when none (or garbage) is stored.
pub fn load_lang() -> Lang {
    let stored = storage().and_then(|s| s.get_item(Key::Lang.name()).ok().flatten());
    match stored.as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Da,
    }
}

/// Remembers the language; failure (private mode, full storage) is harmless.
pub fn save_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(Key::Lang.name(), lang.code());
    }
}
