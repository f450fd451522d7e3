// Benchmark of the reader's memory against MiniSearch holding the same
// statements, in one run: pages of 10 statements (speakers, outlets, dates,
// conflicts) recombined from the bundled corpus with a seeded generator, at
// 1k/10k/100k statements (100/1,000/10,000 pages). Measured, for both:
//   add a page      Sada: MemoryIndex.put + the search view rebuilt (only the open chunk is indexed again; when it seals, a merge of alike-sized chunks rebuilds the merged one)
//                   MiniSearch: addAll of the page's statements
//   open → related  a page's related statements as the popup asks for them (Sada: relatedStatements on a
//                   fresh search view; MiniSearch: the page's quote words OR'ed, filtered to its speakers/conflict)
//   search p50/p99  300 queries (best of 3 runs per query: the machine is shared)
//   bytes/statement what is stored (Sada: the pages as storage.local keeps them + full chunks' indexes; MiniSearch: its JSON)
//   restart         Sada: parse + validate every stored page, load the stored chunks, index the open one; MiniSearch: loadJSON
//   node bench/memory.mjs [--sizes 1000,10000,100000] [--queries 300]
import * as esbuild from 'esbuild';
import MiniSearch from 'minisearch';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { latencies, miniSearchOptions, option, percentile, printRatioTable, random, time } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = option('--sizes', '1000,10000,100000').split(',').map(Number);
const QUERY_COUNT = Number(option('--queries', '300'));
const PER_PAGE = 10;
/** Adds and opens measured per size (fewer at 100k: MiniSearch takes about a minute per related list there). */
const addsAt = (size) => (size >= 100_000 ? 5 : 20);

