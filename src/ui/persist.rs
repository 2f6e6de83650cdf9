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
