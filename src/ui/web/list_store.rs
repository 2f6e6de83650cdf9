//! A stored list of named scenarios (the saved scenarios, or the board's
//! participants) as a signal: every change is written to storage at once.

use leptos::prelude::*;

use crate::model::codec::scenario_list::ScenarioList;

use crate::text::list::list_error_msg;
use crate::text::messages::Msg;
use crate::ui::web::storage::{self, Key, ListProblem};

/// A stored list and what went wrong reading it, if anything.
#[derive(Clone, Copy)]
pub struct ListStore {
    key: Key,
    /// The list as stored.
    pub list: RwSignal<ScenarioList>,
    /// Set when the stored text could not be read (it was backed up).
    pub problem: RwSignal<Option<ListProblem>>,
}

impl ListStore {
    /// Reads the list stored under `key` (empty if none or unreadable).
    pub fn load(key: Key) -> ListStore {
        let (list, problem) = storage::load_list(key);
        ListStore {
            key,
            list: RwSignal::new(list),
            problem: RwSignal::new(problem),
        }
    }

    /// Adds a named scenario and stores the list; the error is the message
    /// to show: why the list refused it, or that the browser refused to
    /// store it.
    pub fn add(&self, name: &str, code: &str) -> Result<(), Msg> {
        let mut added = Ok(0);
        let stored = self.modify(|l| added = l.add(name, code));
        match (added, stored) {
            (Err(e), _) => Err(list_error_msg(&e)),
            (Ok(_), false) => Err(Msg::StorageRefused),
            (Ok(_), true) => Ok(()),
        }
    }

    /// Changes the list and stores it; false if the browser refused to
    /// store it, or if the stored text could not be read nor backed up (it
    /// is never written over): the change still shows until the page is
    /// reloaded.
    pub fn modify(&self, f: impl FnOnce(&mut ScenarioList)) -> bool {
        self.list.update(f);
        let kept = self
            .problem
            .with_untracked(|p| matches!(p, Some(ListProblem::CorruptKept { .. })));
        !kept
            && self
                .list
                .with_untracked(|l| storage::save_list(self.key, l))
    }
}
