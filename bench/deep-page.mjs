// A page nested 5,000 deep (issue 12): whose are the long main-thread tasks?
// `node build.mjs && node bench/deep-page.mjs [--runs=N] [--depth=N] [--shapes=spans,inline] [--before=DIR] [--verbose] [--firefox]`
//
// Chromium (playwright-core, /usr/bin/chromium, pages on 127.0.0.1 only),
// three profiles measured in the same run, alternating: no extension, a
// do-nothing extension (a content script at document_idle that does nothing:
// what any extension costs), and Sada. Each visit is traced (CDP Tracing,
// the devtools timeline categories) from navigation until Sada has annotated
// (+500 ms; the peers get the same window), and every task on the page's
// renderer main thread over 50 ms is taken apart by its nested trace events:
// time in Sada's scripts (content-check.js, content-main.js, and the style
// recalculation / layout they force), time in the page's own scripts, and
// the page's own style / layout / paint work that no script asked for.
// Sada's work after an await runs in a microtask checkpoint, whose trace
// events carry no script URL: it shows as "other" in Sada's rows (the peers
// have no such tasks); the CPU profiler's samples name Sada's functions where
// it samples them. A PerformanceObserver('longtask') in the page counts long
// tasks as a cross-check (its counts differ from the trace's, which decides).
// Figures are medians over the runs; the machine is shared, so compare
// columns of one run, not runs of different days.
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = arg('runs', 3);
/** `--verbose`: every long task of every visit, with its biggest events. */
const VERBOSE = process.argv.includes('--verbose');
/** `--before=DIR`: an earlier build (a copy of dist/chromium, or of dist/firefox with --firefox) measured as one more profile. */
const BEFORE = process.argv.find((a) => a.startsWith('--before='))?.slice(9) ?? null;
const DEPTH = arg('depth', 5000);
const LONG_TASK_MS = 50;
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const fmt = (ms) => (Number.isNaN(ms) ? '—' : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

// --- the page: an article under DEPTH nested inline elements, built by its own script ---------
// (the HTML parser caps nesting at 512, so the page builds its depth itself, as content-live.mjs does)

const gold = readdirSync(join(root, '../shared/eval/dev'))
  .map((f) => JSON.parse(readFileSync(join(root, '../shared/eval/dev', f), 'utf8')))
  .filter((g) => g.language === 'ar' && g.conflicts.length > 0);
const paragraphs = gold.slice(0, 3).flatMap((g) => g.text.split(/\n+/).filter((p) => p.length > 40));
/**
 * The page's shapes (`--shapes=spans,inline`): `spans`, an <article> of <p>s under DEPTH nested spans (as
 * bench/content-live.mjs); `inline`, the text straight in the innermost of DEPTH nested spans, paragraphs
 * split by <br><br> (no block near the text: the elements that hold it are spans like all the others).
 * Not nested divs: Chromium's renderer crashes on 3,000 nested blocks without any extension.
 */
const SHAPES = (process.argv.find((a) => a.startsWith('--shapes='))?.slice(9) ?? 'spans,inline').split(',');
const deepPage = (shape) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عمق</title></head><body><main id="m"></main>
<script>
  let parent = document.getElementById('m');
  for (let i = 0; i < ${DEPTH}; i++) { const d = document.createElement('span'); parent.appendChild(d); parent = d; }
  const texts = ${JSON.stringify(paragraphs)};
  if (${JSON.stringify(shape)} === 'inline') {
    texts.forEach((text, i) => {
      if (i) parent.append(document.createElement('br'), document.createElement('br'));
      parent.append(text);
    });
  } else {
    const article = document.createElement('article');
    for (const text of texts) { const p = document.createElement('p'); p.textContent = text; article.appendChild(p); }
    parent.appendChild(article);
  }
</script></body></html>`;

const server = createServer((req, res) => {
  const shape = new URL(req.url, 'http://x').pathname.match(/^\/deep-(\w+)\.html$/)?.[1];
  const ok = SHAPES.includes(shape);
  res.writeHead(ok ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(ok ? deepPage(shape) : '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- three profiles -----------------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'sada-bench-deep-'));
const idleDir = join(scratch, 'idle-extension');
mkdirSync(idleDir);
writeFileSync(
  join(idleDir, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'idle', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['idle.js'], run_at: 'document_idle' }] }),
);
writeFileSync(join(idleDir, 'idle.js'), '// does nothing\n');

function pageRecorder() {
  const m = (window.__deep = { annotated: null, longtasks: [] });
  new MutationObserver(() => {
    if (m.annotated === null && document.documentElement.getAttribute('data-sada-state') === 'annotated') m.annotated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sada-state'] });
  try {
    new PerformanceObserver((list) => m.longtasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  } catch {}
}

async function launch(label, extensionDir) {
  const profile = mkdtempSync(join(scratch, `${label}-`));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch');
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.SADA_CHROMIUM ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || !/^https?:/.test(route.request().url()) ? route.continue() : route.abort()));
  await context.addInitScript(pageRecorder);
  if (label.startsWith('Sada') && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return { label, context };
}

// --- tracing and attribution --------------------------------------------------------------------

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'toplevel', 'disabled-by-default-v8.cpu_profiler', ...(process.env.DEEP_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])].join(',');

/** Runs `during` with the browser traced; returns the trace events. */
async function traced(page, during) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'UpdateLayerTree', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'IntersectionObserverController::computeIntersections']);
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'v8.run', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'v8.evaluateModule']);
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/** Who a script event belongs to: 'sada' (its content scripts), 'extension' (another extension's), 'page'. */
function scriptOwner(event) {
  const data = event.args?.data ?? {};
  const url = data.url ?? data.scriptName ?? data.stackTrace?.[0]?.url ?? '';
  if (/content-(check|main|recheck)\.js/.test(url)) return 'sada';
  if (/^chrome-extension:/.test(url)) return 'extension';
  if (url) return 'page';
  return null;
}

/** The page's renderer main thread: the CrRendererMain that ran the page's own script. */
function pageThread(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.has(key) && (e.args?.data?.url ?? '').startsWith(origin)) names.set(key, names.get(key) + 1);
  }
  return [...names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The JavaScript the CPU profiler sampled on the page's renderer: one entry
 * per sample, [time, owner of the innermost function with a script URL,
 * that function's name]. Trace events miss Sada's work in a microtask
 * checkpoint (after an await, no script URL on the event); samples do not.
 */
function jsSamples(events, pid) {
  const starts = new Map();
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'P') continue;
    if (e.name === 'Profile') starts.set(e.id, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${node.id}`, { ...node, profile: e.id });
    let at = starts.get(e.id) ?? e.ts;
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      at += data.timeDeltas?.[i] ?? 0;
      samples.push([at, `${e.id}:${id}`]);
    });
  }
  samples.sort((a, b) => a[0] - b[0]);
  const ownerOf = new Map();
  const owner = (key) => {
    if (ownerOf.has(key)) return ownerOf.get(key);
    let found = null;
    for (let node = nodes.get(key); node && !found; node = node.parent ? nodes.get(`${node.profile}:${node.parent}`) : null) {
      const url = node.callFrame?.url ?? '';
      if (url) found = [scriptOwner({ args: { data: { url } } }), node.callFrame.functionName || '(anonymous)'];
    }
    ownerOf.set(key, found);
    return found;
  };
  // A sample stands for the time up to the next one (at most 2 ms).
  return samples.map(([at, key], i) => [at, Math.min(2000, (samples[i + 1]?.[0] ?? at) - at), owner(key)]);
}

