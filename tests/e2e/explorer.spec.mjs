// The explorer: lenses, sliders (touch and keyboard), key figures against the
// model, the five charts, "Hvorfor?", steering centres, presentation mode.
import zlib from 'node:zlib';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { presetProjection, parseDanishDkk, parseDanishCount, tolerance } from './model.mjs';

const APPROACHES = ['budget_squeeze', 'social_professional', 'steering', 'diagnosis', 'future_priorities'];

async function open(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto('/');
  await expect(page.locator('.lens').first()).toBeVisible();
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  return problems;
}

const press = (locator, info) => (info.project.use.hasTouch ? locator.tap() : locator.click());
const shot = (page, info, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png`, fullPage: true });
const chartImage = (page) => page.locator('canvas.model-chart').evaluate((c) => c.toDataURL());
const inked = (page) =>
  page.locator('canvas.model-chart').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) n++;
    return n / (d.length / 4);
  });
const keyValue = (page, key) => page.locator(`.key[data-key="${key}"] .key-value`);

for (const approach of APPROACHES) {
  test(`lens ${approach}: the screen shows the model's numbers for its preset`, async ({ page }, info) => {
    const expected = presetProjection(approach);
    const last = expected.central.years.length - 1;
    const problems = await open(page);
    const lens = page.locator(`.lens[data-lens="${approach}"]`);
    await press(lens, info);
    await expect(lens).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.lens-note')).toContainText('Anvendt');
    await expect(page.locator('.lens-note')).toContainText('Ændret');
    await expect(page.locator('.key-year')).toHaveText(`I ${expected.central.years[last]} · hele landet`);

    const overspend = expected.central.overspend_dkk[last];
    const shownOverspend = parseDanishDkk(await keyValue(page, 'overspend').innerText());
    expect(Math.abs(shownOverspend - overspend)).toBeLessThanOrEqual(tolerance(overspend));
    const unmet = expected.central.unmet_dkk[last];
    const shownUnmet = parseDanishDkk(await keyValue(page, 'unmet').innerText());
    expect(Math.abs(shownUnmet - unmet)).toBeLessThanOrEqual(tolerance(unmet));
    const baseOverspend = expected.baseline.overspend_dkk[last];
    const baseText = await page.locator('.key[data-key="overspend"] .key-baseline').innerText();
    const shownBase = parseDanishDkk(baseText.split(': ')[1]);
    expect(Math.abs(shownBase - baseOverspend)).toBeLessThanOrEqual(tolerance(baseOverspend));
    const schools = expected.central.squeeze.find((s) => s.id === 'schools').taken_units[last];
    const shownSchools = parseDanishCount(await page.locator('[data-service="schools"] .svc-units').innerText());
    expect(Math.abs(shownSchools - schools)).toBeLessThanOrEqual(Math.max(0.5, tolerance(schools)));
    if (approach === APPROACHES[0]) await shot(page, info, 'explorer-lens');
    expect(problems).toEqual([]);
  });
}

test('keyboard: a priority slider moves the numbers and the chart', async ({ page }) => {
  const problems = await open(page);
  const slider = page.locator('#slider-budget_squeeze');
  const before = await keyValue(page, 'overspend').innerText();
  const chartBefore = await chartImage(page);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'fuld (100\u00a0%)');
  await expect(page.locator('[data-setting="budget_squeeze"] .control-value')).toHaveText('fuld (100 %)');
  await expect(keyValue(page, 'overspend')).not.toHaveText(before);
  await expect.poll(() => chartImage(page)).not.toBe(chartBefore);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', 'ingen (0\u00a0%)');
  // Reset restores the neutral value.
  await page.locator('[data-setting="budget_squeeze"] .reset').click();
  await expect(keyValue(page, 'overspend')).toHaveText(before);
  expect(problems).toEqual([]);
});

