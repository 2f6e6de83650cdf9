// The model's own numbers for the browser tests: the native runner
// (prioritet-run) projects each approach preset, so the tests can check that
// the screen shows what the model computes.
import { execFileSync } from 'node:child_process';

// Built by global-setup.mjs.
const run = (...args) =>
  execFileSync('target/debug/prioritet-run', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The central projection and baseline of an approach's preset. */
export function presetProjection(approach) {
  const scenario = run('preset', approach);
  const file = `target/e2e-preset-${approach}.json`;
  execFileSync('sh', ['-c', `cat > ${file}`], { input: scenario });
  return JSON.parse(run('run', file, '--draws', '0'));
}

/** Runs a scenario file's text through the runner (central only). */
export function runScenarioFile(text) {
  const file = `target/e2e-scenario-${process.pid}-${Date.now()}.json`;
  execFileSync('sh', ['-c', `cat > ${file}`], { input: text });
  return JSON.parse(run('run', file, '--draws', '0'));
}

/** Reads an amount shown the Danish way ("12,3 mia. kr.", "950 kr.") in DKK. */
export function parseDanishDkk(text) {
  const m = text.trim().match(/^(-?[\d.]+(?:,\d+)?) (mia\. kr\.|mio\. kr\.|kr\.)$/);
  if (!m) throw new Error(`not a Danish amount: ${text}`);
  const n = Number(m[1].replaceAll('.', '').replace(',', '.'));
  return n * ({ 'mia. kr.': 1e9, 'mio. kr.': 1e6, 'kr.': 1 })[m[2]];
}

/** Half a unit of the last digit shown: key figures are projections shown
 * to three significant digits, so the tolerance is half of their last digit. */
export function tolerance(value) {
  const abs = Math.abs(value);
  return abs === 0 ? 0.5 : 0.5 * 10 ** (Math.floor(Math.log10(abs)) - 2);
}

/** Reads a count shown the Danish way ("1.707") as a number. */
export const parseDanishCount = (text) => Number(text.trim().replaceAll('.', '').replace(',', '.'));
