//! (being written)

/// Registers the offline service worker (being written).
pub fn register() {}
