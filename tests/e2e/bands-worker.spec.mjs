// The p10-p90 bands are computed off the main thread, in the bands worker
// (public/bands-worker.js running the page's own wasm, handed the module the
// page compiled), so no input waits for the 1,000 draws; where the worker
// cannot run, the page computes the same bands itself.
import { test, expect } from '@playwright/test';
import { watch } from './page.mjs';

test.skip(({ viewport }) => viewport.width !== 1024, 'once, at tablet size');

const band = (page) => page.locator('.key[data-key="overspend"] .key-band');

/** The band's text once it has landed (it reads "…" while pending). */
async function landed(page) {
  await expect(band(page)).not.toContainText('…', { timeout: 30_000 });
  return band(page).textContent();
}

/** Opens the explorer, waits for the bands, moves the budget squeeze two steps and waits again. */
async function bandsBeforeAndAfter(page) {
  await page.goto('./');
  const before = await landed(page);
  await page.locator('#slider-budget_squeeze').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(band(page)).not.toHaveText(before, { timeout: 30_000 });
  return [before, await landed(page)];
}

test('the bands come from the worker, which fetches no second copy of the wasm', async ({ page }) => {
  const problems = watch(page);
  const wasm = [];
  // Every request of the page and its workers; the service worker's
  // background caching of the build is not the page's download.
  page.context().on('request', (r) => { if (r.url().endsWith('.wasm') && !r.serviceWorker()) wasm.push(r.url()); });
  const worker = page.waitForEvent('worker');
  const [before, after] = await bandsBeforeAndAfter(page);
  expect((await worker).url()).toMatch(/bands-worker\.js$/);
  expect(before).toMatch(/mia\.\skr\./);
  expect(after).toMatch(/mia\.\skr\./);
  expect(wasm).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('without the worker the page computes the same bands itself', async ({ page, browser }) => {
  const problems = watch(page);
  const withWorker = await bandsBeforeAndAfter(page);
  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const bare = await other.newPage();
  const bareProblems = watch(bare);
  await bare.route('**/bands-worker.js', (route) => route.abort());
  expect(await bandsBeforeAndAfter(bare)).toEqual(withWorker);
  await other.close();
  expect([...problems, ...bareProblems]).toEqual([]);
});

test('a worker that fails on a job is replaced by the page: the bands still land', async ({ page }) => {
  const problems = watch(page);
  await page.route('**/bands-worker.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = (e) => { if (typeof e.data === "string") self.postMessage({ failed: true }); };' }));
  const [before, after] = await bandsBeforeAndAfter(page);
  expect(before).not.toEqual(after);
  expect(problems).toEqual([]);
});
