//! A list of named scenarios, each stored by its link code: the user's saved
//! scenarios, and a facilitator board's participants. The UI keeps it as
//! JSON in local storage (`ui/web/storage.rs`); this module is the pure list
//! with its limits, its operations (add, rename, remove and undo) and its
//! versioned JSON. A stored list that cannot be read is an error, never an
//! empty list, so the UI can keep the stored text instead of overwriting it.
//! Every refusal is its own [`ListError`] variant, so the UI can say what
//! went wrong (the list is full, the name is too long, ...) in its own words.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::codec::link::{self, is_code_shaped, LinkError, MAX_CODE_LEN};
use crate::model::data::dataset::DataSet;
use crate::model::data::input::{parse_json, JsonError};
use crate::model::error::ModelError;
use crate::model::scenario::{name_problem, NameProblem};

use crate::model::scenario::MAX_NAME_CHARS;

/// The list format version this build reads and writes.
pub const LIST_VERSION: u32 = 1;

/// Most entries a list holds (saved scenarios, or a board's participants).
pub const MAX_ENTRIES: usize = 200;

/// One named scenario, stored by its link code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The name the user gave it (for a board: the participant or group),
    /// at most [`MAX_NAME_CHARS`] characters. Free text, shown as text,
    /// never as markup.
    pub name: String,
    /// The scenario's link code (see [`crate::model::codec::link::encode`]), at most
    /// [`MAX_CODE_LEN`] bytes. A key given twice is refused
    /// ([`ListError::Corrupt`] naming its path), never "the last one wins".
    pub code: String,
}

/// A list of named scenarios (saved scenarios, or a board's participants),
/// in the user's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioList {
    /// Format version; [`LIST_VERSION`].
    pub version: u32,
    /// The entries, at most [`MAX_ENTRIES`].
    pub entries: Vec<Entry>,
}

/// Why a stored list cannot be read, or why an entry cannot be added,
/// renamed or put back. Each refusal is its own variant, so the UI can word
/// each one; `Display` gives an English message for logs. The index is the
/// entry's place in the list (for an entry being added: the place it would
/// have taken).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListError {
    /// Reading: the stored text is not a list: not JSON, a key given twice,
    /// or not the list's shape. The message names the place (e.g.
    /// `entries[3].code: invalid type`).
    Corrupt(String),
    /// Reading: the stored list has another format version (e.g. from a
    /// newer app).
    UnsupportedVersion(u64),
    /// Reading: the stored list has more than [`MAX_ENTRIES`] entries (this
    /// many).
    TooManyEntries(usize),
    /// The entry's name is longer than [`MAX_NAME_CHARS`] characters (a
    /// stored entry, or the name given to add or rename one).
    NameTooLong(usize),
    /// Adding or renaming: the name holds a control character (a line
    /// break, a tab); such names are refused, not stripped.
    NameHasControl(usize),
    /// The entry's code is longer than [`MAX_CODE_LEN`] (a stored entry, or
    /// the one being added).
    CodeTooLong(usize),
    /// Adding: the code does not have a link code's shape (a version, a dot
    /// and base64url), so it could never open.
    NotACode(usize),
    /// Renaming: the list has no entry at this index.
    NoSuchEntry(usize),
    /// Adding or putting back: the list already holds [`MAX_ENTRIES`];
    /// nothing was added.
    Full,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListError::Corrupt(why) => write!(f, "the stored list cannot be read: {why}"),
            ListError::UnsupportedVersion(v) => write!(
                f,
                "the stored list has format version {v}; this build reads version {LIST_VERSION}"
            ),
            ListError::TooManyEntries(n) => write!(
                f,
                "the stored list has {n} entries; at most {MAX_ENTRIES} are allowed"
            ),
            ListError::NameTooLong(i) => write!(
                f,
                "entries[{i}].name is longer than {MAX_NAME_CHARS} characters"
            ),
            ListError::NameHasControl(i) => write!(
                f,
                "entries[{i}].name contains a control character (a line break or tab)"
            ),
            ListError::CodeTooLong(i) => {
                write!(f, "entries[{i}].code is longer than {MAX_CODE_LEN} bytes")
            }
            ListError::NotACode(i) => write!(f, "entries[{i}].code is not a link code"),
            ListError::NoSuchEntry(i) => write!(f, "the list has no entry {i}"),
            ListError::Full => write!(f, "the list is full ({MAX_ENTRIES} entries)"),
        }
    }
}

