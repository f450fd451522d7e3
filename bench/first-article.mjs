// The first article after the browser starts, one browser at a time.
// `node build.mjs && node bench/first-article.mjs [--before=DIR] [--runs=6]`
//
// bench/content-live.mjs opens its first article in each of its browsers one
// after another while the others are still starting (their service workers
// parse their bundles on the same two cores), so its "first article after
// browser start" is one sample that depends on the order the browsers were
// launched in. Here each run launches ONE browser with a fresh profile, waits
// for its service worker, opens one article page and records navigation →
// data-sada-state="annotated", then the next article (warm) for reference, then
// one more after its service worker was stopped (CDP ServiceWorker.stopAllWorkers:
// the background's cold start in a running browser), and closes the browser before the next one starts. Builds alternate run by run
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

const builds = [['Sada', join(root, 'dist/chromium')], ...(arg('before') ? [['before', arg('before')]] : []), ['marker', markerDir]];

/** Records, on the page's side, when <html> gets data-sada-state="annotated". */
function pageRecorder() {
  const m = (window.__m = { annotated: null });
  new MutationObserver(() => {
    if (m.annotated === null && document.documentElement.getAttribute('data-sada-state') === 'annotated') m.annotated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sada-state'] });
}

async function visit(context, path) {
  const tab = await context.newPage();
  await tab.goto(origin + path, { waitUntil: 'commit' });
  await tab.waitForFunction(() => window.__m?.annotated != null, undefined, { timeout: 30_000, polling: 20 }).catch(() => undefined);
  const annotated = await tab.evaluate(() => window.__m.annotated);
  await tab.close();
  return annotated ?? NaN;
}

/** One browser start: the first article, another one (warm), one after the service worker was stopped. */
async function oneStart(label, dir, run) {
  const profile = mkdtempSync(join(scratch, `${label}-${run}-`));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch');
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args });
  try {
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) || !/^https?:/.test(route.request().url()) ? route.continue() : route.abort()));
    await context.addInitScript(pageRecorder);
    if (label !== 'marker' && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
    const first = await visit(context, `/article-${run % articles.length}.html`);
    const next = await visit(context, `/article-${(run + 1) % articles.length}.html`);
    // The service worker stopped (as Chromium does after 30 s idle): its cold start, the browser already up.
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await tab.close();
    const stopped = await visit(context, `/article-${(run + 2) % articles.length}.html`);
    return { first, next, stopped };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const results = Object.fromEntries(builds.map(([label]) => [label, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [label, dir] of run % 2 ? [...builds].reverse() : builds) results[label].push(await oneStart(label, dir, run));
}
console.log(`first article after browser start, navigation → annotated, ms (${RUNS} browser starts each, alternating; one browser at a time)`);
for (const [label] of builds) {
  const column = (key) => {
    const ms = results[label].map((r) => r[key]);
    return `median ${fmt(median(ms))} (${ms.map(fmt).join(', ')})`;
  };
  console.log(`${label.padEnd(7)} first: ${column('first')}   next: ${column('next')}   after a stopped worker: ${column('stopped')}`);
}
server.close();
rmSync(scratch, { recursive: true, force: true });
