//! Charts
