// Trunk post_build hook (see Trunk.toml): writes the offline service worker
// into the build. It reads the template public/sw.js and writes sw.js into
// the staging directory ($TRUNK_STAGING_DIR, or the directory given as the
// first argument) with
//   - PRECACHE: every file of the build (relative URLs, sorted) plus "./";
//     files with a 16-hex-digit content hash in their name are marked
//     immutable;
//   - VERSION: the first 16 hex digits of a SHA-256 over the template and
//     each file's path and SHA-256, so any change to the build (or to the
//     worker itself) gives a new cache name and a byte-different sw.js.
// The precompressed copies (<file>.br, <file>.gz, written by
// scripts/precompress.mjs after this step) are left out: a browser gets the
// compressed bytes through Content-Encoding, not as files of their own.
// Prints one line; exits non-zero (failing the build) on any problem.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteFiles } from './precompress.mjs';

const OUTPUT = 'sw.js';
// Trunk's content hash (a 64-bit number in hex, without leading zeros), or
// the folder of the wasm's parts, named by their content (wasm-split.mjs).
const HASHED = /(?:-[0-9a-f]{8,16}(?:_bg)?\.[A-Za-z0-9]+|^split-[0-9a-f]{16}\/[^/]+)$/;

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('sw-manifest: set TRUNK_STAGING_DIR or pass the build directory');
  process.exit(1);
}
const template = readFileSync(fileURLToPath(new URL('../public/sw.js', import.meta.url)), 'utf8');

// Every file of the site except the worker itself.
const paths = siteFiles(dir).filter((path) => path !== OUTPUT);
if (!paths.includes('index.html')) {
  console.error(`sw-manifest: no index.html in ${dir}`);
  process.exit(1);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const version = createHash('sha256')
  .update(template)
  .update(paths.map((p) => `${p}\0${sha256(readFileSync(join(dir, p)))}\n`).join(''))
  .digest('hex')
  .slice(0, 16);

const precache = [
  { url: './', immutable: false },
  ...paths.map((p) => ({ url: p.split('/').map(encodeURIComponent).join('/'), immutable: HASHED.test(p) })),
];

/** Replaces the one placeholder string literal `name` with `value`. */
function fill(text, name, value) {
  const token = `"${name}"`;
  const parts = text.split(token);
  if (parts.length !== 2) {
    console.error(`sw-manifest: public/sw.js must contain ${token} exactly once`);
    process.exit(1);
  }
  return parts.join(value);
}

let out = fill(template, '__SW_VERSION__', JSON.stringify(version));
out = fill(out, '__SW_PRECACHE__', `[\n${precache.map((e) => `  ${JSON.stringify(e)},`).join('\n')}\n]`);
writeFileSync(join(dir, OUTPUT), out);
console.log(`sw-manifest: ${OUTPUT} version ${version}, ${precache.length} URLs to cache`);
