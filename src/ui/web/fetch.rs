//! Fetching a file of the site itself (same origin, a URL relative to the
//! page, so the site works under a sub-path), with `gloo-net`.

use gloo_net::http::Request;

/// Why a fetch gave no text.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchError {
    /// No answer: offline, blocked or aborted; the browser's words.
    Network(String),
    /// The server answered with this HTTP status instead of 2xx.
    Status(u16),
}

/// The text of the file at `url` (relative to the page).
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}
