//! Registers the offline service worker, `sw.js`, which the build writes from
//! `public/sw.js` (see `scripts/sw-manifest.mjs`). Where the browser has no
//! service workers (plain http on a host other than localhost, some private
//! modes) or registration fails, nothing happens and the app works online as
//! before. Everything goes through fallible `Reflect` and `Function::call`
//! look-ups, so a missing API can never panic.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Reflect};

/// The worker's URL, relative to the page, so the site can live under a sub-path.
const SCRIPT: &str = "./sw.js";

/// Registers the offline service worker when the browser supports it; any
/// failure is ignored quietly.
pub fn register() {
    let _ = try_register();
}

/// `navigator.serviceWorker.register(SCRIPT).catch(() => {})`, or `None` at
/// the first missing piece.
fn try_register() -> Option<()> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let container = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    if !container.is_object() {
        return None;
    }
    let promise = method(&container, "register")?
        .call1(&container, &JsValue::from_str(SCRIPT))
        .ok()?;
    // Swallow a rejection, so a failed registration is not reported as an
    // unhandled error. The closure is freed by the JS garbage collector.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {}).into_js_value();
    method(&promise, "catch")?.call1(&promise, &ignore).ok()?;
    Some(())
}

/// The function `object[name]`, if there is one.
fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}
