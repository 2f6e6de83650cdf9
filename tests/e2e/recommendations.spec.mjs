// The six cities' recommendations are not in the wasm: the build copies
// data/recommendations.json beside index.html (and the service worker
// precaches it), and the background view fetches it the first time it
// opens, once a session. While it loads the list says so; if the fetch
// fails (offline before the service worker has it, a server error, a
// broken file) it says so with a "Prøv igen" button, and the rest of the
// page works on.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watch } from './page.mjs';

test.skip(({ viewport }) => viewport.width !== 1024, 'once, at tablet size');

const FILE = '**/recommendations.json';
const isRecs = (url) => new URL(url).pathname.endsWith('/recommendations.json');

/** The browser's own line for a request that failed on purpose. */
const expected = (p) => !/Failed to load resource/.test(p);

test('the build ships the file and the service worker precaches it', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw).toContain('{"url":"recommendations.json","immutable":false}');
  const json = JSON.parse(readFileSync('dist/recommendations.json', 'utf8'));
  expect(json.recommendations).toHaveLength(5);
});

test('the explorer opens without the recommendations; the background view fetches them once', async ({ page }) => {
  const problems = watch(page);
  const fetched = [];
  page.on('request', (r) => { if (isRecs(r.url())) fetched.push(r.url()); });
  await page.goto('./');
  await expect(page.locator('.lens').first()).toBeVisible();
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  expect(fetched).toEqual([]);

  await page.getByRole('link', { name: 'Baggrund' }).click();
  const recs = page.locator('.recommendation');
  await expect(recs).toHaveCount(5);
  await expect(recs.first()).toContainText('Skab de rette rammer om den forebyggende indsats');
  await expect(page.locator('.recommendations .source-line')).toBeVisible();
  expect(fetched).toHaveLength(1);
  // Relative to the page, so the site works under a sub-path.
  expect(new URL(fetched[0]).pathname).toBe('/recommendations.json');

  // Back to the explorer and again to the background: no second fetch.
  await page.getByRole('link', { name: 'Prioriter' }).click();
  await expect(page.locator('.lens').first()).toBeVisible();
  await page.getByRole('link', { name: 'Baggrund' }).click();
  await expect(recs).toHaveCount(5);
  await expect(page.locator('.recommendations-loading')).toHaveCount(0);
  expect(fetched).toHaveLength(1);

  // The language switch words the fetched texts anew.
  await page.locator('.lang-button[lang="en"]').click();
  await expect(recs.first()).toContainText('Create the right framework for preventive efforts');
  expect(problems).toEqual([]);
});

test.describe('when the fetch fails', () => {
  // The page's own requests only: no service worker answering from its cache.
  test.use({ serviceWorkers: 'block' });

  test('offline: the message, the rest of the page, and "Prøv igen" once back online', async ({ page }) => {
    const problems = watch(page);
    let tries = 0;
    await page.route(FILE, (r) => { tries += 1; return r.abort('internetdisconnected'); });
    await page.goto('./#baggrund');
    const error = page.locator('.recommendations-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText('Anbefalingerne kunne ikke hentes');
    await expect(page.locator('.recommendation')).toHaveCount(0);
    expect(tries).toBe(1);
    // The rest of the background view is there.
    await expect(page.locator('#approaches-heading')).toBeVisible();
    await expect(page.locator('#recommendations-heading')).toBeVisible();
    await page.locator('canvas.chart').scrollIntoViewIfNeeded();
    await expect(page.locator('#glossary-heading')).toBeVisible();

    // Still offline: trying again says so again.
    await error.getByRole('button', { name: 'Prøv igen' }).click();
    await expect.poll(() => tries).toBe(2);
    await expect(error).toContainText('Anbefalingerne kunne ikke hentes');

    await page.unroute(FILE);
    await error.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(page.locator('.recommendation')).toHaveCount(5);
    await expect(error).toHaveCount(0);
    // And the explorer works on.
    await page.getByRole('link', { name: 'Prioriter' }).click();
    await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
    expect(problems.filter(expected)).toEqual([]);
  });

  test('loading, a server error and a broken file are named, in the reader\'s language; shown again, it tries again', async ({ page }) => {
    const problems = watch(page);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let answer = { status: 500, body: 'no' };
    await page.route(FILE, async (r) => { await held; await r.fulfill({ ...answer, contentType: 'application/json' }); });
    await page.goto('./#baggrund');
    const status = page.locator('.recommendations-loading');
    await expect(status).toHaveText('Henter anbefalingerne …');
    await expect(status).toHaveAttribute('role', 'status');
    release();
    const error = page.locator('.recommendations-error');
    await expect(error).toContainText('Anbefalingerne kunne ikke hentes');
    await expect(error.locator('code')).toHaveText('HTTP 500');

    answer = { status: 200, body: '{"version": 1, "source": "seed_001", "recommendations": [' };
    await page.locator('.lang-button[lang="en"]').click();
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect(error).toContainText('The recommendations could not be read');
    await expect(error.locator('code')).toContainText('recommendations.json: ');
    await expect(page.locator('.recommendation')).toHaveCount(0);

    // The file is fine again: leaving and coming back fetches it by itself.
    await page.unroute(FILE);
    await page.getByRole('link', { name: 'Prioritise' }).click();
    await expect(page.locator('.lens').first()).toBeVisible();
    await page.getByRole('link', { name: 'Background' }).click();
    await expect(page.locator('.recommendation')).toHaveCount(5);
    await expect(error).toHaveCount(0);
    expect(problems.filter(expected)).toEqual([]);
  });
});
