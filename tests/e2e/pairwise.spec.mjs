// The warm-up "Find dine prioriteter" (docs/pairwise.md): a participant
// answers the pairwise questions on a tablet or a phone, sees "dine
// prioriteter" with the answers behind each weight, opens them in the
// explorer (the sliders move and a key figure changes), and the share
// link reopens the weights and the answers; the board shows the room's
// elicited weights. Axe runs on the questions and on the result.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watch, smallControls } from './page.mjs';

const serious = (axe) => axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
const code = (page) => page.evaluate(() => new URL(location.href).hash.split('s=')[1] ?? '');
const slider = (page, id) => page.locator(`#slider-${id}`).inputValue().then(Number);

// A participant who puts the need before the frame, prevention first,
// steering and diagnosis equally good, and evidence below prevention.
const PICK = {
  frame_need: 'right',
  social_steering: 'left',
  steering_diagnosis: 'equal',
  diagnosis_future: 'right',
  future_social: 'right',
};

test('the warm-up gives my priorities, opens them in the explorer, and a link reopens them', async ({ page }, info) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  await page.goto('/');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  const neutralKeys = await page.locator('.keys .key-value').allInnerTexts();
  const link = page.locator('.warmup-link');
  await expect(link).toHaveText('Find dine prioriteter');
  await (info.project.use.hasTouch ? link.tap() : link.click());
  await expect(page).toHaveURL(/#find-prioriteter/);
  await expect(page.locator('.warmup h2')).toHaveText('Find dine prioriteter');
  await expect(page.locator('.warmup .intro')).toContainText('mia.');

  // The first question: equal amounts, the frame against the need.
  const q = page.locator('.warmup-question');
  await expect(q).toHaveAttribute('data-trade-off', 'frame_need');
  await expect(q.locator('[data-choice=right]')).toContainText('helårspersoner får hjælp');
  expect(serious(await new AxeBuilder({ page }).include('.warmup').analyze())).toEqual([]);
  expect(await smallControls(page)).toEqual([]);
  // An answer and its undo: back at question 1.
  await q.locator('[data-choice=left]').click();
  await expect(page.locator('.warmup-progress')).toHaveText('Spørgsmål 2 af højst 10');
  await page.locator('.warmup-back').click();
  await expect(page.locator('.warmup-progress')).toHaveText('Spørgsmål 1 af højst 10');

  let asked = 0;
  while (await q.count()) {
    const t = await q.getAttribute('data-trade-off');
    await q.locator(`[data-choice=${PICK[t]}]`).click();
    asked += 1;
    expect(asked).toBeLessThanOrEqual(10);
  }
  expect(asked).toBeGreaterThanOrEqual(6);
  const result = page.locator('.warmup-result');
  await expect(result).toBeVisible();
  await expect(result.locator('h3')).toHaveText('Dine prioriteter');
  await expect(result.locator('.warmup-weights li')).toHaveCount(5);
  await expect(result.locator('.warmup-weights li[data-id=social_professional] .warmup-drivers')).toContainText('bygger på svar');
  await expect(page.locator('.warmup-consistency')).toHaveText('Dine svar hænger sammen.');
  await expect(page.locator('.warmup-answer-list li')).toHaveCount(asked);
  expect(serious(await new AxeBuilder({ page }).include('.warmup').analyze())).toEqual([]);
  expect(await smallControls(page)).toEqual([]);
  await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-warmup-result.png`, fullPage: true });

  // One tap opens them in the explorer: the sliders are set, the figures move.
  await page.locator('.warmup-open').click();
  await expect(page).toHaveURL(/#prioriter\?s=/);
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  const weights = {};
  for (const id of ['budget_squeeze', 'social_professional', 'steering', 'diagnosis', 'future_priorities']) {
    weights[id] = await slider(page, id);
  }
  expect(weights.budget_squeeze).toBeLessThan(0.5);
  expect(weights.social_professional).toBeGreaterThan(weights.steering);
  expect(weights.steering).toBe(weights.diagnosis);
  expect(weights.social_professional).toBeGreaterThan(weights.future_priorities);
  await expect.poll(() => page.locator('.keys .key-value').allInnerTexts()).not.toEqual(neutralKeys);

  // The share link carries the weights and the answers.
  await expect.poll(() => code(page)).not.toBe('');
  const shared = await code(page);
  await page.goto('about:blank');
  await page.goto(`/#prioriter?s=${shared}`);
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  for (const [id, v] of Object.entries(weights)) expect(await slider(page, id)).toBe(v);
  await page.goto('about:blank');
  await page.goto(`/#find-prioriteter?s=${shared}`);
  await expect(page.locator('.warmup-result')).toBeVisible();
  await expect(page.locator('.warmup-answer-list li')).toHaveCount(asked);

  // On the board, the room's elicited weights.
  await page.goto('about:blank');
  await page.goto('/#tavle');
  await page.locator('#board-links').fill(`http://x/#prioriter?s=${shared}`);
  await page.locator('#board-add').click();
  await expect(page.locator('#room-warmup-took')).toHaveText('Deltagere, der har svaret: 1.');
  await expect(page.locator('#warmup-strips .strip-row')).toHaveCount(5);
  await expect(page.locator('#room-warmup-flags')).toHaveText('Alle deltageres svar hænger sammen.');
  expect(serious(await new AxeBuilder({ page }).include('.room-warmup').analyze())).toEqual([]);
  expect(problems).toEqual([]);
});

