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

/** The minus sign (U+2212) and no-break space (U+00A0) the app writes. */
const MINUS = '\u2212';
const NBSP = '\u00a0';

/** Reads an amount shown the Danish way ("12,3 mia. kr.", "950 kr.", with
 * no-break spaces, "−" before a negative) in DKK. A hyphen or a breaking
 * space between number and unit is refused: the app never writes them. */
export function parseDanishDkk(text) {
  const m = text.trim().match(/^(\u2212?[\d.]+(?:,\d+)?)\u00a0(mia\.\u00a0kr\.|mio\.\u00a0kr\.|kr\.)$/);
  if (!m) throw new Error(`not a Danish amount: ${JSON.stringify(text)}`);
  const n = Number(m[1].replace(MINUS, '-').replaceAll('.', '').replace(',', '.'));
  return n * ({ [`mia.${NBSP}kr.`]: 1e9, [`mio.${NBSP}kr.`]: 1e6, 'kr.': 1 })[m[2]];
}

/** Half a unit of the last digit shown: key figures are projections shown
 * to three significant digits, so the tolerance is half of their last digit. */
export function tolerance(value) {
  const abs = Math.abs(value);
  return abs === 0 ? 0.5 : 0.5 * 10 ** (Math.floor(Math.log10(abs)) - 2);
}

/** Reads a count shown the Danish way ("1.707", "−12") as a number. */
export const parseDanishCount = (text) =>
  Number(text.trim().replace(MINUS, '-').replaceAll('.', '').replace(',', '.'));
