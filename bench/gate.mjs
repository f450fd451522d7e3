// The gate's cost on pages Sada leaves alone, and its precision.
// `node build.mjs && node bench/gate.mjs [--quick] [--only=en,fa 10 KB]`
//
// (a) Cost: English and Persian pages (10 KB and 3 MB, text written for this
//     benchmark) and the non-Arabic real pages of ../shared/pages are loaded
//     in three Chromium profiles, one load after another in turn: with Sada
//     (dist/chromium), with a do-nothing extension that has a content script
//     on every page, and with no extension. For each load, the renderer's
//     script time (CDP Performance.getMetrics ScriptDuration) is read once the
//     page settled; the pages' own scripts are off (CSP script-src 'none'),
//     so what remains is the extensions'. Printed: medians and Sada's added
//     time beside the do-nothing extension's (target: ≤ 1 ms, flat from 10 KB
//     to 3 MB). Timings on a shared machine are noisy: compare within a run.
// (b) Precision: content-check's verdict (jsdom) on every Arabic page of the
//     real-page suite; off-topic pages that pass (target: at most one).
// SADA_BENCH_DIR=path measures another build of the extension in Sada's place
// (to find what costs: a copy of dist/chromium with a changed content-check.js);
// --before=DIR adds another build as one more profile (repeat it for more),
// loads alternating with the others (builds compared in one run: the same
// load on the machine); --rounds=N loads each page N times per profile.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? (quick ? 3 : 7));
/** After the load event: Sada's content script ran at document_end (the do-nothing one at document_idle), then a moment for anything it started. */
const SETTLE_MS = 500;
const sadaDir = process.env.SADA_BENCH_DIR ?? join(root, 'dist/chromium');
const beforeDirs = process.argv.filter((a) => a.startsWith('--before=')).map((a) => a.slice(9));
/** The profile name of each earlier build: `before`, or `before-1`, `before-2`… when there are several. */
const beforeNames = beforeDirs.map((_, i) => (beforeDirs.length === 1 ? 'before' : `before-${i + 1}`));
if (!existsSync(join(sadaDir, 'manifest.json'))) throw new Error('run `node build.mjs` first');
const sharedPages = join(root, '..', 'shared', 'pages');

// --- pages (text written for this benchmark) -------------------------------------------

const EN = [
  'The city library will stay open late on weekdays this winter, the council said, after a survey showed that students wanted more quiet places to work.',
  'Farmers in the valley expect a good apple harvest this year, thanks to a mild spring and enough rain in the summer months.',
  'A new bus line will connect the university with the train station from March, cutting the trip to twelve minutes.',
];
const FA = [
  'کتابخانه شهر در زمستان امسال روزهای هفته تا دیروقت باز می‌ماند و دانشجویان می‌توانند تا ساعت ده شب در آنجا درس بخوانند.',
  'کشاورزان دره امیدوارند که امسال برداشت سیب خوبی داشته باشند، چون بهار ملایم بود و باران کافی بارید.',
  'از ماه آینده یک خط اتوبوس تازه دانشگاه را به ایستگاه قطار وصل می‌کند و سفر را کوتاه‌تر می‌کند.',
];
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function syntheticPage(lang, paras, bytes) {
  const dir = lang === 'fa' ? 'rtl' : 'ltr';
  const story = `<div class="story"><h2><a href="#">${escape(paras[2])}</a></h2>${paras.map((p) => `<p>${escape(p)}</p>`).join('')}</div>\n`;
  const head = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escape(paras[0].slice(0, 60))}</title></head><body><nav><a href="/">Home</a></nav><main>`;
  const tail = '</main><footer><p>© 2026</p></footer></body></html>';
  const count = Math.max(1, Math.round((bytes - head.length - tail.length) / Buffer.byteLength(story)));
  return head + story.repeat(count) + tail;
}

const pages = new Map([
  ['en 10 KB', syntheticPage('en', EN, 10e3)],
  ['en 3 MB', syntheticPage('en', EN, 3e6)],
  ['fa 10 KB', syntheticPage('fa', FA, 10e3)],
  ['fa 3 MB', syntheticPage('fa', FA, 3e6)],
]);
const index = JSON.parse(readFileSync(join(sharedPages, 'index.json'), 'utf8'));
for (const page of index) {
  if (page.language !== 'ar') pages.set(page.file.replace(/\.html$/, ''), readFileSync(join(sharedPages, page.file)));
}

// `--only=en,fa 10 KB`: only the pages whose name starts with one of these (a quick look while working).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
if (only) for (const key of [...pages.keys()]) if (!only.some((prefix) => key.startsWith(prefix))) pages.delete(key);

const POLICY = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
const keys = [...pages.keys()];
const server = createServer((request, response) => {
  const key = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
  if (!pages.has(key)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY, 'cache-control': 'no-store' }).end(pages.get(key));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- three profiles ---------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'sada-bench-gate-'));
const noop = join(work, 'noop-extension');
mkdirSync(noop);
writeFileSync(join(noop, 'manifest.json'), JSON.stringify({
  manifest_version: 3, name: 'do nothing', version: '1.0',
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
}));
writeFileSync(join(noop, 'content.js'), 'void 0;\n');

async function launch(name, extension) {
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch'];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(join(work, `profile-${name}`), { executablePath: '/usr/bin/chromium', headless: true, args });
  if (extension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => null));
  return { name, context };
}
const profiles = [await launch('none', null), await launch('do-nothing', noop), await launch('sada', sadaDir)];
for (const [i, dir] of beforeDirs.entries()) profiles.push(await launch(beforeNames[i], dir));

/** Script time (ms) the renderer spent on one load of `key` in this profile. */
async function scriptMs(profile, key) {
  const page = await profile.context.newPage();
  const cdp = await profile.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/${encodeURIComponent(key)}`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const touched = await page.evaluate(() => document.documentElement.hasAttribute('data-sada-state'));
  await page.close();
  if (touched) throw new Error(`Sada touched ${key}: it should be left alone`);
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

