// What the statement benchmarks (corpus.mjs, memory.mjs) share: options, a
// seeded generator, timing, percentiles, MiniSearch fed Sada's normalization,
// and the ratio table they print.
import { performance } from 'node:perf_hooks';

export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

/** Mulberry32: the same numbers every run. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Per query, the best of `repeats` runs (the machine is shared: the best run
 * is the query's own cost, the others add other processes' noise), then the
 * percentiles over queries. Both engines are measured the same way.
 */
export function latencies(run, queries, repeats = 3) {
  for (const q of queries.slice(0, 50)) run(q); // warm-up
  const ms = queries.map((q) => Math.min(...Array.from({ length: repeats }, () => time(() => run(q)).ms))).sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

/** MiniSearch with Sada's normalization: the same tokens, stopwords and stems. */
export function miniSearchOptions(sada) {
  const processTerm = (term) => (sada.isStopword(term) ? null : sada.termsOfWord(term));
  return {
    fields: ['context'],
    storeFields: ['kind', 'context', 'quoteStart', 'quoteEnd', 'speaker', 'date', 'outlet', 'source', 'title', 'conflict'],
    tokenize: (text) => sada.tokenize(text).map((t) => t.norm),
    processTerm,
    searchOptions: { processTerm, combineWith: 'OR' },
  };
}

const fmt = (v, unit) => (unit === 'B' ? `${Math.round(v)} B` : `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`);

/** Prints one markdown row per size and measure: Sada, the peer, and their ratio. `measures`: [label, key, 'ms' | 'B']. */
export function printRatioTable(rows, measures, sadaName, peerName) {
  console.log(`| statements | measure | ${sadaName} | ${peerName} | ${sadaName} / ${peerName} |`);
  console.log('| ---: | --- | ---: | ---: | ---: |');
  for (const r of rows) {
    for (const [name, key, unit] of measures) {
      const [a, b] = r[key];
      console.log(`| ${r.size.toLocaleString('en')} | ${name} | ${fmt(a, unit)} | ${fmt(b, unit)} | ${(a / b).toFixed(2)} |`);
    }
  }
}
