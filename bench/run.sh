#!/usr/bin/env bash
# The benchmark: builds the app and the floor (a minimal leptos counter in
# bench/floor/), measures transfer size, start-up, slider latency, the model
# and memory, prints one Markdown table and writes bench/results.md.
# What each figure means and how it is measured: bench/README.md.
# Installs what is missing (scripts/setup.sh, and valgrind from Debian).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Toolchain, npm packages (Playwright, wasm-opt) and Chromium; exports PATH.
# shellcheck source=../scripts/setup.sh
source scripts/setup.sh
cd "$ROOT"
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true

if ! command -v valgrind >/dev/null; then
  say "Installing valgrind from Debian (for the model's instruction count)"
  as_root apt-get update || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y valgrind || echo "valgrind could not be installed: no instruction count" >&2
fi

# The floor must use the app's leptos and wasm-bindgen, and Trunk's tool pins.
lock_version() { awk -v n="$1" '$0 == "name = \"" n "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$2"; }
for crate in leptos wasm-bindgen; do
  app=$(lock_version "$crate" Cargo.lock); floor=$(lock_version "$crate" bench/floor/Cargo.lock)
  if [ "$app" != "$floor" ]; then
    echo "bench/floor uses $crate $floor but Cargo.lock has $app. Update the pins in bench/floor/Cargo.toml" >&2
    echo "and re-seed its lock file: cp Cargo.lock bench/floor/ && cargo metadata --manifest-path bench/floor/Cargo.toml >/dev/null" >&2
    exit 1
  fi
done
if [ "$(sed -n '/^\[tools\]/,/^\[/p' Trunk.toml | grep '=')" != "$(sed -n '/^\[tools\]/,/^\[/p' bench/floor/Trunk.toml | grep '=')" ]; then
  echo "bench/floor/Trunk.toml's [tools] differ from Trunk.toml's" >&2
  exit 1
fi

mkdir -p target/bench
say "Building the app (scripts/build.sh)"
scripts/build.sh

say "Where the wasm's bytes are (the release wasm again, with its function names kept)"
# The same wasm-bindgen and wasm-opt -Oz as the build, plus --keep-debug and
# -g so the functions keep their names; bench/wasm-breakdown.mjs reads them.
rm -rf target/bench/named && mkdir -p target/bench/named
# The main module of the wasm split (scripts/wasm-split.mjs): what the first
# load fetches; the parts loaded on demand are not counted here.
wasm-bindgen --target web --keep-debug --keep-lld-exports --no-typescript --out-dir target/bench/named --out-name named \
  target/wasm-split/raw/prioritet.wasm
wasm-opt -Oz -g target/bench/named/named_bg.wasm -o target/bench/named/named.wasm
node bench/wasm-breakdown.mjs target/bench/named/named.wasm >target/bench/breakdown.md
cat target/bench/breakdown.md

say "Building the floor (bench/floor, into target/floor)"
cargo fetch --locked --manifest-path bench/floor/Cargo.toml >/dev/null
# The floor is bare leptos: without the app's `--cfg erase_components` from
# .cargo/config.toml (an empty CARGO_ENCODED_RUSTFLAGS replaces it).
(cd bench/floor && CARGO_ENCODED_RUSTFLAGS= CARGO_TARGET_DIR="$ROOT/target/floor" trunk build --release --offline --dist "$ROOT/target/floor/dist")

say "Model: cargo bench --bench projection"
MODEL=target/bench/model.txt
cargo bench --bench projection | tee "$MODEL"
echo "profile=cargo's bench profile, which inherits [profile.release] of Cargo.toml" >>"$MODEL"
BENCH_BIN=$(cargo bench --bench projection --no-run --message-format=json 2>/dev/null | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    for (const l of s.split("\n")) {
      if (!l.trim()) continue;
      const m = JSON.parse(l);
      if (m.reason === "compiler-artifact" && m.target.kind.includes("bench") && m.executable) console.log(m.executable);
    }
  });')
if command -v valgrind >/dev/null && [ -x "$BENCH_BIN" ]; then
  say "Model: valgrind --tool=callgrind (one 1,000-draw projection)"
  collected() { grep -o 'Collected : [0-9]*' "$1" | grep -o '[0-9]*$'; }
  # Only the instructions inside project(), then the whole process.
  valgrind --tool=callgrind --callgrind-out-file=target/bench/callgrind.project.out \
    '--toggle-collect=prioritet::model::engine::projection::project' "$BENCH_BIN" once neutral 2>target/bench/callgrind.project.log
  valgrind --tool=callgrind --callgrind-out-file=target/bench/callgrind.out \
    "$BENCH_BIN" once neutral 2>target/bench/callgrind.log
  ir_projection=$(collected target/bench/callgrind.project.log); ir_total=$(collected target/bench/callgrind.log)
  echo "callgrind: ${ir_projection} instructions in project(), ${ir_total} in the whole process"
  if [ "${ir_projection:-0}" -gt 0 ]; then echo "ir_projection=$ir_projection" >>"$MODEL"; fi
  echo "ir_total=$ir_total" >>"$MODEL"
fi

# Serve dist/ and the floor's dist on free ports; stop the servers at exit.
free_port() {
  local p=$1
  while (: </dev/tcp/127.0.0.1/"$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
serve() {
  node tests/e2e/serve.mjs "$@" >/dev/null &
  PIDS+=($!)
  for _ in $(seq 50); do (: </dev/tcp/127.0.0.1/"$2") 2>/dev/null && return 0; sleep 0.1; done
  echo "the server for $1 did not start on port $2" >&2
  exit 1
}
APP_PORT=$(free_port 8095); serve dist "$APP_PORT"
FLOOR_PORT=$(free_port $((APP_PORT + 1))); serve target/floor/dist "$FLOOR_PORT" --no-csp

say "Browser: transfer size, start-up, slider latency, memory (a few minutes)"
node bench/measure.mjs \
  --app-dist dist --floor-dist target/floor/dist \
  --app-url "http://127.0.0.1:$APP_PORT/" --floor-url "http://127.0.0.1:$FLOOR_PORT/" \
  --model "$MODEL" --breakdown target/bench/breakdown.md --out bench/results.md
