//! The browser's clock.

/// Today's date in UTC as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect()
}
