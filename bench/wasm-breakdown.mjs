// Where the wasm's bytes are: reads a wasm module that kept its function
// names (bench/run.sh makes one: wasm-bindgen --keep-debug, then wasm-opt -Oz
// -g, the same optimisation as the release build) and prints, as Markdown,
// the code section's bytes per crate (from each function's demangled name)
// and the data section, raw and gzip -9. No tool beyond node.
//
//   node bench/wasm-breakdown.mjs target/bench/named.wasm [--top 25]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2];
const topIndex = process.argv.indexOf('--top');
const TOP = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const wasm = readFileSync(file);

function leb(buf, pos) {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}
const text = (buf, pos) => {
  const [len, p] = leb(buf, pos);
  return [buf.subarray(p, p + len).toString('utf8'), p + len];
};

// Sections: imported function count, code bodies, data, and the name section.
let imported = 0;
const bodies = []; // [size] per defined function
const names = new Map(); // function index -> name
let code = null, data = null;
for (let pos = 8; pos < wasm.length;) {
  const id = wasm[pos];
  const [size, start] = leb(wasm, pos + 1);
  const body = wasm.subarray(start, start + size);
  if (id === 2) { // imports: count the functions
    let [n, p] = leb(body, 0);
    for (let i = 0; i < n; i++) {
      [, p] = text(body, p);
      [, p] = text(body, p);
      const kind = body[p++];
      if (kind === 0) { imported++; [, p] = leb(body, p); }
      else if (kind === 1) { p++; const flags = body[p++]; [, p] = leb(body, p); if (flags & 1) [, p] = leb(body, p); }
      else if (kind === 2) { const flags = body[p++]; [, p] = leb(body, p); if (flags & 1) [, p] = leb(body, p); }
      else if (kind === 3) p += 2;
      else throw new Error(`unknown import kind ${kind}`);
    }
  } else if (id === 10) {
    code = body;
    let [n, p] = leb(body, 0);
    for (let i = 0; i < n; i++) {
      const [len, q] = leb(body, p);
      bodies.push(len + (q - p));
      p = q + len;
    }
  } else if (id === 11) {
    data = body;
  } else if (id === 0) {
    const [name, p] = text(body, 0);
    if (name === 'name') {
      for (let q = p; q < body.length;) {
        const sub = body[q];
        const [len, r] = leb(body, q + 1);
        if (sub === 1) {
          let [n, s] = leb(body, r);
          for (let i = 0; i < n; i++) {
            let index, nm;
            [index, s] = leb(body, s);
            [nm, s] = text(body, s);
            names.set(index, nm);
          }
        }
        q = r + len;
      }
    }
  }
  pos = start + size;
}
if (!code) throw new Error(`${file}: no code section`);
if (names.size === 0) throw new Error(`${file}: no function names (build it with --keep-debug and wasm-opt -g)`);

// A function's crate: our own code by module (prioritet::model::x), anything
// else by the first path segment of its name, generic impls by the crate of
// the trait or type named first.
function owner(name) {
  const own = name.match(/prioritet::(\w+)::(\w+)/);
  if (own) return `prioritet::${own[1]}::${own[2]}`;
  const bare = name.replace(/^[<&(\s]*(?:mut |dyn )*/, '');
  const m = bare.match(/^([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/) ?? bare.match(/ as ([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return m ? m[1] : '(unnamed or glue)';
}
const byOwner = new Map();
bodies.forEach((size, i) => {
  const k = owner(names.get(imported + i) ?? '');
  byOwner.set(k, (byOwner.get(k) ?? 0) + size);
});
const codeBytes = bodies.reduce((a, b) => a + b, 0);
const group = (pred) => [...byOwner].filter(([k]) => pred(k)).reduce((t, [, v]) => t + v, 0);
const leptos = (k) => /^(tachys|reactive_graph|leptos|leptos_dom|leptos_macro|any_spawner|or_poisoned|throw_error|next_tuple|send_wrapper|futures_\w+|slotmap|indexmap|hashbrown)$/.test(k);
const serde = (k) => /^(serde|serde_core|serde_json|serde_path_to_error|ryu|itoa|zmij)$/.test(k);
const std = (k) => /^(core|alloc|std|compiler_builtins|dlmalloc)$/.test(k);
const bindgen = (k) => /^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|console_error_panic_hook|gloo_\w+)$/.test(k);
const own = (k) => k.startsWith('prioritet::');
const rest = (k) => !leptos(k) && !serde(k) && !std(k) && !bindgen(k) && !own(k);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const share = (n) => `${((100 * n) / codeBytes).toFixed(0)} %`;

const lines = [];
lines.push(`Code section: ${kb(codeBytes)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip -9 on its own; ` +
  `data section: ${kb(data ? data.length : 0)} raw, ${kb(data ? gzipSync(data, { level: 9 }).length : 0)} gzip -9 on its own; ` +
  `${bodies.length} functions.`);
lines.push('');
lines.push('| code of | raw | share of code |', '|---|--:|--:|');
for (const [label, pred] of [
  ['leptos (tachys, reactive_graph, their collections)', leptos],
  ['Rust core, alloc, std, allocator', std],
  ['serde, serde_json, serde_path_to_error', serde],
  ['wasm-bindgen, js-sys, web-sys', bindgen],
  ['other crates (plotters, qrcode, miniz_oxide, csv, base64, ...)', rest],
  ['this app (prioritet::...)', own],
]) {
  const n = group(pred);
  lines.push(`| ${label} | ${kb(n)} | ${share(n)} |`);
}
lines.push('');
lines.push(`The ${TOP} largest owners:`, '', '| owner | raw | share of code |', '|---|--:|--:|');
for (const [k, v] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  lines.push(`| \`${k}\` | ${kb(v)} | ${share(v)} |`);
}
console.log(lines.join('\n'));
