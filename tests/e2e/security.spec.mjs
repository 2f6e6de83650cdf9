// Security (issue 6): the built site runs under a strict
// Content-Security-Policy (scripts/csp.mjs: no 'unsafe-inline', no
// 'unsafe-eval', only 'wasm-unsafe-eval'; connect-src 'self'), sent as a
// header by tests/e2e/serve.mjs and present as a <meta> in index.html, and
// no request ever goes to another origin. At tablet and phone sizes.
import { test, expect } from '@playwright/test';
import { watch } from './page.mjs';
import { readFileSync } from 'node:fs';
import { CSP_HEADER, CSP_META } from '../../scripts/csp.mjs';

test.beforeEach(({}, info) => {
  test.skip(!['tablet', 'phone'].includes(info.project.name), 'the security checks run at tablet and phone sizes');
});

/** Records securitypolicyviolation events (from the first script on) into window.__csp. */
const RECORD_VIOLATIONS = () => {
  window.__csp = [];
  // Which policy: the header's has frame-ancestors, the meta's has not.
  const record = (e) =>
    window.__csp.push(
      `${e.effectiveDirective} (${/frame-ancestors/.test(e.originalPolicy) ? 'header' : 'meta'}) blocked ` +
        `${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    );
  document.addEventListener('securitypolicyviolation', record, true);
};

const violations = (page) => page.evaluate(() => window.__csp ?? ['no recorder']);

/** Console errors and page errors. */
/** Every request the page, its frames and the service worker make. */
function recordRequests(page, context) {
  const urls = new Set();
  const byWorker = new Set();
  page.on('request', (r) => urls.add(r.url()));
  context.on('request', (r) => {
    urls.add(r.url());
    if (r.serviceWorker()) byWorker.add(r.url());
  });
  return { urls, byWorker };
}

/** The policy's directives as a map (name -> source list). */
const directives = (policy) =>
  Object.fromEntries(
    policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name, sources];
    }),
  );

/** A policy is strict: no unsafe-inline / unsafe-eval / unsafe-hashes, no wildcard, no other origin. */
function expectStrict(policy) {
  const map = directives(policy);
  const all = Object.values(map).flat();
  expect(all.filter((s) => /unsafe/.test(s) && s !== "'wasm-unsafe-eval'")).toEqual([]);
  expect(all.filter((s) => s === '*' || /^(https?|wss?):/.test(s) || /\*/.test(s))).toEqual([]);
  expect(map['default-src']).toEqual(["'self'"]);
  expect(map['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(map['style-src']).toEqual(["'self'"]);
  expect(map['connect-src']).toEqual(["'self'"]);
  expect(map['object-src']).toEqual(["'none'"]);
  expect(map['base-uri']).toEqual(["'none'"]);
  return map;
}

/** The computed background colour of the first element matching `selector`. */
const background = (page, selector) =>
  page.locator(selector).first().evaluate((e) => getComputedStyle(e).backgroundColor);

/** Drags the slider `locator` from its thumb to 80 % of its track, with the mouse. */
async function drag(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const before = await locator.inputValue();
  const box = await locator.boundingBox();
  const y = box.y + box.height / 2;
  const min = Number(await locator.getAttribute('min'));
  const max = Number(await locator.getAttribute('max'));
  const x = box.x + box.width * ((Number(before) - min) / (max - min || 1));
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const f of [0.3, 0.5, 0.8]) await page.mouse.move(box.x + box.width * f, y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => locator.inputValue()).not.toBe(before);
}

test('the policy is sent as a header (with frame-ancestors) and is in index.html as a <meta>', async ({ page }) => {
  const response = await page.goto('/');
  const header = response.headers()['content-security-policy'];
  expect(header).toBe(CSP_HEADER);
  expect(expectStrict(header)['frame-ancestors']).toEqual(["'none'"]);

  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(CSP_META);
  expect(expectStrict(meta)['frame-ancestors']).toBeUndefined();
  // The meta comes before anything that loads (a meta policy only covers what follows it).
  const html = readFileSync('dist/index.html', 'utf8');
  const first = html.search(/<(script|link|style)\b/i);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(-1);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(first);
  // No inline script, style or handler is left in the build; scripts keep SRI.
  expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/<style\b|\sstyle\s*=|\son[a-z]+\s*=/i);
  for (const tag of html.match(/<script\b[^>]*>|<link\b[^>]*rel="(?:modulepreload|preload|stylesheet)"[^>]*>/gi)) {
    expect(tag).toMatch(/integrity="sha384-[A-Za-z0-9+/=]+"/);
  }
  // The service worker is served under the policy too.
  const sw = await page.request.get('/sw.js');
  expect(sw.headers()['content-security-policy']).toBe(CSP_HEADER);
});

test('every view, a slider, the panels and all exports: no CSP violation, no console error, no other origin', async ({ page, context }, info) => {
  test.setTimeout(90_000);
  const origin = new URL(info.project.use.baseURL).origin;
  await context.addInitScript(RECORD_VIOLATIONS);
  const { urls: requests, byWorker } = recordRequests(page, context);
  const problems = watch(page);

  await page.goto('/#prioriter');
  await expect(page.locator('h1')).toHaveText('Prioriteringsrummet');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();
  // The service worker installs (and fetches the build) under the policy.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  // Styles set through CSSOM (leptos' style:prop=...) apply; an inline
  // style attribute would be blocked and leave the swatch transparent.
  await page.locator('.legend .swatch').first().scrollIntoViewIfNeeded();
  expect(await background(page, '.legend .swatch')).not.toBe('rgba(0, 0, 0, 0)');

  // A slider, dragged.
  await drag(page, page.locator('input[type="range"]').first());

  // Share: the link and its QR code.
  await page.locator('#open-share').click();
  await expect(page.locator('#share-link')).toHaveValue(/#prioriter\?s=/);
  const first = await page.locator('#share-link').inputValue();

  // Saved scenarios: save one (a form submit the app handles itself).
  await page.locator('#open-saved').click();
  await expect(page.locator('#saved-heading')).toBeVisible();
  await page.locator('#save-name').fill('CSP');
  await page.locator('#save-scenario').click();
  await expect(page.locator('.saved-item .saved-name').first()).toHaveValue('CSP');

  // Exports: CSV and JSON as blob: URLs, PNG as a data: URL, all downloads.
  await page.locator('#open-export').click();
  for (const [id, ext] of [['#export-csv', 'csv'], ['#export-png', 'png'], ['#export-json', 'json']]) {
    const download = page.waitForEvent('download');
    await page.locator(id).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
    expect(readFileSync(await d.path()).length).toBeGreaterThan(100);
  }

  // A second scenario (another lens) for the board.
  await page.locator('.lens').nth(1).click();
  await page.locator('#open-share').click();
  await expect(page.locator('#share-link')).not.toHaveValue(first);
  await expect(page.locator('#share-link')).toHaveValue(/#prioriter\?s=/);
  const second = await page.locator('#share-link').inputValue();

  // Compare: the column swatches are coloured through CSSOM.
  await page.goto('/#sammenlign');
  await expect(page.locator('#compare-table')).toBeVisible();
  await page.locator('#compare-lenses').click();
  await expect(page.locator('#compare-table thead th')).toHaveCount(6);
  expect(await background(page, '#compare-table .col-swatch')).not.toBe('rgba(0, 0, 0, 0)');
  expect(await background(page, '.compare .legend .swatch')).not.toBe('rgba(0, 0, 0, 0)');

  // Board: two participants; the dots, boxes and medians are placed through CSSOM.
  await page.goto('/#tavle');
  await expect(page.locator('#board-heading')).toBeVisible();
  await page.locator('#board-links').fill([first, second].join('\n'));
  await page.locator('#board-add').click();
  await expect(page.locator('#participants li')).toHaveCount(2);
  const row = page.locator('#weight-strips .strip-row').first();
  await expect(row.locator('.dot')).toHaveCount(2);
  const placed = await row.evaluate((r) => ({
    dot: r.querySelector('.dot').style.left,
    iqrLeft: r.querySelector('.iqr').style.left,
    iqrWidth: r.querySelector('.iqr').style.width,
    median: r.querySelector('.median').style.left,
  }));
  expect(placed.dot).toMatch(/%$/);
  expect(placed.iqrLeft).toMatch(/%$/);
  expect(placed.iqrWidth).toMatch(/^calc\(/);
  expect(placed.median).toMatch(/%$/);

  // Background and memo.
  await page.goto('/#baggrund');
  await expect(page.locator('#approaches-heading')).toBeVisible();
  await page.locator('canvas.chart').first().scrollIntoViewIfNeeded();
  await page.goto('/#notat');
  await expect(page.locator('#memo-heading')).toBeVisible();
  await expect(page.locator('.memo svg.qr path')).toHaveAttribute('d', /^M/);

  // A full reload, now answered by the service worker, under the same policy.
  await page.reload();
  await expect(page.locator('#memo-heading')).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
  const foreign = [...requests].filter((u) => !(u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === origin));
  expect(foreign).toEqual([]);
  expect([...requests].some((u) => u.endsWith('.wasm'))).toBe(true);
  // The service worker's own requests (its precache) were recorded too.
  expect([...byWorker].some((u) => u.endsWith('/index.html'))).toBe(true);
});

test('the policy is enforced: eval, inline script and style attributes, other origins and framing are blocked', async ({ page }) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  const problems = watch(page);
  await page.goto('/');
  await expect(page.locator('.keys .key-value').first()).not.toBeEmpty();

  const outcome = await page.evaluate(async () => {
    const out = {};
    // (Later, from a timer: code run by the test itself may eval.)
    out.eval = await new Promise((done) => setTimeout(() => {
      try {
        done(String(eval('1 + 1')));
      } catch (e) {
        done(e.name);
      }
    }, 0));
    window.__inline = 'not run';
    const s = document.createElement('script');
    s.textContent = "window.__inline = 'ran'";
    document.body.append(s);
    out.inlineScript = window.__inline;
    const attr = document.createElement('span');
    attr.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(attr);
    out.styleAttribute = getComputedStyle(attr).color;
    const cssom = document.createElement('span');
    cssom.style.setProperty('color', 'rgb(1, 2, 3)');
    document.body.append(cssom);
    out.cssom = getComputedStyle(cssom).color;
    try {
      await fetch(new URL('/', location.href.replace('127.0.0.1', 'localhost')).href, { mode: 'no-cors' });
      out.otherOrigin = 'fetched';
    } catch (e) {
      out.otherOrigin = e.name;
    }
    return out;
  });
  expect(outcome).toEqual({
    eval: 'EvalError',
    inlineScript: 'not run',
    styleAttribute: expect.not.stringMatching(/^rgb\(1, 2, 3\)$/),
    cssom: 'rgb(1, 2, 3)',
    otherOrigin: 'TypeError',
  });
  // Each is reported once by each policy, the header's and the meta's.
  const reported = async () => [...new Set((await violations(page)).map((v) => v.split(' ').slice(0, 2).join(' ')))].sort();
  await expect.poll(reported).toEqual(
    ['connect-src', 'script-src', 'script-src-elem', 'style-src-attr'].flatMap((d) => [`${d} (header)`, `${d} (meta)`]),
  );

  // frame-ancestors 'none' (header only): the app cannot be framed. A page
  // from the same server without the header (the control) can.
  const app = new URL('/', page.url()).href;
  const control = new URL('/framing-control', page.url()).href;
  await page.route(control, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>control</h1>' }));
  await page.goto('about:blank');
  await page.evaluate((urls) => {
    for (const src of urls) {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }
  }, [control, app]);
  const framed = () => page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url());
  await expect.poll(framed).toEqual([control, expect.stringMatching(/^chrome-error:/)]);
  await expect(page.frames()[1].locator('h1')).toHaveText('control');
});