const tmp = mkdtempSync(join(tmpdir(), 'sada-bench-memory-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(entry, ['index.ts', 'corpus/text.ts'].map((m) => `export * from ${JSON.stringify(join(root, 'src/core', m))};`).join('\n'));
await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(tmp, 'core.mjs'), logLevel: 'warning' });
const sada = await import(pathToFileURL(join(tmp, 'core.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

const rnd = random(20261204);
const pick = (list) => list[Math.floor(rnd() * list.length)];

const bundled = sada.loadCorpus(JSON.parse(readFileSync(join(root, 'dist/corpus.json'), 'utf8')));
const base = Array.from({ length: bundled.size }, (_, i) => bundled.statement(i));
const baseWords = base.map((s) => s.context.split(/\s+/));
const SPEAKERS = [...new Map(base.filter((s) => s.speaker?.id).map((s) => [s.speaker.id, s.speaker])).values()];
const OUTLETS = ['وكالة الشرق', 'صحيفة المدار', 'قناة الأفق', 'موقع النهار', 'شبكة الخبر', 'جريدة الغد'];

/** A page: 10 statements recombined from real ones, a few speakers, one outlet, date and conflict. */
function makePage(n) {
  const date = new Date(Date.UTC(2016, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
  const speakers = [pick(SPEAKERS), pick(SPEAKERS)];
  const statements = Array.from({ length: PER_PAGE }, () => {
    const a = pick(baseWords);
    const b = pick(baseWords);
    const words = [...a.slice(0, 3 + Math.floor(rnd() * Math.max(1, a.length - 3))), ...b.slice(Math.floor(rnd() * Math.max(1, b.length - 3)))].slice(0, 50);
    const context = words.join(' ');
    return { kind: rnd() < 0.7 ? 'direct' : 'indirect', context, quoteStart: 0, quoteEnd: context.length, speaker: rnd() < 0.9 ? pick(speakers) : null };
  });
  return { url: `https://news${n % 50}.example/story/${n}`, title: `خبر ${n}`, date, dateSource: 'meta', savedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(), outlet: pick(OUTLETS), conflict: pick(sada.CONFLICT_IDS), statements };
}

const miniOptions = miniSearchOptions(sada);
const miniDocs = (page, first) => sada.pageStatements(page).map((s, i) => ({ id: first + i, ...s, speaker: s.speaker?.id ?? null }));

const median = (list) => percentile([...list].sort((a, b) => a - b), 50);
function makeQueries(n) {
  const words = baseWords.flat().map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => /[\u0621-\u064a]{3,}/.test(w) && !sada.isStopword(sada.tokenize(w)[0]?.norm ?? ''));
  return Array.from({ length: n }, (_, i) => {
    if (i % 3 === 0) return { q: pick(words), prefix: false };
    if (i % 3 === 1) return { q: `${pick(words)} ${pick(words)}`, prefix: false };
    const last = pick(words);
    return { q: `${pick(words)} ${last.slice(0, Math.max(2, Math.ceil(last.length / 2)))}`, prefix: true };
  });
}

/** The popup's related statements for a page, from MiniSearch: its quote words OR'ed, its speakers or conflict. */
function miniRelated(mini, page) {
  const speakers = new Set(page.statements.map((s) => s.speaker?.id).filter(Boolean));
  const text = page.statements.map((s) => s.context.slice(s.quoteStart, s.quoteEnd)).join(' ');
  return mini.search(text, { filter: (r) => r.source !== page.url && (speakers.has(r.speaker) || r.conflict === page.conflict) }).slice(0, 10);
}

function sadaRelated(index, page) {
  const quotes = page.statements.map((s) => ({ text: s.context.slice(s.quoteStart, s.quoteEnd), kind: s.kind, speaker: s.speaker }));
  const { analysis, text } = sada.analysisOfQuotes(quotes, [{ id: page.conflict, score: 1 }]);
  return sada.relatedStatements(analysis, text, new sada.Corpus([...index.segments()]), { limit: 10, excludeSource: page.url });
}

const queries = makeQueries(QUERY_COUNT);
const rows = [];
let serial = 0;
for (const size of SIZES) {
  const pages = Array.from({ length: size / PER_PAGE }, () => makePage(serial++));
  const stored = pages.map((p) => JSON.stringify(p)); // storage.local holds one value per page
  // First time: every page indexed; the full chunks' indexes then stored beside the pages.
  const first = new sada.MemoryIndex();
  for (const page of pages) first.put(page);
  first.segments();
  const chunks = first.pendingWrites().write.map((c) => JSON.stringify(c));

  const restart = time(() => {
    const loaded = [];
    for (const json of stored) {
      const checked = sada.validatePage(JSON.parse(json));
      if (checked.ok) loaded.push(checked.value);
    }
    const index = new sada.MemoryIndex();
    index.restore(loaded, chunks.map((c) => JSON.parse(c)));
    index.segments();
    return index;
  });
  const index = restart.value;
  const mini = new MiniSearch(miniOptions);
  let nextId = 0;
  for (const page of pages) {
    mini.addAll(miniDocs(page, nextId));
    nextId += PER_PAGE;
  }
  const miniJson = JSON.stringify(mini);
  const miniRestart = time(() => MiniSearch.loadJSON(miniJson, miniOptions));

  const adds = Array.from({ length: addsAt(size) }, () => makePage(serial++));
  const sadaAdd = [];
  const miniAdd = [];
  const sadaOpen = [];
  const miniOpen = [];
  for (const page of adds) {
    sadaAdd.push(time(() => (index.put(page), new sada.Corpus([...index.segments()]))).ms);
    miniAdd.push(time(() => mini.addAll(miniDocs(page, nextId))).ms);
    nextId += PER_PAGE;
    sadaOpen.push(time(() => sadaRelated(index, page)).ms);
    miniOpen.push(time(() => miniRelated(mini, page)).ms);
  }
  const corpus = new sada.Corpus(index.segments());
  const sadaQuery = latencies(({ q, prefix }) => corpus.search(q, {}, { limit: 10, prefix }), queries);
  const miniQuery = latencies(({ q, prefix }) => mini.search(q, { prefix: (_t, i, terms) => prefix && i === terms.length - 1 }).slice(0, 10), queries);
  const storedBytes = [...stored, ...chunks].reduce((n, s) => n + Buffer.byteLength(s), 0);

  rows.push({
    size,
    add: [median(sadaAdd), median(miniAdd)],
    open: [median(sadaOpen), median(miniOpen)],
    p50: [sadaQuery.p50, miniQuery.p50],
    p99: [sadaQuery.p99, miniQuery.p99],
    bytes: [storedBytes / size, Buffer.byteLength(miniJson) / size],
    restart: [restart.ms, miniRestart.ms],
  });
}

console.log(`memory: pages of ${PER_PAGE} statements recombined from dist/corpus.json (${base.length} statements); ${queries.length} queries; median of ${SIZES.map(addsAt).join('/')} adds/opens; latency = best of 3 runs per query`);
printRatioTable(
  rows,
  [
    ['add a page', 'add', 'ms'],
    ['popup open → related', 'open', 'ms'],
    ['search p50', 'p50', 'ms'],
    ['search p99', 'p99', 'ms'],
    ['bytes / statement (stored)', 'bytes', 'B'],
    ['restart (read back, ready)', 'restart', 'ms'],
  ],
  'Sada memory',
  'MiniSearch',
);
const last = rows[rows.length - 1];
if (last) {
  const ok = last.p99[0] < 5 && last.open[0] < 100;
  console.log(`targets at ${last.size.toLocaleString('en')}: search p99 < 5 ms, related < 100 ms → ${ok ? 'met' : 'NOT met'}`);
}
