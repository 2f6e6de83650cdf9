#!/usr/bin/env bash
# Release build of the static site into dist/ (assumes setup.sh has run).
set -euo pipefail
cd "$(dirname "$0")/.."
# scripts/bin first: its wasm-bindgen splits the wasm first (scripts/wasm-split.mjs).
export PATH="$PWD/scripts/bin:$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true
trunk build --release --offline
