//! One component per page of the app: the explorer, the background, compare, the workshop board, own numbers (cockpit) and the decision memo.

pub(crate) mod background;
pub(crate) mod board;
pub(crate) mod cockpit;
pub(crate) mod compare;
pub(crate) mod explorer;
pub(crate) mod memo;
