// The first article after the browser starts, one browser at a time.
// `node build.mjs && node bench/first-article.mjs [--before=DIR]... [--runs=6]`
//
// bench/content-live.mjs opens its first article in each of its browsers one
// after another while the others are still starting (their service workers
// parse their bundles on the same two cores), so its "first article after
// browser start" is one sample that depends on the order the browsers were
// launched in. Here each run launches ONE browser with a fresh profile, waits
// for its service worker, opens one article page and records navigation →
// data-sada-state="annotated", then the next article (warm) for reference, then
// one more after its service worker was stopped (CDP ServiceWorker.stopAllWorkers:
// the background's cold start in a running browser), and closes the browser; then starts it again on the
// same profile and opens one more article: the first after a browser restart, the extension already
// installed (its service worker's code cached, its runtime.onStartup fired), which is what a reader meets
// every day, where the first column is the day the extension was installed. A timing build
// (SADA_TIMING=1 node build.mjs) also prints where each of them spent its time, page and background
// side. The next browser starts only once this one is closed. Builds alternate run by run
// (Sada, `--before=DIR` an earlier dist/chromium copy, a trivial marking
// extension), so each figure is printed beside its peers measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { devArticles, serveArticles, writeMarkerExtension } from './article-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 6);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms == null || Number.isNaN(ms) ? '—' : ms.toFixed(0));

const articles = devArticles(root);
const { server, origin } = await serveArticles(articles);
const scratch = mkdtempSync(join(tmpdir(), 'sada-bench-first-'));
const markerDir = writeMarkerExtension(join(scratch, 'marker'));

// `--before=DIR` may be given more than once: before, before2, …
const befores = process.argv.filter((a) => a.startsWith('--before=')).map((a) => a.slice('--before='.length));
const builds = [['Sada', join(root, 'dist/chromium')], ...befores.map((dir, i) => [i ? `before${i + 1}` : 'before', dir]), ['marker', markerDir]];

/** Records, on the page's side, when <html> gets data-sada-state="annotated". */
function pageRecorder() {
  const m = (window.__m = { annotated: null });
  new MutationObserver(() => {
    if (m.annotated === null && document.documentElement.getAttribute('data-sada-state') === 'annotated') m.annotated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sada-state'] });
}

/**
 * Opens `path` and waits for annotated. For a timing build (SADA_TIMING=1 node build.mjs) it also keeps
 * the steps, ms from navigation: the page's marks (src/content/timing.ts) and the background's
 * (src/background/timing.ts, read from the service worker once the page is annotated, set beside the
 * page's time origin; the worker's steps before this page — its start, the previous pages' — come out negative).
 */
async function visit(context, path) {
  const tab = await context.newPage();
  await tab.goto(origin + path, { waitUntil: 'commit' });
  await tab.waitForFunction(() => window.__m?.annotated != null, undefined, { timeout: 30_000, polling: 20 }).catch(() => undefined);
  const { annotated, timeOrigin, steps } = await tab.evaluate(() => ({
    annotated: window.__m.annotated,
    timeOrigin: performance.timeOrigin,
    steps: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sada:')).map((m) => [m.name.slice(5), m.startTime])),
  }));
  await tab.close();
  if (Object.keys(steps).length) {
    const workers = context.serviceWorkers();
    const times = (await workers[workers.length - 1]?.evaluate(() => globalThis.__sadaTimes).catch(() => undefined)) ?? [];
    // Per step, its last time (a step the worker repeats for each page: this page's).
    for (const [name, at] of times) if (name !== 'origin') steps[`bg:${name}`] = at - timeOrigin;
  }
  return { annotated: annotated ?? NaN, steps };
}

const launchArgs = (dir) => [
  ...['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  ...[`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch'],
];

/** Launches Chromium on `profile` with the extension in `dir`, pages recorded, every request off 127.0.0.1 refused. */
async function launch(label, dir, profile) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args: launchArgs(dir) });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || !/^https?:/.test(route.request().url()) ? route.continue() : route.abort()));
  await context.addInitScript(pageRecorder);
  if (label !== 'marker' && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return context;
}

/**
 * One browser start on a fresh profile (the extension just installed): the first article, another one (warm),
 * one after the service worker was stopped; then the same profile started again (a browser restart, the
 * extension already installed, as a reader's browser starts) and its first article.
 */
async function oneStart(label, dir, run) {
  const profile = mkdtempSync(join(scratch, `${label}-${run}-`));
  try {
    const record = { steps: {} };
    const keep = (key, visited) => {
      record[key] = visited.annotated;
      record.steps[key] = visited.steps;
    };
    const context = await launch(label, dir, profile);
    try {
      keep('first', await visit(context, `/article-${run % articles.length}.html`));
      keep('next', await visit(context, `/article-${(run + 1) % articles.length}.html`));
      // The service worker stopped (as Chromium does after 30 s idle): its cold start, the browser already up.
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await tab.close();
      keep('stopped', await visit(context, `/article-${(run + 2) % articles.length}.html`));
    } finally {
      await context.close();
    }
    const again = await launch(label, dir, profile);
    try {
      keep('restart', await visit(again, `/article-${(run + 3) % articles.length}.html`));
    } finally {
      await again.close();
    }
    return record;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const results = Object.fromEntries(builds.map(([label]) => [label, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [label, dir] of run % 2 ? [...builds].reverse() : builds) results[label].push(await oneStart(label, dir, run));
}
console.log(`first article after browser start, navigation → annotated, ms (${RUNS} browser starts each, alternating; one browser at a time)`);
console.log('  first: a fresh profile (the extension just installed); first after a restart: the same profile started again');
for (const [label] of builds) {
  const column = (key) => {
    const ms = results[label].map((r) => r[key]);
    return `median ${fmt(median(ms))} (${ms.map(fmt).join(', ')})`;
  };
  console.log(`${label.padEnd(7)} first: ${column('first')}   next: ${column('next')}   after a stopped worker: ${column('stopped')}   first after a restart: ${column('restart')}`);
}
// Each run's builds started one after another, under the same load: on a shared machine the run-to-run swing
// is larger than the differences, so each build is also set beside Sada run by run (the median of the ratios).
const KEYS = ['first', 'next', 'stopped', 'restart'];
for (const [label] of builds.filter(([l]) => l !== 'Sada')) {
  const ratios = KEYS.map((key) => {
    const pairs = results.Sada.map((r, i) => r[key] / results[label][i][key]).filter((x) => Number.isFinite(x));
    return `${key} ${pairs.length ? median(pairs).toFixed(2) : '—'}×`;
  });
  console.log(`Sada / ${label}, median of the per-run ratios: ${ratios.join(', ')}`);
}
/** A timing build's steps, median ms from navigation, in the order they came (bg: the background's). */
for (const [label] of builds) {
  for (const key of KEYS) {
    const records = results[label].map((r) => r.steps?.[key] ?? {});
    const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
    if (!names.length) continue;
    const medians = names.map((name) => [name, median(records.map((r) => r[name]).filter((t) => t !== undefined))]).sort((a, b) => a[1] - b[1]);
    console.log(`${label} ${key}, steps (a timing build), median ms from navigation: ${medians.map(([name, ms]) => `${name} ${fmt(ms)}`).join(', ')}`);
  }
}
server.close();
rmSync(scratch, { recursive: true, force: true });