/**
 * Every task over LONG_TASK_MS on the page's main thread, its time split by
 * owner: Sada's script, style/layout forced while Sada's script ran, the
 * page's script, style/layout/paint of the page's own (no script on the
 * stack), and the rest (parsing, GC, idle glue).
 */
function longTasks(events) {
  const thread = pageThread(events);
  if (!thread) return [];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost tasks only (a RunTask may hold another).
  const tasks = [];
  for (const e of mine) {
    if (!TASK_NAMES.has(e.name) || e.dur / 1000 <= LONG_TASK_MS) continue;
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
  }
  const load = mine.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'load');
  const sampled = jsSamples(events, Number(thread.split(':')[0]));
  if (process.env.DEEP_INVALIDATIONS) {
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== thread || !/InvalidationTracking/.test(e.name)) continue;
      const d = e.args?.data ?? {};
      console.log(`    ${((e.ts - (load?.ts ?? 0)) / 1000).toFixed(0)} ms after load: ${e.name} ${d.reason ?? ''} ${d.nodeName ?? ''} ${(d.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName}@${(f.url ?? '').split('/').pop()}`).join(' < ')}`);
    }
  }
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    const split = { sadaScript: 0, sadaForced: 0, otherExtension: 0, pageScript: 0, pageStyleLayout: 0, other: 0 };
    // Self time of each event, with the owner of the innermost script around it.
    const stack = [];
    const selfOf = new Map(inside.map((e) => [e, e.dur]));
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) selfOf.set(parent, selfOf.get(parent) - e.dur);
      e.owner = (SCRIPT.has(e.name) ? scriptOwner(e) : null) ?? parent?.owner ?? null;
      e.styleLayout = STYLE_LAYOUT.has(e.name) || (parent?.styleLayout ?? false);
      stack.push(e);
    }
    let covered = 0;
    for (const e of inside) {
      const self = Math.max(0, selfOf.get(e)) / 1000;
      covered += self;
      const styleLayout = e.styleLayout;
      if (e.owner === 'sada') split[styleLayout ? 'sadaForced' : 'sadaScript'] += self;
      else if (e.owner === 'extension') split.otherExtension += self;
      else if (e.owner === 'page') split.pageScript += self;
      else if (styleLayout) split.pageStyleLayout += self;
      else split.other += self;
    }
    split.other += Math.max(0, task.dur / 1000 - covered);
    if (process.env.DEEP_DUMP) writeFileSync(`${process.env.DEEP_DUMP}-${Math.round(task.ts)}.txt`, inside.map((e) => `${' '.repeat(0)}${fmt(e.dur / 1000)} ${e.name} ${e.owner ?? ''} ${JSON.stringify(e.args?.data ?? {}).slice(0, 200)}`).join('\n'));
    // Sampled JavaScript in the task: Sada's own (by its functions) and the rest.
    const js = { sada: 0, page: 0, functions: new Map() };
    for (const [at, span, found] of sampled) {
      if (at < task.ts || at >= end || !found) continue;
      if (found[0] === 'sada') {
        js.sada += span / 1000;
        js.functions.set(found[1], (js.functions.get(found[1]) ?? 0) + span / 1000);
      } else if (found[0] === 'page') js.page += span / 1000;
    }
    const sadaFunctions = [...js.functions].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${fmt(ms)}`);
    const top = inside.filter((e) => e.dur / 1000 > 5).map((e) => `${e.name}${e.owner ? `[${e.owner}]` : ''} ${fmt(e.dur / 1000)}`).slice(0, 8);
    return { ms: task.dur / 1000, thread: (task.tdur ?? task.dur) / 1000, afterLoad: load ? task.ts > load.ts : false, ...split, sadaSampled: js.sada, sadaFunctions, top };
  });
}

