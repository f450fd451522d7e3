// The built extension as a reader meets it, in Chromium (playwright-core,
// /usr/bin/chromium), pages served from 127.0.0.1 (every other host blocked).
// `node build.mjs && node bench/content-live.mjs [--quick] [--before=DIR]`
// (also run by bench/content.mjs). Each figure is printed beside its peer,
// measured in the same run, alternating:
//
// (d) navigation → <html data-sada-state="annotated">, and → the first
//     highlight painted, on our article pages and on the three real pages of
//     ../shared/pages that Sada annotates, beside a trivial extension that
//     only marks the page (a content script at document_idle setting the same
//     attribute). `--before=DIR` adds an earlier build (a dist/chromium copy).
// (e) memory: the page's JS heap with each extension, the background's heap.
// (f) the page's own pace during annotation of a 3 MB page and of a page
//     nested 5,000 deep, with and without Sada: the longest gap of a 10 ms
//     page timer, the latency of trusted clicks sent every 100 ms, and the
//     long tasks (over 50 ms) on the page's main thread.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeMarkerExtension } from './article-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const beforeDir = process.argv.find((a) => a.startsWith('--before='))?.slice(9) ?? null;
const RUNS = quick ? 3 : 7;
/** `--parts=df`: only some of (d), (e), (f). */
const parts = process.argv.find((a) => a.startsWith('--parts='))?.slice(8) ?? 'def';
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms == null || Number.isNaN(ms) ? '—' : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

// --- pages -----------------------------------------------------------------------

const gold = readdirSync(join(root, '../shared/eval/dev'))
  .map((f) => JSON.parse(readFileSync(join(root, '../shared/eval/dev', f), 'utf8')))
  .filter((g) => g.language === 'ar' && g.conflicts.length > 0);

function newsPage(title, paragraphs, { sidebar = [], head = '' } = {}) {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(title)}</title>${head}</head><body>
<header><nav><a href="#">الرئيسية</a> <a href="#">أخبار</a> <a href="#">رياضة</a></nav></header>
<main><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<aside><ul>${sidebar.map((s) => `<li><a href="#">${escape(s)}</a></li>`).join('')}</ul></aside><footer><p>© 2024</p></footer></body></html>`;
}

/** One article page per dev article (its own text, some inline markup). */
const articlePages = gold.slice(0, quick ? 3 : 6).map((g, i) => {
  const paragraphs = g.text.split(/\n+/).filter((p) => p.trim()).map((p) => escape(p).replace(/^(\S+ \S+)/, '<strong>$1</strong>'));
  return [`/article-${i + 1}.html`, newsPage(paragraphs[0]?.slice(0, 90) ?? 'خبر', paragraphs.slice(1), { sidebar: gold.slice(0, 4).map((x) => x.text.slice(0, 60)) })];
});

/** About `bytes` of article: the dev articles' paragraphs repeated. */
function bigPage(bytes) {
  const paragraphs = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    for (const p of gold[i % gold.length].text.split(/\n+/)) {
      if (p.length < 60) continue;
      const html = escape(p).replace(/ (\S+)$/, ' <a href="#">$1</a>');
      paragraphs.push(html);
      size += Buffer.byteLength(html) + 7;
    }
  }
  return newsPage(gold[0].text.split('\n')[0].slice(0, 90), paragraphs);
}

/** The article inside 5,000 nested inline elements, built by the page's own script (the HTML parser caps nesting at 512; Chromium's renderer crashes on 3,000 nested divs without any extension). */
function deepPage(depth) {
  const article = gold.slice(0, 3).flatMap((g) => g.text.split(/\n+/).filter((p) => p.length > 40));
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عمق</title></head><body><main id="m"></main>
<script>
  let parent = document.getElementById('m');
  for (let i = 0; i < ${depth}; i++) { const d = document.createElement('span'); parent.appendChild(d); parent = d; }
  const article = document.createElement('article');
  for (const text of ${JSON.stringify(article)}) { const p = document.createElement('p'); p.textContent = text; article.appendChild(p); }
  parent.appendChild(article);
</script></body></html>`;
}

