#!/usr/bin/env python3
"""Smoke tests of the release build (dist/) in WebKit and Firefox ESR.

The Playwright tests (tests/e2e) run in Chromium only. This script checks the
other two engines with Selenium, against dist/ served on 127.0.0.1:

  WebKit       Debian's WebKitWebDriver driving MiniBrowser (WebKitGTK, the
               engine of Safari), in a virtual X display (xvfb-run);
  Firefox ESR  geckodriver (cargo install geckodriver) driving firefox-esr
               headless.

In each browser:
  1. the page renders the explorer: the static boot shell #boot is gone and
     the key figures have text (a wasm start that fails in WebKit raises no
     error event, so this looks at what is rendered, not at the console);
  2. the Resource Timing API lists the _bg.wasm exactly once (WebKit
     downloaded it twice while dist/index.html had Trunk's
     <link rel="preload" as="fetch">; scripts/wasm-fetch.mjs removes it);
  3. arrow keys on a lever slider change a key figure;
  4. the share link (location.hash after the change), opened in a fresh
     load, shows the same key figures and slider value;
  5. the bands worker (public/bands-worker.js) starts in this engine the
     way the page starts it (the glue's URL and a compiled
     WebAssembly.Module posted to a module worker) and answers a job with
     bands (where it cannot, the page computes the bands itself, so the
     figures alone would not show it);
  6. the first load fetched none of the wasm's parts loaded on demand
     (scripts/wasm-split.mjs), and the compare page, one such part, opens:
     its part is fetched, linked to the page's wasm, and renders.

A browser whose driver or binary is missing is reported with a loud
"SKIPPED: ..." line and does not fail the run; a check that fails does.

Usage: python3 tests/smoke/smoke.py [--dist dist] [--port 8097]
                                    [--browsers webkit,firefox] [--no-sw]
--no-sw answers 404 for sw.js (no service worker) and prints how many times
the server was asked for the wasm during the first load: a request count
that does not depend on the browser's Resource Timing.
"""
import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINIBROWSER = [
    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
    "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
]
GECKODRIVER = [shutil.which("geckodriver"), str(Path.home() / ".cargo/bin/geckodriver")]
TIMEOUT = 45  # seconds for the app to start (WebKit compiles 1.4 MB of wasm in software)

# The lever slider to move (a ceiling: its first arrow step changes the
# ceiling key figure); the first range input if it is not there.
SLIDER = "#slider-ceiling_dkk"
KEYS_JS = "return [...document.querySelectorAll('.keys .key-value')].map(e => e.textContent.trim());"
# The page's protocol with its bands worker (src/ui/web/bands_worker.rs),
# run by the test after the checks above (its compile fetches the wasm once
# more); answers the reply's first characters or what failed.
WORKER_JS = """
const done = arguments[arguments.length - 1];
const glue = document.querySelector('link[rel=modulepreload]').href;
const wasm = performance.getEntriesByType('resource').map(e => e.name).find(n => /_bg\\.wasm$/.test(n));
WebAssembly.compileStreaming(fetch(wasm)).then((module) => {
  const w = new Worker('./bands-worker.js', { type: 'module' });
  w.onmessage = (e) => { w.terminate(); done(typeof e.data === 'string' ? e.data.slice(0, 40) : 'failed: ' + JSON.stringify(e.data)); };
  w.onerror = (e) => done('error: ' + (e.message || 'worker error'));
  w.postMessage({ glue, module });
  w.postMessage(['9', '20', '1', 'national', location.hash.split('?s=')[1] || '', ''].join('\\n'));
}, (e) => done('compile: ' + e));
"""
PARTS_JS = (
    "return performance.getEntriesByType('resource')"
    ".filter(e => /\\/split-[0-9a-f]{16}\\/[^/]*\\.wasm$/.test(e.name)).map(e => e.name.split('/').pop());"
)
WASM_COUNT_JS = (
    "return performance.getEntriesByType('resource')"
    ".filter(e => /_bg\\.wasm(\\?|$)/.test(e.name)).length;"
)