// --- one visit ----------------------------------------------------------------------------------

async function visit(browser, shape, run, windowMs) {
  const page = await browser.context.newPage();
  let elapsed = 0;
  const events = await traced(page, async () => {
    const started = Date.now();
    await page.goto(`${origin}/deep-${shape}.html?run=${run}`, { waitUntil: 'load', timeout: 120_000 });
    if (windowMs === null) {
      await page.waitForFunction(() => window.__deep.annotated !== null, undefined, { timeout: 60_000, polling: 50 });
      await new Promise((r) => setTimeout(r, 500));
    } else {
      await new Promise((r) => setTimeout(r, Math.max(0, windowMs - (Date.now() - started))));
    }
    elapsed = Date.now() - started;
  });
  const observed = await page.evaluate(() => window.__deep.longtasks);
  await page.close();
  const tasks = longTasks(events);
  if (VERBOSE) {
    for (const t of tasks) {
      console.log(`  [${shape}, ${browser.label}, run ${run}] ${fmt(t.ms)} ms (thread ${fmt(t.thread)}): Sada ${fmt(t.sadaScript)} (sampled ${fmt(t.sadaSampled)}: ${t.sadaFunctions.join(', ')}) + forced ${fmt(t.sadaForced)}, page script ${fmt(t.pageScript)}, page style/layout ${fmt(t.pageStyleLayout)}, other ${fmt(t.other)}; ${t.top.join(', ')}`);
    }
  }
  return { elapsed, tasks, observed };
}