const realPages = JSON.parse(readFileSync(join(root, '../shared/pages/index.json'), 'utf8'))
  .filter((p) => p.expected.startsWith('annotate'))
  .map((p) => [`/real/${p.file}`, readFileSync(join(root, '../shared/pages', p.file))]);

const routes = new Map([...articlePages, ...realPages, ['/big.html', bigPage(quick ? 1e6 : 3e6)], ['/deep.html', deepPage(5000)]]);
const server = createServer((req, res) => {
  const body = routes.get(new URL(req.url, 'http://x').pathname);
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body ?? '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- browsers: Sada, a trivial marking extension, (an earlier build), none ----------

const scratch = mkdtempSync(join(tmpdir(), 'sada-bench-live-'));
const markerDir = writeMarkerExtension(join(scratch, 'marker'));

/** What the page records from its own side: when annotated, when the first highlight shows, timer gaps, clicks, long tasks. */
function pageRecorder() {
  const m = (window.__m = { annotated: null, firstHighlight: null, gaps: [], clicks: [], longtasks: [] });
  new MutationObserver(() => {
    if (m.annotated === null && document.documentElement.getAttribute('data-sada-state') === 'annotated') m.annotated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sada-state'] }); // no <html> yet: init scripts run first
  const painted = () =>
    (globalThis.CSS?.highlights && [...CSS.highlights.keys()].some((k) => k === 'sada-quote' || k.startsWith('sada-actor-'))) ||
    document.querySelector('[data-sada="actor"], [data-sada="quote"]') !== null;
  const poll = () => {
    if (painted()) m.firstHighlight = performance.now();
    else if (performance.now() < 60_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    m.gaps.push([now, now - last]);
    last = now;
  }, 10);
  addEventListener('click', (event) => m.clicks.push([performance.now(), performance.now() - event.timeStamp]), true);
  try {
    new PerformanceObserver((list) => m.longtasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  } catch {}
}

async function launch(label, extensionDir) {
  const profile = mkdtempSync(join(scratch, `${label}-`));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch');
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || !/^https?:/.test(route.request().url()) ? route.continue() : route.abort()));
  await context.addInitScript(pageRecorder);
  if (extensionDir && label !== 'marker') {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  }
  return { label, context };
}

const launches = [['Sada', join(root, 'dist/chromium')], ['marker', markerDir], ...(beforeDir ? [['before', beforeDir]] : [])];
const browsers = [];
/**
 * Each browser's first article is opened right after its own launch, before the next browser starts:
 * opened after all launches, the first browser's first article raced the later ones' service workers
 * parsing their bundles on the same two cores (one sample, and the order decided it; the median over
 * several browser starts, one browser at a time: bench/first-article.mjs).
 */
const firstVisit = {};
for (const [label, dir] of launches) {
  const browser = await launch(label, dir);
  browsers.push(browser);
  if (parts.includes('d')) firstVisit[label] = (await visit(browser, articlePages[0][0])).record;
}

/** Opens `path`, waits for annotated (or `timeout`), returns the page's record and the page. */
async function visit(browser, path, { timeout = 30_000, keep = false } = {}) {
  const page = await browser.context.newPage();
  await page.goto(origin + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__m?.annotated != null, undefined, { timeout, polling: 20 }).catch(() => undefined);
  const record = await page.evaluate(() => ({
    annotated: window.__m.annotated,
    firstHighlight: window.__m.firstHighlight,
    // A timing build's steps (SADA_TIMING=1 node build.mjs: src/content/timing.ts); none in a normal build.
    steps: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sada:')).map((m) => [m.name.slice(5), m.startTime])),
  }));
  if (!keep) await page.close();
  return { record, page };
}

// --- (d) navigation → annotated --------------------------------------------------------

/** The median time of each step a timing build marked, in the order they came, or null (a normal build marks none). */
function stepMedians(records) {
  const names = [...new Set(records.flatMap((r) => Object.keys(r.steps ?? {})))];
  if (names.length === 0) return null;
  const medians = names.map((name) => [name, median(records.map((r) => r.steps?.[name]).filter((t) => t !== undefined))]);
  return medians.sort((a, b) => a[1] - b[1]).map(([name, ms]) => `${name} ${fmt(ms)}`).join(', ');
}

if (parts.includes('d')) {
console.log(`\n(d) navigation → annotated, ms, median of ${RUNS - 1} warm runs per page (runs alternate between extensions)`);
console.log(`    "first" = the first article after the browser started (Sada's background starts and builds its index)`);
const header = browsers.map((b) => `${b.label} annotated / 1st highlight`.padStart(36)).join('');
console.log(`page                                   ${header}`);
const rows = [];
for (const [path] of [...articlePages, ...realPages]) {
  const results = Object.fromEntries(browsers.map((b) => [b.label, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const browser of browsers) results[browser.label].push((await visit(browser, `${path}?run=${run}`)).record);
  }
  const row = { path };
  for (const browser of browsers) {
    const warm = results[browser.label].slice(1);
    row[browser.label] = { annotated: median(warm.map((r) => r.annotated ?? NaN)), first: median(warm.map((r) => r.firstHighlight ?? NaN)), records: warm };
  }
  rows.push(row);
  console.log(
    `${path.slice(0, 38).padEnd(38)} ${browsers.map((b) => `${fmt(row[b.label].annotated)} / ${fmt(row[b.label].first)}`.padStart(36)).join('')}`,
  );
}
for (const browser of browsers) {
  const steps = stepMedians(rows.filter((r) => r.path.startsWith('/article')).flatMap((r) => r[browser.label].records));
  if (steps) console.log(`${browser.label}, our article pages, median ms from navigation to each step (a timing build): ${steps}`);
}
const summary = (label, filter) => median(rows.filter(filter).map((r) => r[label].annotated));
for (const [name, filter] of [['our article pages', (r) => r.path.startsWith('/article')], ['real pages', (r) => r.path.startsWith('/real')]]) {
  console.log(
    `${name}: median navigation → annotated ${browsers.map((b) => `${b.label} ${fmt(summary(b.label, filter))} ms`).join(', ')}` +
      ` → Sada ${(summary('Sada', filter) / summary('marker', filter)).toFixed(2)}× the marking extension`,
  );
}
console.log(`first article after browser start (one sample each; bench/first-article.mjs for a median): ${browsers.map((b) => `${b.label} ${fmt(firstVisit[b.label].annotated)} ms`).join(', ')}`);

// Each extension with its service worker stopped (as Chromium does after ~30 s idle): the background's cold start,
// runs alternating between Sada and the earlier build. (Playwright's session on the worker keeps it from idling
// by itself: bench/next-article.mjs waits without one.)
{
  const withWorker = browsers.filter((b) => b.label !== 'marker');
  const cold = Object.fromEntries(withWorker.map((b) => [b.label, []]));
  for (let run = 0; run < Math.max(2, RUNS - 2); run++) {
    for (const browser of withWorker) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
      cold[browser.label].push((await visit(browser, `${articlePages[run % articlePages.length][0]}?cold=${run}`)).record.annotated);
    }
  }
  for (const [label, ms] of Object.entries(cold)) {
    console.log(`${label} after its service worker was stopped (idle): median ${fmt(median(ms))} ms navigation → annotated (${ms.map(fmt).join(', ')})`);
  }
}

}

// --- (e) memory ----------------------------------------------------------------------------

/** The JS heap of a target (page or service worker), after a garbage collection. */
async function heapOf(context, targetType) {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === targetType);
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let id = 0;
    const ask = (method) =>
      new Promise((resolve) => {
        const mine = ++id;
        const listener = (event) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message);
          if (message.id === mine) {
            cdp.off('Target.receivedMessageFromTarget', listener);
            resolve(message.result);
          }
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
      });
    await ask('HeapProfiler.collectGarbage');
    return (await ask('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

if (parts.includes('e')) {
console.log('\n(e) memory (JS heap after a garbage collection), one annotated article tab, and the background');
for (const browser of browsers) {
  for (const page of browser.context.pages()) await page.close().catch(() => undefined);
  const { page } = await visit(browser, articlePages[0][0], { keep: true });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const tab = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  const background = browser.label === 'marker' ? null : await heapOf(browser.context, 'service_worker');
  console.log(`  ${browser.label.padEnd(7)} tab ${mb(tab)}${background === null ? '' : `, background ${mb(background)}`}`);
  await page.close();
}
}

// --- (f) the page's pace during annotation ---------------------------------------------------

const none = await launch('none', null);

/**
 * Loads `path`; from the page's load event, clicks every 100 ms until Sada has annotated (+300 ms) or
 * for `windowMs` (the run without Sada gets the window its Sada run took); returns what the page saw then.
 */
async function pace(browser, path, windowMs) {
  const page = await browser.context.newPage();
  await page.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
  const started = Date.now();
  let annotatedAt = null;
  while (Date.now() - started < windowMs) {
    await page.mouse.click(3, 3).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    if (windowMs === Infinity || annotatedAt === null) {
      const annotated = await page.evaluate(() => window.__m.annotated);
      if (annotated !== null && annotatedAt === null) annotatedAt = Date.now();
      if (annotatedAt !== null && Date.now() - annotatedAt > 300) break;
      if (Date.now() - started > 60_000) break;
    }
  }
  const elapsed = Date.now() - started;
  const seen = await page.evaluate((elapsed) => {
    const m = window.__m;
    const from = performance.getEntriesByType('navigation')[0].loadEventEnd;
    const inWindow = (list) => list.filter(([t]) => t > from && t <= from + elapsed + 50);
    const gaps = inWindow(m.gaps).map(([, g]) => g).sort((a, b) => a - b);
    const clicks = inWindow(m.clicks).map(([, l]) => l).sort((a, b) => a - b);
    const tasks = inWindow(m.longtasks).map(([, d]) => d);
    return {
      annotatedAfterLoad: m.annotated === null ? null : m.annotated - from,
      gapMax: gaps.at(-1) ?? NaN,
      gapP99: gaps[Math.floor(gaps.length * 0.99)] ?? NaN,
      clickMax: clicks.at(-1) ?? NaN,
      clickMedian: clicks[Math.floor(clicks.length / 2)] ?? NaN,
      clicks: clicks.length,
      longtasks: tasks.length,
      longest: tasks.length ? Math.max(...tasks) : 0,
    };
  }, elapsed);
  await page.close();
  return { ...seen, elapsed };
}

if (parts.includes('f')) console.log('\n(f) the page\'s own pace from its load event until Sada has annotated (+300 ms), with and without Sada (same window, alternating runs)');
if (parts.includes('f')) console.log('page          browser   annotated after load   timer gap max / p99   click latency max / median   long tasks (>50 ms): count, longest');
for (const [label, path] of parts.includes('f') ? [['5,000 deep', '/deep.html'], ['3 MB page', '/big.html']] : []) {
  const runs = { Sada: [], none: [] };
  for (let run = 0; run < (quick ? 2 : 3); run++) {
    const withSada = await pace(browsers[0], `${path}?run=${run}`, Infinity);
    runs.Sada.push(withSada);
    runs.none.push(await pace(none, `${path}?run=${run}`, withSada.elapsed));
  }
  const mid = (list, key) => median(list.map((r) => r[key] ?? NaN));
  for (const who of ['none', 'Sada']) {
    const list = runs[who];
    console.log(
      `${label.padEnd(13)} ${who.padEnd(8)} ${fmt(mid(list, 'annotatedAfterLoad')).padStart(12)}          ${fmt(mid(list, 'gapMax')).padStart(7)} / ${fmt(mid(list, 'gapP99')).padEnd(9)}  ${fmt(mid(list, 'clickMax')).padStart(8)} / ${fmt(mid(list, 'clickMedian')).padEnd(16)}  ${mid(list, 'longtasks')}, ${fmt(mid(list, 'longest'))} ms`,
    );
  }
  const ratio = (key) => (mid(runs.Sada, key) / mid(runs.none, key)).toFixed(2);
  console.log(`  → with Sada / without (medians of ${runs.Sada.length} runs): timer gap max ${ratio('gapMax')}×, click latency max ${ratio('clickMax')}× (target ≤ 2×)`);
}

for (const browser of [...browsers, none]) await browser.context.close();
server.close();
rmSync(scratch, { recursive: true, force: true });
