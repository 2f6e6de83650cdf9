//! The only place that touches the URL and browser storage. A value that
//! cannot be read (missing, corrupted, storage disabled) falls back to the
//! default; a stored list that cannot be read is backed up before anything
//! is written over it, so nothing the user saved is lost.

use crate::model::codec::link;
use crate::model::codec::scenario_list::ScenarioList;
use crate::model::data::localized::Lang;

/// Every local-storage key the app uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The chosen language: "da" or "en".
    Lang,
    /// The user's saved scenarios (a [`ScenarioList`]).
    Saved,
    /// The facilitator board's participants (a [`ScenarioList`]).
    Board,
    /// The link code of the last scenario that was valid, to reopen when a
    /// link is broken.
    LastGood,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Lang => "prioritet.lang",
            Key::Saved => "prioritet.saved",
            Key::Board => "prioritet.board",
            Key::LastGood => "prioritet.last",
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read(key: Key) -> Option<String> {
    storage()?.get_item(key.name()).ok().flatten()
}

fn write(key: Key, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key.name(), value).is_ok())
}

/// The app's views, addressed by the URL's hash so a link and back/forward
/// keep the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The explorer (`#prioriter`, and the default).
    Explorer,
    /// Scenarios side by side (`#sammenlign`).
    Compare,
    /// The facilitator's workshop board (`#tavle`).
    Board,
    /// The municipality's own numbers: import and cockpit (`#kommune`).
    Cockpit,
    /// The background texts and figures (`#baggrund`).
    Background,
    /// The printable decision memo (`#notat`).
    Memo,
}

impl View {
    /// Every view, in the navigation's order (the memo is reached by its
    /// button, not the navigation).
    pub const ALL: [View; 6] = [
        View::Explorer,
        View::Compare,
        View::Board,
        View::Cockpit,
        View::Background,
        View::Memo,
    ];

    /// The view's name in the URL's hash.
    pub fn slug(self) -> &'static str {
        match self {
            View::Explorer => "prioriter",
            View::Compare => "sammenlign",
            View::Board => "tavle",
            View::Cockpit => "kommune",
            View::Background => "baggrund",
            View::Memo => "notat",
        }
    }

    fn from_slug(slug: &str) -> View {
        View::ALL
            .into_iter()
            .find(|v| v.slug() == slug)
            .unwrap_or(View::Explorer)
    }
}

/// What the URL says: the view, and the state's link code if it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlState {
    /// The view named by the hash (the explorer for anything unknown).
    pub view: View,
    /// The link code after `?s=`, if any.
    pub code: Option<String>,
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Reads the view and the state's code from the URL's hash.
pub fn load_url() -> UrlState {
    url_state(&current_hash())
}

/// The view and the state's code of a full address or a hash (the part
/// after `#`; none means the explorer).
pub fn url_state(url: &str) -> UrlState {
    let hash = url.find('#').map_or("", |i| &url[i..]);
    let (slug, code) = link::split_hash(hash);
    UrlState {
        view: View::from_slug(slug),
        code: code.map(str::to_string),
    }
}

/// Writes the state's code into the current history entry without a new one
/// (a slider must not flood the history), keeping the view its address names.
pub fn replace_code(code: &str) {
    let now = current_hash();
    let hash = link::hash_for(url_state(&now).view.slug(), code);
    if now == hash {
        return;
    }
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
    }
}

/// Goes to a view with a history entry, so back returns to where the user
/// was, with the state they had there.
pub fn push_url(view: View, code: &str) {
    let hash = link::hash_for(view.slug(), code);
    if current_hash() != hash {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&hash);
        }
    }
}

/// The full address that opens this state in the explorer, for sharing.
pub fn share_url(code: &str) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return link::hash_for(View::Explorer.slug(), code);
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!(
        "{origin}{path}{}",
        link::hash_for(View::Explorer.slug(), code)
    )
}

/// The stored language, or Danish when none (or garbage) is stored.
pub fn load_lang() -> Lang {
    match read(Key::Lang).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Da,
    }
}

/// Remembers the language; failure (private mode, full storage) is harmless.
pub fn save_lang(lang: Lang) {
    write(Key::Lang, lang.code());
}

/// The code of the last valid state, if one was stored.
pub fn load_last_good() -> Option<String> {
    read(Key::LastGood)
}

/// Remembers the current valid state's code.
pub fn save_last_good(code: &str) {
    if read(Key::LastGood).as_deref() != Some(code) {
        write(Key::LastGood, code);
    }
}

/// Why a stored list could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListProblem {
    /// The stored text could not be read; it was copied to `backup_key`.
    Corrupt {
        /// The storage key holding the unreadable text, untouched.
        backup_key: String,
    },
}

/// A stored list (saved scenarios or the board), or an empty one. When the
/// stored text is unreadable it is copied to a backup key first, so saving
/// the new list cannot destroy it.
pub fn load_list(key: Key) -> (ScenarioList, Option<ListProblem>) {
    let Some(text) = read(key) else {
        return (ScenarioList::default(), None);
    };
    match ScenarioList::from_json(&text) {
        Ok(list) => (list, None),
        Err(_) => {
            let backup_key = format!("{}.backup", key.name());
            if let Some(s) = storage() {
                if s.get_item(&backup_key).ok().flatten().is_none() {
                    let _ = s.set_item(&backup_key, &text);
                }
            }
            (
                ScenarioList::default(),
                Some(ListProblem::Corrupt { backup_key }),
            )
        }
    }
}

/// Stores a list; false if the browser refused (private mode, quota).
pub fn save_list(key: Key, list: &ScenarioList) -> bool {
    write(key, &list.to_json())
}
