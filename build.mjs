// Builds the command-line tool (dist/cli.mjs) and the extension for each
// browser (dist/chromium/, dist/firefox/). `node build.mjs [--watch]`.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGazetteerIndex } from './scripts/gazetteer-index.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const targets = ['chromium', 'firefox'];

/** Extension scripts: each is its own bundle, loaded by a different part. */
const extensionEntries = {
  'content-check': 'src/content/check.ts', // runs on every page: must stay tiny
  'content-main': 'src/content/main.ts', // injected only once the check passes
  background: 'src/background/main.ts',
  popup: 'src/popup/main.tsx',
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
    manifest.background = { scripts: [background.service_worker ?? 'background.js'] };
  }
  return manifest;
}

async function buildExtension(target) {
  const out = join(dist, target);
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
    target: ['chrome120', 'firefox128'],
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', SADA_TARGET: JSON.stringify(target) },
  });
  // Packaged assets only: icons/make-icons.mjs (the drawing script) stays out.
  const packaged = (file) => !file.endsWith('.mjs');
  for (const dir of ['icons', '_locales']) {
    if (existsSync(join(root, dir))) cpSync(join(root, dir), join(out, dir), { recursive: true, filter: packaged });
  }
  // Loaded lazily by the background, never by content scripts.
  if (existsSync(join(dist, 'corpus.json'))) cpSync(join(dist, 'corpus.json'), join(out, 'corpus.json'));
  for (const file of ['popup.html', 'popup.css']) {
    const src = join(root, 'src/popup', file);
    if (existsSync(src)) cpSync(src, join(out, file));
  }
  if (existsSync(join(root, 'manifest.json'))) {
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2));
  }
}

// One static import per data/actors/*.json, so new gazetteer files are bundled.
writeGazetteerIndex(root);
await buildCli();
buildCorpusIndex();
for (const target of targets) await buildExtension(target);
console.log(`built dist/cli.mjs, ${targets.map((t) => `dist/${t}/`).join(', ')}`);
