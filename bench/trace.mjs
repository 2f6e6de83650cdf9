// Where a slider input's time goes: records a Chromium performance trace of
// slider inputs (one per frame, 4x CPU, the tablet of bench/measure.mjs) and
// prints the renderer main thread's self time per trace event name (script,
// style, layout, paint, ...), per input. A profiling aid for bench/README.md
// "Why a goal is missed"; bench/run.sh does not run it.
//
//   node tests/e2e/serve.mjs dist 8099 &
//   node bench/trace.mjs --url http://127.0.0.1:8099/ [--inputs 40] [--settled 1] [--out target/bench/trace.json]
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, CONTEXT, readyToSlide } from './page.mjs';

const opt = { url: 'http://127.0.0.1:8099/', inputs: '40', throttle: '4', slider: 'slider-budget_squeeze', out: '', chart: '', css: '', settled: '' };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  if (!(k in opt)) throw new Error(`unknown option ${process.argv[i]}`);
  opt[k] = process.argv[i + 1];
}
const INPUTS = Number(opt.inputs);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ ...CONTEXT, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(opt.url);
  await page.waitForSelector('canvas.model-chart');
  if (opt.chart) await page.click(`.tab[data-chart="${opt.chart}"]`);
  if (opt.css) await page.addStyleTag({ content: opt.css });
  await readyToSlide(page, opt.slider);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(opt.throttle) });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,cc',
    transferMode: 'ReportEvents',
  });
  // With --settled 1, each input waits until the previous one's bands have
  // landed, and only the input's own frame counts: from a `TimeStamp`
  // "input" to a `TimeStamp` "painted" after the next frame.
  await page.evaluate(async ({ id, n, settled }) => {
    const el = document.getElementById(id);
    const min = Number(el.min), max = Number(el.max), step = Number(el.step);
    let k = Math.round((Number(el.value) - min) / step), dir = 1;
    const steps = Math.round((max - min) / step);
    const landed = () => !/…/.test(document.querySelector('.key[data-key="overspend"] .key-band').textContent);
    for (let i = 0; i < n; i++) {
      if (settled) {
        while (!landed()) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => requestAnimationFrame(() => {
        if (k + dir > steps || k + dir < 0) dir = -dir;
        k += dir;
        el.value = String(min + k * step);
        console.timeStamp('input');
        el.dispatchEvent(new Event('input', { bubbles: true }));
        r();
      }));
      if (settled) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        console.timeStamp('painted');
      }
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, { id: opt.slider, n: INPUTS, settled: Boolean(opt.settled) });
  await cdp.send('Tracing.end');
  await done;
  if (opt.out) writeFileSync(opt.out, JSON.stringify(events));

  // The renderer's main thread: the thread named CrRendererMain with the most events.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const count = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid).length;
  const main = names.sort((a, b) => count(b) - count(a))[0];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  // The windows that count: everything, or each settled input's own frame.
  const stamps = onMain.filter((e) => e.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
  const windows = [];
  for (let i = 0; opt.settled && i + 1 < stamps.length; i++) {
    const [a, b] = [stamps[i], stamps[i + 1]];
    if (a.args?.data?.message === 'input' && b.args?.data?.message === 'painted') windows.push([a.ts, b.ts]);
  }
  const counts = (e) => !opt.settled || windows.some(([from, to]) => e.ts >= from && e.ts < to);
  const complete = onMain
    .filter((e) => e.ph === 'X' && e.dur !== undefined && counts(e))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: an event's duration minus its direct children's.
  const self = new Map();
  const stack = [];
  for (const e of complete) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
    self.set(e, self.get(e) ?? e.dur);
    stack.push(e);
  }
  const byName = new Map();
  for (const [e, s] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + s);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  const what = opt.settled ? `${windows.length} settled inputs (their own frame)` : `${INPUTS} inputs`;
  console.log(`${what}, ${opt.throttle}x CPU; renderer main thread self time per input (ms):`);
  for (const [n, us] of top) console.log(`${(us / 1000 / INPUTS).toFixed(2).padStart(8)}  ${n}`);
  console.log(`${(total / 1000 / INPUTS).toFixed(2).padStart(8)}  (all traced events)`);
  await context.close();
} finally {
  await browser.close();
}
