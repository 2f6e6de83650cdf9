// The background view: VIVE's five approaches, the six cities' five
// recommendations, the recipients chart, the language switch, accessibility.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { smallControls } from './page.mjs';

/** Opens the app and fails the test on any console error or page error. */
async function open(page, { storage } = {}) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (storage) {
    await page.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, storage);
  }
  await page.goto('/#baggrund');
  await expect(page.locator('#approaches-heading')).toBeVisible();
  return problems;
}

/** Taps on touch devices, clicks elsewhere. */
const press = (locator, info) => (info.project.use.hasTouch ? locator.tap() : locator.click());

const shot = (page, info, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png`, fullPage: true });

/** Share of the canvas' pixels that are not white. */
const inkedShare = (page) =>
  page.locator('canvas.chart').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) inked++;
    return inked / (d.length / 4);
  });

test('shows the five approaches and five recommendations in Danish', async ({ page }, info) => {
  const problems = await open(page);
  await expect(page.locator('h1')).toHaveText('Prioriteringsrummet');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  const wide = info.project.name === 'wide';
  const approaches = wide ? page.locator('.approach-table tbody tr') : page.locator('.approach-card');
  await expect(approaches).toHaveCount(5);
  for (const a of await approaches.all()) await expect(a).toBeVisible();
  await expect(approaches.first()).toContainText('Budgetklemme /crowding out-tilgang');
  await expect(approaches.first()).toContainText('Socialområdet tager midler fra andre serviceområder');
  await expect(approaches.nth(4)).toContainText('Den velfærdspolitiske vision og politisk prioritering på den lange bane');
  // The other layout is hidden, not duplicated for screen readers.
  await expect(wide ? page.locator('.approach-cards') : page.locator('.approach-table')).toBeHidden();

  const recs = page.locator('.recommendation');
  await expect(recs).toHaveCount(5);
  await expect(recs.nth(0)).toContainText('Skab de rette rammer om den forebyggende indsats');
  await expect(recs.nth(0)).toContainText('Mellemlang sigt');
  await expect(recs.nth(4)).toContainText('Vær tydelig i den politiske prioritering');
  await expect(page.locator('.rec-bullets li').first()).toBeHidden();
  await shot(page, info, 'da');
  expect(problems).toEqual([]);
});

test('expanding a recommendation shows its parts and every bullet', async ({ page }, info) => {
  const problems = await open(page);
  const rec = page.locator('.recommendation').nth(3);
  await press(rec.locator('summary'), info);
  const bullets = rec.locator('.rec-bullets li');
  await expect(bullets).toHaveCount(5);
  for (const b of await bullets.all()) await expect(b).toBeVisible();
  await expect(bullets.nth(3)).toContainText('Genoptage arbejdet med hovedloven');
  for (const part of ['Problemet', 'Løsninger: Konsekvensvurder ny lovgivning og sæt gang i hovedloven',
    'Gevinster: Bedre rehabilitering og mere progression', 'Tidshorisont: Mellem til lang sigt', '6-byerne anbefaler, at']) {
    await expect(rec.getByRole('heading', { name: part })).toBeVisible();
  }
  await rec.locator('summary').scrollIntoViewIfNeeded();
  await shot(page, info, 'recommendation-open');
  // Keyboard: focus the first summary and open it with Enter.
  const first = page.locator('.recommendation summary').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.recommendation').first().locator('.rec-bullets li')).toHaveCount(3);
  await expect(page.locator('.recommendation').first().locator('.rec-bullets li').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the language switch translates the page and is remembered', async ({ page }, info) => {
  const problems = await open(page);
  await press(page.getByRole('button', { name: 'English' }), info);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('The Priorities Room');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#approaches-heading')).toHaveText("VIVE's five approaches to the social area");
  await expect(page.locator('.recommendation').first()).toContainText('Recommendation 1');
  await expect(page.locator('table.figures')).toContainText('194,000');
  await shot(page, info, 'en');

  await page.reload();
  await expect(page.locator('h1')).toHaveText('The Priorities Room');
  await press(page.getByRole('button', { name: 'Dansk' }), info);
  await expect(page.locator('h1')).toHaveText('Prioriteringsrummet');
  await expect(page.locator('table.figures')).toContainText('194.000');
  expect(problems).toEqual([]);
});

test('the recipients chart is drawn at the pixel ratio, with a text alternative and sources', async ({ page }, info) => {
  const problems = await open(page);
  const canvas = page.locator('canvas.chart');
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => inkedShare(page)).toBeGreaterThan(0.01);
  const { width, cssWidth, ratio } = await canvas.evaluate((c) => ({
    width: c.width, cssWidth: c.clientWidth, ratio: window.devicePixelRatio,
  }));
  expect(Math.abs(width - Math.round(cssWidth * ratio))).toBeLessThanOrEqual(1);
  await expect(canvas).toHaveAttribute('aria-label', /2014: 161\.000, 2016: 178\.000, 2022: 194\.000/);
  const rows = page.locator('table.figures tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('afledt');
  await expect(rows.nth(2)).toContainText('Socialpolitisk Redegørelse 2023');
  await expect(page.locator('.recipients .source-line')).toContainText('Socialpolitisk Redegørelse 2023');

  // Switching language redraws the chart with English number formats.
  const before = await canvas.evaluate((c) => c.toDataURL());
  await press(page.getByRole('button', { name: 'English' }), info);
  await expect.poll(() => canvas.evaluate((c) => c.toDataURL())).not.toBe(before);
  expect(problems).toEqual([]);
});

test('a corrupted stored language falls back to Danish', async ({ page }) => {
  const problems = await open(page, { storage: { 'prioritet.lang': '{not json' } });
  await expect(page.locator('h1')).toHaveText('Prioriteringsrummet');
  expect(problems).toEqual([]);
});

test('axe-core finds no serious or critical violations, closed and open', async ({ page }) => {
  await open(page);
  const serious = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await serious()).toEqual([]);
  for (const s of await page.locator('.recommendation summary').all()) await s.click();
  await page.getByRole('button', { name: 'English' }).click();
  expect(await serious()).toEqual([]);
});

test('before any script runs the page names the app and says in a plain sentence what it is; the app then replaces it', async ({ browser, page }, info) => {
  // The built page itself: its body names the app and says what it is, and
  // every script is a module, which runs only after the page is parsed.
  const html = readFileSync('dist/index.html', 'utf8');
  const body = html.slice(html.search(/<body/i));
  expect(body).toContain('Prioriteringsrummet');
  expect(body).toContain('Et værktøj til at afveje prioriteringer på det specialiserede socialområde');
  for (const tag of html.match(/<script[^>]*>/gi) ?? []) expect(tag).toContain('type="module"');
  // With scripts off (or before the wasm arrives) the shell is what a visitor sees.
  const off = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() });
  const still = await off.newPage();
  await still.goto('/');
  await expect(still.locator('#boot .boot-name')).toHaveText('Prioriteringsrummet');
  await expect(still.locator('#boot')).toContainText('fast økonomisk ramme');
  await still.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-boot-shell.png` });
  await off.close();
  // Once the app runs, the shell is gone and the app's own heading is the only h1.
  const problems = await open(page);
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('every control in every view is at least 44 by 44 px, with a "Hvorfor?" open', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  for (const view of ['prioriter', 'sammenlign', 'tavle', 'kommune', 'baggrund', 'notat']) {
    await page.goto(`/#${view}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
    const why = page.locator('.why-button:visible').first();
    if (await why.count()) await why.click();
    const small = await smallControls(page);
    expect(small, view).toEqual([]);
  }
  expect(problems).toEqual([]);
});
