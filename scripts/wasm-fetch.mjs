// Trunk post_build step (see Trunk.toml; runs first, before scripts/csp.mjs
// moves the loader out of index.html): one download of the wasm in WebKit.
//
// Trunk writes into index.html
//   <link rel="preload" href="./<name>_bg.wasm" crossorigin="anonymous"
//         integrity="sha384-..." as="fetch" type="application/wasm">
// and an inline loader that calls init({ module_or_path: './<name>_bg.wasm' }),
// which fetches the same URL again. Chromium and Firefox hand the preloaded
// response to that fetch; WebKit (Safari) does not, and downloads the 1.4 MB
// file twice (trunk-rs/trunk#229, leptos-rs/leptos#1450, DioxusLabs/dioxus#4796;
// tests/smoke/smoke.py counts the requests). This step
//   - removes the preload link, and
//   - makes the loader fetch the wasm itself with the preload's integrity
//     hash, so the wasm stays checked against the hash Trunk computed
//     (before, only the preload carried it), and
//   - has the loader start that fetch first and import the glue after it
//     (a dynamic import instead of Trunk's static one), so the wasm
//     downloads while the glue and the split loader load, instead of after:
//       const wasmResponse = fetch('./<name>_bg.wasm', { integrity });
//       const bindings = await import('./<name>.js');
//       const init = bindings.default;
//       ... init({ module_or_path: wasmResponse }) ...
// The glue JS keeps its <link rel="modulepreload" integrity=...>, so it still
// loads in parallel with the loader and is checked against its hash.
//
// Fails the build (non-zero exit) if index.html does not have exactly one
// such preload and one loader naming it: a new Trunk version that writes
// something else must be looked at, not silently passed.
//
// Usage: node scripts/wasm-fetch.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stagedIndex } from './csp.mjs';

const fail = (message) => {
  console.error(`wasm-fetch: ${message}`);
  process.exit(1);
};

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];

/** Rewrites `html` (Trunk's index.html); returns the new text and the wasm's href. */
export function singleWasmFetch(html) {
  // The preload link(s) of a .wasm file.
  const preloads = [...html.matchAll(/<link\b[^>]*\brel\s*=\s*"preload"[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\.wasm$/.test(attr(tag, 'href') ?? ''));
  if (preloads.length !== 1) fail(`expected one <link rel="preload"> of a .wasm, found ${preloads.length}`);
  const [tag] = preloads;
  const href = attr(tag, 'href');
  const integrity = attr(tag, 'integrity');
  let out = html.replace(tag, '');

  // The loader's init call with the same URL (in single or double quotes).
  const quoted = href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const call = new RegExp(`module_or_path:\\s*(['"])${quoted}\\1`, 'g');
  const calls = out.match(call) ?? [];
  if (calls.length !== 1) fail(`expected the loader to call init({ module_or_path: '${href}' }) once, found ${calls.length}`);
  const options = integrity ? `, { integrity: '${integrity}' }` : '';

  // The loader's static import of the glue: with it, the wasm request waits
  // until the glue and the split loader it imports have been fetched and
  // run, three requests one after the other. The wasm request goes first
  // instead, and the glue is imported while the wasm downloads.
  const staticImport = /import\s+init\s*,\s*\*\s+as\s+bindings\s+from\s+(['"])([^'"]+)\1\s*;?/g;
  const imports = [...out.matchAll(staticImport)];
  if (imports.length !== 1) fail(`expected the loader to import init and its bindings once, found ${imports.length}`);
  const glue = imports[0][2];
  out = out.replace(staticImport, [
    `const wasmResponse = fetch('${href}'${options});`,
    `const bindings = await import('${glue}');`,
    'const init = bindings.default;',
  ].join('\n'));
  out = out.replace(call, 'module_or_path: wasmResponse');
  return { html: out, href, integrity };
}

function main() {
  const { index, html } = stagedIndex(fail);
  const { html: out, href, integrity } = singleWasmFetch(html);
  writeFileSync(index, out);
  console.log(`wasm-fetch: preload of ${href} removed; the loader fetches it${integrity ? ' with its integrity hash' : ''}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
