// What every browser test watches on a page: console errors and uncaught
// exceptions (a panic in the WebAssembly shows as one). A test ends with
// `expect(problems).toEqual([])`.

/** Collects the page's console errors and uncaught exceptions. */
export function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Every visible control smaller than 44 by 44 px. */
export const smallControls = (page) =>
  page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, a[href], input, select, summary, textarea')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.width < 44 || r.height < 44) out.push(`${el.tagName}.${el.className || el.id} ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
