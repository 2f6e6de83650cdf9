//! The only code that touches browser APIs: the address and history
//! (`address`), storage (`storage`, `list_store`), canvas size (`canvas`),
//! files the user picks or drops (`files`), files of the site fetched on
//! demand (`fetch`), downloads, the clipboard, the clock, small reads and
//! actions on elements (`dom`), the service worker and the bands worker.

pub(crate) mod address;
pub(crate) mod bands_worker;
pub(crate) mod canvas;
pub(crate) mod clipboard;
pub(crate) mod clock;
pub(crate) mod dom;
pub(crate) mod download;
pub(crate) mod fetch;
pub(crate) mod files;
pub(crate) mod list_store;
pub(crate) mod service_worker;
pub(crate) mod storage;
