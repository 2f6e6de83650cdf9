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
    /// Whether the first-visit card ("Start her") was dismissed: "hidden",
    /// or anything else (missing, corrupted) to show it.
    StartHere,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Lang => "prioritet.lang",
            Key::Saved => "prioritet.saved",
            Key::Board => "prioritet.board",
            Key::LastGood => "prioritet.last",
            Key::StartHere => "prioritet.start",
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

/// Whether the visitor dismissed the first-visit card with "Forstået".
/// Only the exact word "hidden" hides it: a missing or corrupted value
/// shows the card.
pub fn load_start_here_hidden() -> bool {
    read(Key::StartHere).as_deref() == Some("hidden")
}

/// Remembers whether the first-visit card is hidden; failure (private
/// mode, full storage) only means it shows again next time.
pub fn save_start_here_hidden(hidden: bool) {
    write(Key::StartHere, if hidden { "hidden" } else { "shown" });
}

/// Why a stored list could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListProblem {
    /// The stored text could not be read; it was copied, exactly as the
    /// browser held it, to `backup_key` and read back.
    Corrupt {
        /// The storage key holding the copy.
        backup_key: String,
    },
    /// The stored text could not be read and the browser refused a copy
    /// (full storage, private mode): it stays under `key`, and nothing is
    /// written over it while the page is open.
    CorruptKept {
        /// The storage key still holding the unreadable text.
        key: String,
    },
}

/// How many backups of one list are kept; a new one never replaces an
/// older one.
const MAX_BACKUPS: usize = 20;

/// A stored list (saved scenarios or the board), or an empty one. When the
/// stored text is unreadable it is first copied to a free backup key, so
/// saving the new list cannot destroy it; if that fails, the problem says
/// so and [`save_list`] must not be called for this key.
pub fn load_list(key: Key) -> (ScenarioList, Option<ListProblem>) {
    let Some(text) = read(key) else {
        return (ScenarioList::default(), None);
    };
    match ScenarioList::from_json(&text) {
        Ok(list) => (list, None),
        Err(_) => {
            let problem = match storage().and_then(|s| back_up(&s, key.name())) {
                Some(backup_key) => ListProblem::Corrupt { backup_key },
                None => ListProblem::CorruptKept {
                    key: key.name().to_string(),
                },
            };
            (ScenarioList::default(), Some(problem))
        }
    }
}

/// Copies the text under `from`, verbatim as the browser holds it (a lone
/// surrogate included), to the first backup key that is free or already
/// holds the same text, and reads it back. The backup key, or `None` if
/// the browser refused or the copy differs.
fn back_up(s: &web_sys::Storage, from: &str) -> Option<String> {
    let get = js_sys::Reflect::get(s, &"getItem".into()).ok()?;
    let set = js_sys::Reflect::get(s, &"setItem".into()).ok()?;
    let (get, set): (js_sys::Function, js_sys::Function) = (get.into(), set.into());
    let raw = get.call1(s, &from.into()).ok()?;
    if !raw.is_string() {
        return None;
    }
    for n in 1..=MAX_BACKUPS {
        let key = if n == 1 {
            format!("{from}.backup")
        } else {
            format!("{from}.backup.{n}")
        };
        let there = get.call1(s, &key.as_str().into()).ok()?;
        if there == raw {
            return Some(key);
        }
        if !there.is_null() {
            continue;
        }
        set.call2(s, &key.as_str().into(), &raw).ok()?;
        let back = get.call1(s, &key.as_str().into()).ok()?;
        return (back == raw).then_some(key);
    }
    None
}

/// Stores a list; false if the browser refused (private mode, quota).
pub fn save_list(key: Key, list: &ScenarioList) -> bool {
    write(key, &list.to_json())
}
