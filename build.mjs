// Builds the command-line tool (dist/cli.mjs) and the extension for each
// browser (dist/chromium/, dist/firefox/). `node build.mjs`.
//
// Steps, in order (add new ones to the list at the bottom):
//   1. generated sources  (src/core/gazetteer.generated.ts from data/actors/*.json)
//   2. the CLI            (dist/cli.mjs)
//   3. data built by it   (dist/corpus.json from ../shared/corpus)
//   4. one extension per browser, each written to a temporary directory and
//      moved into place at the end, so a browser test running meanwhile never
//      sees a half-written extension.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGazetteerIndex } from './scripts/gazetteer-index.mjs';
import { jsonParsePlugin } from './scripts/json-parse-plugin.mjs';

const root = dirname(fileURLToPath(import.meta.url));
// SADA_DIST builds elsewhere (scripts/package.mjs builds in a folder of its own).
const dist = process.env.SADA_DIST ? resolve(process.env.SADA_DIST) : join(root, 'dist');
const targets = ['chromium', 'firefox'];

/** Extension scripts: each is its own bundle, loaded by a different part. */
const extensionEntries = {
  'content-check': 'src/content/check.ts', // runs on every page: must stay tiny (the probe only)
  'content-main': 'src/content/main.ts', // injected only into Arabic-script pages: the rest of the check, then the highlighter
  'content-explain': 'src/content/explain.ts', // injected when the popup asks why a page was left alone
  'content-recheck': 'src/content/recheck.ts', // injected on a URL change: re-checks a page left alone
  background: 'src/background/main.ts',
  popup: 'src/popup/main.tsx',
  card: 'src/card/main.tsx', // card.html: the hover card's frame and the actor timeline
};

const common = {
  bundle: true,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
};

async function buildCli() {
  await esbuild.build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [jsonParsePlugin(), await preparedNamesPlugin()],
  });
}

/** The bundled statement corpus: ../shared/corpus indexed by the CLI just built (empty when absent). */
function buildCorpusIndex() {
  const cli = join(dist, 'cli.mjs');
  const args = [cli, 'corpus', 'build', '--allow-missing', join(root, '../shared/corpus'), join(dist, 'corpus.json')];
  execFileSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

function manifestFor(target) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const background = manifest.background ?? {};
  if (target === 'chromium') {
    manifest.background = { service_worker: background.service_worker ?? 'background.js' };
    delete manifest.browser_specific_settings;
  } else {
    // Firefox MV3: an event page with scripts; gecko id and versions stay.
    manifest.background = { scripts: [background.service_worker ?? 'background.js'] };
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}

/**
 * content-check.js runs on every page: its keyword pattern is computed here,
 * once, and only the resulting string is bundled (src/content/prefilter-pattern.ts
 * computes the same value at run time for tests).
 */
async function prefilterPatternPlugin() {
  const module = 'src/content/prefilter-pattern.ts';
  const built = await esbuild.build({ ...common, entryPoints: [join(root, module)], write: false, platform: 'node', format: 'esm' });
  const code = built.outputFiles[0].text;
  const { KEYWORD_PATTERN_SOURCE } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return {
    name: 'sada-prefilter-pattern',
    setup(build) {
      build.onLoad({ filter: /src[\\/]content[\\/]prefilter-pattern\.ts$/ }, () => ({
        contents: `export const KEYWORD_PATTERN_SOURCE = ${JSON.stringify(KEYWORD_PATTERN_SOURCE)};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The gazetteer's names normalized at build time (src/core/prepared-names.ts, finder.ts prepareNames): computed
 * here once from the same data files, by the core's own code, and bundled as JSON, so the analyzer's first
 * use (the background's first article) does not make every name's case forms and normalize them. Computed
 * once per build, for the CLI and both extensions.
 */
let preparedNamesSource = null;
async function preparedNamesPlugin() {
  if (preparedNamesSource === null) {
    const entry = "import { prepareNames } from './src/core/finder'; import { loadGazetteer } from './src/core/gazetteer'; export const prepared = prepareNames(loadGazetteer());";
    const built = await esbuild.build({ ...common, stdin: { contents: entry, resolveDir: root, loader: 'ts' }, write: false, platform: 'node', format: 'esm' });
    const { prepared } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
    preparedNamesSource = `export const PREPARED_NAMES = JSON.parse(${JSON.stringify(JSON.stringify(prepared))});`;
  }
  return {
    name: 'sada-prepared-names',
    setup(build) {
      build.onLoad({ filter: /src[\\/]core[\\/]prepared-names\.ts$/ }, () => ({ contents: preparedNamesSource, loader: 'js' }));
    },
  };
}

async function buildExtension(target) {
  const final = join(dist, target);
  const out = join(dist, `.${target}-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entryPoints = Object.fromEntries(
    Object.entries(extensionEntries).filter(([, file]) => existsSync(join(root, file))),
  );
  await esbuild.build({
    ...common,
    entryPoints,
    outdir: out,
    platform: 'browser',
    format: 'iife',
    target: ['chrome120', 'firefox140'], // manifest: minimum_chrome_version, gecko strict_min_version
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', SADA_TARGET: JSON.stringify(target), SADA_TIMING: String(process.env.SADA_TIMING === '1') },
    plugins: [jsonParsePlugin(), await preparedNamesPlugin(), ...(existsSync(join(root, 'src/content/prefilter-pattern.ts')) ? [await prefilterPatternPlugin()] : [])],
    // A timing build's background records when its script began (src/background/timing.ts).
    ...(process.env.SADA_TIMING === '1' ? { banner: { js: 'globalThis.__sadaTimes=[["origin",performance.timeOrigin],["start",performance.timeOrigin+performance.now()]];' } } : {}),
  });
  // Packaged assets only: icons/make-icons.mjs (the drawing script) stays out.
  const packaged = (file) => !file.endsWith('.mjs');
  for (const dir of ['icons', '_locales']) {
    if (existsSync(join(root, dir))) cpSync(join(root, dir), join(out, dir), { recursive: true, filter: packaged });
  }
  // Loaded lazily by the background, never by content scripts.
  if (existsSync(join(dist, 'corpus.json'))) cpSync(join(dist, 'corpus.json'), join(out, 'corpus.json'));
  for (const [dir, file] of [['popup', 'popup.html'], ['popup', 'popup.css'], ['card', 'card.html'], ['card', 'card.css']]) {
    const src = join(root, 'src', dir, file);
    if (existsSync(src)) cpSync(src, join(out, file));
  }
  if (existsSync(join(root, 'manifest.json'))) {
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2));
  }
  rmSync(final, { recursive: true, force: true });
  renameSync(out, final);
}

const steps = [
  // One static import per data/actors/*.json, so new gazetteer files are bundled.
  () => writeGazetteerIndex(root),
  buildCli,
  buildCorpusIndex,
  ...targets.map((target) => () => buildExtension(target)),
];
for (const step of steps) await step();
console.log(`built dist/cli.mjs, ${targets.map((t) => `dist/${t}/`).join(', ')}`);
