// "Hent dine tal": a finance officer picks the municipality, sees the
// Statistikbanken links for it, drops the downloaded extracts (made-up
// figures in the real layout, tests/statbank_corpus), and the explorer runs
// on the municipality's figures with its name shown; a foreign file gets a
// clear message and the data in use stays. Nothing is fetched from another
// origin.
import { test, expect } from '@playwright/test';
import { watch, smallControls } from './page.mjs';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = 'tests/statbank_corpus';
const file = (name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(CORPUS, name)) });

async function open(page) {
  const problems = watch(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/#kommune');
  await expect(page.locator('#statbank-municipality')).toBeVisible();
  return { problems, requests };
}

test('København from REGK31, HAND01, ANBAAR and FOLK1A: links, what was read, and the explorer on its figures', async ({ page }, info) => {
  const { problems, requests } = await open(page);
  await page.goto('/#prioriter');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  const nationalKeys = await page.locator('.keys .key-value').allInnerTexts();
  await page.goto('/#kommune');

  await expect(page.locator('#statbank-municipality option')).toHaveCount(99);
  await page.locator('#statbank-municipality').selectOption('101');
  const links = page.locator('#statbank-links a');
  await expect(links).toHaveCount(10);
  expect(await links.first().getAttribute('href')).toContain('api.statbank.dk/v1/data/REGK31/CSV?');
  expect(await links.first().getAttribute('href')).toContain('OMR%C3%85DE=000,101');
  await expect(page.locator('#statbank-links')).toContainText('REGK31-101.csv');
  await expect(page.locator('#statbank-links')).toContainText('HAND01-101.csv');
  await expect(page.locator('#statbank-links')).toContainText('ANBAAR-101.csv');

  await page.locator('#statbank-files').setInputFiles([file('REGK31-101.csv'), file('HAND01-101.csv'), file('ANBAAR-101.csv'), file('FOLK1A-101.csv')]);
  await expect(page.locator('#statbank-summary')).toContainText('København');
  await expect(page.locator('#statbank-summary')).toContainText('REGK31');
  await expect(page.locator('#statbank-problems .problem-error')).toHaveCount(0);
  await expect(page.locator('#statbank-areas tr[data-area="adult_sel108"]')).toContainText('Danmarks Statistik');
  await expect(page.locator('#statbank-areas tr[data-area="adult_sel82"]')).toContainText('landstal');
  // The volume is the municipality's own count (HAND01, ANBAAR), or scaled where the files have none.
  await expect(page.locator('#statbank-areas tr[data-area="adult_sel108"] .statbank-volume')).toContainText('kommunens egne (HAND01 2023');
  await expect(page.locator('#statbank-areas tr[data-area="child_foster_care"] .statbank-volume')).toContainText('kommunens egne (ANBAAR, anbragte pr. 31.12.2023)');
  await expect(page.locator('#statbank-areas tr[data-area="child_preventive_measures"] .statbank-volume')).toContainText('landstal skaleret');
  await expect(page.locator('#statbank-services-not-used')).toContainText('Ledsageordning');
  // On a tablet the own figures and their sources are in view without
  // scrolling the table sideways (only the earlier years may need it).
  if (info.project.name === 'tablet') {
    const region = await page.locator('.table-scroll:has(#statbank-areas)').boundingBox();
    const volume = await page.locator('#statbank-areas tr[data-area="child_foster_care"] .statbank-volume').boundingBox();
    expect(volume.x + volume.width).toBeLessThanOrEqual(region.x + region.width + 1);
  }
  await expect(page.locator('#statbank-unmapped')).toContainText('5.38.42');
  // Earlier years, per inhabitant where FOLK1A has the year.
  await expect(page.locator('#statbank-areas tr[data-area="adult_sel108"] .statbank-earlier')).toContainText('2022');
  await expect(page.locator('#statbank-areas tr[data-area="adult_sel108"] .statbank-earlier')).toContainText('pr. indbygger');
  expect((await smallControls(page)).filter((c) => /statbank/.test(c))).toEqual([]);
  // Nothing wider than the screen, long links included.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-statbank.png`, fullPage: true });
  // Not in use until accepted.
  await expect(page.locator('#data-in-use')).toContainText('landstal');
  await page.locator('#statbank-accept').click();
  await expect(page.locator('#data-in-use')).toContainText('København');

  await page.locator('.nav-link[href^="#prioriter"]').click();
  await expect(page.locator('.key-scale')).toContainText('København');
  await expect.poll(() => page.locator('.keys .key-value').allInnerTexts()).not.toEqual(nationalKeys);
  // The exported data set says where each figure came from.
  await page.locator('#open-export').click();
  const download = page.waitForEvent('download');
  await page.locator('#export-data').click();
  const data = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const sel108 = data.areas.find((a) => a.id === 'adult_sel108');
  expect(sel108.unit_cost_dkk.source).toBe('dst_regk31');
  expect(sel108.unit_cost_dkk.status).toBe('D');
  expect(sel108.unit_cost_dkk.note).toContain('REGK31 2023');
  expect(sel108.volume_full_year.source).toBe('dst_hand01');
  expect(sel108.volume_full_year.note).toContain('HAND01');
  const foster = data.areas.find((a) => a.id === 'child_foster_care');
  expect(foster.volume_full_year.source).toBe('dst_anbaar');
  expect(foster.volume_full_year.note).toContain('31.12.2023');
  const preventive = data.areas.find((a) => a.id === 'child_preventive_measures');
  expect(preventive.volume_full_year.note).toContain('FOLK1A 2023K4');

  await page.locator('.nav-link[href^="#kommune"]').click();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
  expect(problems).toEqual([]);
});

test('a foreign file is refused with its line; Læsø in Latin-1 with suppressed cells is read', async ({ page }) => {
  const { problems } = await open(page);
  await page.locator('#statbank-municipality').selectOption('825');
  await page.locator('#statbank-files').setInputFiles([file('not-statbank.csv')]);
  await expect(page.locator('#statbank-summary')).toContainText('kan ikke bruges');
  await expect(page.locator('#statbank-problems .problem-error')).toHaveCount(1);
  await expect(page.locator('#statbank-problems .problem-error')).toContainText('«not-statbank.csv», linje 1');
  await expect(page.locator('#statbank-accept')).toBeDisabled();
  await expect(page.locator('#data-in-use')).toContainText('landstal');

  await page.locator('#statbank-files').setInputFiles([file('regk31-laesoe.csv'), file('FOLK1A-825.csv')]);
  await expect(page.locator('#statbank-summary')).toContainText('Læsø');
  await expect(page.locator('#statbank-problems')).toContainText('diskretionshensyn');
  await expect(page.locator('#statbank-accept')).toBeEnabled();
  await page.locator('#statbank-accept').click();
  await expect(page.locator('#data-in-use')).toContainText('Læsø');
  await page.locator('#statbank-clear').click();
  await expect(page.locator('#statbank-summary')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('files dropped on the drop zone are read like picked ones; the zone is marked while files are over it', async ({ page }) => {
  const { problems } = await open(page);
  const zone = page.locator('#statbank-files').locator('xpath=..');
  const names = ['REGK31-751.csv', 'FOLK1A-751.csv'];
  const contents = names.map((n) => readFileSync(join(CORPUS, n), 'utf8'));
  const dataTransfer = await page.evaluateHandle(([names, contents]) => {
    const dt = new DataTransfer();
    names.forEach((n, i) => dt.items.add(new File([contents[i]], n, { type: 'text/csv' })));
    return dt;
  }, [names, contents]);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveClass(/dragging/);
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).not.toHaveClass(/dragging/);
  await expect(page.locator('#statbank-summary')).toContainText('Aarhus');
  await expect(page.locator('#statbank-problems .problem-error')).toHaveCount(0);
  expect(problems).toEqual([]);
});
