// Trunk post_build step (see Trunk.toml; runs last, after the service
// worker's list is written): precompressed copies for static hosts.
//
// For every file of the build it writes <file>.br (brotli, quality 11, the
// largest window) and <file>.gz (gzip, level 9) beside it, with node's
// built-in zlib (and GNU gzip where it does better), so a host can send them
// as they are (nginx `gzip_static` / `brotli_static`, Apache's rewrite
// rules, Netlify on its own; README "Precompressed files"). A copy that would not be
// smaller than the file is not written. The output does not depend on the
// time (gzip's header carries no date), so the same build gives the same
// bytes.
//
// The copies are not part of the site's file list: scripts/sw-manifest.mjs
// leaves them out of the service worker's precache (isPrecompressed below),
// since a browser gets the compressed bytes through Content-Encoding anyway.
//
// Prints one line per asset (bytes raw, br, gz) and the totals.
// Usage: node scripts/precompress.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

/** True for a precompressed copy this step writes (name ends in .br or .gz). */
export const isPrecompressed = (path) => /\.(br|gz)$/.test(path);

/** Text files get brotli's text mode (a slightly better model for UTF-8). */
const TEXT = /\.(html|js|mjs|css|svg|json|csv|txt|webmanifest)$/;

export const brotli = (buf, path = '') =>
  brotliCompressSync(buf, {
    params: {
      [zc.BROTLI_PARAM_QUALITY]: zc.BROTLI_MAX_QUALITY,
      [zc.BROTLI_PARAM_LGWIN]: zc.BROTLI_MAX_WINDOW_BITS,
      [zc.BROTLI_PARAM_MODE]: TEXT.test(path) ? zc.BROTLI_MODE_TEXT : zc.BROTLI_MODE_GENERIC,
      [zc.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });

/**
 * gzip at level 9: the smaller of node's zlib and GNU gzip (`gzip -9 -n`, no
 * name or date in the header), where gzip is installed; on the wasm, GNU
 * gzip's deflate is about 1 % smaller than zlib's.
 */
export function gzip(buf) {
  const zlib = gzipSync(buf, { level: zc.Z_BEST_COMPRESSION, memLevel: 9 });
  const gnu = spawnSync('gzip', ['-9', '-n', '-c'], { input: buf, maxBuffer: 1 << 30 });
  return gnu.status === 0 && gnu.stdout.length < zlib.length ? gnu.stdout : zlib;
}

/** Every file under `root` except dotfiles and precompressed copies, as
 * sorted '/'-paths: the site's own files (the service worker lists them too). */
export function siteFiles(root, at = root) {
  return readdirSync(at, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const full = join(at, e.name);
      if (e.isDirectory()) return siteFiles(root, full);
      const path = relative(root, full).split(sep).join('/');
      return e.isFile() && !isPrecompressed(path) ? [path] : [];
    })
    .sort();
}

function main() {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('precompress: set TRUNK_STAGING_DIR or pass the build directory');
    process.exit(1);
  }
  const total = { raw: 0, br: 0, gz: 0 };
  for (const path of siteFiles(dir)) {
    const buf = readFileSync(join(dir, path));
    const br = brotli(buf, path);
    const gz = gzip(buf);
    // A copy no smaller than the file is of no use to a host: leave it out.
    if (br.length < buf.length) writeFileSync(join(dir, `${path}.br`), br);
    if (gz.length < buf.length) writeFileSync(join(dir, `${path}.gz`), gz);
    total.raw += buf.length;
    total.br += Math.min(br.length, buf.length);
    total.gz += Math.min(gz.length, buf.length);
    console.log(`precompress: ${path.padEnd(40)} ${String(buf.length).padStart(9)} raw ${String(br.length).padStart(8)} br ${String(gz.length).padStart(8)} gz`);
  }
  console.log(`precompress: ${'total'.padEnd(40)} ${String(total.raw).padStart(9)} raw ${String(total.br).padStart(8)} br ${String(total.gz).padStart(8)} gz`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
