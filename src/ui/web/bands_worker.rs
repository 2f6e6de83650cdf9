//! The bands worker: the page's own wasm, instantiated a second time in a
//! module worker (`bands-worker.js`, beside `index.html`), computes the
//! p10–p90 bands, so no input waits for the 1,000 draws. The worker is
//! handed the module the page compiled and the URL of its glue, so the
//! wasm is neither downloaded nor compiled a second time; then jobs and
//! replies travel as lines of text ([`crate::model::codec::bands_job`]).
//!
//! Where a piece is missing (no module workers, a worker that fails to
//! start or dies), [`start`] or the reply says so and the page computes
//! the bands itself, as it did before the worker. Everything goes through
//! fallible calls, so a missing API can never panic.

use std::cell::RefCell;

use leptos::prelude::document;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::js_sys::{Object, Reflect};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::model::codec::bands_job::BandsRunner;
use crate::model::DataSet;

/// The worker's script, relative to the page.
const SCRIPT: &str = "./bands-worker.js";

/// The running worker and the handlers it calls.
struct Live {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    /// The page's worker, while it works.
    static LIVE: RefCell<Option<Live>> = const { RefCell::new(None) };
    /// In the worker: the runner that keeps the data sets between jobs.
    static RUNNER: RefCell<BandsRunner> = RefCell::new(BandsRunner::new(DataSet::builtin));
}

/// Whether this wasm runs in a page (not in the bands worker).
pub fn in_page() -> bool {
    web_sys::window().is_some()
}

/// Starts the worker; `on_reply` gets each reply's text, or `None` when
/// the worker failed (it is then stopped, and the page computes the bands
/// itself). Returns whether the worker was started.
pub fn start(on_reply: impl Fn(Option<String>) + 'static) -> bool {
    stop();
    let started = try_start(on_reply);
    if let Some(live) = started {
        LIVE.with(|l| *l.borrow_mut() = Some(live));
        true
    } else {
        false
    }
}

/// Sends a job's text to the worker; `false` when there is no worker (the
/// page then computes the bands itself).
pub fn post(job: &str) -> bool {
    LIVE.with(|l| {
        l.borrow()
            .as_ref()
            .is_some_and(|live| live.worker.post_message(&JsValue::from_str(job)).is_ok())
    })
}

/// Stops the worker, if one runs (after a failure, or before another
/// starts).
fn stop() {
    if let Some(live) = LIVE.with(|l| l.borrow_mut().take()) {
        live.worker.terminate();
    }
}

fn try_start(on_reply: impl Fn(Option<String>) + 'static) -> Option<Live> {
    let glue = glue_url()?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(SCRIPT, &options).ok()?;
    let on_reply = std::rc::Rc::new(on_reply);
    let reply = on_reply.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let text = e.data().as_string();
        if text.is_none() {
            stop();
        }
        reply(text);
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        stop();
        on_reply(None);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let start = Object::new();
    Reflect::set(&start, &"glue".into(), &JsValue::from_str(&glue)).ok()?;
    Reflect::set(&start, &"module".into(), &wasm_bindgen::module()).ok()?;
    worker.post_message(&start).ok()?;
    Some(Live {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The absolute URL of the wasm's JS glue: the page's module preload
/// (Trunk writes it, and the build keeps it).
fn glue_url() -> Option<String> {
    let link = document()
        .query_selector("link[rel=modulepreload]")
        .ok()??;
    Reflect::get(&link, &"href".into()).ok()?.as_string()
}

/// In the worker: runs one bands job (its text) and returns the reply (its
/// text). Called by `bands-worker.js`.
#[wasm_bindgen]
pub fn bands_job(job: &str) -> String {
    RUNNER.with(|r| r.borrow_mut().run(job))
}
