//! Small reusable controls and wrappers: parts built after the first paint, a range slider, a switch, a drop zone for files, the "Hvorfor?" button, notices, the QR image, the language switch, a page fetched when first opened, source lines, status marks and the source panel they open, and the term buttons that explain a word of the glossary in place.

pub(crate) mod after_first_paint;
pub(crate) mod control_foot;
pub(crate) mod drop_zone;
pub(crate) mod lang_switch;
pub(crate) mod lazy_page;
pub(crate) mod notice;
pub(crate) mod qr_image;
pub(crate) mod range_slider;
pub(crate) mod source_line;
pub(crate) mod source_panel;
pub(crate) mod status_mark;
pub(crate) mod switch_control;
pub(crate) mod term_button;
pub(crate) mod why_button;
