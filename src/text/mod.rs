//! Every user-facing word, in Danish and English: the message table
//! (`messages`), the reader's names for model ids (`names`), a municipal
//! file's problems (`import`), the Statistikbanken import's
//! labels and problems (`statbank`), a list's refusals (`list`), numbers as
//! people read them (`format`), the warm-up "Find dine prioriteter"
//! (`pairwise`) and the cells of the compare and board
//! tables (`cells`). Pure, so `cargo test` checks it natively.

pub mod cells;
pub mod format;
pub mod import;
pub mod list;
pub mod messages;
pub mod names;
pub mod pairwise;
pub mod statbank;
