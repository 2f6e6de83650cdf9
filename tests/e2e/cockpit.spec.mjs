// A municipality's own numbers: a finance officer loads a Danish
// spreadsheet export, sees the cockpit, accepts it and the explorer, the
// compare view and the share panel use it; every bad file in the corpus
// gets a clear message and nothing crashes or replaces the data in use.
import { test, expect } from '@playwright/test';
import { watch } from './page.mjs';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = 'tests/import_corpus';
const GOOD = ['good_excel_da.csv', 'good_comma_english.csv', 'good_tab.tsv', 'good.json', 'messy_but_fine.csv'];

async function openCockpit(page) {
  const problems = watch(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/#kommune');
  await expect(page.locator('#cockpit-table')).toBeVisible();
  return { problems, requests };
}

const load = (page, name, buffer) =>
  page.locator('#import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: buffer ?? readFileSync(join(CORPUS, name)) });

test('a Danish spreadsheet export: cockpit, accept, and the explorer uses it', async ({ page }, info) => {
  const { problems, requests } = await openCockpit(page);
  await expect(page.locator('#privacy-note')).toContainText('sendes aldrig');
  await expect(page.locator('#data-in-use')).toContainText('landstal');
  const nationalTotal = await page.locator('#cockpit-total').innerText();
  await page.goto('/#prioriter');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  const nationalKeys = await page.locator('.keys .key-value').allInnerTexts();
  await page.goto('/#kommune');

  await load(page, 'good_excel_da.csv');
  await expect(page.locator('.import-summary')).toContainText('områder læst fra filen');
  await expect(page.locator('#import-problems .problem-error')).toHaveCount(0);
  await expect(page.locator('#cockpit-table caption')).toContainText('Eksempelkommune');
  await expect(page.locator('#cockpit-table td.from-file').first()).toContainText('fra filen');
  await expect(page.locator('#cockpit-table td.scaled-default').first()).toContainText('landstal, skaleret');
  // Not in use until accepted.
  await expect(page.locator('#data-in-use')).toContainText('landstal');
  await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-cockpit-preview.png`, fullPage: true });
  await page.locator('#import-accept').click();
  await expect(page.locator('#data-in-use')).toContainText('Eksempelkommune');
  expect(await page.locator('#cockpit-total').innerText()).not.toBe(nationalTotal);

  await page.locator('.nav-link[href^="#prioriter"]').click();
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await expect.poll(() => page.locator('.keys .key-value').allInnerTexts()).not.toEqual(nationalKeys);
  await page.locator('#open-share').click();
  await expect(page.locator('.share-needs-file')).toBeVisible();
  await page.locator('#open-export').click();
  const download = page.waitForEvent('download');
  await page.locator('#export-data').click();
  const data = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(data.areas.some((a) => a.volume_full_year.source === 'municipality_file')).toBe(true);

  await page.locator('.nav-link[href^="#kommune"]').click();
  await page.locator('#use-national').click();
  await expect(page.locator('#data-in-use')).toContainText('landstal');
  await expect(page.locator('#cockpit-total')).toHaveText(nationalTotal);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
  expect(problems).toEqual([]);
});

test('national settings beyond the municipality\'s lever ranges: moved into range with a notice on accept, refused with a notice from a link', async ({ page }) => {
  const problems = watch(page);
  // A national scenario with the largest prevention investment the country allows.
  await page.goto('/#prioriter');
  const slider = page.locator('#slider-prevention_investment_dkk');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('?s=');
  const neutral = await page.evaluate(() => location.hash);
  await slider.focus();
  await slider.press('End');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(neutral);
  const national = await page.evaluate(() => location.hash);

  await page.goto('/#kommune');
  await load(page, 'good_excel_da.csv');
  await page.locator('#import-accept').click();
  await expect(page.locator('#data-in-use')).toContainText('Eksempelkommune');
  // The national investment is beyond the municipality's scaled range: it
  // moves to the nearest allowed value, and a notice names the lever.
  await expect(page.locator('.notice')).toContainText('nærmeste tilladte værdi');
  await expect(page.locator('.notice')).toContainText('forebyggelse');
  await page.locator('.notice-close').click();
  await page.locator('.nav-link[href^="#prioriter"]').click();
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await expect(page.locator('.keys')).not.toContainText('Modellen kunne ikke regne');
  const keys = await page.locator('.keys .key-value').allInnerTexts();

  // The national link, opened by editing the address: checked against the
  // municipality's ranges, refused with a notice naming the lever.
  await page.evaluate((h) => { location.hash = h; }, national);
  await expect(page.locator('.notice')).toContainText('Linket indeholder en værdi, som ikke kan bruges');
  await expect(page.locator('.notice')).toContainText('prevention_investment_dkk');
  await expect(page.locator('.keys')).not.toContainText('Modellen kunne ikke regne');
  expect(await page.locator('.keys .key-value').allInnerTexts()).toEqual(keys);
  expect(problems).toEqual([]);
});

test('every good file in the corpus imports, in English too', async ({ page }) => {
  const { problems } = await openCockpit(page);
  for (const name of GOOD) {
    await load(page, name);
    await expect(page.locator('#import-accept'), name).toBeEnabled();
    await expect(page.locator('#import-problems .problem-error'), name).toHaveCount(0);
    await page.locator('#import-cancel').click();
  }
  await page.locator('.lang-button:has-text("English")').click();
  await load(page, 'good_excel_da.csv');
  await expect(page.locator('.import-summary')).toContainText('areas read from the file');
  expect(problems).toEqual([]);
});

test('every bad file gets a clear message and the data in use stays', async ({ page }, info) => {
  const { problems } = await openCockpit(page);
  await load(page, 'good_excel_da.csv');
  await page.locator('#import-accept').click();
  await expect(page.locator('#data-in-use')).toContainText('Eksempelkommune');
  const bad = readdirSync(CORPUS).filter((n) => !GOOD.includes(n) && !n.startsWith('good'));
  expect(bad.length).toBeGreaterThan(15);
  for (const name of bad) {
    await load(page, name);
    const shown = page.locator('#import-problems li');
    await expect(shown.first(), name).toBeVisible();
    const text = await shown.first().innerText();
    expect(text.length, name).toBeGreaterThan(10);
    await expect(page.locator('#data-in-use'), name).toContainText('Eksempelkommune');
    await page.locator('#import-cancel').click();
  }
  // A row-level problem names its line and column.
  await load(page, 'absurd_values.csv');
  await expect(page.locator('#import-problems')).toContainText(/Linje \d+, kolonne/);
  await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-cockpit-problems.png`, fullPage: true });
  // 50 MB is refused without being read.
  const huge = join(tmpdir(), `prioritet-huge-${process.pid}.csv`);
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await page.locator('#import-file').setInputFiles(huge);
  rmSync(huge);
  await expect(page.locator('#import-problems')).toContainText('MB');
  await expect(page.locator('#import-accept')).toBeDisabled();
  await expect(page.locator('#data-in-use')).toContainText('Eksempelkommune');
  expect(problems).toEqual([]);
});

test('no view is wider than the screen', async ({ page }) => {
  const problems = watch(page);
  for (const view of ['prioriter', 'sammenlign', 'tavle', 'kommune', 'baggrund', 'notat']) {
    await page.goto(`/#${view}`);
    await expect(page.locator('main')).not.toBeEmpty();
    await page.waitForTimeout(300);
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll, view).toBeLessThanOrEqual(width);
  }
  expect(problems).toEqual([]);
});