def csp_header():
    """The site's Content-Security-Policy header, read from scripts/csp.mjs."""
    out = subprocess.run(
        ["node", "--input-type=module", "-e",
         "import { CSP_HEADER } from './scripts/csp.mjs'; console.log(CSP_HEADER);"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip()


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves dist/ like tests/e2e/serve.mjs: wasm MIME type, the CSP header."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".svg": "image/svg+xml", ".json": "application/json"}
    csp = ""
    no_sw = False
    counts = Counter()  # path -> GET requests, for --no-sw

    def end_headers(self):
        self.send_header("Content-Security-Policy", self.csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self):
        path = self.path.split("?")[0]
        Handler.counts[path] += 1
        if self.no_sw and path.endswith("/sw.js"):
            self.send_error(404)
            return
        try:
            super().do_GET()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser left the page while the service worker was caching

    def log_message(self, *args):
        pass  # quiet


def serve(dist, port, no_sw):
    Handler.csp = csp_header()
    Handler.no_sw = no_sw
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(Handler, directory=str(dist)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wait(what, fn, timeout=TIMEOUT, every=0.2):
    """Polls fn() until it returns something truthy; raises with `what` on timeout."""
    end = time.monotonic() + timeout
    while True:
        value = fn()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(every)


def rendered(driver):
    """The key figures once the app has started (boot shell gone, text in every figure)."""
    state = driver.execute_script(
        "return { boot: !!document.getElementById('boot'),"
        " keys: [...document.querySelectorAll('.keys .key-value')].map(e => e.textContent.trim()) };")
    if not state["boot"] and state["keys"] and all(state["keys"]):
        return state["keys"]
    return None


def open_app(driver, url):
    driver.get(url)
    try:
        return wait("the explorer's key figures (and #boot gone)", lambda: rendered(driver))
    except AssertionError as e:
        body = driver.execute_script("return document.body ? document.body.innerText.slice(0, 300) : ''")
        raise AssertionError(f"{e}; the page shows: {body!r}") from None


def stable_keys(driver):
    """The key figures once two reads 0.5 s apart agree (the bands land 150 ms after an input)."""
    last = None
    for _ in range(40):
        keys = driver.execute_script(KEYS_JS)
        if keys == last:
            return keys
        last = keys
        time.sleep(0.5)
    raise AssertionError("the key figures kept changing")


def check(driver, base, no_sw, name):
    # 1. The explorer renders.
    start = time.monotonic()
    keys_before = open_app(driver, base + "/#prioriter")
    print(f"  {name}: rendered in {time.monotonic() - start:.1f} s, {len(keys_before)} key figures")

    # 2. One download of the wasm (Resource Timing lists each fetch).
    wasm = driver.execute_script(WASM_COUNT_JS)
    server = sum(n for p, n in Handler.counts.items() if p.endswith("_bg.wasm"))
    print(f"  {name}: wasm in Resource Timing: {wasm}" + (f", GETs at the server: {server}" if no_sw else ""))
    assert wasm == 1, f"the wasm was fetched {wasm} times (Resource Timing), expected once"
    if no_sw:
        assert server == 1, f"the server was asked for the wasm {server} times, expected once"
    parts = driver.execute_script(PARTS_JS)
    assert parts == [], f"the first load fetched parts loaded on demand: {parts}"

    # 3. Arrow keys on a lever slider change a key figure.
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    sliders = driver.find_elements(By.CSS_SELECTOR, SLIDER) or driver.find_elements(
        By.CSS_SELECTOR, "input[type=range]")
    assert sliders, "no slider on the page"
    slider = sliders[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", slider)
    hash_before = driver.execute_script("return location.hash")
    keys_before = stable_keys(driver)
    for _ in range(3):
        slider.send_keys(Keys.ARROW_RIGHT)
    wait("a key figure to change after the arrow keys",
         lambda: driver.execute_script(KEYS_JS) != keys_before, timeout=10)
    keys_after = stable_keys(driver)
    value = slider.get_attribute("aria-valuetext") or slider.get_attribute("value")
    print(f"  {name}: slider now {value!r}; key figures changed")

    # 4. The share link reopens the same state in a fresh load.
    share = wait("the share link in location.hash",
                 lambda: (lambda h: h if "?s=" in h and h != hash_before else None)(
                     driver.execute_script("return location.hash")), timeout=10)
    driver.get("about:blank")
    reopened = open_app(driver, base + "/" + share)
    reopened = stable_keys(driver)
    assert reopened == keys_after, f"the share link reopened {reopened}, expected {keys_after}"
    slider = (driver.find_elements(By.CSS_SELECTOR, SLIDER) or driver.find_elements(
        By.CSS_SELECTOR, "input[type=range]"))[0]
    again = slider.get_attribute("aria-valuetext") or slider.get_attribute("value")
    assert again == value, f"the share link reopened the slider at {again!r}, expected {value!r}"
    print(f"  {name}: share link {share[:40]}... reopens the same key figures")

    # 5. The bands worker answers a job in this engine.
    driver.set_script_timeout(TIMEOUT)
    reply = driver.execute_async_script(WORKER_JS)
    assert reply.startswith("9\nok\n"), f"the bands worker answered {reply!r}"
    print(f"  {name}: the bands worker answers a job: {reply!r}...")

    # 6. A page whose code is a part loaded on demand opens.
    driver.get("about:blank")
    driver.get(base + "/#sammenlign")
    heading = wait("the compare page's heading",
                   lambda: driver.execute_script(
                       "const h = document.getElementById('compare-heading');"
                       " return h && h.textContent.trim();"))
    parts = driver.execute_script(PARTS_JS)
    assert any(p.startswith("split_compare_page") for p in parts), f"compare's part was not fetched: {parts}"
    print(f"  {name}: the compare page ({heading!r}) opened from {len(parts)} parts loaded on demand")


def webkit_driver():
    """A WebKitGTK driver, or a reason to skip."""
    exe = shutil.which("WebKitWebDriver")
    browser = next((p for p in MINIBROWSER if os.access(p, os.X_OK)), None)
    if not exe or not browser:
        return None, "WebKitWebDriver or MiniBrowser is missing (apt-get install webkit2gtk-driver)"
    if not os.environ.get("DISPLAY"):
        return None, "no X display (run under xvfb-run; apt-get install xvfb)"
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service
    options = Options()
    options.binary_location = browser
    options.add_argument("--automation")
    return webdriver.WebKitGTK(options=options, service=Service(executable_path=exe)), None


def firefox_driver():
    """A headless Firefox ESR driver, or a reason to skip."""
    exe = next((p for p in GECKODRIVER if p and os.access(p, os.X_OK)), None)
    browser = shutil.which("firefox-esr") or shutil.which("firefox")
    if not exe or not browser:
        return None, "geckodriver or firefox-esr is missing (cargo install geckodriver; apt-get install firefox-esr)"
    from selenium import webdriver
    from selenium.webdriver.firefox.options import Options
    from selenium.webdriver.firefox.service import Service
    options = Options()
    options.binary_location = browser
    options.add_argument("-headless")
    options.set_preference("browser.shell.checkDefaultBrowser", False)
    return webdriver.Firefox(options=options, service=Service(executable_path=exe, log_output=subprocess.DEVNULL)), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("SMOKE_PORT", 8097)))
    parser.add_argument("--browsers", default="webkit,firefox")
    parser.add_argument("--no-sw", action="store_true")
    args = parser.parse_args()

    # WebKitGTK needs an X display: rerun this script inside xvfb-run.
    if "webkit" in args.browsers and not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                               sys.executable, *sys.argv])

    try:
        import selenium  # noqa: F401
    except ImportError:
        print("SKIPPED: all smoke tests: python's selenium is missing (pip install selenium)")
        return 0
    if not (Path(args.dist) / "index.html").is_file():
        print(f"FAIL: no build in {args.dist} (run scripts/build.sh)")
        return 1

    server = serve(args.dist, args.port, args.no_sw)
    base = f"http://127.0.0.1:{args.port}"
    failed = 0
    for name in args.browsers.split(","):
        start = time.monotonic()
        Handler.counts.clear()
        try:
            driver, reason = {"webkit": webkit_driver, "firefox": firefox_driver}[name]()
        except Exception as e:  # the driver would not start
            driver, reason = None, f"the driver did not start: {str(e).strip().splitlines()[0]}"
        if driver is None:
            print(f"\n!!!!! SKIPPED: {name} smoke test: {reason} !!!!!\n")
            continue
        try:
            print(f"{name}: {driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')}")
            check(driver, base, args.no_sw, name)
            print(f"PASS {name} ({time.monotonic() - start:.1f} s)")
        except Exception as e:
            failed += 1
            print(f"FAIL {name} ({time.monotonic() - start:.1f} s): {e}")
        finally:
            driver.quit()
    server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
