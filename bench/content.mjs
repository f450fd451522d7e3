// Content-script benchmark, in Chromium (playwright-core, /usr/bin/chromium).
// `node build.mjs && node bench/content.mjs [--quick] [--only=a|b|tasks]`
//
// (a) The check on pages Sada leaves alone (English; Arabic, not about a
//     conflict; Persian, about something else and about Gaza) at 10 KB, 100 KB, 1 MB and 3 MB, against franc-min on the
//     same sample and against the naive way (franc-min on the body's text).
// (b) Highlighting an annotated article and a 3 MB page (Sada: find the
//     article + text map + the analyzer's spans as ranges in CSS.highlights)
//     against mark.js marking the same terms in the same article; the longest
//     main-thread task of the page side of the annotation (article, text,
//     painting; the analysis runs in the background and is answered here
//     from a cache, one message hop per part) on the 3 MB page.
// (d–f) The built extension in Chromium: navigation → annotated beside a
//     trivial marking extension, memory, the page's timer gaps and click
//     latency with and without Sada (bench/content-live.mjs, `--only=live`).
// (c) The bytes of content-check.js, the only script parsed on pages Sada leaves alone.
//
// Pages are served through request interception (no network), from an
// http:// URL so that content-check.js runs as it does on the web.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
/** `--only=a`, `--only=b`, `--only=tasks` (the longest task of (b) alone, without mark.js) or `--only=live` (d–f): one part. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? null;
const REPEATS = quick ? 2 : 3;
const SIZES = quick ? [10e3, 1e6] : [10e3, 100e3, 1e6, 3e6];
const checkScriptPath = join(root, 'dist/chromium/content-check.js');
if (!existsSync(checkScriptPath)) throw new Error('run `node build.mjs` first');

// --- bundles --------------------------------------------------------------------

const benchEntry = `
import { checkPage, samplePage } from './src/content/page-check';
import { findArticle } from './src/content/article';
import { buildTextMap } from './src/content/text-map';
import { annotate, analyzeInParts, marksSteps } from './src/content/annotate';
import { Highlighter } from './src/content/highlights';
import { runToEnd } from './src/content/slices';
import { analyze } from './src/core/analyze';
import { franc } from 'franc-min';
window.__bench = { checkPage, samplePage, findArticle, buildTextMap, annotate, analyzeInParts, marksSteps, Highlighter, runToEnd, analyze, franc };
`;
const built = await esbuild.build({
  stdin: { contents: benchEntry, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: 'chrome120',
  logLevel: 'warning',
  define: { SADA_TARGET: '"chromium"' },
});
const benchBundle = built.outputFiles[0].text;
const markScript = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const checkScript = readFileSync(checkScriptPath, 'utf8');

// --- pages ------------------------------------------------------------------------

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const gold = readdirSync(join(root, '../shared/eval/dev'))
  .map((f) => JSON.parse(readFileSync(join(root, '../shared/eval/dev', f), 'utf8')))
  .filter((g) => g.language === 'ar' && g.conflicts.length > 0);

const EN = [
  'Stocks rose on Tuesday after new figures showed that inflation had cooled more than expected, lifting shares of banks and retailers.',
  'Investors now expect the central bank to hold interest rates steady at its next meeting, analysts said in notes to clients on Monday.',
  'The city council approved a new budget for public transport, with more buses on weekday evenings and a plan for bicycle lanes downtown.',
];
const AR_OTHER = [
  'ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم الثلاثاء، وسط إقبال متزايد من المواطنين على الشراء قبل موسم الأعياد.',
  'وقال تجار إن الطلب على المشغولات الذهبية زاد بنسبة كبيرة مقارنة بالأسبوع الماضي، في ظل توقعات باستمرار الارتفاع خلال الشهر المقبل.',
  'وأعلنت وزارة التربية والتعليم عن مواعيد امتحانات نهاية العام الدراسي، مؤكدة جاهزية المدارس لاستقبال الطلاب في الموعد المحدد.',
];

const FA_OTHER = [
  'قیمت طلا در بازار تهران روز سه‌شنبه افزایش یافت و خریداران پیش از تعطیلات برای خرید به مغازه‌ها رفتند.',
  'به گفته فروشندگان، تقاضا برای سکه و زیورآلات نسبت به هفته گذشته بیشتر شده است و انتظار می‌رود این روند ادامه یابد.',
  'وزارت آموزش و پرورش زمان امتحانات پایان سال تحصیلی را اعلام کرد و گفت مدارس برای پذیرش دانش‌آموزان آماده هستند.',
];
// Persian about a conflict: names pass the keyword gate, the language module tells it is not Arabic.
const FA_CONFLICT = [
  'ارتش اسرائیل روز سه‌شنبه حملات خود را به شمال غزه ادامه داد و ده‌ها نفر از ساکنان این منطقه کشته شدند.',
  'سخنگوی وزارت امور خارجه گفت که این کشور از هر تلاشی برای برقراری آتش‌بس در غزه و رساندن کمک‌های انسانی حمایت می‌کند.',
  'سازمان ملل متحد هشدار داد که وضعیت انسانی در این منطقه هر روز بدتر می‌شود و بیمارستان‌ها با کمبود دارو روبرو هستند.',
];
const LEFT_ALONE = {
  en: { lang: 'en', dir: 'ltr', paras: EN, title: 'Markets rally as inflation cools', nav: ['Home', 'World', 'Business', 'Sport'] },
  'ar-other': { lang: 'ar', dir: 'rtl', paras: AR_OTHER, title: 'ارتفاع أسعار الذهب', nav: ['الرئيسية', 'اقتصاد', 'رياضة', 'منوعات'] },
  'fa-other': { lang: 'fa', dir: 'rtl', paras: FA_OTHER, title: 'افزایش قیمت طلا در بازار', nav: ['خانه', 'اقتصاد', 'ورزش', 'فرهنگ'] },
  'fa-gaza': { lang: 'fa', dir: 'rtl', paras: FA_CONFLICT, title: 'ادامه حملات به شمال غزه', nav: ['خانه', 'جهان', 'ورزش', 'فرهنگ'] },
};

function chrome(lang, dir, title, nav, articleHtml, sidebar, fill) {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<header><nav><ul>${nav.map((n) => `<li><a href="#">${escape(n)}</a></li>`).join('')}</ul></nav></header>
<div class="page"><main><article><h1>${escape(title)}</h1>${articleHtml}</article></main>
<aside class="sidebar"><ul>${sidebar.map((s) => `<li><a href="#">${escape(s)}</a></li>`).join('')}</ul></aside>
<section class="more">${fill}</section></div><footer><p>© 2024</p></footer></body></html>`;
}

/** A page of about `bytes` bytes (UTF-8): an article, then more stories until the size is reached. */
function leftAlonePage(kind, bytes) {
  const { lang, dir, paras, title, nav } = LEFT_ALONE[kind];
  const article = paras.map((p) => `<p>${escape(p)}</p>`).join('');
  const base = chrome(lang, dir, title, nav, article, nav, '');
  const story = `<div class="story"><h3><a href="#">${escape(paras[1])}</a></h3>${paras.map((p) => `<p>${escape(p)}</p>`).join('')}</div>`;
  const count = Math.max(0, Math.round((bytes - Buffer.byteLength(base)) / Buffer.byteLength(story)));
  return base.replace('<section class="more"></section>', `<section class="more">${story.repeat(count)}</section>`);
}

