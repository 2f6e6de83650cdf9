//! A stored list of named scenarios (the saved scenarios, or the board's
//! participants) as a signal: every change is written to storage at once.

use leptos::prelude::*;

use crate::model::codec::scenario_list::{ListError, ScenarioList};

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
        self.apply(|l| l.add(name, code)).map(|_| ())
    }

    /// Runs one list operation and stores the list if it succeeds; the
    /// error is the message to show: why the list refused (nothing
    /// changed), or that the browser refused to store it (the change still
    /// shows until the page is reloaded).
    pub fn apply<T>(
        &self,
        f: impl FnOnce(&mut ScenarioList) -> Result<T, ListError>,
    ) -> Result<T, Msg> {
        let mut list = self.list.get_untracked();
        let out = f(&mut list).map_err(|e| list_error_msg(&e))?;
        if self.modify(|l| *l = list) {
            Ok(out)
        } else {
            Err(Msg::StorageRefused)
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