const samples = new Map(keys.map((k) => [k, new Map(profiles.map((p) => [p.name, []]))]));
for (let round = 0; round < ROUNDS; round++) {
  for (const key of keys) {
    // Each profile in turn, starting with a different one each round.
    for (let i = 0; i < profiles.length; i++) {
      const profile = profiles[(i + round) % profiles.length];
      samples.get(key).get(profile.name).push(await scriptMs(profile, key));
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)} ms`;

console.log(`(a) renderer script time per load, median of ${ROUNDS} (pages' own scripts off): Sada and a do-nothing extension, each beside no extension`);
console.log('page'.padEnd(34) + 'none'.padStart(10) + 'do-nothing'.padStart(12) + 'Sada'.padStart(10) + '   do-nothing added   Sada added   Sada − do-nothing' + beforeNames.map((name) => `   ${name} − do-nothing`).join(''));
let worst = 0;
const worstBefore = beforeNames.map(() => 0);
for (const key of keys) {
  const m = Object.fromEntries(profiles.map((p) => [p.name, median(samples.get(key).get(p.name))]));
  const over = m.sada - m['do-nothing'];
  worst = Math.max(worst, over);
  const befores = beforeNames.map((name, i) => {
    const added = m[name] - m['do-nothing'];
    worstBefore[i] = Math.max(worstBefore[i], added);
    return fmt(added).padStart(name.length + 16);
  });
  console.log(`${key.padEnd(34)}${m.none.toFixed(2).padStart(10)}${m['do-nothing'].toFixed(2).padStart(12)}${m.sada.toFixed(2).padStart(10)}   ${fmt(m['do-nothing'] - m.none).padStart(16)}   ${fmt(m.sada - m.none).padStart(10)}   ${fmt(over).padStart(16)}${befores.join('')}`);
}
console.log(`Sada over the do-nothing extension, worst page: ${fmt(worst)} (target ≤ 1 ms)${beforeDirs.map((dir, i) => `; ${beforeNames[i]} (${dir}): ${fmt(worstBefore[i])}`).join('')}`);
console.log(`content-check.js: ${readFileSync(join(sadaDir, 'content-check.js')).length} bytes`);

for (const profile of profiles) await profile.context.close();
server.close();

// --- (b) precision on the suite's Arabic pages -------------------------------------------

mkdirSync(join(root, '.cache'), { recursive: true });
const bundleDir = mkdtempSync(join(root, '.cache', 'bench-gate-'));
await esbuild.build({
  stdin: { contents: "export { checkPage } from './src/content/page-check'; export { loadPage } from './tests/pages/outcome';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: join(bundleDir, 'gate.mjs'), logLevel: 'warning',
});
const { checkPage, loadPage } = await import(pathToFileURL(join(bundleDir, 'gate.mjs')).href);
rmSync(bundleDir, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

const arabic = index.filter((p) => p.language === 'ar');
const verdicts = arabic.map((p) => ({ ...p, verdict: checkPage(loadPage(readFileSync(join(sharedPages, p.file), 'utf8'))).verdict }));
const offTopic = verdicts.filter((p) => p.topic.startsWith('other'));
const onTopic = verdicts.filter((p) => !p.topic.startsWith('other'));
console.log(`\n(b) the gate on the ${arabic.length} Arabic pages of ../shared/pages`);
for (const p of verdicts) console.log(`  ${p.verdict.padEnd(13)} ${p.file} (${p.kind}; ${p.topic.split(' ')[0]})`);
console.log(`conflict pages passed: ${onTopic.filter((p) => p.verdict === 'pass').length} of ${onTopic.length} (the home page among them: the article finder then leaves it alone)`);
console.log(`off-topic pages passed: ${offTopic.filter((p) => p.verdict === 'pass').length} of ${offTopic.length} (target: at most 1)`);