// --- Firefox (`--firefox`): the longest gap between animation frames ----------------------------
// Firefox has no 'longtask' observer and its profiler is not reachable over
// WebDriver BiDi, so the page measures itself: a requestAnimationFrame loop
// from the first script of the page, whose longest gap between two frames
// bounds the longest main-thread task (a frame comes every ~16 ms when the
// thread is free). Sada (dist/firefox as a temporary add-on) beside Firefox
// with no extension, the same window for both.

function frameRecorder() {
  const m = (window.__deep = { annotated: null, gaps: [], last: null });
  new MutationObserver(() => {
    if (m.annotated === null && document.documentElement.getAttribute('data-sada-state') === 'annotated') m.annotated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sada-state'] });
  const tick = (now) => {
    if (m.last !== null) m.gaps.push([m.last, now - m.last]);
    m.last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function firefoxBench() {
  const puppeteer = (await import('puppeteer-core')).default;
  const launchFirefox = async (label, extensionDir) => {
    const profile = mkdtempSync(join(scratch, `firefox-${label.replace(/\W+/g, '-')}-`));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.SADA_FIREFOX ?? '/usr/bin/firefox-esr',
      userDataDir: profile,
      headless: true,
      args: ['--width=1280', '--height=800'],
      extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false },
    });
    if (extensionDir) await browser.installExtension(extensionDir);
    return { label, browser };
  };
  const sada = await launchFirefox('Sada', join(root, 'dist/firefox'));
  const before = BEFORE ? await launchFirefox('Sada (before)', BEFORE) : null;
  const none = await launchFirefox('no extension', null);
  const profiles = [sada, before, none].filter(Boolean);
  const visit = async ({ browser }, shape, run, windowMs) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(frameRecorder);
    const started = Date.now();
    await page.goto(`${origin}/deep-${shape}.html?run=${run}`, { waitUntil: 'load', timeout: 120_000 });
    if (windowMs === null) {
      await page.waitForFunction(() => window.__deep?.annotated != null, { timeout: 60_000, polling: 100 });
      await new Promise((r) => setTimeout(r, 500));
    } else {
      await new Promise((r) => setTimeout(r, Math.max(0, windowMs - (Date.now() - started))));
    }
    const elapsed = Date.now() - started;
    const { gaps, load } = await page.evaluate(() => ({ gaps: window.__deep.gaps, load: performance.timing.loadEventEnd - performance.timing.navigationStart }));
    await page.close();
    const longest = (list) => list.reduce((a, [, gap]) => Math.max(a, gap), 0);
    const afterLoad = gaps.filter(([at]) => at >= load);
    return { elapsed, longest: longest(gaps), longestAfterLoad: longest(afterLoad), longAfterLoad: afterLoad.filter(([, gap]) => gap > LONG_TASK_MS).length };
  };
  for (const shape of SHAPES) {
    const results = await alternateVisits(visit, shape, sada, before, [none]);
    console.log(`\nFirefox, shape "${shape}": a page nested ${DEPTH.toLocaleString('en')} deep, gaps between animation frames from the page's first script until Sada annotated (+500 ms), medians of ${RUNS} alternating runs`);
    console.log('profile                  longest gap  | after load: gaps over 50 ms  longest gap');
    for (const [label, runs] of results) {
      if (VERBOSE) console.log(`  ${label}: ${runs.map((r) => `${fmt(r.longest)} / ${fmt(r.longestAfterLoad)} (${r.longAfterLoad})`).join(', ')}`);
      console.log(`${label.padEnd(24)} ${fmt(median(runs.map((r) => r.longest))).padStart(8)} ms | ${String(median(runs.map((r) => r.longAfterLoad))).padStart(6)}  ${fmt(median(runs.map((r) => r.longestAfterLoad))).padStart(8)} ms`);
    }
  }
  for (const b of profiles) await b.browser.close();
}

/**
 * RUNS visits of one shape, profiles alternating: Sada, the build before it, then each peer, which stays
 * on the page as long as Sada took. Results by profile label, in that order.
 */
