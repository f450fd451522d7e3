// Benchmark of the statement index against MiniSearch, in one run, on the same
// statements, queries and normalization (Sada's tokenizer and stemmer feed
// both). Statements: the bundled corpus (dist/corpus.json; else sentences of
// ../shared/corpus), scaled to 1k/10k/100k by recombining their words,
// speakers, outlets and dates with a seeded generator.
//   node bench/corpus.mjs [--sizes 1000,10000,100000] [--queries 300] [--repeats 3]
import * as esbuild from 'esbuild';
import MiniSearch from 'minisearch';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { latencies as measureLatencies, miniSearchOptions, option, printRatioTable, random, time } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = option('--sizes', '1000,10000,100000').split(',').map(Number);
const QUERY_COUNT = Number(option('--queries', '300'));

// Sada's corpus core, bundled from the TypeScript sources.
const tmp = mkdtempSync(join(tmpdir(), 'sada-bench-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  ['build', 'segment', 'search', 'text'].map((m) => `export * from ${JSON.stringify(join(root, 'src/core/corpus', m))};`).join('\n'),
);
await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(tmp, 'corpus.mjs'), logLevel: 'warning' });
const sada = await import(pathToFileURL(join(tmp, 'corpus.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

const rnd = random(20231119);
const pick = (list) => list[Math.floor(rnd() * list.length)];

function baseStatements() {
  const indexFile = join(root, 'dist/corpus.json');
  if (existsSync(indexFile)) {
    const segment = sada.loadCorpus(JSON.parse(readFileSync(indexFile, 'utf8')));
    if (segment.size >= 20) return { from: `dist/corpus.json (${segment.size} statements)`, list: Array.from({ length: segment.size }, (_, i) => segment.statement(i)) };
  }
  // No analyzed corpus yet: the articles' sentences stand in for quotes.
  const dir = join(root, '../shared/corpus');
  const list = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const sentence of readFileSync(join(dir, file), 'utf8').split(/[.\n؟!]+/)) {
      const s = sentence.trim();
      if (s.split(/\s+/).length >= 6) list.push({ kind: 'direct', context: s, quoteStart: 0, quoteEnd: s.length, speaker: null, date: '2023-09-19', outlet: null, source: file, title: null, conflict: 'karabakh' });
    }
  }
  return { from: `sentences of ../shared/corpus (${list.length})`, list };
}

const base = baseStatements();
const speakers = [...new Map(base.list.filter((s) => s.speaker).map((s) => [s.speaker.id ?? s.speaker.name, s.speaker])).values()];
const outlets = [...new Set(base.list.map((s) => s.outlet).filter(Boolean))];
const CONFLICTS = ['karabakh', 'russia-ukraine', 'yemen', 'sudan', 'gaza', 'syria'];
const baseWords = base.list.map((s) => s.context.split(/\s+/));

/** A new statement: the first part of one real statement's words joined to the rest of another's. */
function recombined(i) {
  const a = pick(baseWords);
  const b = pick(baseWords);
  const cutA = 3 + Math.floor(rnd() * Math.max(1, a.length - 3));
  const cutB = Math.floor(rnd() * Math.max(1, b.length - 3));
  const context = [...a.slice(0, cutA), ...b.slice(cutB)].slice(0, 60).join(' ');
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
  return {
    kind: rnd() < 0.7 ? 'direct' : 'indirect',
    context,
    quoteStart: 0,
    quoteEnd: context.length,
    speaker: speakers.length && rnd() < 0.85 ? pick(speakers) : null,
    date: day,
    outlet: outlets.length ? pick(outlets) : null,
    source: `https://bench.example/${i}`,
    title: null,
    conflict: pick(CONFLICTS),
  };
}

/** Queries drawn from the real statements: one word, two words, and two words with the last one half typed. */
function makeQueries(n) {
  const out = [];
  const words = baseWords.flat().filter((w) => /[\u0621-\u064a]{3,}/.test(w) && !sada.isStopword(sada.tokenize(w)[0]?.norm ?? ''));
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    if (k === 0) out.push({ q: pick(words).replace(/[^\p{L}\p{N}]/gu, ''), prefix: false });
    else if (k === 1) out.push({ q: `${pick(words)} ${pick(words)}`.replace(/[^\p{L}\p{N} ]/gu, ''), prefix: false });
    else {
      const last = pick(words).replace(/[^\p{L}\p{N}]/gu, '');
      out.push({ q: `${pick(words).replace(/[^\p{L}\p{N}]/gu, '')} ${last.slice(0, Math.max(2, Math.ceil(last.length / 2)))}`, prefix: true });
    }
  }
  return out;
}

const miniOptions = miniSearchOptions(sada);
const REPEATS = Number(option('--repeats', '3'));
const latencies = (run, queries) => measureLatencies(run, queries, REPEATS);

const queries = makeQueries(QUERY_COUNT);
const rows = [];
for (const size of SIZES) {
  const statements = Array.from({ length: size }, (_, i) => recombined(i));

  const sadaBuild = time(() => JSON.stringify(sada.buildCorpus(statements)));
  const sadaJson = sadaBuild.value;
  const sadaLoad = time(() => new sada.Corpus([sada.loadCorpus(JSON.parse(sadaJson))]));
  const corpus = sadaLoad.value;
  const sadaQuery = latencies(({ q, prefix }) => corpus.search(q, {}, { limit: 10, prefix }), queries);

  const miniBuild = time(() => {
    const ms = new MiniSearch(miniOptions);
    ms.addAll(statements.map((s, id) => ({ id, ...s })));
    return JSON.stringify(ms);
  });
  const miniJson = miniBuild.value;
  const miniLoad = time(() => MiniSearch.loadJSON(miniJson, miniOptions));
  const mini = miniLoad.value;
  const miniQuery = latencies(
    ({ q, prefix }) => mini.search(q, { prefix: (_term, i, terms) => prefix && i === terms.length - 1 }).slice(0, 10),
    queries,
  );

  rows.push({
    size,
    build: [sadaBuild.ms, miniBuild.ms],
    bytes: [Buffer.byteLength(sadaJson) / size, Buffer.byteLength(miniJson) / size],
    load: [sadaLoad.ms, miniLoad.ms],
    p50: [sadaQuery.p50, miniQuery.p50],
    p99: [sadaQuery.p99, miniQuery.p99],
  });
}

console.log(`statements from ${base.from}; ${queries.length} queries (1/3 one word, 1/3 two words, 1/3 two words with the last half typed, prefix); latency = best of ${REPEATS} runs per query`);
printRatioTable(
  rows,
  [
    ['build (index + JSON)', 'build', 'ms'],
    ['index bytes / statement', 'bytes', 'B'],
    ['load (parse + ready)', 'load', 'ms'],
    ['query p50', 'p50', 'ms'],
    ['query p99', 'p99', 'ms'],
  ],
  'Sada',
  'MiniSearch',
);
const last = rows[rows.length - 1];
if (last) {
  const ok = last.p99[0] < 5 && last.p99[0] < last.p99[1] && last.bytes[0] <= last.bytes[1];
  console.log(`target at ${last.size.toLocaleString('en')}: p99 < 5 ms, faster than MiniSearch, index no larger → ${ok ? 'met' : 'NOT met'}`);
}
