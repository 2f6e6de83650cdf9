// The browser and size half of the benchmark (bench/run.sh runs it; see
// bench/README.md for what each figure means). Measures transfer size,
// start-up, slider latency and memory of the app and of the floor (a minimal
// leptos counter), reads the model figures bench/run.sh left in --model, prints one
// Markdown table and writes it with the details to --out.
//
//   node bench/measure.mjs --app-dist dist --floor-dist target/floor/dist \
//     --app-url http://127.0.0.1:8095/ --floor-url http://127.0.0.1:8096/ \
//     --model target/bench/model.txt --out bench/results.md
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CONTEXT, readyToSlide } from './page.mjs';
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';

// ---------------------------------------------------------------- options
const opt = {
  'app-dist': 'dist',
  'floor-dist': 'target/floor/dist',
  'app-url': 'http://127.0.0.1:8095/',
  'floor-url': 'http://127.0.0.1:8096/',
  model: 'target/bench/model.txt',
  breakdown: 'target/bench/breakdown.md', // bench/wasm-breakdown.mjs's table, if there
  out: 'bench/results.md',
  runs: '7', // start-up runs per page (after one discarded warm-up)
  inputs: '200', // slider inputs per latency series
  throttle: '4', // CPU slowdown for Emulation.setCPUThrottlingRate
  slider: 'slider-budget_squeeze',
};
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  if (!(k in opt)) throw new Error(`unknown option ${process.argv[i]}`);
  opt[k] = process.argv[i + 1];
}
const RUNS = Number(opt.runs);
const INPUTS = Number(opt.inputs);
const THROTTLE = Number(opt.throttle);

const GOAL = { gzipBytes: 200_000, floorRatio: 5, frameMs: 1000 / 60, modelMs: 5 };

