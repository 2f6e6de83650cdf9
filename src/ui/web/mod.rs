//! The only code that touches browser APIs: the address and history
//! (`address`), storage (`storage`, `list_store`), canvas size (`canvas`),
//! files the user picks or drops (`files`), downloads and the service
//! worker.

pub(crate) mod address;
pub(crate) mod canvas;
pub(crate) mod download;
pub(crate) mod files;
pub(crate) mod list_store;
pub(crate) mod service_worker;
pub(crate) mod storage;
