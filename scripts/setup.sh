#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what
# is already there. Sourced by serve.sh and test.sh (it exports PATH).
# Needs: rustup, node + npm, apt-get (as root, or sudo) on Debian.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
SELENIUM_VERSION=4.51.0
say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "Installing Trunk $TRUNK_VERSION (about 12 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly,
# and Trunk.toml must name the same version (Trunk cannot download it here).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml's [tools] wasm_bindgen must be \"$WBG_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  say "Installing wasm-bindgen-cli $WBG_VERSION (about 4 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# The wasm split (scripts/wasm-split.mjs): wasm_split_cli_support's
# wasm-split-cli, the splitter cargo-leptos uses for leptos's split points.
WASM_SPLIT_VERSION=0.2.4
if ! wasm-split-cli --help >/dev/null 2>&1; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

# Playwright, axe-core and wasm-opt (npm's binaryen 132; Debian's 108 breaks the app).
# A node_modules that is a symlink (a worktree sharing another checkout's
# packages) is never reinstalled: npm ci would empty the directory it points to.
if [ -L node_modules ]; then
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ]; then
    echo "node_modules links to $(readlink node_modules), which lacks the packages: run npm ci there" >&2
    exit 1
  fi
elif [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# Browsers from Debian: Chromium and ChromeDriver for the Playwright tests;
# for the smoke tests (tests/smoke/smoke.py) WebKitGTK's WebKitWebDriver
# (with its MiniBrowser), a virtual X display for it (xvfb-run, xauth) and
# Firefox ESR. Each package is installed only if its program is missing.
if [ "${SETUP_BROWSER:-1}" = 1 ]; then
  missing=()
  need() { [ -x "$1" ] || missing+=("$2"); }
  need /usr/bin/chromium chromium
  need /usr/bin/chromedriver chromium-driver
  need /usr/bin/WebKitWebDriver webkit2gtk-driver
  need /usr/bin/xvfb-run xvfb
  need /usr/bin/xauth xauth
  need /usr/bin/firefox-esr firefox-esr
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing from Debian: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi

  # geckodriver (Firefox's WebDriver) is not packaged in Debian 12: build it
  # from crates.io once (5 to 10 minutes on 2 cores).
  if ! command -v geckodriver >/dev/null; then
    say "Installing geckodriver (once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi

  # Selenium, the smoke tests' WebDriver client, from PyPI.
  if ! python3 -c 'import selenium' 2>/dev/null; then
    say "Installing selenium $SELENIUM_VERSION (PyPI)"
    python3 -m pip install --quiet --disable-pip-version-check "selenium==$SELENIUM_VERSION" \
      || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages "selenium==$SELENIUM_VERSION" \
      || echo "selenium could not be installed: the smoke tests will be skipped" >&2
  fi
fi

cargo fetch --locked >/dev/null
