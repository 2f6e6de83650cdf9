// Content-Security-Policy for the built site, and the Trunk post_build step
// that makes the staged index.html satisfy it (see Trunk.toml, where it runs
// before scripts/sw-manifest.mjs, so that the service worker's version is
// computed over the final index.html).
//
// Trunk writes an inline <script type="module"> into index.html that imports
// the JS glue and starts the wasm. A strict policy allows no inline script,
// and a hash of it would change with every build (it names the
// content-hashed files), so a host's header would have to change with every
// deployment. Instead this step moves each inline script into its own file,
// loader-<16 hex digits of its SHA-256>.js next to index.html, loaded with
// <script type="module" src=... integrity="sha384-...">; its relative imports
// resolve exactly as before (same directory). The policy is then the same for
// every build, and needs neither 'unsafe-inline' nor a hash.
//
// It also puts the policy into index.html as
// <meta http-equiv="Content-Security-Policy">, right after <meta charset>, as
// a fallback for hosts that send no header (a meta policy cannot carry
// frame-ancestors; the header can, see README "Hosting and security").
//
// It fails the build (non-zero exit) if index.html has anything the policy
// would block: a style attribute, a <style> element, an inline event handler
// (on...=), a javascript: URL, or a <script> it cannot move.
//
// Usage: node scripts/csp.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR).
// Importing this module (tests/e2e/serve.mjs does) only gives the policy.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy's directives, in order. Each one is explained in README.md. */
export const DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy ignores (browsers warn about them). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as an HTTP header value (Content-Security-Policy: ...). */
export const CSP_HEADER = DIRECTIVES.map(([d, v]) => `${d} ${v}`).join('; ');

/** The policy for <meta http-equiv="Content-Security-Policy">. */
export const CSP_META = DIRECTIVES.filter(([d]) => !HEADER_ONLY.has(d))
  .map(([d, v]) => `${d} ${v}`)
  .join('; ');

const fail = (message) => {
  console.error(`csp: ${message}`);
  process.exit(1);
};

/** Rewrites `html` (an index.html) for the policy; returns it and the loader files to write. */
export function applyPolicy(html, publicUrl = './') {
  const files = [];
  // Each <script> without src: move its text into a loader file.
  let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs)) {
      if (body.trim() !== '') fail('a <script src> element with a body');
      return whole;
    }
    if (!/\btype\s*=\s*["']?module["']?/i.test(attrs) || attrs.replace(/\btype\s*=\s*["']?module["']?/i, '').trim() !== '') {
      fail(`an inline <script${attrs}> that is not a plain module script; only Trunk's loader is expected`);
    }
    const code = `${body.trim()}\n`;
    const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
    const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    files.push({ name, code });
    return `<script type="module" src="${publicUrl}${name}" integrity="${sri}"></script>`;
  });

  // Anything else the policy would block, anywhere in the page.
  const blocked = [
    [/<style\b/i, 'a <style> element (style-src has no unsafe-inline; use public/style.css)'],
    [/<[a-z][^>]*\sstyle\s*=/i, 'a style="..." attribute (style-src has no unsafe-inline)'],
    [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an inline event handler (on...=)'],
    [/javascript:/i, 'a javascript: URL'],
  ];
  for (const [pattern, what] of blocked) if (pattern.test(out)) fail(`index.html has ${what}`);

  // The policy as a <meta>, first thing after <meta charset> (a meta policy
  // only covers what comes after it). Replaces one written before.
  out = out.replace(/[ \t]*<meta\s+http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>\n?/gi, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`;
  const charset = /<meta\s+charset\s*=\s*["']?[^"'>\s]+["']?\s*\/?>/i;
  if (!charset.test(out)) fail('index.html has no <meta charset>');
  out = out.replace(charset, (m) => `${m}\n  ${meta}`);
  return { html: out, files };
}

/**
 * The build directory (argument or TRUNK_STAGING_DIR) and its index.html, for
 * the post-build steps; `fail` reports a missing directory or page.
 */
export function stagedIndex(fail) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) fail('set TRUNK_STAGING_DIR or pass the build directory');
  const index = join(dir, 'index.html');
  let html;
  try {
    html = readFileSync(index, 'utf8');
  } catch {
    fail(`no index.html in ${dir}`);
  }
  return { dir, index, html };
}

function main() {
  const { dir, index, html } = stagedIndex(fail);
  const { html: out, files } = applyPolicy(html, process.env.TRUNK_PUBLIC_URL || './');
  for (const f of files) writeFileSync(join(dir, f.name), f.code);
  writeFileSync(index, out);
  console.log(`csp: policy in index.html, ${files.length} inline script(s) moved to ${files.map((f) => f.name).join(', ') || '-'}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
