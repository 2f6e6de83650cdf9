//! The only place that touches the address bar and the history: the app's
//! views by their hash (`#prioriter?s=<code>`), reading the address,
//! rewriting it without a history entry, going to a view with one, and the
//! full address to share.

use crate::model::codec::link;

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
    /// The warm-up "Find dine prioriteter" (`#find-prioriteter`).
    Warmup,
}

impl View {
    /// Every view, in the navigation's order (the memo and the warm-up are
    /// reached by their buttons, not the navigation).
    pub const ALL: [View; 7] = [
        View::Explorer,
        View::Compare,
        View::Board,
        View::Cockpit,
        View::Background,
        View::Memo,
        View::Warmup,
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
            View::Warmup => "find-prioriteter",
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
