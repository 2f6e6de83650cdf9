//! Every user-facing word, in Danish and English: the message table
//! (`messages`), the reader's names for model ids (`names`), a municipal
//! file's problems (`import`), a list's refusals (`list`) and numbers as
//! people read them (`format`). Pure, so `cargo test` checks it natively.

pub mod format;
pub mod import;
pub mod list;
pub mod messages;
pub mod names;
