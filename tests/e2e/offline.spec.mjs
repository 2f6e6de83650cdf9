// Offline use: after the first visit the service worker (dist/sw.js, written
// by scripts/sw-manifest.mjs) has cached the build, so the app and its deep
// links open with the network off; a new build gets a new cache version,
// which replaces the old one.
import { test, expect } from '@playwright/test';
import { watch } from './page.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIST = 'dist';

/** Fails the test on any console error or page error. */
/** Share of a canvas' pixels that are not white. */
const inked = (page, selector) =>
  page.locator(selector).first().evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) n++;
    return n / (d.length / 4);
  });

/** The explorer (the app's start page) has rendered, with a chart drawn. */
async function explorerRenders(page) {
  await expect(page.locator('h1')).toHaveText('Prioriteringsrummet', { timeout: 15_000 });
  await expect(page.locator('.lens').first()).toBeVisible();
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await expect.poll(() => inked(page, 'canvas.model-chart')).toBeGreaterThan(0.01);
}

/** The background page has rendered, with its chart drawn and the
 * recommendations (fetched from recommendations.json, which the service
 * worker precached: the explorer never asks for it). */
async function backgroundRenders(page) {
  await expect(page.locator('h1')).toHaveText('Prioriteringsrummet');
  await expect(page.locator('#approaches-heading')).toBeVisible();
  await expect(page.locator('.recommendation')).toHaveCount(5);
  await page.locator('canvas.chart').scrollIntoViewIfNeeded();
  await expect.poll(() => inked(page, 'canvas.chart')).toBeGreaterThan(0.01);
}

/** Waits until the service worker is active (so the build is cached) and controls the page. */
async function waitForControl(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  try {
    await expect.poll(controlled, { timeout: 5_000 }).toBe(true);
  } catch {
    await page.reload();
    await expect.poll(controlled).toBe(true);
  }
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

/** The VERSION and the PRECACHE URLs written into a built sw.js. */
function manifestOf(dir) {
  const text = readFileSync(join(dir, 'sw.js'), 'utf8');
  const version = text.match(/^const VERSION = "([0-9a-f]{16})";$/m)?.[1];
  const precache = text.match(/^const PRECACHE = (\[[\s\S]*?\n\]);$/m)?.[1];
  const urls = precache ? JSON.parse(precache.replace(/,\n\]$/, '\n]')).map((e) => e.url) : [];
  return { version, urls };
}

/** Runs the post-build hook on `dir`, as Trunk does on its staging directory. */
const runHook = (dir) =>
  execFileSync(process.execPath, ['scripts/sw-manifest.mjs'], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });

/** A copy of dist/ in a fresh temporary directory. */
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'prioritet-sw-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** tests/e2e/serve.mjs on its own port, serving `dir`, that the test can stop. */
async function serve(dir) {
  const port = await new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, ['tests/e2e/serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    }),
  };
}

test('after the first visit the app and its deep links open offline', async ({ page, context }) => {
  const problems = watch(page);
  await page.goto('/');
  await explorerRenders(page);
  await waitForControl(page);

  // Network off, for the page and for the service worker's own requests.
  await context.setOffline(true);
  await context.route('**', (route) => route.abort('internetdisconnected'));

  await page.reload();
  await explorerRenders(page);

  // A fresh tab on a deep link is a new navigation, answered from the cache.
  const deep = await context.newPage();
  const deepProblems = watch(deep);
  await deep.goto('/#baggrund');
  await backgroundRenders(deep);
  // And a shared explorer link with a query in the hash.
  await deep.goto('/index.html#prioriter');
  await explorerRenders(deep);

  expect(problems).toEqual([]);
  expect(deepProblems).toEqual([]);
});

test.describe(() => {
// The site's CSP (connect-src 'self') would block the page's own request to
// another origin below before the worker sees it; bypass it for this check.
test.use({ bypassCSP: true });
test('a new build replaces the cached one, which then works offline', async ({ page, context }) => {
  const dir = copyOfDist();
  const server = await serve(dir);
  try {
    const problems = watch(page);
    await page.goto(server.url);
    await explorerRenders(page);
    await waitForControl(page);
    const first = manifestOf(dir).version;
    expect(await cacheNames(page)).toEqual([expect.stringMatching(new RegExp(`:${first}$`))]);

    // Same-origin assets come from the worker; another origin (here the
    // suite's own server, on another port) is never intercepted.
    const source = async (url, init) => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url() === url),
        page.evaluate(([u, i]) => fetch(u, i).then(() => undefined), [url, init]),
      ]);
      return response.fromServiceWorker();
    };
    expect(await source(`${server.url}favicon.svg`, {})).toBe(true);
    const otherOrigin = new URL('/favicon.svg', test.info().project.use.baseURL).href;
    expect(await source(otherOrigin, { mode: 'no-cors' })).toBe(false);
    expect(await cacheNames(page)).toHaveLength(1);

    // Deploy a "new build": a changed index.html, and the hook run again.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head>\n  <meta name="build" content="two">'));
    runHook(dir);
    const second = manifestOf(dir).version;
    expect(second).not.toBe(first);

    // The next visit picks up the new worker; it caches the new build and
    // deletes the old cache.
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect
      .poll(() => cacheNames(page), { timeout: 15_000 })
      .toEqual([expect.stringMatching(new RegExp(`:${second}$`))]);

    // The server is gone: the new build still opens, from the new cache.
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await explorerRenders(page);
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'two');
    const deep = await context.newPage();
    const deepProblems = watch(deep);
    await deep.goto(`${server.url}#baggrund`);
    await backgroundRenders(deep);
    expect(problems).toEqual([]);
    expect(deepProblems).toEqual([]);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
});

test('sw.js lists every file of the build, and its version follows the build', () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'sw.js' && !/\.(br|gz)$/.test(e.name)) // precompressed copies are not cached
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(DIST.length + 1).split('\\').join('/'))
    .sort();
  const built = manifestOf(DIST);
  expect(built.version).toMatch(/^[0-9a-f]{16}$/);
  expect(built.urls).toEqual(['./', ...files]);
  expect(files).toContain('index.html');
  expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);

  const dir = copyOfDist();
  try {
    // The same files give the same version (dist/sw.js is up to date).
    runHook(dir);
    expect(manifestOf(dir).version).toBe(built.version);
    // Any change to a file's contents gives a new version.
    const css = files.find((f) => f.endsWith('.css'));
    appendFileSync(join(dir, css), '\n/* changed */\n');
    runHook(dir);
    const changed = manifestOf(dir).version;
    expect(changed).not.toBe(built.version);
    // So does a new file.
    writeFileSync(join(dir, 'extra.txt'), 'x');
    runHook(dir);
    expect(manifestOf(dir).version).not.toBe(changed);
    expect(manifestOf(dir).urls).toContain('extra.txt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
