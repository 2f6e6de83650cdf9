#!/usr/bin/env bash
# Builds the app with the built-in data and serves it on http://127.0.0.1:8080
# (installs what is missing first). Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_BROWSER=0 source scripts/setup.sh
# scripts/bin first: its wasm-bindgen splits the wasm first (scripts/wasm-split.mjs).
export PATH="$PWD/scripts/bin:$PATH"
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true
echo "==> Building and serving on http://127.0.0.1:8080"
# No autoreload: Trunk would inject an inline classic <script> for it, which
# the post-build step scripts/csp.mjs refuses (the site allows no inline script).
exec trunk serve --release --offline --no-autoreload