async function alternateVisits(visit, shape, sada, before, peers) {
  const results = new Map([sada, before, ...peers].filter(Boolean).map((b) => [b.label, []]));
  for (let run = 0; run < RUNS; run++) {
    const withSada = await visit(sada, shape, run, null);
    results.get(sada.label).push(withSada);
    if (before) results.get(before.label).push(await visit(before, shape, run, null));
    for (const peer of peers) results.get(peer.label).push(await visit(peer, shape, run, withSada.elapsed));
  }
  return results;
}

async function chromiumBench() {
  const sada = await launch('Sada', join(root, 'dist/chromium'));
  const before = BEFORE ? await launch('Sada (before)', BEFORE) : null;
  const idle = await launch('do-nothing extension', idleDir);
  const none = await launch('no extension', null);
  const profiles = [sada, before, idle, none].filter(Boolean);

  /** The long tasks of each profile on one shape, side by side. */
  function report(shape, results) {
    console.log(`\nShape "${shape}": a page nested ${DEPTH.toLocaleString('en')} deep, main-thread tasks over ${LONG_TASK_MS} ms from navigation until Sada annotated (+500 ms), medians of ${RUNS} alternating runs`);
    console.log('profile                  long tasks  longest  | after load: long tasks  longest (thread time)  (Sada script / forced by Sada / page script / rendering / other)  | PerformanceObserver: count, longest');
    for (const [label, runs] of results) {
      const longestOf = (tasks) => tasks.reduce((a, t) => (t.ms > (a?.ms ?? 0) ? t : a), null);
      const longest = runs.map((r) => longestOf(r.tasks));
      const late = runs.map((r) => longestOf(r.tasks.filter((t) => t.afterLoad)));
      const pick = (list, key) => median(list.map((t) => t?.[key] ?? 0));
      console.log(
        `${label.padEnd(24)} ${String(median(runs.map((r) => r.tasks.length))).padStart(6)}  ${fmt(pick(longest, 'ms')).padStart(8)} ms | ` +
          `${String(median(runs.map((r) => r.tasks.filter((t) => t.afterLoad).length))).padStart(6)}  ${fmt(pick(late, 'ms')).padStart(8)} ms (${fmt(pick(late, 'thread'))} ms)  ` +
          `(${fmt(pick(late, 'sadaScript'))} / ${fmt(pick(late, 'sadaForced'))} / ${fmt(pick(late, 'pageScript'))} / ${fmt(pick(late, 'pageStyleLayout'))} / ${fmt(pick(late, 'other'))})` +
          `  | ${median(runs.map((r) => r.observed.length))}, ${fmt(median(runs.map((r) => Math.max(0, ...r.observed))))} ms`,
      );
      if (!label.startsWith('Sada')) continue;
      const own = (t) => Math.max(t.sadaScript, t.sadaSampled) + t.sadaForced;
      const withSada = runs.map((r) => r.tasks.filter((t) => own(t) > LONG_TASK_MS / 5));
      const worst = withSada.flat().sort((a, b) => own(b) - own(a))[0];
      console.log(`  tasks over ${LONG_TASK_MS} ms holding more than ${LONG_TASK_MS / 5} ms of Sada's own script (traced or sampled) or the work it forced, per visit: ${withSada.map((l) => l.length).join(', ')}`);
      if (worst) console.log(`  the worst: ${fmt(worst.ms)} ms, Sada script ${fmt(worst.sadaScript)} ms traced / ${fmt(worst.sadaSampled)} ms sampled (${worst.sadaFunctions.join(', ')}) + forced ${fmt(worst.sadaForced)} ms; biggest events: ${worst.top.join(', ')}`);
    }
  }

  console.log('("rendering": style, layout and paint with no script on the stack — the page\'s own, or what an earlier change asked for)');
  for (const shape of SHAPES) {
    const results = await alternateVisits(visit, shape, sada, before, [idle, none]);
    report(shape, results);
  }

  for (const b of profiles) await b.context.close();
}

if (process.argv.includes('--firefox')) await firefoxBench();
else await chromiumBench();
server.close();
rmSync(scratch, { recursive: true, force: true });
