//! Texts and figures shown on the first page.
