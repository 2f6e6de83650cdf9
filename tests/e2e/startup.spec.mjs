// Start-up: what the explorer does before and just after its first screen
// is painted (issue 15). The wasm download starts at once, not after the
// glue JS has arrived (scripts/wasm-fetch.mjs); the parts below the first
// screen are built a frame later (ui/widgets/after_first_paint.rs); the
// offline service worker is registered after the first screen (ui/mod.rs).
import { test, expect } from '@playwright/test';
import { watch } from './page.mjs';

const GLUE = /\/prioritet-[0-9a-f]+\.js$/;
const MAIN = /_bg\.wasm$/;

test('the wasm download starts while the glue JS is still on its way', async ({ page }) => {
  const problems = watch(page);
  let glueAnswered = null;
  let wasmAsked = null;
  page.on('request', (r) => { if (MAIN.test(r.url()) && wasmAsked === null) wasmAsked = Date.now(); });
  // The glue answers 1.5 s late: with the loader's old static import the
  // wasm could only be asked for after it.
  await page.route(GLUE, async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 1500));
    glueAnswered = Date.now();
    await route.fulfill({ response });
  });
  await page.goto('/');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  expect(wasmAsked, 'the wasm was asked for').not.toBeNull();
  expect(glueAnswered, 'the glue was answered').not.toBeNull();
  expect(wasmAsked).toBeLessThan(glueAnswered);
  expect(problems).toEqual([]);
});

test('the first screen is painted before the sliders and the chart panel are built; they follow on their own', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    // Once per frame: what the page holds in that frame; and what it held
    // when the service worker was registered.
    window.__frames = [];
    const q = (s) => !!document.querySelector(s);
    const look = () => ({ glance: q('.glance canvas'), keys: q('.keys .key'), choices: q('.choices'), chart: q('canvas.model-chart') });
    const tick = () => { window.__frames.push(look()); if (window.__frames.length < 600) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registered = { framesWithGlance: window.__frames.filter((f) => f.glance).length, now: look() };
      return register.apply(this, args);
    };
  });
  await page.goto('/');
  // The parts below the first screen arrive without any input, and work.
  const slider = page.locator('#slider-budget_squeeze');
  await expect(slider).toBeAttached();
  await expect(page.locator('canvas.model-chart')).toBeAttached();
  const frames = await page.evaluate(() => window.__frames);
  const firstScreen = frames.find((f) => f.glance);
  expect(firstScreen, 'a frame showed the glance').toBeTruthy();
  expect(firstScreen.keys, 'the key figures are on the first screen').toBe(true);
  expect(firstScreen.choices, 'the sliders come after the first screen').toBe(false);
  expect(firstScreen.chart, 'the chart panel comes after the first screen').toBe(false);
  await expect.poll(() => page.evaluate(() => window.__registered ?? null)).not.toBeNull();
  const registered = await page.evaluate(() => window.__registered);
  expect(registered.framesWithGlance, 'registered after a frame with the first screen').toBeGreaterThan(0);

  const before = await page.locator('.glance-figure').first().locator('.glance-value').textContent();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.glance-figure').first().locator('.glance-value')).not.toHaveText(before);
  expect(problems).toEqual([]);
});
