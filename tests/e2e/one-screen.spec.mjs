// Cause and effect on one screen: with any slider centred on screen and
// moved, a money figure and a chart change inside the viewport (tablet in
// landscape and upright), and a money figure on a phone, for at least 85 %
// of the sliders. Presentation mode opens on a slide of the headline
// figures, large enough to read from the back of a room.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { presetProjection, parseDanishDkk, tolerance } from './model.mjs';
import { watch } from './page.mjs';

const SIZES = [
  { name: 'tablet-landscape', width: 1024, height: 768, touch: true, chart: true },
  { name: 'tablet-portrait', width: 768, height: 1024, touch: true, chart: true },
  { name: 'phone', width: 390, height: 844, touch: true, chart: false },
];
const SHARE = 0.85;

/** The money figures and a checksum of every canvas fully inside the viewport. */
const inView = (page) => page.evaluate(() => {
  const inside = (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
      && r.bottom <= innerHeight && r.right <= innerWidth;
  };
  const money = [...document.querySelectorAll('.glance-value, .glance-split span, .key-value, .svc-dkk')]
    .filter(inside).filter((e) => /kr\./.test(e.innerText))
    .map((e) => `${e.closest('[data-glance],[data-key],[data-service]')?.outerHTML.slice(0, 40)}=${e.innerText}`);
  const charts = [...document.querySelectorAll('canvas')].filter(inside).map((c, i) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let j = 0; j < d.length; j += 4) sum = (sum * 31 + d[j] + 3 * d[j + 1] + 7 * d[j + 2]) % 1e9;
    return `${i}:${c.width}x${c.height}:${sum}`;
  });
  return { money, charts };
});

const changed = (a, b) => a.length > 0 && b.length > 0 && a.some((x, i) => b[i] !== undefined && b[i] !== x);

test.describe(() => {
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'tablet', 'sizes are set per test'));
  for (const size of SIZES) {
    test(`${size.name}: a moved slider changes a money figure${size.chart ? ' and a chart' : ''} on screen`, async ({ browser }) => {
      test.setTimeout(120_000);
      const ctx = await browser.newContext({
        viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch,
      });
      const page = await ctx.newPage();
      const problems = watch(page);
      await page.goto('/#prioriter');
      await expect(page.locator('.glance-value').first()).toContainText('kr.');
      const sliders = page.locator('.choices input[type=range]');
      // The sliders are built just after the first screen is painted.
      await expect(page.locator('.choices .reset-all')).toBeAttached();
      const n = await sliders.count();
      expect(n).toBeGreaterThanOrEqual(12);
      let money = 0;
      let chart = 0;
      const missed = [];
      for (let i = 0; i < n; i++) {
        await page.locator('.reset-all').click();
        const slider = sliders.nth(i);
        await slider.evaluate((e) => e.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(150);
        const before = await inView(page);
        // Two page steps (a fifth of the range) up, or down from the top.
        const atEnd = await slider.evaluate((e) => Number(e.value) >= Number(e.max));
        await slider.focus();
        for (let k = 0; k < 2; k++) await page.keyboard.press(atEnd ? 'PageDown' : 'PageUp');
        let after = before;
        for (let t = 0; t < 20; t++) {
          await page.waitForTimeout(100);
          after = await inView(page);
          if (changed(before.money, after.money) && (!size.chart || changed(before.charts, after.charts))) break;
        }
        const m = changed(before.money, after.money);
        const c = changed(before.charts, after.charts);
        money += m ? 1 : 0;
        chart += c ? 1 : 0;
        if (!m || (size.chart && !c)) missed.push(await slider.getAttribute('id'));
        // The slider itself is on screen, not under the figures.
        const box = await slider.boundingBox();
        expect(box.y).toBeGreaterThan(0);
        expect(box.y + box.height).toBeLessThan(size.height);
      }
      console.log(`${size.name}: money ${money}/${n}, chart ${chart}/${n}; missed: ${missed.join(', ')}`);
      expect(money / n).toBeGreaterThanOrEqual(SHARE);
      if (size.chart) expect(chart / n).toBeGreaterThanOrEqual(SHARE);
      await page.screenshot({ path: `tests/e2e/screenshots/${size.name}-one-screen.png` });
      expect(problems).toEqual([]);
      await ctx.close();
    });
  }

  test('presentation opens on the headline figures, large, and the arrows step to the charts', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto('/#prioriter');
    await expect(page.locator('.glance-value').first()).toContainText('kr.');
    await page.locator('.lens[data-lens="budget_squeeze"]').click();
    await page.locator('.present-button').click();
    const numbersTab = page.locator('.tab[data-chart="numbers"]');
    await expect(numbersTab).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.glance')).toBeVisible();
    await expect(page.locator('canvas.model-chart')).toBeHidden();
    // The figures agree with the model and read from the back of the room.
    const expected = presetProjection('budget_squeeze');
    const last = expected.central.years.length - 1;
    const overspend = parseDanishDkk(await page.locator('[data-glance="overspend"] .glance-value').innerText());
    expect(Math.abs(overspend - expected.central.overspend_dkk[last])).toBeLessThanOrEqual(tolerance(overspend));
    for (const sel of ['.glance-figure dt', '.glance-value', '.glance-base', '.tab']) {
      const px = await page.locator(sel).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(px, sel).toBeGreaterThanOrEqual(28);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    await expect(page.locator('canvas.glance-canvas')).toBeVisible();
    await page.screenshot({ path: 'tests/e2e/screenshots/projector-numbers.png' });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact))).toEqual([]);
    // Right arrow: the first chart; left arrow: back to the figures.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.tab[data-chart="spending"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.glance')).toBeHidden();
    await expect(page.locator('canvas.model-chart')).toBeVisible();
    await page.screenshot({ path: 'tests/e2e/screenshots/projector-spending.png' });
    await page.keyboard.press('ArrowLeft');
    await expect(numbersTab).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(page.locator('.glance')).toBeVisible();
    await expect(numbersTab).toBeHidden();
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
