//! The only place that touches browser storage. A value that cannot be
//! read (missing, corrupted, storage disabled) falls back to the default; a
//! stored list that cannot be read is backed up before anything is written
//! over it, so nothing the user saved is lost.
//!
//! This is `web_sys`'s `Storage`, reached without a panic, rather than
//! `gloo-storage`: every call of that crate goes through
//! `LocalStorage::raw()`, which throws where storage is disabled (some
//! private modes), and it stores values as JSON, so the raw texts already
//! stored in users' browsers (the language "da", the link codes) would no
//! longer read.

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