test('touch: tapping along a lever slider sets it, and bands follow', async ({ page }, info) => {
  test.skip(!info.project.use.hasTouch, 'touch devices only');
  const problems = await open(page);
  await expect(page.locator('.key[data-key="overspend"] .key-band')).toContainText('80 % af beregningerne (p10–p90)');
  const slider = page.locator('#slider-prevention_investment_dkk');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height / 2);
  await expect(slider).not.toHaveAttribute('aria-valuetext', /^0\u00a0kr/);
  await expect(slider).toHaveAttribute('aria-valuetext', /mio\.\u00a0kr\. om året$/);
  await expect(page.locator('.key[data-key="prevention"]')).not.toContainText('udgift for kommunen: 0 kr.');
  await expect(page.locator('.key[data-key="overspend"] .key-band')).toContainText('80 % af beregningerne (p10–p90)', { timeout: 15_000 });
  expect(problems).toEqual([]);
});

// The sharp canvas's pixel size against its box: 'full' at the device's
// pixel ratio.
const sharpness = (page) =>
  page.locator('canvas.model-chart').evaluate((c) => {
    const full = Math.round(c.clientWidth * window.devicePixelRatio);
    if (Math.abs(c.width - full) <= 1) return 'full';
    return `${c.width} for ${c.clientWidth} CSS px`;
  });

test('every input is drawn as a draft over the sharp chart, which is drawn when the bands land; neither canvas is resized', async ({ page }, info) => {
  test.skip(info.project.use.deviceScaleFactor < 2, 'needs a high-density screen');
  const problems = await open(page);
  await expect(page.locator('.key[data-key="overspend"] .key-band')).toContainText('80 % af beregningerne (p10–p90)');
  await expect.poll(() => sharpness(page)).toBe('full');
  const state = () =>
    page.evaluate(() => {
      const sharp = document.querySelector('canvas.model-chart');
      const draft = document.querySelector('canvas.model-chart-draft');
      return {
        draftShown: getComputedStyle(draft).visibility === 'visible',
        sharp: sharp.width,
        draft: draft.width,
        css: sharp.clientWidth,
        ratio: devicePixelRatio,
      };
    });
  const settled = await state();
  expect(settled.draftShown).toBe(false);
  // A single input, then two one frame apart as in a drag; read right after
  // each input's effects ran (the bands wait 150 ms for the input to settle).
  const inputs = (n) =>
    page.locator('#slider-budget_squeeze').evaluate(async (el, n) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        el.value = String(Number(el.value) + Number(el.step));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); });
        const sharp = document.querySelector('canvas.model-chart');
        const draft = document.querySelector('canvas.model-chart-draft');
        out.push({ draftShown: getComputedStyle(draft).visibility === 'visible', sharp: sharp.width, draft: draft.width });
      }
      return out;
    }, n);
  for (const n of [1, 2]) {
    for (const s of await inputs(n)) {
      expect(s.draftShown).toBe(true);
      expect(Math.abs(s.draft - settled.css)).toBeLessThanOrEqual(1);
      expect(s.sharp).toBe(settled.sharp);
    }
    await expect.poll(() => state().then((s) => s.draftShown), { timeout: 15_000 }).toBe(false);
    const after = await state();
    expect(after.sharp).toBe(settled.sharp);
    expect(Math.abs(after.sharp - after.css * after.ratio)).toBeLessThanOrEqual(1);
  }
  expect(await inked(page)).toBeGreaterThan(0.01);
  expect(problems).toEqual([]);
});

test('an input redraws the chart once, without the old bands, and once more when its bands land', async ({ page }) => {
  // Count the chart's full-canvas background fills: one per drawing.
  await page.addInitScript(() => {
    window.__draws = 0;
    const fillRect = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (x, y, w, h) {
      const chart = this.canvas.classList.contains('model-chart') || this.canvas.classList.contains('model-chart-draft');
      if (chart && x === 0 && y === 0 && w >= this.canvas.width - 1) window.__draws++;
      return fillRect.call(this, x, y, w, h);
    };
  });
  const problems = await open(page);
  const band = page.locator('.key[data-key="overspend"] .key-band');
  await expect(band).toContainText('80 % af beregningerne (p10–p90)');
  for (let i = 0; i < 3; i++) {
    const { inFrame, after } = await page.locator('#slider-budget_squeeze').evaluate(async (el) => {
      const before = window.__draws;
      el.value = String(Number(el.value) + Number(el.step));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
      return { inFrame: window.__draws - before, after: window.__draws };
    });
    expect(inFrame).toBe(1);
    await expect(band).toContainText('80 % af beregningerne (p10–p90)', { timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => window.__draws)).toBe(after + 1);
  }
  expect(problems).toEqual([]);
});

