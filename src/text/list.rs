//! The messages for a saved list's or the board's refusals: each kind of
//! [`ListError`] its own words.

use crate::model::codec::scenario_list::ListError;
use crate::text::messages::Msg;

/// The message for a list operation the list refused.
pub fn list_error_msg(e: &ListError) -> Msg {
    match e {
        ListError::Full | ListError::TooManyEntries(_) => Msg::ListFull,
        ListError::NameTooLong(_) => Msg::ListNameTooLong,
        ListError::NameHasControl(_) => Msg::ListNameControl,
        ListError::CodeTooLong(_)
        | ListError::NotACode(_)
        | ListError::NoSuchEntry(_)
        | ListError::Corrupt(_)
        | ListError::UnsupportedVersion(_) => Msg::ListBadCode,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refusals_a_person_can_cause_have_their_own_words() {
        let msgs = [
            list_error_msg(&ListError::Full),
            list_error_msg(&ListError::NameTooLong(81)),
            list_error_msg(&ListError::NameHasControl(3)),
            list_error_msg(&ListError::NotACode(0)),
        ];
        for (i, a) in msgs.iter().enumerate() {
            assert!(msgs[i + 1..].iter().all(|b| b != a), "{a:?}");
        }
    }
}
