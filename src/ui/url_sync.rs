//! Keeps the URL and the explorer's state in step: the state opens from the
//! URL at start-up (or, after a broken link, from the last valid state), every
//! change is written back a moment after the last input, and back/forward
//! restore the state the entry had.
//!
//! The view changes only together with the address (a view link pushes an
//! entry, back/forward and edited addresses are read from it), so the
//! deferred write after an input changes only the state's code and keeps the
//! view the address names when it runs. A write that named the view of the
//! moment it was scheduled could land just after a back or forward, before
//! its `hashchange`, and turn that entry into a copy of the one just left:
//! the next forward or back would then go nowhere.

use leptos::ev;
use leptos::prelude::*;

use crate::model::codec::link::{self, LinkError, LinkState, Opened};
use crate::model::DataSet;

use crate::text::messages::Msg;
use crate::ui::explorer_state::ExplorerState;
use crate::ui::explorer_state::Notice;
use crate::ui::web::address::{self, View};
use crate::ui::web::storage;

/// The notice for a link that cannot be opened.
pub fn link_notice(e: &LinkError, then: Option<Msg>) -> Notice {
    let (what, detail) = match e {
        LinkError::Empty => (Msg::LinkEmpty, None),
        LinkError::NoVersion => (Msg::LinkMalformed, None),
        LinkError::NewerVersion(_) => (Msg::LinkNewer, None),
        LinkError::Corrupt(_) | LinkError::Damaged | LinkError::NotJson(_) => {
            (Msg::LinkCorrupt, None)
        }
        LinkError::TooLarge => (Msg::LinkTooLarge, None),
        LinkError::Invalid(m) => (Msg::LinkInvalid, Some(m.to_string())),
        LinkError::UnknownChart(c) => (Msg::LinkUnknownChart, Some(c.clone())),
    };
    Notice { what, detail, then }
}

/// Puts a decoded link's state on screen.
pub fn apply(ex: ExplorerState, state: LinkState) {
    ex.lens.set(None);
    ex.scenario.set(state.scenario);
    if let Some(kind) = state.chart {
        ex.chart.set(kind);
    }
}

/// The notice for a link whose ceiling was below the lowest possible one
/// and has been raised to it, if it was.
pub fn opened_notice(opened: &Opened) -> Option<Notice> {
    opened.ceiling_raised_from.map(|_| Notice {
        what: Msg::LinkCeilingRaised,
        detail: None,
        then: Some(Msg::CeilingBelowMinimum),
    })
}

/// Puts an opened link's state on screen, with a notice if it had to
/// change.
pub fn apply_opened(ex: ExplorerState, opened: Opened) {
    if let Some(notice) = opened_notice(&opened) {
        ex.notice.set(Some(notice));
    }
    apply(ex, opened.state);
}

/// What the address opens the app with.
pub struct Opening {
    /// The view its hash names.
    pub view: View,
    /// The state to show: the link's, or for a broken link the last good
    /// one; none for the defaults.
    pub state: Option<LinkState>,
    /// Why a link could not be opened, and what was opened instead.
    pub notice: Option<Notice>,
}

/// Reads the address the app was opened with, checked against `ds`: the
/// explorer state starts from it, so nothing is shown (or written back)
/// before the link's own state.
pub fn opening(ds: &DataSet) -> Opening {
    let url = address::load_url();
    let mut opening = Opening {
        view: url.view,
        state: None,
        notice: None,
    };
    if let Some(code) = url.code {
        match link::open(&code, ds) {
            Ok(opened) => {
                opening.notice = opened_notice(&opened);
                opening.state = Some(opened.state);
            }
            Err(e) => {
                let last = storage::load_last_good().and_then(|c| link::decode(&c, ds).ok());
                let then = if last.is_some() {
                    Msg::LinkOpenedLast
                } else {
                    Msg::LinkOpenedDefault
                };
                opening.state = last;
                opening.notice = Some(link_notice(&e, Some(then)));
            }
        }
    }
    opening
}

/// Keeps URL and state in step from now on. `view` is the view signal of
/// the shell.
pub fn start(ex: ExplorerState, view: RwSignal<View>) {
    // The address and the last good state follow the code, which follows
    // the state a moment after the last input (a slider must not flood the
    // history).
    Effect::new(move |_| {
        let code = ex.code.get();
        address::replace_code(&code);
        if ex.central.with_untracked(Result::is_ok) {
            storage::save_last_good(&code);
        }
    });

    // Back/forward and edited addresses: restore that entry's view and state.
    let handle = window_event_listener(ev::hashchange, move |e| {
        // The address navigated to, even if a pending rewrite of the old
        // entry ran just before this event.
        let url = address::url_state(&e.new_url());
        view.set(url.view);
        if let Some(code) = url.code {
            if code != ex.code_now() {
                // Checked against the data set in use now (a municipality's
                // own figures have their own lever ranges).
                match link::open(&code, &ex.data.get_untracked()) {
                    Ok(opened) => apply_opened(ex, opened),
                    Err(e) => ex.notice.set(Some(link_notice(&e, None))),
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// Goes to `v` with a history entry that keeps the current state.
pub fn go(ex: ExplorerState, view: RwSignal<View>, v: View) {
    let code = ex.code_now();
    // The entry being left keeps the state as it is now, even within the
    // quiet time after an input.
    address::replace_code(&code);
    address::push_url(v, &code);
    view.set(v);
}
