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
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 6);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms == null || Number.isNaN(ms) ? '—' : ms.toFixed(0));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const articles = readdirSync(join(root, '../shared/eval/dev'))
  .map((f) => JSON.parse(readFileSync(join(root, '../shared/eval/dev', f), 'utf8')))
  .filter((g) => g.language === 'ar' && g.conflicts.length > 0)
  .map((g) => g.text.split(/\n+/).filter((p) => p.trim()).map(escape));
const page = (paragraphs) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${paragraphs[0].slice(0, 90)}</title></head>` +
  `<body><nav><a href="#">الرئيسية</a></nav><main><article><h1>${paragraphs[0]}</h1>${paragraphs.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
const server = createServer((request, response) => {
  const n = Number(/\/article-(\d+)/.exec(request.url ?? '')?.[1] ?? -1);
  const body = articles[n] ? page(articles[n]) : '';
  response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const scratch = mkdtempSync(join(tmpdir(), 'sada-bench-first-'));
const markerDir = join(scratch, 'marker');
mkdirSync(markerDir);
writeFileSync(
  join(markerDir, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'marker', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['mark.js'], run_at: 'document_idle' }] }),
);
writeFileSync(join(markerDir, 'mark.js'), `document.documentElement.setAttribute('data-sada-state', 'annotated');`);

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
