// What bench/measure.mjs and bench/trace.mjs share: the browser, the page
// they open the app in, and the state they start measuring from.

// The same Chromium and flags as playwright.config.mjs; never a downloaded browser.
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// The "tablet" project of playwright.config.mjs: a workshop tablet.
export const CONTEXT = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

// Waits until the bands of the scenario on screen have landed, then puts the
// slider `sliderId` and the chart in view, as a user at a workshop tablet has
// them (the two columns scroll on their own), so the chart is redrawn.
export async function readyToSlide(page, sliderId) {
  await page.waitForFunction(() => {
    const b = document.querySelector('.key[data-key="overspend"] .key-band');
    return b && !/…/.test(b.textContent);
  }, null, { timeout: 60_000 });
  await page.evaluate((id) => {
    document.getElementById(id).scrollIntoView({ block: 'center' });
    document.querySelector('canvas.model-chart').scrollIntoView({ block: 'center' });
  }, sliderId);
  await page.waitForTimeout(300);
}
