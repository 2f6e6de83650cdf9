// A tiny static file server for dist/ on 127.0.0.1, for the browser tests.
// It serves .wasm as application/wasm and never reaches beyond dist/.
// Every response carries the site's Content-Security-Policy as a header (the
// form README "Hosting and security" asks hosts to send, with
// frame-ancestors, which the <meta> in index.html cannot carry), so the
// browser tests run under both the header and the meta. `--no-csp` leaves
// the policy out, for bench/floor, whose build keeps Trunk's inline loader.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CSP_HEADER } from '../../scripts/csp.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8090);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

const security = {
  ...(process.argv.includes('--no-csp') ? {} : { 'content-security-policy': CSP_HEADER }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root)) {
    res.writeHead(403, security).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...security, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, security).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