const log = (...a) => console.error('[bench]', ...a);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const signedKb = (n) => `${n >= 0 ? '+' : '−'}${(Math.abs(n) / 1000).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'met' : '**missed**');
// Nearest-rank percentile of an ascending array.
const pct = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (xs) => pct([...xs].sort((a, b) => a - b), 50);
const finiteMedian = (xs) => { const f = xs.filter(Number.isFinite); return f.length ? median(f) : NaN; };
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p95: pct(s, 95), max: s[s.length - 1] };
};

// ---------------------------------------------------------------- 1. transfer size
function gzip9(buf) {
  const r = spawnSync('gzip', ['-9', '-c'], { input: buf, maxBuffer: 1 << 30 });
  if (r.status === 0) return r.stdout.length;
  return gzipSync(buf, { level: 9 }).length; // no gzip binary: zlib at level 9
}
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

// Every file the page can fetch: everything in dist/ (html, js, wasm, css,
// icons, any data files), hidden staging directories excepted.
function transfer(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      // Dotfiles, and the precompressed copies (.br, .gz) of scripts/precompress.mjs.
      if (name.startsWith('.') || /\.(br|gz)$/.test(name)) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const buf = readFileSync(p);
        files.push({ file: p.slice(dir.length + 1), raw: buf.length, gzip: gzip9(buf), brotli: brotli(buf) });
      }
    }
  };
  walk(dir);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

// ---------------------------------------------------------------- browser helpers
// Installed before any page script: remembers the wasm instance's memory
// (Trunk's loader dispatches `TrunkApplicationStarted` with the instance's
// exports, which include `memory`) and, for start-up, looks once per frame
// for the first screen's chart (the glance's canvas with an opaque,
// non-white pixel) or the floor's counter button, and notes the time after
// the paint of the frame that showed it.
function probe(kind) {
  window.__bench = { kind };
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__bench.started = performance.now();
    window.__bench.memory = e.detail && e.detail.wasm && e.detail.wasm.memory;
  });
  // Whether a canvas has an opaque, non-white pixel.
  const inked = (c) => {
    if (!c || !c.width || !c.height) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) return true;
    }
    return false;
  };
  // The chart panel's chart: the draft canvas while it lies over the sharp one.
  const modelChart = () => {
    const draft = document.querySelector('canvas.model-chart-draft');
    return draft && getComputedStyle(draft).visibility === 'visible' ? draft : document.querySelector('canvas.model-chart');
  };
  // The figure is the first screen's chart: the glance's small chart, which
  // is on the explorer's first screen at every size. The chart panel's chart
  // lies below the first screen on a tablet and a phone and is built just
  // after it; when it is painted is recorded too. The app draws a chart
  // during a frame (from its ResizeObserver callback, after layout), so ink
  // is looked for in a task posted from the frame's animation callback,
  // which runs after that frame's paint. The floor's counter is put into the
  // page by a task between frames, so it is looked for in the animation
  // callback, and the time taken in a task after that frame's paint.
  const afterPaint = (f) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = f;
    ch.port2.postMessage(0);
  };
  const done = () => window.__bench.painted !== undefined && (kind !== 'app' || window.__bench.chart !== undefined);
  const tick = () => {
    if (kind === 'app') {
      afterPaint(() => {
        if (window.__bench.painted === undefined && inked(document.querySelector('.glance canvas'))) window.__bench.painted = performance.now();
        if (window.__bench.chart === undefined && inked(modelChart())) window.__bench.chart = performance.now();
      });
    } else if (window.__bench.found === undefined && document.querySelector('#counter')) {
      window.__bench.found = performance.now();
      afterPaint(() => { window.__bench.painted = performance.now(); });
    }
    if (!done()) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function openPage(browser, url, kind) {
  const context = await browser.newContext(CONTEXT); // fresh: no cache, no storage
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(probe, kind);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  // What the page itself asks for (the service worker's background caching
  // is not the page's and is not listed) until its first screen's chart is
  // painted.
  // A request counts if it started before the paint: the page may ask for
  // more in the moment before this script notices the paint.
  const all = [];
  const onRequest = (r) => all.push(r);
  page.on('request', onRequest);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.painted !== undefined, null, { timeout: 60_000 });
  page.off('request', onRequest);
  const paintedAt = await page.evaluate(() => performance.timeOrigin + window.__bench.painted);
  const requested = all.filter((r) => !(r.timing().startTime > paintedAt)).map((r) => r.url());
  return { context, page, cdp, errors, requested };
}

// The paths each page fetched before its first screen's chart (or counter), from
// its first measured start-up.
const firstLoad = {};

/** The gzip -9 bytes of the files at `paths` (URL paths under `base`). */
function firstLoadBytes(size, paths, base) {
  const root = new URL(base).pathname.replace(/[^/]*$/, '');
  const byFile = new Map(size.files.map((f) => [f.file, f]));
  const files = paths.map((p) => decodeURIComponent(p.startsWith(root) ? p.slice(root.length) : p) || 'index.html')
    .map((file) => byFile.get(file)).filter(Boolean);
  return { files: files.map((f) => f.file), gzip: files.reduce((t, f) => t + f.gzip, 0) };
}

async function startup(browser, url, kind) {
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const { context, page, errors, requested } = await openPage(browser, url, kind);
    if (i === 1) firstLoad[kind] = [...new Set(requested.map((u) => new URL(u).pathname))];
    // First contentful paint is reported a little after the frame; wait for it briefly.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000 }).catch(() => {});
    if (kind === 'app') await page.waitForFunction(() => window.__bench.chart !== undefined, null, { timeout: 10_000 }).catch(() => {});
    const r = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { painted: window.__bench.painted, started: window.__bench.started, chart: window.__bench.chart ?? null, fcp: fcp ? fcp.startTime : null };
    });
    await context.close();
    if (errors.length) throw new Error(`${kind}: page errors: ${errors.join(' | ')}`);
    if (i > 0) runs.push(r); // run 0 warms the browser and the server up
    log(`start-up ${kind} ${i === 0 ? 'warm-up' : `run ${i}`}: ${ms(r.painted)}`);
  }
  return {
    runs: runs.map((r) => r.painted),
    median: median(runs.map((r) => r.painted)),
    started: finiteMedian(runs.map((r) => r.started)),
    chart: finiteMedian(runs.map((r) => r.chart)),
    fcp: finiteMedian(runs.map((r) => r.fcp)),
  };
}

// Memory after a forced GC: the JS heap (CDP Runtime.getHeapUsage) and the
// size of the wasm linear memory (it only ever grows).
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => (window.__bench.memory ? window.__bench.memory.buffer.byteLength : null));
  return { jsHeap: heap.usedSize, wasm };
}

// Slider inputs inside the page. Each input is dispatched at the start of a
// frame, from a requestAnimationFrame callback, as Chromium dispatches the
// input events of a drag (they are aligned to frames). t0 is taken just
// before `input` is dispatched; the handler sets the scenario signal, and
// leptos runs its effects (the model's memos, the DOM updates, the canvas
// redraw) in microtasks, which all run when the callback returns. A second
// rAF callback, queued for the same frame, runs after those microtasks:
// tWork. The frame's style, layout and paint follow in the same task; a
// message posted from the second callback runs after them: tPaint.
//   mode 'drag':    the next input goes into the very next frame, as in a
//                   drag; the bands' 150 ms timer is reset by every input and
//                   never fires during the series.
//   mode 'settled': after each input, wait until the bands have landed
//                   (the overspend card's band text is back) and painted,
//                   and two more frames; the bands are never inside a
//                   measurement, and their landing time is recorded apart.
async function sliderSeries(page, mode, n) {
  return page.evaluate(async ({ id, n, mode }) => {
    const st = (window.__benchSlider ??= { k: null, dir: 1 });
    const el = document.getElementById(id);
    if (!el) throw new Error(`no #${id}`);
    const bandEl = () => document.querySelector('.key[data-key="overspend"] .key-band');
    const bandText = () => (bandEl() ? bandEl().textContent : '');
    const min = Number(el.min), max = Number(el.max), step = Number(el.step);
    const steps = Math.round((max - min) / step);
    if (st.k === null) st.k = Math.round((Number(el.value) - min) / step);
    // A triangle wave over the slider's steps: every input changes the value.
    const next = () => {
      if (st.k + st.dir > steps || st.k + st.dir < 0) st.dir = -st.dir;
      st.k += st.dir;
      return String(Number((min + st.k * step).toFixed(6)));
    };
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const afterPaint = () => new Promise((r) => {
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r(performance.now());
        ch.port2.postMessage(0);
      });
    });
    const one = (value) => new Promise((resolve) => {
      let t0, tHandler;
      requestAnimationFrame(() => {
        t0 = performance.now();
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        tHandler = performance.now();
      });
      requestAnimationFrame(() => {
        const tWork = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve({ t0, handler: tHandler - t0, work: tWork - t0, paint: performance.now() - t0 });
        ch.port2.postMessage(0);
      });
    });
    // The chart on screen: the draft canvas while it lies over the sharp one.
    const shown = () => {
      const draft = document.querySelector('canvas.model-chart-draft');
      return draft && getComputedStyle(draft).visibility === 'visible' ? draft : document.querySelector('canvas.model-chart');
    };
    const sum = () => {
      const canvas = shown();
      const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i += 97) h = (h * 31 + d[i]) | 0;
      return h;
    };
    const out = { samples: [], bands: [], bandsDuring: 0, unchangedValue: 0, unchangedChart: 0, checked: 0 };
    for (let i = 0; i < n; i++) {
      const before = el.value;
      const check = i < 10; // the first inputs: check, outside the timing, that the chart changed
      const sumBefore = check ? sum() : 0;
      const r = await one(next());
      if (el.value === before) out.unchangedValue++;
      if (check) {
        out.checked++;
        if (sum() === sumBefore) out.unchangedChart++;
      }
      out.samples.push(r);
      if (mode === 'settled') {
        const pending = bandText();
        const limit = performance.now() + 20_000;
        while (bandText() === pending && performance.now() < limit) await frame();
        out.bands.push((await afterPaint()) - r.t0);
        await frame();
        await frame();
      } else if (!/…|\.\.\./.test(bandText())) {
        out.bandsDuring++; // the bands landed during the drag: the 150 ms timer fired
      }
    }
    return out;
  }, { id: opt.slider, n, mode });
}

