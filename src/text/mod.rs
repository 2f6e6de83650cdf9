//! Every user-facing word, in Danish and English: the message table
//! (`messages`), the reader's names for model ids (`names`), a municipal
//! file's problems (`import`), the Statistikbanken import's
//! labels and problems (`statbank`), a list's refusals (`list`), numbers as
//! people read them (`format`), the warm-up "Find dine prioriteter"
//! (`pairwise`) and the cells of the compare and board
//! tables (`cells`). Pure, so `cargo test` checks it natively.

/// Declares a message enum, its list `ALL` and its text function from one
/// table of `Name => ("dansk", "English")` rows: the app's table
/// (`messages`) and the warm-up's (`pairwise`) are written with it.
macro_rules! text_table {
    (
        $(#[$emeta:meta])* $enum:ident, $fun:ident;
        $( $(#[$doc:meta])* $name:ident => ($da:expr, $en:expr $(,)?), )+
    ) => {
        $(#[$emeta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum {
            $( $(#[$doc])* $name, )+
        }

        impl $enum {
            /// Every message, in the table's order.
            pub const ALL: &'static [$enum] = &[$($enum::$name),+];
        }

        /// The text of `msg` in `lang`.
        pub fn $fun(msg: $enum, lang: $crate::model::data::localized::Lang) -> &'static str {
            let (da, en) = match msg {
                $( $enum::$name => ($da, $en), )+
            };
            match lang {
                $crate::model::data::localized::Lang::Da => da,
                $crate::model::data::localized::Lang::En => en,
            }
        }
    };
}

pub mod cells;
pub mod format;
pub mod import;
pub mod list;
pub mod messages;
pub mod names;
pub mod pairwise;
pub mod statbank;
