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
