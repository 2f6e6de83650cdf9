// Every figure shows what it is: a status mark (kilde, afledt, antagelse,
// beregnet) on every number in the cockpit, the "Tallene bag figuren"
// tables, the reference figures and the key figures; a tap shows the source
// (title, publisher, date and a link or a Statistikbanken table) or the
// reason for an assumption in one shared panel; the scale is named.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watch } from './page.mjs';

/** Taps on touch devices, clicks elsewhere. */
const press = (locator, info) => (info.project.use.hasTouch ? locator.tap() : locator.click());

const shot = (page, info, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png` });

/** Serious and critical axe-core violations on the page. */
async function serious(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Cells holding a digit that have no status mark, in rows without a row mark. */
const unmarked = (table) =>
  table.evaluate((t) => {
    const out = [];
    for (const row of t.querySelectorAll('tbody tr, tfoot tr')) {
      const rowMark = row.querySelector('th .status-mark');
      for (const cell of row.querySelectorAll('td')) {
        if (/\d/.test(cell.innerText) && !rowMark && !cell.querySelector('.status-mark')) {
          out.push(`${row.innerText.split('\n')[0]}: ${cell.innerText}`);
        }
      }
    }
    return out;
  });

const panel = (page) => page.locator('#source-panel');

test('every number in the cockpit and the reference table has a mark; a tap shows its source', async ({ page }, info) => {
  const problems = watch(page);
  await page.goto('/#kommune');
  const table = page.locator('#cockpit-table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Hele landet');
  expect(await unmarked(table)).toEqual([]);
  expect(await unmarked(page.locator('#reference-table'))).toEqual([]);
  // A remainder shows no people, only its money.
  const remainder = table.locator('tr[data-area="adult_remainder"]');
  await expect(remainder.locator('td').nth(1)).toContainText('–');
  await expect(remainder.locator('td').nth(1).locator('.status-mark')).toHaveCount(0);

  // A stated count: the source's title, publisher, date and a link.
  const bpa = table.locator('tr[data-area="adult_bpa"]');
  const volume = bpa.locator('td').nth(1).locator('.status-mark');
  await expect(volume).toHaveAttribute('aria-label', /Mængde.*: kilde.*vis kilde/);
  await press(volume, info);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).locator('.source-title')).not.toBeEmpty();
  await expect(panel(page)).toContainText('Udgiver');
  await expect(panel(page)).toContainText('Dato');
  const link = panel(page).locator('a.source-link');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(page.locator('#source-panel-close')).toBeFocused();
  await shot(page, info, 'marks-cockpit-source');
  expect(await serious(page)).toEqual([]);
  // Escape closes the panel and gives the focus back to the mark.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(volume).toBeFocused();

  // An assumption: "Antagelse" and why.
  const cost = bpa.locator('td').nth(2).locator('.status-mark');
  await expect(cost).toHaveAttribute('data-mark', 'assumption');
  await press(cost, info);
  await expect(panel(page).locator('.source-status')).toHaveText('Antagelse');
  await expect(panel(page)).toContainText('Hvorfor denne værdi');
  await expect(panel(page).locator('.source-note [lang="en"]')).not.toBeEmpty();
  await press(page.getByRole('button', { name: 'Luk' }).last(), info);
  await expect(panel(page)).toBeHidden();

  // KL's total: Statistikbanken's table id.
  const total = page.locator('#reference-table tr[data-reference="kl_total_2023"] .status-mark');
  await expect(page.locator('#reference-table tr[data-reference="kl_total_2023"]')).toContainText('62,7 mia. kr.');
  await press(total, info);
  await expect(panel(page)).toContainText('Statistikbanken, tabel REGK31');
  await shot(page, info, 'marks-reference-table');

  // The base year's total is computed: what share rests on what.
  await press(page.locator('#cockpit-total .status-mark'), info);
  await expect(panel(page).locator('.source-status')).toHaveText('Beregnet');
  await expect(panel(page)).toContainText('på mindst én antagelse');
  expect(await serious(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the key figures say "hele landet" and every chart table row carries a mark', async ({ page }, info) => {
  const problems = watch(page);
  await page.goto('/#prioriter');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await expect(page.locator('.key-year')).toContainText('hele landet');
  const keys = page.locator('.keys > li.key');
  for (const key of await keys.all()) await expect(key.locator('.key-title .status-mark')).toHaveCount(1);
  const mark = page.locator('.key[data-key="overspend"] .status-mark');
  await expect(mark).toHaveAttribute('aria-label', /beregnet.*gælder alle tal på kortet/);
  await press(mark, info);
  await expect(panel(page)).toContainText('Beregnet af modellen');
  await shot(page, info, 'marks-key-figures');
  expect(await serious(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();

  for (const id of ['spending', 'coverage', 'squeeze', 'ceiling', 'prevention']) {
    await press(page.locator(`.tab[data-chart="${id}"]`), info);
    await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', id);
    const details = page.locator('.chart-table');
    if (!(await details.evaluate((d) => d.open))) await press(details.locator('summary'), info);
    const table = page.locator('.chart-figures');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(table.locator('caption')).toContainText('hele landet');
    expect(await unmarked(table), id).toEqual([]);
    const rows = await table.locator('tbody tr').count();
    await expect(table.locator('tbody th .status-mark')).toHaveCount(rows);
    await expect(table.locator('tbody th .status-mark').first()).toHaveAttribute('aria-label', /gælder alle tal i rækken/);
  }
  // Coverage rows rest on their own area's volume and unit cost.
  await press(page.locator('.tab[data-chart="coverage"]'), info);
  const first = page.locator('.chart-figures tbody th .status-mark').first();
  await first.scrollIntoViewIfNeeded();
  await press(first, info);
  await expect(panel(page)).toContainText('mængde × enhedsudgift');
  await shot(page, info, 'marks-chart-table');
  expect(await serious(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the footer lists every source with publisher, date and a link or table', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/#baggrund');
  // The background page's code arrives on demand; the footer moves down
  // when it does, so the tap waits for it.
  await expect(page.locator('#approaches-heading')).toBeVisible();
  const list = page.locator('.source-list');
  await list.locator('summary').click();
  await expect(list).toHaveAttribute('open', '');
  // The list is built when the details open (not at start-up).
  const items = list.locator('li');
  await expect.poll(() => items.count()).toBeGreaterThan(5);
  for (const item of await items.all()) {
    await expect(item.locator('.source-title')).not.toBeEmpty();
    await expect(item.locator('.source-publisher')).toContainText('Udgiver');
    await expect(item.locator('.source-link, .source-table, .source-seed')).toHaveCount(1);
  }
  await expect(list.locator('#source-kl_2024')).toContainText('REGK31');
  expect(problems).toEqual([]);
});