impl std::error::Error for ListError {}

impl Default for ScenarioList {
    /// An empty list of the current version.
    fn default() -> Self {
        ScenarioList {
            version: LIST_VERSION,
            entries: Vec::new(),
        }
    }
}

/// Why one line of pasted text added nothing to a list.
#[derive(Clone, Debug, PartialEq)]
pub enum PasteProblem {
    /// The line holds no link code.
    NoLink,
    /// The line's link cannot be opened.
    Link(LinkError),
    /// The list refused the link (full, a name it cannot hold).
    List(ListError),
}

/// What a paste did: how many links were added, and each line (numbered
/// from 1) that added nothing, with why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paste {
    /// Links added to the list.
    pub added: usize,
    /// `(line, problem)` for each non-blank line that added nothing.
    pub problems: Vec<(usize, PasteProblem)>,
}

impl ScenarioList {
    /// Adds every link in pasted text (one a line: a full address or a
    /// bare code, as a workshop's participants send them) that opens
    /// against `ds`, named by its scenario's name. Blank lines are passed
    /// over; every other line that adds nothing is reported.
    pub fn add_links(&mut self, text: &str, ds: &DataSet) -> Paste {
        let mut paste = Paste::default();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let outcome = match link::code_in(line) {
                None => Err(PasteProblem::NoLink),
                Some(code) => {
                    link::decode(code, ds)
                        .map_err(PasteProblem::Link)
                        .and_then(|state| {
                            self.add(&state.scenario.name, code)
                                .map_err(PasteProblem::List)
                        })
                }
            };
            match outcome {
                Ok(_) => paste.added += 1,
                Err(problem) => paste.problems.push((i + 1, problem)),
            }
        }
        paste
    }

    /// Reads a stored list. Never panics; any text that is not a list of
    /// this version within the limits is an error saying what is wrong, so
    /// the caller keeps the text rather than overwrite it. It reads every
    /// list an earlier build wrote: names of at most [`MAX_NAME_CHARS`]
    /// characters (whatever they hold) and codes of at most
    /// [`MAX_CODE_LEN`] bytes.
    ///
    /// ```
    /// use prioritet::model::codec::scenario_list::{ListError, ScenarioList};
    ///
    /// let list = ScenarioList::from_json(r#"{"version":1,"entries":[{"name":"A","code":"1.eJyr"}]}"#).unwrap();
    /// assert_eq!(list.entries[0].name, "A");
    /// assert_eq!(ScenarioList::from_json(r#"{"version":2}"#), Err(ListError::UnsupportedVersion(2)));
    /// ```
    pub fn from_json(text: &str) -> Result<ScenarioList, ListError> {
        let value = parse_json(text).map_err(|e| {
            ListError::Corrupt(match e {
                JsonError::DuplicateKey { .. } => ModelError::from(e).to_string(),
                _ => format!("not JSON: {e}"),
            })
        })?;
        match value.get("version").map(serde_json::Value::as_u64) {
            None => return Err(ListError::Corrupt("version: missing".to_string())),
            Some(None) => {
                return Err(ListError::Corrupt(
                    "version: must be a whole number".to_string(),
                ))
            }
            Some(Some(v)) if v != u64::from(LIST_VERSION) => {
                return Err(ListError::UnsupportedVersion(v))
            }
            Some(Some(_)) => {}
        }
        let list: ScenarioList = serde_path_to_error::deserialize(value)
            .map_err(|e| ListError::Corrupt(format!("{}: {}", e.path(), e.inner())))?;
        if list.entries.len() > MAX_ENTRIES {
            return Err(ListError::TooManyEntries(list.entries.len()));
        }
        for (i, entry) in list.entries.iter().enumerate() {
            if entry.name.chars().count() > MAX_NAME_CHARS {
                return Err(ListError::NameTooLong(i));
            }
            if entry.code.len() > MAX_CODE_LEN {
                return Err(ListError::CodeTooLong(i));
            }
        }
        Ok(list)
    }

    /// The list as compact JSON, for storage; [`ScenarioList::from_json`]
    /// reads it back.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Appends a scenario under `name` (surrounding white space trimmed; an
    /// empty name stays empty, the caller supplies any default) and returns
    /// its index. Refused, with nothing changed, when the list is
    /// [`ListError::Full`], the name is too long ([`ListError::NameTooLong`])
    /// or holds a control character ([`ListError::NameHasControl`]), or the
    /// code is too long ([`ListError::CodeTooLong`]) or not a link code
    /// ([`ListError::NotACode`]).
    pub fn add(&mut self, name: &str, code: &str) -> Result<usize, ListError> {
        let entry = Entry {
            name: name.to_string(),
            code: code.to_string(),
        };
        self.insert(self.entries.len(), entry)
    }

    /// Renames the entry at `index` (the name trimmed and checked as in
    /// [`ScenarioList::add`]). Refused with [`ListError::NoSuchEntry`] if
    /// there is no such entry; nothing changes on an error.
    pub fn rename(&mut self, index: usize, name: &str) -> Result<(), ListError> {
        let name = checked_name(name, index)?;
        let entry = self
            .entries
            .get_mut(index)
            .ok_or(ListError::NoSuchEntry(index))?;
        entry.name = name;
        Ok(())
    }

    /// Removes the entry at `index` and returns it, so the UI can offer to
    /// undo with [`ScenarioList::restore`]; `None` if there is no such
    /// entry.
    pub fn remove(&mut self, index: usize) -> Option<Entry> {
        (index < self.entries.len()).then(|| self.entries.remove(index))
    }

    /// Puts a removed entry back at `index` (at the end if the list has
    /// become shorter since) and returns where it went: undo of
    /// [`ScenarioList::remove`]. Refused, like [`ScenarioList::add`], when
    /// the list has filled up meanwhile.
    pub fn restore(&mut self, index: usize, entry: Entry) -> Result<usize, ListError> {
        self.insert(index.min(self.entries.len()), entry)
    }

    /// Inserts `entry` at `index` (at most the length) within the limits.
    fn insert(&mut self, index: usize, entry: Entry) -> Result<usize, ListError> {
        if self.entries.len() >= MAX_ENTRIES {
            return Err(ListError::Full);
        }
        let name = checked_name(&entry.name, index)?;
        if entry.code.len() > MAX_CODE_LEN {
            return Err(ListError::CodeTooLong(index));
        }
        if !is_code_shaped(&entry.code) {
            return Err(ListError::NotACode(index));
        }
        self.entries.insert(
            index,
            Entry {
                name,
                code: entry.code,
            },
        );
        Ok(index)
    }
}

