// Scenarios and workshops: the state in the URL, share link and QR code,
// saved scenarios, compare, the facilitator board, exports and the memo,
// and bad links.
import { test, expect } from '@playwright/test';
import { watch } from './page.mjs';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { runScenarioFile } from './model.mjs';

const APPROACHES = ['budget_squeeze', 'social_professional', 'steering', 'diagnosis', 'future_priorities'];

async function open(page, path = '/') {
  const problems = watch(page);
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  return problems;
}

/** The explorer shows numbers and the URL holds the state's code. */
async function ready(page) {
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  // The sliders are built just after the first screen is painted.
  await expect(page.locator('.choices .reset-all')).toBeAttached();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('?s=');
}

const press = (locator, info) => (info.project.use.hasTouch ? locator.tap() : locator.click());
const shot = (page, info, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png`, fullPage: true });
const code = (page) => page.evaluate(() => new URL(location.href).hash.split('s=')[1] ?? '');

/** Waits for the URL to hold a state code different from `before`. */
async function urlSettles(page, before) {
  await expect.poll(() => code(page)).not.toBe(before);
  return code(page);
}

/** Waits until the URL's code has stopped changing and differs from `before`. */
async function urlStable(page, before) {
  await expect
    .poll(async () => {
      const a = await code(page);
      await page.waitForTimeout(400);
      return a !== before && a === (await code(page));
    })
    .toBe(true);
  return code(page);
}

/** Every control's value: sliders' aria-valuenow, switches' checked. */
const controls = (page) =>
  page.evaluate(() => {
    const out = {};
    for (const s of document.querySelectorAll('input[type="range"]')) out[s.id] = s.value;
    for (const c of document.querySelectorAll('input[type="checkbox"]')) out[c.id] = c.checked;
    return out;
  });

const keyTexts = (page) => page.locator('.keys .key-value').allInnerTexts();

test('every control round-trips through the URL, and reload restores it with the chart', async ({ page }) => {
  const problems = await open(page);
  await ready(page);
  const start = await code(page);
  const neutral = await controls(page);
  // Move every slider and flip every switch.
  for (const id of Object.keys(neutral)) {
    const el = page.locator(`#${id}`);
    await el.scrollIntoViewIfNeeded();
    if (typeof neutral[id] === 'boolean') await el.check();
    else {
      await el.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('PageDown');
    }
  }
  await page.locator('.tab[data-chart="coverage"]').click();
  const moved = await controls(page);
  for (const id of Object.keys(neutral)) expect(moved[id], id).not.toEqual(neutral[id]);
  await urlStable(page, start);
  const keys = await keyTexts(page);
  await page.reload();
  await ready(page);
  expect(await controls(page)).toEqual(moved);
  expect(await keyTexts(page)).toEqual(keys);
  await expect(page.locator('.tab[data-chart="coverage"]')).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('back and forward restore each view with the state it had, even on a slow tablet', async ({ page }) => {
  // A slow CPU widens the moment between a back/forward and its hashchange,
  // where a pending rewrite of the address once turned the entry into a copy
  // of the one just left (then forward or back went nowhere).
  test.setTimeout(120_000);
  const problems = await open(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await ready(page);
  const before = await code(page);
  await page.locator('.lens[data-lens="diagnosis"]').click();
  const diagnosis = await urlSettles(page, before);
  const compare = page.locator('#compare-table');
  for (let round = 0; round < 5; round++) {
    await page.locator('.nav-link[href^="#sammenlign"]').click();
    await expect(compare, `round ${round}: to compare`).toBeVisible();
    await page.goBack();
    await expect(compare, `round ${round}: back`).toBeHidden();
    await page.goForward();
    await expect(compare, `round ${round}: forward`).toBeVisible();
    await page.goBack();
    await expect(compare, `round ${round}: back again`).toBeHidden();
  }
  await ready(page);
  await expect(page.locator('.lens[data-lens="diagnosis"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await code(page)).toBe(diagnosis);
  expect(problems).toEqual([]);
});

test('a shared link opens the same numbers in another browser', async ({ page, browser }, info) => {
  const problems = await open(page);
  await ready(page);
  await page.locator('.lens[data-lens="steering"]').click();
  await page.locator('#slider-prevention_investment_dkk').focus();
  await page.keyboard.press('PageUp');
  await page.locator('.tab[data-chart="prevention"]').click();
  await page.locator('#open-share').click();
  // The code before the name; the name's code may land at any moment after
  // the typing (250 ms after the last key), so it is awaited from here.
  const before = await urlStable(page, '');
  await page.locator('#scenario-name').fill('Gruppe <b>A</b> & "B"');
  await page.locator('#scenario-name').press('Enter');
  await expect.poll(() => code(page)).not.toBe(before);
  await expect(page.locator('#share-link')).toHaveValue(/#prioriter\?s=/);
  const shared = await page.locator('#share-link').inputValue();
  expect(shared).toContain(await code(page));
  await expect(page.locator('.share-panel svg.qr path')).toHaveAttribute('d', /^M/);
  await shot(page, info, 'share');
  const keys = await keyTexts(page);

  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const second = await other.newPage();
  const problems2 = watch(second);
  await second.goto(shared);
  await ready(second);
  expect(await keyTexts(second)).toEqual(keys);
  await expect(second.locator('.tab[data-chart="prevention"]')).toHaveAttribute('aria-pressed', 'true');
  await second.locator('#open-share').click();
  await expect(second.locator('#scenario-name')).toHaveValue('Gruppe <b>A</b> & "B"');
  await other.close();
  expect(problems).toEqual([]);
  expect(problems2).toEqual([]);
});

test('copy link puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await open(page);
  await ready(page);
  await page.locator('#open-share').click();
  await page.locator('#copy-link').click();
  await expect(page.locator('.share-panel .status')).toContainText('kopieret');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#share-link').inputValue());
  expect(problems).toEqual([]);
});

test('saved scenarios: save, rename, open, delete and undo; they survive a reload', async ({ page }, info) => {
  const problems = await open(page);
  await ready(page);
  await page.locator('.lens[data-lens="budget_squeeze"]').click();
  const squeezeKeys = await keyTexts(page);
  await page.locator('#open-saved').click();
  await page.locator('#save-name').fill('Stram ramme');
  await page.locator('#save-scenario').click();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  await page.locator('.reset-all').click();
  await expect.poll(() => keyTexts(page)).not.toEqual(squeezeKeys);
  await page.locator('#save-scenario').click();
  await expect(page.locator('.saved-item')).toHaveCount(2);
  await expect(page.locator('.saved-item .saved-name').nth(1)).toHaveValue('Scenarie 2');
  await page.locator('.saved-item .saved-name').first().fill('Stram ramme <i>v2</i>');
  await page.locator('.saved-rename').first().click();
  await page.reload();
  await ready(page);
  await page.locator('#open-saved').click();
  await expect(page.locator('.saved-item')).toHaveCount(2);
  await expect(page.locator('.saved-item .saved-name').first()).toHaveValue('Stram ramme <i>v2</i>');
  await page.locator('.saved-open').first().click();
  await expect.poll(() => keyTexts(page)).toEqual(squeezeKeys);
  await page.locator('.saved-delete').first().click();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  await expect(page.locator('.saved-panel .status')).toContainText('Stram ramme <i>v2</i>');
  await shot(page, info, 'saved');
  await page.locator('#undo-delete').click();
  await expect(page.locator('.saved-item')).toHaveCount(2);
  await expect(page.locator('.saved-item .saved-name').first()).toHaveValue('Stram ramme <i>v2</i>');
  expect(problems).toEqual([]);
});

test('a foreign JSON file gets a message and changes nothing; the panels pass axe', async ({ page }) => {
  const problems = await open(page);
  await ready(page);
  await page.locator('.lens[data-lens="steering"]').click();
  const keys = await keyTexts(page);
  await page.locator('#open-saved').click();
  for (const [name, body] of [
    ['foreign.json', '{"type":"FeatureCollection","features":[]}'],
    ['newer.json', '{"version":7}'],
    ['bad-lever.json', '{"version":1,"levers":{"ceiling_dkk":-5}}'],
    ['not-json.json', 'hello'],
  ]) {
    await page.locator('#open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.locator('.saved-panel .status'), name).toContainText('ikke en scenariefil');
    expect(await keyTexts(page), name).toEqual(keys);
  }
  await page.locator('#open-file').setInputFiles({
    name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"priorities":{"steering":0.9}}'),
  });
  await expect(page.locator('.saved-panel .status')).toContainText('åbnet');
  for (const panel of ['#open-share', '#open-export', '#open-saved']) {
    await page.locator(panel).click();
    await expect(page.locator(panel)).toHaveAttribute('aria-expanded', 'true');
    const axe = await new AxeBuilder({ page }).include('.consequences').analyze();
    expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact)), panel).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('corrupted saved scenarios: a message, the text is kept, saving works again', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('prioritet.saved', '{"version":1,"entries":[{"na');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const problems = await open(page);
  await ready(page);
  await page.locator('#open-saved').click();
  await expect(page.locator('.saved-panel [role="alert"]')).toContainText('prioritet.saved.backup');
  await page.locator('#save-scenario').click();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  const backup = await page.evaluate(() => localStorage.getItem('prioritet.saved.backup'));
  expect(backup).toBe('{"version":1,"entries":[{"na');
  expect(problems).toEqual([]);
});

test('a second corruption gets its own backup, never written over the first', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('prioritet.saved.backup', 'an older backup');
      localStorage.setItem('prioritet.saved', '{"version":1,"entries":[{"na');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const problems = await open(page);
  await ready(page);
  await page.locator('#open-saved').click();
  await expect(page.locator('.saved-panel [role="alert"]')).toContainText('prioritet.saved.backup.2');
  await page.locator('#save-scenario').click();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  const kept = await page.evaluate(() => [localStorage.getItem('prioritet.saved.backup'), localStorage.getItem('prioritet.saved.backup.2')]);
  expect(kept).toEqual(['an older backup', '{"version":1,"entries":[{"na']);
  expect(problems).toEqual([]);
});

test('a stored list with a lone surrogate is backed up exactly as the browser held it', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('prioritet.saved', '{"broken": "\uD800');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const problems = await open(page);
  await ready(page);
  await page.locator('#open-saved').click();
  await expect(page.locator('.saved-panel [role="alert"]')).toContainText('prioritet.saved.backup');
  const same = await page.evaluate(() => localStorage.getItem('prioritet.saved.backup') === '{"broken": "\uD800');
  expect(same).toBe(true);
  expect(problems).toEqual([]);
});

