//! The only code that touches browser APIs: storage, the address and history, canvas size, downloads, the service worker.

pub(crate) mod canvas;
pub(crate) mod download;
pub(crate) mod list_store;
pub(crate) mod persist;
pub(crate) mod service_worker;
pub(crate) mod url_sync;