async function sliders(browser, url) {
  const result = {};
  for (const mode of ['drag', 'settled']) {
    const { context, page, cdp, errors } = await openPage(browser, url, 'app');
    // Start from a settled page, the slider and the chart in view.
    await readyToSlide(page, opt.slider);
    const mem = [{ moves: 0, ...(await memory(page, cdp)) }];
    const parts = [];
    for (let q = 1; q <= 4; q++) { // in quarters; memory after each quarter of the settled series
      parts.push(await sliderSeries(page, mode, (INPUTS * q) / 4 - (INPUTS * (q - 1)) / 4));
      const moves = parts.reduce((t, p) => t + p.samples.length, 0);
      if (mode === 'settled') mem.push({ moves, ...(await memory(page, cdp)) });
      log(`slider ${mode}: ${moves} inputs`);
    }
    if (mode === 'settled') { // the same page 2 s later, no moves: how much the heap figure moves by itself
      await page.waitForTimeout(2000);
      mem.push({ moves: INPUTS, idle: true, ...(await memory(page, cdp)) });
    }
    await context.close();
    if (errors.length) throw new Error(`slider ${mode}: page errors: ${errors.join(' | ')}`);
    const samples = parts.flatMap((p) => p.samples);
    result[mode] = {
      paint: stats(samples.map((s) => s.paint)),
      work: stats(samples.map((s) => s.work)),
      handler: stats(samples.map((s) => s.handler)),
      overFrame: samples.filter((s) => s.paint > GOAL.frameMs).length,
      bands: parts[0].bands.length ? stats(parts.flatMap((p) => p.bands)) : null,
      bandsDuring: parts.reduce((t, p) => t + p.bandsDuring, 0),
      unchangedValue: parts.reduce((t, p) => t + p.unchangedValue, 0),
      unchangedChart: parts.reduce((t, p) => t + p.unchangedChart, 0),
      checked: parts.reduce((t, p) => t + p.checked, 0),
    };
    if (mode === 'settled') result.memory = mem;
  }
  return result;
}