test('when the browser refuses a backup, the message says so and the unreadable list is never written over', async ({ page }) => {
  const corrupt = '{"version":1,"entries":[{"na';
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('prioritet.saved', text);
      sessionStorage.setItem('seeded', '1');
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).includes('.backup')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, corrupt);
  const problems = await open(page);
  await ready(page);
  await page.locator('#open-saved').click();
  const alert = page.locator('.saved-panel [role="alert"]');
  await expect(alert).toContainText('tillod ikke at gemme en kopi');
  await expect(alert).toContainText('prioritet.saved');
  await page.locator('#save-scenario').click();
  await expect(page.locator('.saved-panel')).toContainText('Browseren tillod ikke at gemme');
  expect(await page.evaluate(() => localStorage.getItem('prioritet.saved'))).toBe(corrupt);
  expect(problems).toEqual([]);
});

test('compare: the five approaches side by side, differences highlighted, lines overlaid', async ({ page }, info) => {
  const problems = await open(page, '/#sammenlign');
  await expect(page.locator('#compare-table')).toBeVisible();
  await expect(page.locator('#compare-table thead th')).toHaveCount(3);
  await page.locator('#compare-lenses').click();
  await expect(page.locator('#compare-table thead th')).toHaveCount(6);
  expect(await page.locator('#compare-table td.notable').count()).toBeGreaterThan(3);
  if (page.viewportSize().width <= 600) {
    // On a phone: one block per key figure, each scenario a line naming
    // it; nothing to scroll sideways.
    const cell = page.locator('#compare-table tr[data-metric="overspend_dkk"] td').nth(1);
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Socialfaglig tilgang"');
    expect(await page.locator('.compare .table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  }
  const chart = () => page.locator('canvas.compare-canvas').evaluate((c) => c.toDataURL());
  const first = await chart();
  await page.locator('#compare-metric').selectOption('unmet_dkk');
  await expect.poll(chart).not.toBe(first);
  await expect(page.locator('.compare .legend li')).toHaveCount(5);
  await shot(page, info, 'compare');
  const download = page.waitForEvent('download');
  await page.locator('#export-compare').click();
  const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
  expect(csv.length).toBeGreaterThan(5);
  expect(csv[0].split(',').length).toBe(6);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
  expect(problems).toEqual([]);
});

test('exports: CSV, PNG, JSON (runs with the runner) and the memo with its QR code', async ({ page }, info) => {
  const problems = await open(page);
  await ready(page);
  await page.locator('.lens[data-lens="future_priorities"]').click();
  await page.locator('#open-export').click();
  const get = async (id) => {
    const download = page.waitForEvent('download');
    await page.locator(id).click();
    const d = await download;
    return { name: d.suggestedFilename(), body: readFileSync(await d.path()) };
  };
  const csv = await get('#export-csv');
  const lines = csv.body.toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('output,id,year,central,p10,p50,p90,baseline');
  expect(lines.length).toBeGreaterThan(100);
  const png = await get('#export-png');
  expect(png.name).toMatch(/\.png$/);
  expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  const json = await get('#export-json');
  const scenario = JSON.parse(json.body.toString('utf8'));
  expect(scenario.version).toBe(1);
  const run = runScenarioFile(json.body.toString('utf8'));
  expect(run.central.years.length).toBe(scenario.horizon_years);

  await page.locator('#export-memo').click();
  await expect(page.locator('#memo-heading')).toBeVisible();
  await expect(page.locator('.memo svg.qr path')).toHaveAttribute('d', /^M/);
  await expect(page.locator('#memo-consequences tbody tr')).toHaveCount(10);
  await expect(page.locator('#memo-choices tbody tr')).toHaveCount(20);
  const url = await page.locator('.memo-url').innerText();
  expect(url).toContain('#prioriter?s=');
  await shot(page, info, 'memo');
  await expect(page.locator('.memo-name')).toHaveText('Tilgang med fokus på fremtidens prioriteringer');
  await expect(page.locator('#memo-choices tr.changed')).not.toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await shot(page, info, 'memo-print');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
  expect(problems).toEqual([]);
});

test('bad links: a clear message, the last good state, and nothing is lost', async ({ page }) => {
  const problems = await open(page);
  await ready(page);
  const before = await code(page);
  await page.locator('.lens[data-lens="social_professional"]').click();
  const good = await urlSettles(page, before);
  const goodKeys = await keyTexts(page);
  for (const [bad, message] of [
    ['garbage', 'ikke et scenarielink'],
    [good.slice(0, good.length - 7), 'ødelagt'],
    [`9.${good.split('.')[1]}`, 'nyere version'],
  ]) {
    await page.goto('about:blank');
    await page.goto(`/#prioriter?s=${bad}`);
    await ready(page);
    await expect(page.locator('.notice')).toContainText(message);
    await expect(page.locator('.notice')).toContainText('seneste gyldige');
    expect(await keyTexts(page)).toEqual(goodKeys);
    await page.locator('.notice-close').click();
    await expect(page.locator('.notice')).toHaveCount(0);
  }
  await page.locator('.lang-button[lang="en"], .lang-button:has-text("English")').first().click();
  await page.goto('about:blank');
  await page.goto('/#prioriter?s=1.AAAA');
  await expect(page.locator('.notice')).toContainText('broken');
  expect(problems).toEqual([]);
});

test('workshop: five participants share links, the board shows the room, the memo reopens the state', async ({ browser, page }, info) => {
  test.setTimeout(120_000);
  const links = [];
  const names = ['Anna', 'Bo', 'Carla', 'Dan', 'Eva'];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const p = await ctx.newPage();
    const problems = await open(p);
    await ready(p);
    // Half name themselves before choosing a lens, half after: the name stays.
    // The name is typed and the field neither left nor confirmed with Enter:
    // the link has it at once.
    await p.locator('#open-share').click();
    let before = await code(p);
    if (i % 2 === 0) {
      await p.locator('#scenario-name').pressSequentially(names[i]);
      // The name's own address write lands first, so the one awaited
      // next is the lens's.
      before = await urlStable(p, before);
    }
    await p.locator(`.lens[data-lens="${APPROACHES[i]}"]`).click();
    const lensCode = await urlSettles(p, before);
    if (i % 2 === 1) {
      await p.locator('#scenario-name').pressSequentially(names[i]);
      await urlStable(p, lensCode);
      await expect(p.locator('#scenario-name')).toBeFocused();
    }
    await expect(p.locator(`.lens[data-lens="${APPROACHES[i]}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(p.locator('#share-link')).toHaveValue(new RegExp(`s=${await code(p)}$`));
    links.push(await p.locator('#share-link').inputValue());
    expect(problems).toEqual([]);
    await ctx.close();
  }
  const problems = await open(page, '/#tavle');
  await page.locator('#board-links').fill([...links, 'not a link', 'http://x/#prioriter?s=1.AAAA'].join('\n'));
  await page.locator('#board-add').click();
  await expect(page.locator('#participants li')).toHaveCount(5);
  await expect(page.locator('.paste-problems li')).toHaveCount(2);
  await expect(page.locator('.paste-problems li').first()).toContainText('Linje 6');
  for (const n of names) await expect(page.locator('#participants')).toContainText(n);
  // Each participant's name reaches the board with the lens they chose.
  const lensNames = ['Budgetklemme', 'Socialfaglig', 'Styringstilgang', 'Diagnosetilgang', 'fremtidens prioriteringer'];
  for (let i = 0; i < 5; i++) {
    await expect(page.locator('#room-people li').nth(i).locator('.participant')).toHaveText(names[i]);
    await expect(page.locator('#room-people li').nth(i).locator('.participant-lens')).toContainText(lensNames[i]);
    await expect(page.locator('#board-table tbody tr').nth(i).locator('th')).toHaveText(names[i]);
  }
  await expect(page.locator('#weight-strips .strip-row')).toHaveCount(5);
  await expect(page.locator('#weight-strips .strip-row').first().locator('.dot')).toHaveCount(5);
  expect(await page.locator('#disputed li').count()).toBeGreaterThan(0);
  await expect(page.locator('#board-table tbody tr')).toHaveCount(6);
  await expect(page.locator('#board-table tr.median-row')).toHaveCount(1);
  await shot(page, info, 'board');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
  // A phone has no presentation mode; elsewhere the board presents.
  if (info.project.name === 'phone') {
    await expect(page.locator('.present-button')).toBeHidden();
  } else {
    await page.locator('.present-button').click();
    await expect(page.locator('.present-hint')).toHaveText('Esc afslutter præsentationen.');
    await expect(page.locator('#board-links')).toBeHidden();
    for (const n of names) await expect(page.locator('#room-people')).toContainText(n);
    await shot(page, info, 'board-presenting');
    await page.locator('.present-button').click();
  }
  // The room's median opens in the explorer; its memo's link reopens it.
  await page.locator('#open-median').click();
  await ready(page);
  const medianKeys = await keyTexts(page);
  await page.locator('#open-memo').click();
  await expect(page.locator('.memo svg.qr')).toBeVisible();
  await expect(page.locator('.memo-name')).toContainText('median');
  const memoUrl = await page.locator('.memo-url').innerText();
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto(memoUrl);
  await ready(again);
  expect(await keyTexts(again)).toEqual(medianKeys);
  await other.close();
  // The board survives a reload.
  await page.goto('/#tavle');
  await expect(page.locator('#participants li')).toHaveCount(5);
  expect(problems).toEqual([]);
});

test('the share panel never shows an internal id as a name: empty, with "Mit scenarie" as its hint', async ({ page }) => {
  const problems = await open(page);
  await ready(page);
  await page.locator('.lens[data-lens="social_professional"]').click();
  await page.locator('#open-share').click();
  await expect(page.locator('#scenario-name')).toHaveValue('');
  await expect(page.locator('#scenario-name')).toHaveAttribute('placeholder', 'Mit scenarie');
  await expect(page.locator('#add-to-board')).toHaveText('Føj til tavlen');
  expect(problems).toEqual([]);
});
