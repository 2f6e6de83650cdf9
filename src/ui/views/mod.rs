//! One component per page of the app: the explorer, the background, compare, the workshop board, own numbers (cockpit), the decision memo and the warm-up "Find dine prioriteter".

pub(crate) mod background;
pub(crate) mod board;
pub(crate) mod cockpit;
pub(crate) mod compare;
pub(crate) mod explorer;
pub(crate) mod memo;
pub(crate) mod split;
pub(crate) mod warmup;