// The floor's input latency, measured as sliderSeries measures the app's: a
// click on the counter dispatched at the start of a frame, to the end of that
// frame's paint. What the same browser, throttling and leptos take for the
// smallest possible update: one text node.
async function floorClicks(browser, url, n) {
  const { context, page, errors } = await openPage(browser, url, 'floor');
  const samples = await page.evaluate(async (n) => {
    const el = document.getElementById('counter');
    const out = [];
    for (let i = 0; i < n; i++) {
      out.push(await new Promise((resolve) => {
        let t0;
        requestAnimationFrame(() => {
          t0 = performance.now();
          el.click();
        });
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      }));
    }
    if (!el.textContent.includes(String(n))) throw new Error(`the counter shows ${el.textContent} after ${n} clicks`);
    return out;
  }, n);
  await context.close();
  if (errors.length) throw new Error(`floor clicks: page errors: ${errors.join(' | ')}`);
  return stats(samples);
}

// ---------------------------------------------------------------- 4. model (from bench/run.sh)
function model(path) {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const banded = [...text.matchAll(/^banded projection, (.*?) \((\w+)\): median ([\d.]+) ms, best ([\d.]+) ms/gm)]
    .map((m) => ({ what: m[1], preset: m[2], median: Number(m[3]), best: Number(m[4]) }));
  const central = [...text.matchAll(/^central projection \((\w+)\): median ([\d.]+) us/gm)]
    .map((m) => ({ preset: m[1], median: Number(m[2]) }));
  const num = (key) => { const m = text.match(new RegExp(`^${key}=(\\d+)`, 'm')); return m ? Number(m[1]) : null; };
  return { banded, central, irProjection: num('ir_projection'), irTotal: num('ir_total'), profile: (text.match(/^profile=(.*)$/m) || [])[1] };
}

