#!/usr/bin/env bash
# Runs every check and test, exactly as CI does: formatting, lints (native
# and wasm), the native model tests, the release build, the browser tests
# in headless Chromium, and the smoke tests in WebKit and Firefox ESR.
# Installs what is missing first. Ends with a summary.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh || { echo "setup failed"; exit 1; }
set +e

declare -a NAMES=() RESULTS=()
step() {
  local name=$1; shift
  printf '\n==> %s\n' "$name"
  local start=$SECONDS
  "$@"
  local rc=$?
  NAMES+=("$name ($((SECONDS - start)) s)")
  RESULTS+=("$rc")
  return $rc
}

step "cargo fmt --check" cargo fmt --all -- --check
step "clippy (native, all targets)" cargo clippy --locked --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
step "native tests (cargo test)" cargo test --locked
if step "release build (trunk)" scripts/build.sh; then
  step "size report" scripts/size.sh
  step "browser tests (Playwright, headless Chromium)" npx playwright test
  step "smoke tests (Selenium: WebKit, Firefox ESR)" python3 tests/smoke/smoke.py
else
  NAMES+=("browser tests (skipped: no build)"); RESULTS+=(1)
fi

passed=0; failed=0
printf '\n==> Summary\n'
for i in "${!NAMES[@]}"; do
  if [ "${RESULTS[$i]}" = 0 ]; then passed=$((passed + 1)); mark=PASS; else failed=$((failed + 1)); mark=FAIL; fi
  printf '  %-4s %s\n' "$mark" "${NAMES[$i]}"
done
echo "steps: $passed passed, $failed failed"
[ "$failed" = 0 ]
