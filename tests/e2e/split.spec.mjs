// The explorer's first load carries only the wasm every page needs; each
// other page's code is a part fetched the first time the page opens
// (scripts/wasm-split.mjs, src/ui/views/split.rs). A part that cannot be
// fetched gives a message and "Prøv igen", never a blank page.
import { test, expect } from '@playwright/test';
import { smallControls, watch } from './page.mjs';

// Requests the page itself makes (the service worker's background caching
// would otherwise hide them from page.route and fetch every part).
test.use({ serviceWorkers: 'block' });

const PART = /\/split-[0-9a-f]{16}\/[^/]+\.wasm$/;
const MAIN = /_bg\.wasm$/;

/** Every wasm the page asked for, by name, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => { if (/\.wasm$/.test(r.url())) seen.push(r.url()); });
  return seen;
}

const nav = (page, name) => page.locator('nav.views a', { hasText: name });

test('the first load fetches no other page\'s code; each page fetches its own part when opened', async ({ page }) => {
  const problems = watch(page);
  const seen = wasmRequests(page);
  await page.goto('/');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await page.waitForTimeout(500);
  expect(seen.filter((u) => MAIN.test(u))).toHaveLength(1);
  expect(seen.filter((u) => PART.test(u))).toEqual([]);

  // The toolbar's panels are parts too: each is fetched when it first opens.
  const panels = [
    ['#open-share', '.share-panel svg.qr', 'split_share_panel'],
    ['#open-saved', '.saved-panel', 'split_saved_panel'],
    ['#open-export', '.export-panel', 'split_export_panel'],
  ];
  for (const [button, inside, part] of panels) {
    await page.locator(button).click();
    await expect(page.locator(inside).first()).toBeVisible();
    expect(seen.some((u) => u.includes(`/${part}.wasm`)), `${part} fetched`).toBe(true);
  }
  await page.locator('#open-export').click();
  await expect(page.locator('#scenario-panel')).toBeHidden();

  const pages = [
    ['Sammenlign', '#compare-heading', 'split_compare_page'],
    ['Workshop-tavle', '#board-heading', 'split_board_page'],
    ['Egne tal', '#cockpit-heading', 'split_cockpit_page'],
    ['Baggrund', '#approaches-heading', 'split_background_page'],
  ];
  for (const [name, heading, part] of pages) {
    await nav(page, name).click();
    await expect(page.locator(heading).first()).toBeVisible();
    expect(seen.some((u) => u.includes(`/${part}.wasm`)), `${part} fetched`).toBe(true);
  }
  // Back to the explorer: its figures are still there, nothing fetched again.
  const before = seen.length;
  await nav(page, 'Prioriter').click();
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await nav(page, 'Sammenlign').click();
  await expect(page.locator('#compare-heading')).toBeVisible();
  expect(seen.slice(before)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a page whose part cannot be fetched says so, the app keeps working, and "Prøv igen" opens it', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  const keys = await page.locator('.keys .key-value').allTextContents();

  await page.route(PART, (route) => route.abort('internetdisconnected'));
  await nav(page, 'Workshop-tavle').click();
  const alert = page.locator('.page-load-failed');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Siden kunne ikke hentes');
  expect(await smallControls(page)).toEqual([]);
  await page.screenshot({ path: `tests/e2e/screenshots/${test.info().project.name}-page-load-failed.png` });

  // The explorer still works, with the same figures.
  await nav(page, 'Prioriter').click();
  await expect(page.locator('.keys .key-value')).toHaveText(keys);

  // Back online, "Prøv igen" opens the board.
  await nav(page, 'Workshop-tavle').click();
  await expect(alert).toBeVisible();
  await page.unroute(PART);
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.locator('#board-heading').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
  // The failed fetches were logged by the loader; nothing else went wrong.
  expect(problems.filter((p) => !/internetdisconnected|Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError: (Failed to fetch|NetworkError)/i.test(p))).toEqual([]);
});

test('a toolbar panel whose part cannot be fetched says so in the panel, and "Prøv igen" opens it', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await page.route(PART, (route) => route.abort('internetdisconnected'));
  await page.locator('#open-share').click();
  const alert = page.locator('#scenario-panel .page-load-failed');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Det kunne ikke hentes');
  expect(await smallControls(page)).toEqual([]);
  // The sliders still move the figures meanwhile.
  const first = page.locator('.glance-value').first();
  const before = await first.textContent();
  await page.locator('#slider-budget_squeeze').focus();
  await page.keyboard.press('End');
  await expect(first).not.toHaveText(before);

  await page.unroute(PART);
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('.share-panel svg.qr')).toBeVisible();
  expect(problems.filter((p) => !/internetdisconnected|Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError: (Failed to fetch|NetworkError)/i.test(p))).toEqual([]);
});