// ---------------------------------------------------------------- main
const sh = (c) => { try { return execSync(c, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const t0 = Date.now();
const loadBefore = loadavg()[0];
const size = { app: transfer(opt['app-dist']), floor: transfer(opt['floor-dist']) };
log(`transfer: app ${kb(size.app.total.gzip)} gzip, floor ${kb(size.floor.total.gzip)} gzip`);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let start, slide;
const browserVersion = `Chromium ${browser.version()}`;
try {
  start = { app: await startup(browser, opt['app-url'], 'app'), floor: await startup(browser, opt['floor-url'], 'floor') };
  slide = await sliders(browser, opt['app-url']);
  slide.floor = await floorClicks(browser, opt['floor-url'], INPUTS);
} finally {
  await browser.close();
}
const mdl = model(opt.model);
const breakdown = existsSync(opt.breakdown) ? readFileSync(opt.breakdown, 'utf8').trim() : '';

// ---------------------------------------------------------------- table
const rows = [];
const first = { app: firstLoadBytes(size.app, firstLoad.app ?? [], opt['app-url']), floor: firstLoadBytes(size.floor, firstLoad.floor ?? [], opt['floor-url']) };
rows.push(['1. First load: what the page fetches before its first screen\'s chart is painted, gzip -9', kb(first.app.gzip),
  `floor ${kb(first.floor.gzip)}; goal ≤ 300 KB (issue 15)`,
  `${(first.app.gzip / first.floor.gzip).toFixed(1)}x; ${verdict(first.app.gzip <= 300_000)}`]);
const gzRatio = size.app.total.gzip / size.floor.total.gzip;
const brRatio = size.app.total.brotli / size.floor.total.brotli;
rows.push(['1. Transfer size, gzip -9 (all of dist/)', kb(size.app.total.gzip),
  `floor ${kb(size.floor.total.gzip)}; goal ≤ ${GOAL.floorRatio}x floor and < 200 KB`,
  `${gzRatio.toFixed(1)}x; ${verdict(gzRatio <= GOAL.floorRatio && size.app.total.gzip < GOAL.gzipBytes)}`]);
rows.push(['1. Transfer size, brotli -q 11', kb(size.app.total.brotli), `floor ${kb(size.floor.total.brotli)}`, `${brRatio.toFixed(1)}x`]);
rows.push([`2. Start-up to the first screen's chart painted (${THROTTLE}x CPU), median of ${RUNS}`, ms(start.app.median),
  `floor (counter on screen) ${ms(start.floor.median)}`, `${(start.app.median / start.floor.median).toFixed(1)}x`]);
for (const mode of ['drag', 'settled']) {
  const s = slide[mode];
  const label = mode === 'drag' ? 'one input per frame, bands pending' : 'one input after the bands landed';
  rows.push([`3. Slider input to painted frame (${THROTTLE}x CPU), ${s.paint.n} inputs, ${label}: p50 / p95 / max`,
    `${ms(s.paint.p50)} / ${ms(s.paint.p95)} / ${ms(s.paint.max)}`,
    `goal p95 ≤ ${GOAL.frameMs.toFixed(1)} ms; floor (counter click) ${ms(slide.floor.p50)} / ${ms(slide.floor.p95)} / ${ms(slide.floor.max)}`,
    verdict(s.paint.p95 <= GOAL.frameMs)]);
}
if (mdl && mdl.banded.length) {
  const neutral = mdl.banded.find((b) => b.preset === 'neutral') ?? mdl.banded[0];
  const worst = Math.max(...mdl.banded.map((b) => b.median));
  rows.push(['4. Model: one projection with 1,000 draws, native median', `${neutral.median.toFixed(2)} ms (${neutral.preset}); slowest preset ${worst.toFixed(2)} ms`,
    `goal < ${GOAL.modelMs} ms`, verdict(worst < GOAL.modelMs)]);
  rows.push(['4. Model: the same under callgrind (instructions in `project`)',
    mdl.irProjection ? `${(mdl.irProjection / 1e6).toFixed(1)} M Ir` : 'not measured', mdl.irTotal ? `whole process ${(mdl.irTotal / 1e6).toFixed(1)} M Ir` : '', '']);
} else {
  rows.push(['4. Model', 'not measured (no output from cargo bench)', `goal < ${GOAL.modelMs} ms`, '']);
}
const mem = slide.memory;
const m = [mem[0], mem[2], mem[4]]; // after load, half-way, at the end
const heapGrowth = m[2].jsHeap - m[1].jsHeap;
const wasmGrowth = m[2].wasm - m[1].wasm;
// "No growth": the wasm memory did not grow, and the JS heap after a forced
// GC moved by less than 1 % (the noise of a heap this size) between 100 and 200.
const heapOk = Math.abs(heapGrowth) < 0.01 * m[1].jsHeap;
rows.push([`5. JS heap after ${m[2].moves} slider moves (forced GC)`, mb(m[2].jsHeap), `goal: no growth from move ${m[1].moves} to ${m[2].moves}`,
  `${signedKb(heapGrowth)}; ${verdict(heapOk)}`]);
rows.push([`5. wasm memory after ${m[2].moves} slider moves`, m[2].wasm === null ? 'not found' : mb(m[2].wasm), `goal: no growth from move ${m[1].moves} to ${m[2].moves}`,
  m[2].wasm === null ? '' : `${signedKb(wasmGrowth)}; ${verdict(wasmGrowth === 0)}`]);

const table = ['| figure | value | floor or goal | ratio / verdict |', '|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

// ---------------------------------------------------------------- details
const fileTable = (t) => ['| file | bytes | gzip -9 | brotli |', '|---|--:|--:|--:|',
  ...t.files.map((f) => `| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`),
  `| total | ${t.total.raw} | ${t.total.gzip} | ${t.total.brotli} |`].join('\n');
const lat = (name, s) => `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} |`;
const sliderDetails = (mode) => {
  const s = slide[mode];
  const lines = ['| part (from dispatch) | p50 | p95 | max |', '|---|--:|--:|--:|',
    lat('input handler returned (synchronous part)', s.handler),
    lat('effects done (model memos, DOM, canvas redraw)', s.work),
    lat('frame painted (style, layout, paint)', s.paint)];
  if (s.bands) lines.push(lat('bands landed and painted (150 ms delay + 1,000 draws)', s.bands));
  lines.push('', `${s.overFrame} of ${s.paint.n} inputs took longer than one frame (${GOAL.frameMs.toFixed(1)} ms). ` +
    `Checks: value unchanged after ${s.unchangedValue} inputs; chart unchanged after ${s.unchangedChart} of the ${s.checked} checked inputs` +
    (mode === 'drag' ? `; bands landed during the drag after ${s.bandsDuring} inputs.` : '.'));
  return lines.join('\n');
};
const commit = sh('git rev-parse --short HEAD');
const dirty = sh('git status --porcelain --untracked-files=no -- src data public index.html Cargo.toml Cargo.lock Trunk.toml benches') ? ' (with uncommitted changes)' : '';
const cpu = (cpus()[0] || {}).model || '?';
const md = `# Benchmark results

Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} at commit \`${commit}\`${dirty} by \`bench/run.sh\`
(how each figure is measured: \`bench/README.md\`).
Machine: ${sh('nproc')} cores, ${cpu}; ${browserVersion}, headless, \`--disable-gpu\`;
page ${CONTEXT.viewport.width}x${CONTEXT.viewport.height} at device pixel ratio ${CONTEXT.deviceScaleFactor} (the tests' tablet);
${THROTTLE}x CPU throttling. KB = 1,000 bytes. Load average (1 min) ${loadBefore.toFixed(2)} before the browser
measurements and ${loadavg()[0].toFixed(2)} after: timings on a busy machine are slower and noisier; the
instruction count and the sizes are not affected.

${table}

## Transfer size

The first load (what the page fetched before its first screen's chart was painted, in its first
measured start-up): ${first.app.files.join(', ')}.

The app (\`${opt['app-dist']}\`):

${fileTable(size.app)}

The floor, a leptos counter (\`${opt['floor-dist']}\`):

${fileTable(size.floor)}
${breakdown ? `
### Where the wasm's bytes are

The release wasm rebuilt with its function names kept (\`bench/wasm-breakdown.mjs\`);
each function is counted for the crate its name starts with, or the crate of
the trait it implements, so leptos's generic view code instantiated for this
app's views counts as leptos, and its drop glue as \`core\`.

${breakdown}
` : ''}
## Start-up (${THROTTLE}x CPU, median of ${RUNS}, fresh browser context each)

| page | first screen's chart (the glance) / counter painted | wasm started (Trunk event) | first contentful paint | chart panel's chart painted |
|---|--:|--:|--:|--:|
| app | ${ms(start.app.median)} | ${ms(start.app.started)} | ${ms(start.app.fcp)} | ${ms(start.app.chart)} |
| floor | ${ms(start.floor.median)} | ${ms(start.floor.started)} | ${ms(start.floor.fcp)} | |

Runs (ms): app ${start.app.runs.map((x) => x.toFixed(0)).join(', ')}; floor ${start.floor.runs.map((x) => x.toFixed(0)).join(', ')}.

## Slider latency (\`#${opt.slider}\`, ${THROTTLE}x CPU)

Drag: one input per frame, back to back; the bands stay pending.

${sliderDetails('drag')}

Settled: each input waits until the previous input's bands have landed.

${sliderDetails('settled')}

## Model

${mdl && mdl.banded.length ? ['| preset | one projection, 1,000 draws: median | best | central projection: median |', '|---|--:|--:|--:|',
  ...mdl.banded.map((b) => `| ${b.preset} | ${b.median.toFixed(2)} ms | ${b.best.toFixed(2)} ms | ${(mdl.central.find((c) => c.preset === b.preset) || {}).median ?? '?'} µs |`)].join('\n')
  : 'not measured'}

${mdl && mdl.irProjection ? `callgrind, one 1,000-draw projection of the neutral scenario (\`projection once neutral\`): ${mdl.irProjection.toLocaleString('en')} instructions inside \`project\`, ${mdl.irTotal.toLocaleString('en')} for the whole process (start-up and loading the built-in data included).` : ''}
${mdl && mdl.profile ? `Native build: ${mdl.profile}.` : ''}

## Memory (settled series, after a forced GC)

| after | JS heap | wasm memory |
|---|--:|--:|
${mem.map((x) => `| ${x.idle ? `${x.moves} moves, then 2 s idle` : x.moves ? `${x.moves} moves` : 'load'} | ${x.jsHeap} B (${mb(x.jsHeap)}) | ${x.wasm === null ? '?' : `${x.wasm} B (${mb(x.wasm)})`} |`).join('\n')}

Whole measurement: ${((Date.now() - t0) / 1000).toFixed(0)} s.
`;
writeFileSync(opt.out, md);
console.log(table);
log(`wrote ${opt.out}`);
