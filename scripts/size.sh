#!/usr/bin/env bash
# Prints the transfer size of the release build in dist/: raw, gzip -9, and
# the precompressed copies the build writes beside each file for static
# hosts (scripts/precompress.mjs: .gz, gzip level 9, and .br, brotli
# quality 11; "-" where none was written).
set -euo pipefail
cd "$(dirname "$0")/../dist"
size() { if [ -f "$1" ]; then wc -c < "$1"; else echo -; fi; }
total_raw=0; total_gz=0; total_gzf=0; total_br=0
printf '%-40s %10s %10s %10s %10s\n' file bytes gzip-9 .gz .br
for f in *.wasm *.js *.css index.html; do
  [ -f "$f" ] || continue
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  gzf=$(size "$f.gz"); [ "$gzf" = - ] || total_gzf=$((total_gzf + gzf))
  br=$(size "$f.br"); [ "$br" = - ] || total_br=$((total_br + br))
  printf '%-40s %10d %10d %10s %10s\n' "$f" "$raw" "$gz" "$gzf" "$br"
done
printf '%-40s %10d %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_gzf" "$total_br"
