// The explorer's first load without the other views' code: the wasm is
// split into the part every page needs and one part per view or toolbar
// panel loaded on demand (the split points in `src/ui/views/split.rs` and
// `src/ui/parts/scenario_bar.rs`; the splitter is
// wasm_split_cli_support's `wasm-split-cli`, installed by scripts/setup.sh).
//
// Trunk 0.21 runs cargo, then wasm-bindgen, then wasm-opt, and has no step
// between the first two, where the split must happen (it reads the linker's
// relocations, `--emit-relocs` in .cargo/config.toml). So:
//
// 1. `bindgen` (run by scripts/bin/wasm-bindgen, which Trunk finds on the
//    PATH that scripts/build.sh and scripts/serve.sh set before the real
//    wasm-bindgen): splits the cargo output into the main module and the
//    parts, runs the real wasm-bindgen on the main module, wasm-opt -Oz on
//    each part, and points the glue's import of the parts' loader
//    (`./__wasm_split.js`) at `./split-<hash>/__wasm_split.js`, a folder
//    named by the parts' content, so a browser never mixes a new main module
//    with cached parts of an old one. The parts wait in $PRIORITET_SPLIT_DIR
//    (default: <cargo target dir>/wasm-split).
// 2. `stage` (the first post_build step in Trunk.toml): copies the folder
//    into the staging directory and points the loader's import of the glue
//    (for `initSync`) at the glue's hashed name. Fails the build if the glue
//    or the folder is missing, so a Trunk that works differently is noticed.
//
// A build whose code has no split points passes through unchanged.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync,
} from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADER = '__wasm_split.js';

const fail = (message) => {
  console.error(`wasm-split: ${message}`);
  process.exit(1);
};

/** Where the parts wait between the two steps. */
function splitDir() {
  if (process.env.PRIORITET_SPLIT_DIR) return process.env.PRIORITET_SPLIT_DIR;
  const target = process.env.CARGO_TARGET_DIR ?? join(process.cwd(), 'target');
  return join(target, 'wasm-split');
}

/** The real wasm-bindgen: the first on PATH that is not this wrapper's folder. */
function realBindgen() {
  const own = resolve(fileURLToPath(new URL('./bin', import.meta.url)));
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || resolve(dir) === own) continue;
    const candidate = join(dir, 'wasm-bindgen');
    if (existsSync(candidate)) return candidate;
  }
  return fail('no wasm-bindgen on PATH besides scripts/bin');
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

/** Step 1, in place of `wasm-bindgen <args>`. */
function bindgen(args) {
  const bindgenBin = realBindgen();
  const input = args.find((a) => !a.startsWith('-') && a.endsWith('.wasm'));
  const outDir = args.find((a) => a.startsWith('--out-dir='))?.slice('--out-dir='.length);
  const outName = args.find((a) => a.startsWith('--out-name='))?.slice('--out-name='.length);
  if (!input || !outDir || !outName) {
    // Not a build call (for example --version): the real tool answers.
    run(bindgenBin, args);
    return;
  }
  const work = splitDir();
  rmSync(work, { recursive: true, force: true });
  const raw = join(work, 'raw');
  mkdirSync(raw, { recursive: true });
  run('wasm-split-cli', [input, raw, '--out-name', outName]);
  const main = join(raw, `${outName}.wasm`);
  const parts = readdirSync(raw).filter((f) => f.endsWith('.wasm') && f !== `${outName}.wasm`);
  if (!existsSync(main) || !existsSync(join(raw, LOADER)) || parts.length === 0) {
    // No split points: the build is the one it would have been.
    console.log('wasm-split: no split points; wasm-bindgen runs on the whole module');
    run(bindgenBin, args);
    return;
  }
  // The parts link to the main module's table, memory and globals, which
  // wasm-bindgen would otherwise stop exporting.
  run(bindgenBin, [...args.map((a) => (a === input ? main : a)), '--keep-lld-exports']);

  // Each part optimised as Trunk optimises the main module (-Oz).
  const hash = createHash('sha256');
  const staged = join(work, 'staged');
  mkdirSync(staged);
  for (const part of parts.sort()) {
    run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
      '--enable-sign-ext', '--enable-mutable-globals', join(raw, part), '-o', join(staged, part)]);
    hash.update(part).update(readFileSync(join(staged, part)));
  }
  const loader = readFileSync(join(raw, LOADER), 'utf8');
  hash.update(loader);
  const folder = `split-${hash.digest('hex').slice(0, 16)}`;
  writeFileSync(join(staged, LOADER), loader);
  renameSync(staged, join(work, folder));

  const glue = join(outDir, `${outName}.js`);
  const text = readFileSync(glue, 'utf8');
  // Only the import statements: the import object's keys stay the module
  // name the wasm asks for.
  const from = new RegExp(`(\\bfrom\\s*)(['"])\\./${LOADER.replace('.', '\\.')}\\2`, 'g');
  const count = (text.match(from) ?? []).length;
  if (count === 0) fail(`${glue} does not import ./${LOADER}`);
  writeFileSync(glue, text.replace(from, `$1'./${folder}/${LOADER}'`));
  console.log(`wasm-split: ${parts.length} parts in ${folder}`);
}

/** Step 2: the parts into the staging directory. */
function stage(dir) {
  if (!dir) fail('set TRUNK_STAGING_DIR or pass the build directory');
  const work = splitDir();
  const glues = readdirSync(dir).filter((f) => /^prioritet-[0-9a-f]+\.js$/.test(f));
  if (glues.length !== 1) fail(`expected one prioritet-<hash>.js in ${dir}, found ${glues.length}`);
  const [glue] = glues;
  const wanted = readFileSync(join(dir, glue), 'utf8').match(/\.\/(split-[0-9a-f]{16})\/__wasm_split\.js/)?.[1];
  if (!wanted) {
    console.log('wasm-split: the glue imports no parts; nothing to stage');
    return;
  }
  if (!existsSync(join(work, wanted))) fail(`the glue imports ${wanted}, which is not in ${work}`);
  const target = join(dir, wanted);
  cpSync(join(work, wanted), target, { recursive: true });
  const loaderPath = join(target, LOADER);
  const loader = readFileSync(loaderPath, 'utf8');
  const mainImport = /from\s+"\.\/prioritet\.js"/;
  if (!mainImport.test(loader)) fail(`${loaderPath} does not import ./prioritet.js`);
  writeFileSync(loaderPath, loader.replace(mainImport, `from "../${glue}"`));
  const parts = readdirSync(target).filter((f) => f.endsWith('.wasm')).length;
  console.log(`wasm-split: ${parts} parts staged in ${wanted}`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'bindgen') bindgen(rest);
else if (mode === 'stage') stage(rest[0] ?? process.env.TRUNK_STAGING_DIR);
else fail('usage: node scripts/wasm-split.mjs bindgen <wasm-bindgen args> | stage [dir]');