/// `name` trimmed, if it can name the entry at `index`: at most
/// [`MAX_NAME_CHARS`] characters and no control characters.
fn checked_name(name: &str, index: usize) -> Result<String, ListError> {
    let trimmed = name.trim();
    match name_problem(trimmed) {
        None => Ok(trimmed.to_string()),
        Some(NameProblem::TooLong(_)) => Err(ListError::NameTooLong(index)),
        Some(NameProblem::ControlCharacter) => Err(ListError::NameHasControl(index)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_adds_every_link_and_numbers_the_lines_that_add_nothing() {
        let ds = DataSet::builtin();
        let code = link::encode(&link::LinkState {
            scenario: crate::model::Scenario::neutral(),
            chart: None,
        });
        let text = format!("https://x.dk/#prioriter?s={code}\n\nikke et link\n{code}\n2.AAAA\n");
        let mut list = ScenarioList::default();
        let paste = list.add_links(&text, &ds);
        assert_eq!(paste.added, 2);
        assert_eq!(list.entries.len(), 2);
        assert_eq!(paste.problems.len(), 2);
        assert_eq!(paste.problems[0], (3, PasteProblem::NoLink));
        assert!(matches!(paste.problems[1], (5, PasteProblem::Link(_))));
    }

    fn list(names: &[&str]) -> ScenarioList {
        let mut l = ScenarioList::default();
        for (i, name) in names.iter().enumerate() {
            assert_eq!(l.add(name, &format!("1.code{i}")), Ok(i));
        }
        l
    }

    fn names(l: &ScenarioList) -> Vec<&str> {
        l.entries.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn round_trips_through_json() {
        let l = list(&["Forebyggelse", "<b>Ærø</b> & \"co\" 🙂", ""]);
        assert_eq!(ScenarioList::from_json(&l.to_json()), Ok(l.clone()));
        let empty = ScenarioList::default();
        assert_eq!(empty.version, LIST_VERSION);
        assert_eq!(ScenarioList::from_json(&empty.to_json()), Ok(empty));
    }

    #[test]
    fn names_are_trimmed_but_otherwise_verbatim() {
        let mut l = ScenarioList::default();
        l.add("  <script>alert('x')</script>\n", "1.a").unwrap();
        assert_eq!(l.entries[0].name, "<script>alert('x')</script>");
        let longest = "æ".repeat(MAX_NAME_CHARS);
        l.add(&format!(" {longest} "), "1.b").unwrap();
        assert_eq!(l.entries[1].name, longest);
        assert_eq!(l.rename(0, " ny <i>navn</i> "), Ok(()));
        assert_eq!(l.entries[0].name, "ny <i>navn</i>");
        assert_eq!(ScenarioList::from_json(&l.to_json()), Ok(l));
    }

    #[test]
    fn every_refusal_has_its_own_error_and_changes_nothing() {
        let mut l = list(&["a", "b"]);
        let before = l.clone();
        let long = "n".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(l.add(&long, "1.a"), Err(ListError::NameTooLong(2)));
        assert_eq!(l.add("a\tb", "1.a"), Err(ListError::NameHasControl(2)));
        assert_eq!(l.add("a\nb", "1.a"), Err(ListError::NameHasControl(2)));
        assert_eq!(l.add("x", ""), Err(ListError::NotACode(2)));
        assert_eq!(l.add("x", "hello"), Err(ListError::NotACode(2)));
        assert_eq!(l.add("x", "1.abc def"), Err(ListError::NotACode(2)));
        let huge = format!("1.{}", "A".repeat(MAX_CODE_LEN));
        assert_eq!(l.add("x", &huge), Err(ListError::CodeTooLong(2)));
        assert_eq!(l.rename(0, &long), Err(ListError::NameTooLong(0)));
        assert_eq!(l.rename(1, "x\u{7}"), Err(ListError::NameHasControl(1)));
        assert_eq!(l.rename(2, "x"), Err(ListError::NoSuchEntry(2)));
        let e = Entry {
            name: long.clone(),
            code: "1.a".into(),
        };
        assert_eq!(l.restore(0, e), Err(ListError::NameTooLong(0)));
        assert_eq!(l, before);
    }

    #[test]
    fn remove_then_restore_is_undo_at_every_position() {
        let start = list(&["a", "b", "c", "d", "e"]);
        for i in 0..start.entries.len() {
            let mut l = start.clone();
            let entry = l.remove(i).unwrap();
            assert_eq!(entry.name, names(&start)[i]);
            assert_eq!(l.entries.len(), 4);
            assert_eq!(l.restore(i, entry), Ok(i));
            assert_eq!(l, start);
        }
        let mut l = start.clone();
        assert_eq!(l.remove(5), None);
        assert_eq!(l, start);
        // Undo after the list got shorter puts the entry at the end.
        let e = l.remove(1).unwrap();
        l.remove(3);
        l.remove(2);
        assert_eq!(l.restore(4, e), Ok(2));
        assert_eq!(names(&l), ["a", "c", "b"]);
    }

    #[test]
    fn limits_hold() {
        let mut l = ScenarioList::default();
        for i in 0..MAX_ENTRIES {
            assert_eq!(l.add("x", "1.a"), Ok(i));
        }
        assert_eq!(l.add("one more", "1.a"), Err(ListError::Full));
        let e = Entry {
            name: "y".into(),
            code: "1.b".into(),
        };
        assert_eq!(l.restore(0, e), Err(ListError::Full));
        assert_eq!(l.entries.len(), MAX_ENTRIES);
    }

    #[test]
    fn unreadable_lists_are_errors_that_say_why() {
        let corrupt = |text: &str| match ScenarioList::from_json(text) {
            Err(ListError::Corrupt(why)) => why,
            other => panic!("{text}: {other:?}"),
        };
        assert!(corrupt("").starts_with("not JSON"));
        assert!(corrupt("{\"version\":1,").starts_with("not JSON"));
        assert!(corrupt("[1,2]").starts_with("version"));
        assert!(corrupt(r#"{"entries":[]}"#).starts_with("version"));
        assert!(corrupt(r#"{"version":"1","entries":[]}"#).starts_with("version"));
        assert!(corrupt(r#"{"version":1}"#).contains("entries"));
        let why = corrupt(r#"{"version":1,"entries":[{"name":"a","code":"1.a"},{"name":"b"}]}"#);
        assert!(why.starts_with("entries[1]"), "{why}");
        let why = corrupt(r#"{"version":1,"entries":[{"name":"a","code":7}]}"#);
        assert!(why.starts_with("entries[0].code"), "{why}");
        let why = corrupt(r#"{"version":1,"entries":[],"extra":true}"#);
        assert!(why.contains("extra"), "{why}");
        let why = corrupt(r#"{"version":1,"entries":[],"entries":[]}"#);
        assert!(why.starts_with("entries: given twice"), "{why}");
        let why = corrupt(r#"{"version":1,"entries":[{"name":"a","code":"1.a","name":"b"}]}"#);
        assert!(why.starts_with("entries[0].name: given twice"), "{why}");
        assert_eq!(
            ScenarioList::from_json(r#"{"version":2,"entries":[]}"#),
            Err(ListError::UnsupportedVersion(2))
        );
        assert_eq!(
            ScenarioList::from_json(r#"{"version":0,"entries":[]}"#),
            Err(ListError::UnsupportedVersion(0))
        );
        let mut big = list(&[]);
        big.entries = vec![
            Entry {
                name: "x".into(),
                code: "1.a".into()
            };
            MAX_ENTRIES + 1
        ];
        assert_eq!(
            ScenarioList::from_json(&big.to_json()),
            Err(ListError::TooManyEntries(MAX_ENTRIES + 1))
        );
        big.entries.truncate(3);
        big.entries[2].name = "n".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            ScenarioList::from_json(&big.to_json()),
            Err(ListError::NameTooLong(2))
        );
        big.entries[2].name = "n".into();
        big.entries[1].code = "c".repeat(MAX_CODE_LEN + 1);
        assert_eq!(
            ScenarioList::from_json(&big.to_json()),
            Err(ListError::CodeTooLong(1))
        );
        for e in [
            ListError::Corrupt("x".into()),
            ListError::UnsupportedVersion(2),
            ListError::TooManyEntries(201),
            ListError::NameTooLong(1),
            ListError::NameHasControl(1),
            ListError::CodeTooLong(1),
            ListError::NotACode(1),
            ListError::NoSuchEntry(1),
            ListError::Full,
        ] {
            assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn from_json_never_panics_on_mangled_text() {
        let text = list(&["a", "Ærø 🙂", "c"]).to_json();
        for cut in 0..=text.len() {
            if let Some(prefix) = text.get(..cut) {
                let _ = ScenarioList::from_json(prefix);
            }
        }
        for (i, _) in text.char_indices() {
            for c in ['"', '{', ']', '\\', '9', 'x', '\u{0}'] {
                let mut t = text.clone();
                t.insert(i, c);
                let _ = ScenarioList::from_json(&t);
            }
        }
    }
}