test('the chart follows its box when the window changes size', async ({ page }) => {
  const problems = await open(page);
  await expect.poll(() => sharpness(page), { timeout: 15_000 }).toBe('full');
  const before = await page.locator('canvas.model-chart').evaluate((c) => c.width);
  const size = page.viewportSize();
  await page.setViewportSize({ width: Math.round(size.width * 0.8), height: size.height });
  await expect.poll(() => page.locator('canvas.model-chart').evaluate((c) => c.width)).not.toBe(before);
  await expect.poll(() => sharpness(page)).toBe('full');
  expect(await inked(page)).toBeGreaterThan(0.01);
  expect(problems).toEqual([]);
});

test('every chart tab draws a chart, a legend and a table of its figures', async ({ page }, info) => {
  const problems = await open(page);
  // The future-priorities lens sets a ceiling and prevention money, so every
  // chart has something to draw.
  await press(page.locator('.lens[data-lens="future_priorities"]'), info);
  const images = new Set();
  for (const id of ['spending', 'coverage', 'squeeze', 'ceiling', 'prevention']) {
    const tab = page.locator(`.tab[data-chart="${id}"]`);
    await press(tab, info);
    await expect(tab).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', id);
    await expect.poll(() => inked(page)).toBeGreaterThan(0.01);
    images.add(await chartImage(page));
    await expect(page.locator('.legend li').first()).toBeVisible();
    await page.locator('.chart-table summary').click();
    await expect(page.locator('.chart-figures tbody tr').first()).toBeVisible();
    await page.locator('.chart-table summary').click();
    await page.locator('.chart-panel').screenshot({ path: `tests/e2e/screenshots/${info.project.name}-chart-${id}.png` });
  }
  expect(images.size).toBe(5);
  expect(problems).toEqual([]);
});

test('a ceiling refers cases to the council and marks where legislation is needed', async ({ page }) => {
  const problems = await open(page);
  await expect(page.locator('.key[data-key="ceiling"]')).toContainText('Intet loft');
  const slider = page.locator('#slider-ceiling_dkk');
  await slider.focus();
  // The first stop is "no ceiling", the next DKK 500,000; 15 more steps of
  // 100,000 reach 2m.
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '2\u00a0mio.\u00a0kr. pr. sag om året');
  const cases = parseDanishCount(await keyValue(page, 'ceiling').innerText());
  expect(cases).toBeGreaterThan(0);
  await expect(page.locator('.key-legislation')).toContainText('Kræver lovændring');
  expect(problems).toEqual([]);
});

test('the ceiling slider goes from "Intet loft" straight to 500.000 kr.', async ({ page }) => {
  const problems = await open(page);
  const slider = page.locator('#slider-ceiling_dkk');
  const shown = page.locator('[data-setting="ceiling_dkk"] .control-value');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Intet loft');
  await expect(shown).toHaveText('Intet loft');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '500.000\u00a0kr. pr. sag om året');
  await expect(shown).toHaveText('500.000 kr. pr. sag om året');
  await page.keyboard.press('ArrowLeft');
  await expect(shown).toHaveText('Intet loft');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(shown).toHaveText('No ceiling');
  expect(problems).toEqual([]);
});