// Five participants' answers, one of them going round in a circle.
const ROOM = [
  { name: 'Anna', pick: PICK },
  { name: '', pick: { ...PICK, frame_need: 'left', social_steering: 'right', future_social: 'left' } },
  { name: '', pick: Object.fromEntries(Object.keys(PICK).map((k) => [k, 'equal'])) },
  { name: 'Dan', pick: Object.fromEntries(Object.keys(PICK).map((k) => [k, 'left'])) },
  { name: '', pick: Object.fromEntries(Object.keys(PICK).map((k) => [k, 'left'])) },
];

test('five participants\' warm-ups on the board: the spread, and who went round in a circle', async ({ browser, page }, info) => {
  test.setTimeout(60_000);
  test.skip(info.project.name !== 'tablet', 'one size is enough for the room');
  const links = [];
  for (const { name, pick } of ROOM) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const p = await ctx.newPage();
    const problems = watch(p);
    await p.goto('/#find-prioriteter');
    const q = p.locator('.warmup-question');
    await expect(q).toBeVisible();
    while (await q.count()) {
      await q.locator(`[data-choice=${pick[await q.getAttribute('data-trade-off')]}]`).click();
    }
    await p.locator('.warmup-open').click();
    await expect.poll(() => code(p)).not.toBe('');
    if (name) {
      const before = await code(p);
      await p.locator('#open-share').click();
      await p.locator('#scenario-name').pressSequentially(name);
      await expect.poll(() => code(p)).not.toBe(before);
      await expect(p.locator('#share-link')).toHaveValue(new RegExp(`s=${await code(p)}$`));
    }
    links.push(`http://x/#prioriter?s=${await code(p)}`);
    expect(problems).toEqual([]);
    await ctx.close();
  }
  const problems = watch(page);
  await page.goto('/#tavle');
  await page.locator('#board-links').fill(links.join('\n'));
  await page.locator('#board-add').click();
  await expect(page.locator('#participants li')).toHaveCount(5);
  await expect(page.locator('#room-warmup-took')).toHaveText('Deltagere, der har svaret: 5.');
  await expect(page.locator('#warmup-strips .strip-row')).toHaveCount(5);
  await expect(page.locator('#warmup-strips .strip-row').first().locator('.dot')).toHaveCount(5);
  await expect(page.locator('#room-warmup-split')).toContainText('Rummet er mest uenigt om «');
  // Dan chose a name and is named; the other one is only counted.
  await expect(page.locator('#room-warmup-flags')).toHaveText('Deltagere, hvis svar ikke helt hænger sammen (2): Dan, 1 uden navn.');
  await page.locator('.room-warmup').screenshot({ path: `tests/e2e/screenshots/${info.project.name}-warmup-board.png` });
  expect(serious(await new AxeBuilder({ page }).include('.room-warmup').analyze())).toEqual([]);
  // On a projector, presenting: one screen with the room's chosen weights,
  // or, one tap away, the warm-up's in their place.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('.present-button').click();
  const noScroll = () => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  await expect(page.locator('#weight-strips')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.room-warmup')).toBeHidden();
  expect(await noScroll()).toBeLessThanOrEqual(0);
  const slide = page.locator('#board-warmup-slide');
  await expect(slide).toHaveAttribute('aria-pressed', 'false');
  await slide.click();
  await expect(slide).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#weight-strips')).toBeHidden();
  await expect(page.locator('#warmup-strips')).toBeInViewport({ ratio: 1 });
  // The projector shows how many answered inconsistently, not who.
  await expect(page.locator('#room-warmup-flags')).toBeHidden();
  await expect(page.locator('#room-warmup-flags-count')).toHaveText('2 deltageres svar hænger ikke helt sammen.');
  await expect(page.locator('#room-warmup-flags-count')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('#board-table')).toBeInViewport({ ratio: 1 });
  expect(await noScroll()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'tests/e2e/screenshots/projector-warmup-board-presenting.png' });
  expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
  await slide.click();
  await expect(page.locator('#weight-strips')).toBeInViewport({ ratio: 1 });
  expect(problems).toEqual([]);
});
