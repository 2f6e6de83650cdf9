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