test('the ceiling card shows money freed without and with a change of law, and declined need beside unmet need', async ({ page }, info) => {
  const problems = await open(page);
  const slider = page.locator('#slider-ceiling_dkk');
  await slider.focus();
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowRight');
  const card = page.locator('.key[data-key="ceiling"]');
  const without = card.locator('[data-freed="without-law"]');
  const withLaw = card.locator('[data-freed="with-law"]');
  await expect(without).toContainText('Frigjort uden lovændring');
  await expect(withLaw).toContainText('Frigjort med lovændring');
  await expect(without).toContainText('det regner scenariet med');
  await expect(withLaw).not.toContainText('det regner scenariet med');
  const amount = async (l) => parseDanishDkk((await l.innerText()).match(/: (.*?\skr\.)/)[1]);
  const freedWithout = await amount(without);
  const freedWith = await amount(withLaw);
  expect(freedWithout).toBeGreaterThan(0);
  expect(freedWith).toBeGreaterThan(freedWithout);
  await expect(card.locator('.key-legislation')).toContainText('Kræver lovændring for at frigøre mere');
  // Declined need is its own card, right after unmet need, and is the
  // money freed that the scenario counts with.
  const keys = await page.locator('.keys > .key').evaluateAll((ks) => ks.map((k) => k.dataset.key));
  expect(keys.indexOf('declined')).toBe(keys.indexOf('unmet') + 1);
  await expect(page.locator('.key[data-key="declined"]')).toContainText('Afvist af prioriteringsrådet');
  const declined = parseDanishDkk(await keyValue(page, 'declined').innerText());
  expect(Math.abs(declined - freedWithout)).toBeLessThanOrEqual(2 * tolerance(freedWithout));
  // Assuming the change of law: the other figure applies, and the line
  // says the scenario counts on the law.
  await page.locator('#switch-ceiling_on_entitlements').check();
  await expect(withLaw).toContainText('det regner scenariet med');
  await expect(without).not.toContainText('det regner scenariet med');
  await expect(card.locator('.key-legislation')).toContainText('Regnet med lovændring');
  await expect
    .poll(async () => parseDanishDkk(await keyValue(page, 'declined').innerText()))
    .toBeGreaterThan(freedWithout);
  await shot(page, info, 'ceiling-card');
  expect(problems).toEqual([]);
});

test('prevention exempt from the service ceiling shows as municipal spending outside the frame', async ({ page }, info) => {
  const problems = await open(page);
  await press(page.locator('.lens[data-lens="social_professional"]'), info);
  const outside = page.locator('.key[data-key="prevention"] [data-prevention="outside-frame"]');
  await expect(outside).toContainText('Forebyggelse uden for servicerammen (betales af kommunen)');
  const amount = parseDanishDkk((await outside.innerText()).match(/: (.*?\skr\.)/)[1]);
  expect(amount).toBeGreaterThan(0);
  await press(page.locator('.tab[data-chart="spending"]'), info);
  await page.locator('.chart-table summary').click();
  await expect(page.locator('.chart-figures thead')).toContainText('Forebyggelse uden for servicerammen');
  await expect(page.locator('.chart-figures thead')).toContainText('Kommunens samlede udgift');
  expect(problems).toEqual([]);
});

test('the spending chart, which draws two groups, has a table of every area with its group, a mark and amounts from the model', async ({ page }, info) => {
  const problems = await open(page);
  await press(page.locator('.lens[data-lens="steering"]'), info);
  const model = presetProjection('steering');
  await press(page.locator('.tab[data-chart="spending"]'), info);
  await page.locator('.chart-table summary').click();
  const table = page.locator('.area-figures');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(model.central.areas.length);
  await expect(table.locator('tbody th .status-mark')).toHaveCount(model.central.areas.length);
  await expect(table.locator('tbody tr', { hasText: 'Børn og unge' })).toHaveCount(5);
  await expect(table.locator('tbody tr', { hasText: 'Voksne' })).toHaveCount(model.central.areas.length - 5);
  // Each area's last-year spending, as the model has it (one decimal of
  // the unit shown, so within half of it).
  const last = model.central.years.length - 1;
  for (const [i, area] of model.central.areas.entries()) {
    const shown = parseDanishDkk(await rows.nth(i).locator('td').nth(2).innerText());
    const want = area.spending_dkk[last];
    const half = Math.abs(want) >= 1e10 ? 0.05e9 : Math.abs(want) >= 1e6 ? 0.05e6 : 0.5;
    expect(Math.abs(shown - want), area.id).toBeLessThanOrEqual(half * 1.001);
  }
  expect(problems).toEqual([]);
});

