// A facilitator's projector (1920x1080): the compare view uses the full
// width in large type, with differences against "no change" and only those
// that matter highlighted; the workshop board in presentation mode fits one
// screen, in type from 28 px, with every participant's name, lens and dot.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watch } from './page.mjs';

const PROJECTOR = { width: 1920, height: 1080 };
const TABLET = { width: 1024, height: 768 };
const ROOM = [
  ['Anna', 'budget_squeeze', 'Budgetklemme'],
  ['Bo', 'social_professional', 'Socialfaglig tilgang'],
  ['Carla', 'steering', 'Styringstilgang'],
  ['Dan', 'diagnosis', 'Diagnosetilgang'],
  ['Eva', 'future_priorities', 'fremtidens prioriteringer'],
];
// Highlighted cells for the five lenses side by side under the old rule
// (more than 0.5 % of the row's largest value, against column 1).
const NOTABLE_BEFORE = 49;

// These tests make their own contexts; run them once, not per project.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'wide', 'one run at projector size');
  // Two browser contexts each, on a machine shared with other runs.
  test.setTimeout(90_000);
});

async function openIn(browser, viewport, path) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  return { context, page, problems };
}

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/projector-${name}.png`, fullPage: true });

/** A Danish number as the tables write it ("−4,53", "12.600") as a float. */
const num = (t) => Number(t.trim().replace(/\./g, '').replace(',', '.').replace('−', '-').replace(/^\+/, ''));

const px = (locator) => locator.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

async function noSeriousAxe(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
}

test('compare on a projector: full width, large type, differences against "no change"', async ({ browser }) => {
  const { context, page, problems } = await openIn(browser, PROJECTOR, '/#sammenlign');
  const table = page.locator('#compare-table');
  await expect(table).toBeVisible();
  // Column 1 a lens, column 2 "no change": the differences are from column 2.
  await page.locator('select[data-column="0"]').selectOption('steering');
  await expect(page.locator('#compare-table thead th.reference')).toContainText('Uden ændringer');
  await expect(page.locator('#compare-table thead th.reference')).toContainText('udgangspunkt');
  await expect(page.locator('#compare-note')).toContainText('forskellen fra «Uden ændringer»');
  expect((await table.boundingBox()).width).toBeGreaterThan(1400);
  expect(await px(page.locator('#compare-table tbody td').first())).toBeGreaterThanOrEqual(20);
  expect(await px(page.locator('#compare-table tbody th').first())).toBeGreaterThanOrEqual(20);
  expect(await px(page.locator('#compare-table .diff').first())).toBeGreaterThanOrEqual(20);
  expect(await px(page.locator('#compare-note'))).toBeGreaterThanOrEqual(20);
  for (const metric of ['spending_dkk', 'overspend_dkk', 'unmet_citizens']) {
    const row = page.locator(`#compare-table tr[data-metric="${metric}"]`);
    const lens = row.locator('td').nth(0);
    const none = row.locator('td').nth(1);
    await expect(none.locator('.diff')).toHaveCount(0);
    const diff = await lens.locator('.diff').innerText();
    expect(diff, `${metric}: a true minus or a plus`).toMatch(/^[+−]/);
    const expected = num(await lens.locator('.value').innerText()) - num(await none.locator('.value').innerText());
    expect(Math.abs(num(diff) - expected), `${metric}: ${diff} against ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 0.02 + 0.01);
  }
  // Money rows share one unit: each names "mia. kr." once, no cell repeats it.
  await expect(page.locator('#compare-table tr[data-metric="overspend_dkk"] th .unit')).toHaveText('mia. kr.');
  const cells = await page.locator('#compare-table td').allInnerTexts();
  expect(cells.filter((t) => t.includes('kr.'))).toEqual([]);
  await shot(page, 'compare-1920');
  await noSeriousAxe(page);

  // The five lenses, none of them "no change": against column 1, fewer lit.
  await page.locator('#compare-lenses').click();
  await expect(page.locator('#compare-table thead th')).toHaveCount(6);
  await expect(page.locator('#compare-note')).toContainText('første kolonne: Budgetklemme');
  const lit = await page.locator('#compare-table td.notable').count();
  expect(lit).toBeGreaterThan(5);
  expect(lit).toBeLessThan(NOTABLE_BEFORE);
  await shot(page, 'compare-lenses-1920');
  // Presentation mode: the table and chart alone, in type from 28 px.
  await page.locator('.present-button').click();
  await expect(page.locator('.compare-picks')).toBeHidden();
  await expect(page.locator('.present-hint')).toHaveText('Esc afslutter præsentationen.');
  expect(await px(page.locator('#compare-table tbody td').first())).toBeGreaterThanOrEqual(28);
  expect(await px(page.locator('#compare-table tbody th').first())).toBeGreaterThanOrEqual(28);
  // The first screen: the six headline figures, the whole table in view.
  await expect(page.locator('#compare-table tbody tr:visible')).toHaveCount(6);
  for (const metric of ['spending_dkk', 'overspend_dkk', 'unmet_dkk', 'unmet_citizens', 'ceiling_freed_dkk', 'prevention_gains_dkk']) {
    await expect(page.locator(`#compare-table tr[data-metric="${metric}"]`)).toBeVisible();
  }
  await shot(page, 'compare-presenting-1920');
  const box = await page.locator('#compare-table').boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(1080);
  expect(await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // Every figure on request.
  await page.locator('#compare-every-figure').click();
  await expect(page.locator('#compare-every-figure')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#compare-table tbody tr:visible')).toHaveCount(17);
  await noSeriousAxe(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('.compare-picks')).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();

  const tablet = await openIn(browser, TABLET, '/#sammenlign');
  await tablet.page.locator('select[data-column="0"]').selectOption('steering');
  await expect(tablet.page.locator('#compare-table thead th.reference')).toBeVisible();
  await shot(tablet.page, 'compare-1024');
  await noSeriousAxe(tablet.page);
  expect(tablet.problems).toEqual([]);
  await tablet.context.close();
});

