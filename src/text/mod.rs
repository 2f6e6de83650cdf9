//! Every user-facing word, in Danish and English: the message table
//! (`messages`), the reader's names for model ids (`names`) and numbers as
//! people read them (`format`). Pure, so `cargo test` checks it natively.

pub mod format;
pub mod import;
pub mod messages;
pub mod names;