test('an old link with a ceiling below 500.000 kr. opens with a notice and the lowest possible ceiling', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A version 1 code (still read) of a scenario an earlier build allowed.
  const json = JSON.stringify({ s: { version: 1, levers: { ceiling_dkk: 300000 } }, c: 'ceiling' });
  const code = `1.${zlib.deflateSync(Buffer.from(json), { level: 9 }).toString('base64url')}`;
  await page.goto(`/#prioriter?s=${code}`);
  await expect(page.locator('.notice')).toContainText('Linket havde et loft under 500.000 kr. pr. sag.');
  await expect(page.locator('.notice')).toContainText('0 betyder intet loft');
  await expect(page.locator('#slider-ceiling_dkk')).toHaveAttribute('aria-valuetext', '500.000\u00a0kr. pr. sag om året');
  await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', 'ceiling');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  expect(problems).toEqual([]);
});

test('"Hvorfor?" explains a number and stays open while a slider moves', async ({ page }) => {
  const problems = await open(page);
  const why = page.locator('.key[data-key="overspend"] .why-button');
  await why.click();
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('.key[data-key="overspend"] .why-panel');
  await expect(panel).toContainText('rammedisciplin');
  await page.locator('#slider-budget_squeeze').focus();
  await page.keyboard.press('End');
  await expect(panel).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(panel).toContainText('frame discipline');
  await expect(keyValue(page, 'overspend')).toContainText('DKK');
  expect(problems).toEqual([]);
});