/** Five participants on this browser's board, each named (typed, no Enter) after choosing a lens. */
async function fillBoard(page) {
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  await page.locator('#open-share').click();
  for (const [name, lens] of ROOM) {
    await page.locator(`.lens[data-lens="${lens}"]`).click();
    await expect(page.locator(`.lens[data-lens="${lens}"]`)).toHaveAttribute('aria-pressed', 'true');
    await page.locator('#scenario-name').fill(name);
    await page.locator('#add-to-board').click();
    await expect(page.locator('.share-panel .status')).toContainText('tavle');
  }
}

test('board on a projector: one screen, large type, every name, lens and dot', async ({ browser }) => {
  const { context, page, problems } = await openIn(browser, PROJECTOR, '/');
  await fillBoard(page);
  await page.goto('/#tavle');
  await expect(page.locator('#board-table tbody tr')).toHaveCount(6);
  for (const [name, , lens] of ROOM) {
    const person = page.locator('#room-people li', { hasText: name });
    await expect(person.locator('.participant-lens')).toContainText(lens);
    await expect(page.locator('#board-table tbody')).toContainText(name);
  }
  // Every strip has its two ends named, and no dot hides another.
  const rows = page.locator('#weight-strips .strip-row');
  await expect(rows).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await expect(rows.nth(i).locator('.strip-low')).toHaveText(/^ingen \(0\s%\)$/);
    await expect(rows.nth(i).locator('.strip-high')).toHaveText(/^fuld \(100\s%\)$/);
    const boxes = await rows.nth(i).locator('.dot').evaluateAll((dots) =>
      dots.map((d) => { const r = d.getBoundingClientRect(); return [r.x, r.y, r.width]; }));
    expect(boxes.length).toBe(5);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = 0; b < a; b++) {
        const apart = Math.hypot(boxes[a][0] - boxes[b][0], boxes[a][1] - boxes[b][1]);
        expect(apart, `strip ${i}: dots ${a} and ${b}`).toBeGreaterThan(boxes[a][2] * 0.45);
      }
    }
  }
  await shot(page, 'board-1920');
  await noSeriousAxe(page);

  await page.locator('.present-button').click();
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.locator('.present-hint')).toHaveText('Esc afslutter præsentationen.');
  await expect(page.locator('#board-links')).toBeHidden();
  await expect(page.locator('#open-median')).toBeHidden();
  await shot(page, 'board-presenting-1920');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  for (const main of ['#room-people .participant', '#room-people .participant-lens', '.strip-name', '.strip-end',
    '#disputed li', '#board-table tbody td', '#board-table tbody th']) {
    expect(await px(page.locator(main).first()), main).toBeGreaterThanOrEqual(28);
  }
  for (const [name, , lens] of ROOM) {
    await expect(page.locator('#room-people li', { hasText: name })).toBeInViewport();
    await expect(page.locator('#room-people li', { hasText: name })).toContainText(lens);
  }
  await expect(page.locator('#board-table')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('#weight-strips')).toBeInViewport({ ratio: 1 });
  // Arrow keys have no charts to step on the board: the address stays.
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => location.hash)).toBe(before);
  await noSeriousAxe(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(page.locator('#board-links')).toBeVisible();

  // The explorer's hint still names the arrow keys.
  await page.goto('/');
  await page.locator('.present-button').click();
  await expect(page.locator('.present-hint')).toContainText('piletasterne');
  expect(problems).toEqual([]);
  await context.close();

  const tablet = await openIn(browser, TABLET, '/');
  await fillBoard(tablet.page);
  await tablet.page.goto('/#tavle');
  await expect(tablet.page.locator('#board-table tbody tr')).toHaveCount(6);
  await shot(tablet.page, 'board-1024');
  await tablet.page.locator('.present-button').click();
  await shot(tablet.page, 'board-presenting-1024');
  await noSeriousAxe(tablet.page);
  expect(tablet.problems).toEqual([]);
  await tablet.context.close();
});
