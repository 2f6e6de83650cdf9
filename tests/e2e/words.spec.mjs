// "A first minute that explains itself": the first-visit card ("Start her")
// and the glossary's term buttons and list ("Ord og begreber").
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { smallControls, watch } from './page.mjs';

const glossary = JSON.parse(readFileSync('data/glossary.json', 'utf8'));

const shot = (target, info, name) =>
  target.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png` });

/** Opens a view with optional stored values set before the app starts. */
async function open(page, view, storage = {}) {
  const problems = watch(page);
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('words-seeded')) return;
    sessionStorage.setItem('words-seeded', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, storage);
  await page.goto(`/#${view}`);
  await expect(page.locator('main')).not.toBeEmpty();
  return problems;
}

/** The serious and critical axe-core violations on the page now. */
async function serious(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a first visit shows "Start her"; "Forstået" hides it for good and "Start her" brings it back', async ({ page }, info) => {
  const problems = await open(page, 'prioriter');
  const card = page.locator('.start-here');
  await expect(card).toBeVisible();
  await expect(card.locator('h2')).toHaveText('Start her');
  await expect(card).toContainText('inden for en fast ramme');
  await expect(card.locator('.start-steps > li')).toHaveCount(3);
  await expect(card.locator('.start-steps > li').nth(1)).toContainText('greb');
  // Above the lens bar, at the top of the left column.
  const cardBox = await card.boundingBox();
  const lensBox = await page.locator('.lenses').boundingBox();
  expect(cardBox.y).toBeLessThan(lensBox.y);
  await card.scrollIntoViewIfNeeded();
  await shot(page, info, 'start-here');

  await card.getByRole('button', { name: 'Forstået' }).click();
  await expect(card).toBeHidden();
  const again = page.locator('#start-here-show');
  await expect(again).toBeVisible();
  await expect(again).toBeFocused();
  await page.reload();
  await expect(page.locator('.lenses')).toBeVisible();
  await expect(card).toBeHidden();
  await shot(page, info, 'start-here-hidden');

  await again.click();
  await expect(card).toBeVisible();
  await expect(page.locator('#start-here-heading')).toBeFocused();
  await page.reload();
  await expect(card).toBeVisible();
  expect(problems).toEqual([]);
});

test('a corrupted stored choice shows the card', async ({ page }) => {
  const problems = await open(page, 'prioriter', { 'prioritet.start': '{garbage' });
  await expect(page.locator('.start-here')).toBeVisible();
  await expect(page.locator('#start-here-show')).toBeHidden();
  expect(problems).toEqual([]);
});

test('a term button opens its explanation in place and Escape closes it', async ({ page }, info) => {
  const problems = await open(page, 'prioriter');
  const term = page.locator('.lenses .term[data-term="approach"]');
  const button = term.locator('.term-button');
  const panel = term.locator('.term-panel');
  await expect(button).toHaveText(/VIVE's fem tilgange/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('man kan ikke sige, at én er bedre end en anden');
  await shot(page, info, 'term-open');
  await button.focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();

  // The levers' steering centres have theirs too, with KL's names.
  const centre = page.locator('.lever-group .term[data-term="centre_financial"] .term-button');
  await expect(centre).toHaveText('Det økonomisk-finansielle styringscenter');
  expect(problems).toEqual([]);
});

test('the background view lists every term of the glossary, and the approaches and recommendations have term buttons', async ({ page }, info) => {
  const problems = await open(page, 'baggrund');
  const section = page.locator('section.glossary');
  await expect(section.locator('h2')).toHaveText('Ord og begreber');
  await expect(section.locator('.glossary-entry')).toHaveCount(glossary.terms.length);
  for (const t of glossary.terms) {
    const entry = page.locator(`#ord-${t.id}`);
    await expect(entry.locator('dt')).toHaveText(t.term.da);
    await expect(entry.locator('dd')).toHaveText(t.text.da);
  }
  await expect(page.locator('.approaches .term[data-term="kof"]')).toBeVisible();
  await expect(page.locator('.recommendations .term[data-term="six_cities"]')).toBeVisible();
  await page.locator('.approaches .term[data-term="kof"] .term-button').click();
  await expect(page.locator('.approaches .term[data-term="kof"] .term-panel')).toContainText('Kommunaløkonomisk Forum');
  await section.scrollIntoViewIfNeeded();
  await shot(page, info, 'glossary');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(section.locator('h2')).toHaveText('Words and terms');
  await expect(page.locator('#ord-entitlement dd')).toHaveText(glossary.terms.find((t) => t.id === 'entitlement').text.en);
  expect(problems).toEqual([]);
});

test('axe-core finds no serious or critical violations and every control is at least 44 by 44 px, with the card and a term open', async ({ page }) => {
  const problems = await open(page, 'prioriter');
  await expect(page.locator('.start-here')).toBeVisible();
  await page.locator('.lever-group .term-button').first().click();
  await page.locator('.lenses .term-button').first().click();
  expect(await serious(page)).toEqual([]);
  expect(await smallControls(page)).toEqual([]);
  await page.getByRole('button', { name: 'Forstået' }).click();
  expect(await serious(page)).toEqual([]);
  expect(await smallControls(page)).toEqual([]);

  await page.goto('/#baggrund');
  await expect(page.locator('section.glossary')).toBeVisible();
  await page.locator('.recommendations .term-button').first().click();
  expect(await serious(page)).toEqual([]);
  expect(await smallControls(page)).toEqual([]);
  expect(problems).toEqual([]);
});