test('the steering-centre filter shows whose levers they are', async ({ page }, info) => {
  const problems = await open(page);
  await expect(page.locator('.lever-group:visible')).toHaveCount(3);
  await press(page.locator('.chips .chip', { hasText: 'Økonomisk' }), info);
  await expect(page.locator('.lever-group:visible')).toHaveCount(1);
  await expect(page.locator('.lever-group:visible legend')).toHaveText('Økonomisk');
  await expect(page.locator('[data-setting="unit_cost_steering"]')).toBeVisible();
  await expect(page.locator('[data-setting="ceiling_dkk"]')).toBeHidden();
  await expect(page.locator('[data-setting="ceiling_dkk"] .badge')).toHaveText(/Fra anbefaling 5/);
  await press(page.locator('.chips .chip', { hasText: 'Alle' }), info);
  await expect(page.locator('.lever-group:visible')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('presentation mode: large, one chart at a time, arrow keys step through', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'a phone has no presentation mode (no projector, no arrow keys)');
  const problems = await open(page);
  await page.locator('.present-button').click();
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.locator('.choices')).toBeHidden();
  // It opens on the headline figures; the first arrow brings the first chart.
  await expect(page.locator('.tab[data-chart="numbers"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', 'spending');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', 'coverage');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', 'prevention');
  // No prevention money in the neutral scenario: no empty axes, and a note
  // that does not send the room to levers presentation mode hides.
  await expect(page.locator('canvas.model-chart')).toBeHidden();
  await expect(page.locator('.chart-empty')).toContainText('Ingen ekstra investering');
  await expect(page.locator('.chart-empty')).not.toContainText('Greb');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', 'ceiling');
  await expect(page.locator('.chart-empty')).toContainText('Intet loft');
  await expect(page.locator('.chart-empty')).not.toContainText('Greb');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => inked(page)).toBeGreaterThan(0.01);
  await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-presentation.png` });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.choices')).toBeVisible();
  expect(problems).toEqual([]);
});

test('nothing is wider than the screen, in any chart', async ({ page }, info) => {
  const problems = await open(page);
  for (const id of ['spending', 'coverage', 'squeeze', 'ceiling', 'prevention']) {
    await press(page.locator(`.tab[data-chart="${id}"]`), info);
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(inner).toBe(page.viewportSize().width);
    expect(scroll).toBeLessThanOrEqual(inner);
  }
  if (info.project.name === 'tablet') {
    // Portrait: one column, the glance on top, then the lenses, the
    // choices, and the full consequences after them.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    const glance = await page.locator('.glance').boundingBox();
    const lenses = await page.locator('.lens-column').boundingBox();
    const consequences = await page.locator('.consequences').boundingBox();
    const choices = await page.locator('.choices').boundingBox();
    expect(lenses.y).toBeGreaterThan(glance.y);
    expect(choices.y).toBeGreaterThan(lenses.y);
    expect(consequences.y).toBeGreaterThan(choices.y);
    await page.screenshot({ path: 'tests/e2e/screenshots/tablet-portrait.png' });
  }
  expect(problems).toEqual([]);
});

test('axe-core: the explorer has no serious or critical violations', async ({ page }, info) => {
  await open(page);
  await expect(page.locator('.key[data-key="overspend"] .key-band')).toContainText('80 % af beregningerne (p10–p90)');
  await page.locator('.key[data-key="unmet"] .why-button').click();
  await shot(page, info, 'explorer');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('the band legend says what the band and the middle are, and the weights say which are relative', async ({ page }) => {
  const problems = await open(page);
  const legend = page.locator('.chart-panel .band-legend');
  await expect(legend).toContainText('80 % af de 1.000 beregninger');
  await expect(legend).toContainText('p10–p90');
  await expect(legend).toContainText('medianen (p50)');
  await expect(page.locator('body')).not.toContainText(/mest sandsynlig|sandsynligst/);
  const squeeze = page.locator('.weight-group[data-group="squeeze"]');
  await expect(squeeze.locator('h3')).toHaveText('Budgetklemme: hvor meget af hullet dækkes');
  await expect(squeeze.locator('[data-setting="budget_squeeze"]')).toHaveCount(1);
  await expect(squeeze.locator('.control-value')).not.toContainText('af vægten');
  const criteria = page.locator('.weight-group[data-group="criteria"]');
  await expect(criteria.locator('h3')).toHaveText('Hvordan pengene fordeles (relative vægte)');
  await expect(criteria.locator('.weight-note')).toContainText('tæller kun i forhold til hinanden');
  await expect(criteria.locator('.control')).toHaveCount(4);
  // The neutral weights are equal: each is a quarter of the four.
  await expect(criteria.locator('[data-setting="steering"] .control-value')).toHaveText('middel (50 %) · 25 % af vægten');
  await criteria.locator('#slider-steering').focus();
  await page.keyboard.press('End');
  await expect(criteria.locator('[data-setting="steering"] .control-value')).toHaveText('fuld (100 %) · 40 % af vægten');
  await expect(criteria.locator('[data-setting="diagnosis"] .control-value')).toHaveText('middel (50 %) · 20 % af vægten');
  await criteria.getByRole('button', { name: 'Fordeling efter prioritet' }).click();
  await expect(criteria.locator('.why-panel')).toContainText('Dobler du alle fire');
  expect(problems).toEqual([]);
});

test('a chart with nothing to show says why instead of drawing empty axes', async ({ page }, info) => {
  const problems = await open(page);
  for (const id of ['ceiling', 'prevention']) {
    await press(page.locator(`.tab[data-chart="${id}"]`), info);
    await expect(page.locator('.chart-panel')).toHaveAttribute('data-chart', id);
    await expect(page.locator('canvas.model-chart')).toBeHidden();
    await expect(page.locator('.chart-empty')).toBeVisible();
    await expect(page.locator('.chart-empty')).toContainText('Greb');
  }
  await press(page.locator('.lens[data-lens="future_priorities"]'), info);
  await expect(page.locator('canvas.model-chart')).toBeVisible();
  await expect(page.locator('.chart-empty')).toBeHidden();
  await expect.poll(() => inked(page)).toBeGreaterThan(0.01);
  expect(problems).toEqual([]);
});