/** An article page from the gold pages' text (blank-line paragraphs), repeated to about `articleBytes`. */
function conflictPage(articleBytes) {
  const paragraphs = [];
  let size = 0;
  for (let i = 0; size < articleBytes; i++) {
    for (const p of gold[i % gold.length].text.split(/\n+/)) {
      if (p.length < 60) continue; // teaser headers and labels: they would end a repeated article
      // Some inline markup, as real pages have.
      const html = escape(p).replace(/^(\S+ \S+)/, '<strong>$1</strong>').replace(/ (\S+)$/, ' <a href="#">$1</a>');
      paragraphs.push(`<p>${html}</p>`);
      size += Buffer.byteLength(html) + 7;
    }
  }
  const nav = ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة'];
  const sidebar = gold.slice(0, 6).map((g) => g.text.slice(0, 80));
  return chrome('ar', 'rtl', gold[0].text.split('\n')[0].slice(0, 90), nav, paragraphs.join('\n'), sidebar, '');
}

// --- browser -----------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-blink-features=LongTaskTiming'] });
const context = await browser.newContext();
let currentHtml = '';
await context.route('http://bench.sada.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: currentHtml }));

/** A fresh page with `html` loaded at an http URL; bench bundle (and mark.js) injected on demand. */
async function load(html, { bench = true, mark = false, stubExtension = false } = {}) {
  currentHtml = html;
  const page = await context.newPage();
  if (stubExtension) {
    await page.addInitScript(() => {
      window.__sent = [];
      window.__firstMessage = new Promise((resolve) => (window.__onMessage = resolve));
      window.chrome = {
        runtime: {
          sendMessage: async (m) => {
            window.__sent.push({ m, t: performance.now() });
            window.__onMessage(performance.now());
          },
          onMessage: { addListener() {}, removeListener() {} },
        },
        storage: { sync: { get: async () => ({}), set: async () => {} }, onChanged: { addListener() {}, removeListener() {} } },
      };
    });
  }
  await page.goto('http://bench.sada.test/page', { waitUntil: 'load', timeout: 120_000 });
  if (bench) await page.addScriptTag({ content: benchBundle });
  if (mark) await page.addScriptTag({ content: markScript });
  return page;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const kb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} KB`);

// --- (a) the check on left-alone pages ----------------------------------------------------

if (!only || only === 'a') {
console.log('\n(a) content check on pages Sada leaves alone (Chromium, ms, median of runs)');
console.log('page       size     verdict        check (cold 1st)   franc(same sample)  franc(body text)  content-check.js parse+run   franc-sample/check  franc-body/check');
const checkRows = [];
const KINDS = Object.keys(LEFT_ALONE);
for (const kind of KINDS) {
  for (const size of SIZES) {
    const html = leftAlonePage(kind, size);
    const page = await load(html);
    const r = await page.evaluate(() => {
      const b = window.__bench;
      // Chromium's clock is coarse (0.1 ms): time batches, take the median batch, divide.
      const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      const time = (fn, batches, per) => {
        const out = [];
        for (let i = 0; i < batches; i++) {
          const t = performance.now();
          for (let k = 0; k < per; k++) fn();
          out.push((performance.now() - t) / per);
        }
        out.sort((x, y) => x - y);
        return out[Math.floor(batches / 2)];
      };
      const t0 = performance.now();
      const verdict = b.checkPage(document).verdict;
      const firstCheck = performance.now() - t0; // cold: as content-check.js runs it, once
      const sample = b.samplePage(document);
      const sampleText = sample.prose;
      b.franc(sampleText);
      // The box is shared and its load changes by the second: the check and franc are
      // timed in alternating batches, so that both see the same load.
      const checks = [];
      const francs = [];
      for (let round = 0; round < 15; round++) {
        checks.push(time(() => b.checkPage(document), 1, 40));
        francs.push(time(() => b.franc(sampleText), 1, 10));
      }
      const check = median(checks);
      const francSample = median(francs);
      const francBody = time(() => b.franc(document.body.innerText), 5, 1);
      return { verdict, check, firstCheck, francSample, francBody, sampleChars: sampleText.length };
    });
    await page.close();
    // The real content-check.js, parsed and run in a fresh page, until it leaves its verdict (or sends a message).
    const ends = [];
    for (let i = 0; i < REPEATS; i++) {
      const p = await load(html, { bench: false, stubExtension: true });
      const t = await p.evaluate(async (src) => {
        const t0 = performance.now();
        const s = document.createElement('script');
        s.textContent = src;
        document.documentElement.appendChild(s);
        s.remove();
        // Most pages are told from their title, synchronously.
        if (window.__sadaLeftAlone) return performance.now() - t0;
        // A page left alone sends nothing: its verdict is left in the script's world (here the page's).
        const leftAlone = new Promise((resolve) => {
          const poll = () => (window.__sadaLeftAlone ? resolve(performance.now()) : setTimeout(poll, 0));
          poll();
        });
        const t1 = await Promise.race([window.__firstMessage, leftAlone, new Promise((r) => setTimeout(() => r(NaN), 15_000))]);
        return t1 - t0;
      }, checkScript);
      ends.push(t);
      await p.close();
    }
    const row = { kind, size: Buffer.byteLength(html), ...r, endToEnd: median(ends) };
    checkRows.push(row);
    console.log(
      `${kind.padEnd(9)}  ${kb(row.size).padEnd(7)}  ${row.verdict.padEnd(12)}  ${row.check.toFixed(3).padStart(6)} (${fmt(row.firstCheck).padStart(5)})   ${row.francSample.toFixed(3).padStart(10)}          ${fmt(row.francBody).padStart(10)}        ${fmt(row.endToEnd).padStart(10)}                ${(row.francSample / row.check).toFixed(1).padStart(6)}×         ${(row.francBody / row.check).toFixed(0).padStart(6)}×`,
    );
  }
}
for (const kind of KINDS) {
  const rows = checkRows.filter((r) => r.kind === kind);
  const small = rows[0];
  const big = rows.at(-1);
  console.log(
    `${kind}: check cost ${kb(big.size)} vs ${kb(small.size)} = ${(big.check / small.check).toFixed(2)}× (flat ≈ 1);` +
      ` franc on body text ${kb(big.size)} = ${(big.francBody / big.check).toFixed(0)}× the check;` +
      ` franc on the same sample (${small.sampleChars}–${big.sampleChars} chars) = ${Math.min(...rows.map((r) => r.francSample / r.check)).toFixed(1)}–${Math.max(...rows.map((r) => r.francSample / r.check)).toFixed(1)}× the check`,
  );
}

}

// --- (b) highlighting ----------------------------------------------------------------------

if (!only || only === 'b' || only === 'tasks') {
const highlightRows = [];
if (only !== 'tasks') {
console.log('\n(b) highlighting: Sada (article + text map + wrap of the analyzer spans) vs mark.js (same terms, same article), ms');
for (const [label, articleBytes] of [['article', 10e3], ['3 MB page', quick ? 1e6 : 3e6]]) {
  const html = conflictPage(articleBytes);
  // The analysis (not timed here) and the terms mark.js gets.
  const setup = await load(html);
  const prepared = await setup.evaluate(async () => {
    const b = window.__bench;
    const article = b.findArticle(document);
    const map = b.buildTextMap(article.roots, { exclude: article.exclude });
    const t = performance.now();
    const analysis = b.analyze(map.text);
    const analyzeMs = performance.now() - t;
    const surfaces = new Set();
    for (const a of analysis.actors) for (const m of a.mentions) surfaces.add(m.surface);
    const quotes = new Set(analysis.quotes.filter((q) => q.kind === 'direct').map((q) => map.text.slice(q.start, q.end)).filter((q) => !q.includes('\n')));
    return {
      analysis,
      analyzeMs,
      textChars: map.text.length,
      terms: [...surfaces, ...quotes],
      mentions: analysis.actors.reduce((n, a) => n + a.mentions.length, 0),
      directQuotes: analysis.quotes.filter((q) => q.kind === 'direct').length,
    };
  });
  await setup.close();

  const sadaRuns = [];
  const sadaWarmRuns = [];
  const markRuns = { across: [], perNode: [] };
  let sadaCount = 0;
  const markCount = {};
  for (let i = 0; i < REPEATS; i++) {
    const p = await load(html);
    const r = await p.evaluate((analysis) => {
      const b = window.__bench;
      const run = () => {
        const t = performance.now();
        const article = b.findArticle(document);
        const map = b.buildTextMap(article.roots, { exclude: article.exclude });
        const annotation = { analysis, map, roots: article.roots, highlighter: new b.Highlighter(document), actorMarks: [], quoteMarks: [] };
        b.runToEnd(b.marksSteps(annotation, analysis, 0, []));
        return { ms: performance.now() - t, annotation };
      };
      const cold = run(); // first run in a fresh page, as content-main runs
      const count = cold.annotation.highlighter.size;
      cold.annotation.highlighter.clear();
      const warm = run();
      return { cold: cold.ms, warm: warm.ms, count };
    }, prepared.analysis);
    sadaRuns.push(r.cold);
    sadaWarmRuns.push(r.warm);
    sadaCount = r.count;
    await p.close();
    for (const [mode, acrossElements] of [['across', true], ['perNode', false]]) {
      if (articleBytes > 100e3 && i > 0) continue; // tens of seconds per run on the big page: once is enough
      const q = await load(html, { mark: true });
      const m = await q.evaluate(
        ({ terms, acrossElements }) =>
          new Promise((resolve) => {
            const t = performance.now();
            new window.Mark(document.querySelector('article')).mark(terms, {
              separateWordSearch: false,
              diacritics: false,
              acrossElements,
              done: (count) => resolve({ ms: performance.now() - t, count }),
            });
          }),
        { terms: prepared.terms, acrossElements },
      );
      markRuns[mode].push(m.ms);
      markCount[mode] = m.count;
      await q.close();
    }
  }
  const row = {
    label,
    bytes: Buffer.byteLength(html),
    sada: median(sadaRuns),
    sadaWarm: median(sadaWarmRuns),
    markAcross: median(markRuns.across),
    markPerNode: median(markRuns.perNode),
    sadaCount,
    markCount,
    ...prepared,
  };
  highlightRows.push(row);
  console.log(
    `${label.padEnd(10)} page ${kb(row.bytes)}, article text ${row.textChars} chars, ${row.mentions} mentions + ${row.directQuotes} direct quotes` +
      ` (${row.terms.length} distinct terms for mark.js)\n` +
      `   Sada ${fmt(row.sada)} ms cold / ${fmt(row.sadaWarm)} ms warm (${row.sadaCount} ranges)\n` +
      `   mark.js acrossElements ${fmt(row.markAcross)} ms (${row.markCount.across} marks) → Sada ${(row.markAcross / row.sada).toFixed(1)}× faster (cold)\n` +
      `   mark.js per text node  ${fmt(row.markPerNode)} ms (${row.markCount.perNode} marks; misses terms split by markup) → Sada ${(row.markPerNode / row.sada).toFixed(1)}× faster (cold)\n` +
      `   [the analysis itself, in neither: ${fmt(row.analyzeMs)} ms]`,
  );
}

}
// Longest main-thread task of the whole annotation on the big page, as content-main runs it.
{
  const html = conflictPage(quick ? 1e6 : 3e6);
  const p = await load(html);
  const r = await p.evaluate(async () => {
    const b = window.__bench;
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    let observing = true;
    try {
      observer.observe({ entryTypes: ['longtask'] });
    } catch {
      observing = false;
    }
    // Each stretch between two yields is one task: measured from the end of one yield
    // (the timer callback) to the next call of yieldToPage, named by the step it began in.
    const stretches = [];
    let last = performance.now();
    let phase = 'start';
    let stretchPhase = 'start';
    const phaseOf = () => stretchPhase;
    const yieldToPage = () =>
      new Promise((resolve) => {
        stretches.push({ ms: performance.now() - last, phase: phaseOf() });
        stretchPhase = phase;
        setTimeout(() => {
          last = performance.now();
          resolve();
        }, 0);
      });
    // The background's answers, computed ahead (not on this page's thread), given back one message hop later.
    const article = b.findArticle(document);
    const fullText = b.buildTextMap(article.roots, { exclude: article.exclude }).text;
    const answers = new Map();
    await b.analyzeInParts(fullText, (text, o) => {
      const analysis = b.analyze(text, o);
      answers.set(text, analysis);
      return analysis;
    });
    const fromBackground = (text) =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(answers.get(text) ?? b.analyze(text));
        channel.port2.postMessage(null);
      });
    await new Promise((r) => setTimeout(r, 100));
    tasks.length = 0;
    const t = performance.now();
    const outcome = await b.annotate(document, fromBackground, {
      yieldToPage,
      onPhase: (name) => {
        phase = name;
        // A stretch is named by the step it began in, or by one that began inside it.
        if (stretchPhase === 'start' || stretchPhase !== name) stretchPhase = stretchPhase === 'start' ? name : `${stretchPhase}+${name}`;
      },
    });
    stretches.push({ ms: performance.now() - last, phase: phaseOf() });
    const total = performance.now() - t;
    await new Promise((r) => setTimeout(r, 200));
    // Control: a deliberate 70 ms task after the annotation, to show the observer does see long tasks.
    const beforeControl = tasks.length;
    setTimeout(() => {
      const t0 = performance.now();
      while (performance.now() - t0 < 70);
    }, 0);
    await new Promise((r) => setTimeout(r, 300));
    const control = tasks.slice(beforeControl);
    tasks.length = beforeControl;
    observer.disconnect();
    const longestOf = (phase) => Math.max(0, ...stretches.filter((x) => x.phase === phase).map((x) => x.ms));
    const longest = stretches.reduce((a, x) => (x.ms > a.ms ? x : a), { ms: 0, phase: '' });
    return {
      state: outcome.state,
      total,
      textChars: outcome.state === 'annotated' ? outcome.annotation.map.text.length : 0,
      stretches: stretches.length,
      top: [...stretches].sort((x, y) => y.ms - x.ms).slice(0, 8).map((x) => `${x.ms.toFixed(0)} ${x.phase}`).join(', '),
      longest,
      byPhase: [...new Set(stretches.map((x) => x.phase))].map((ph) => `${ph} ${longestOf(ph).toFixed(0)} ms`),
      observing,
      control: control.length ? Math.max(...control) : 0,
      longtasks: tasks.length,
      longestTask: tasks.length ? Math.max(...tasks) : 0,
      elements: outcome.state === 'annotated' ? outcome.annotation.highlighter.size : 0,
    };
  });
  await p.close();
  const markBig = highlightRows.at(-1);
  console.log(
    `\nlongest main-thread task, page side of the annotation of the ${kb(Buffer.byteLength(html))} page (${r.textChars} chars of article), as content-main runs it:` +
      `\n  longest stretch between yields ${fmt(r.longest.ms)} ms (${r.longest.phase}), ${r.stretches} stretches; longest per phase: ${r.byPhase.join(', ')}` +
      `\n  longest stretches: ${r.top}` +
      `\n  longtask observer (all main-thread tasks while annotating): ${r.observing ? `${r.longtasks} tasks over 50 ms, longest ${fmt(r.longestTask)} ms (control: a deliberate 70 ms task is seen as ${fmt(r.control)} ms)` : 'unavailable'}` +
      `\n  total ${fmt(r.total)} ms, ${r.elements} ranges, state ${r.state}` +
      (markBig ? `\n  mark.js on the same article runs as one task: ${fmt(markBig.markAcross)} ms (acrossElements), ${fmt(markBig.markPerNode)} ms (per text node)` : ''),
  );
}
}

// --- (c) size ----------------------------------------------------------------------------------

const bytes = statSync(checkScriptPath).size;
const gz = gzipSync(readFileSync(checkScriptPath)).length;
const mainBytes = statSync(join(root, 'dist/chromium/content-main.js')).size;
console.log(`\n(c) content-check.js: ${bytes} bytes (${gz} gzipped) — the only script parsed on pages Sada leaves alone; content-main.js: ${mainBytes} bytes, injected only into Arabic-script pages (the rest of the check, then the highlighter)`);

await browser.close();

if (!only || only === 'live') await import('./content-live.mjs');
