// Where the analysis spends its time, stage by stage and rule by rule, over
// bench/analysis.mjs's 100 KB news page (analyzed in its parts, as analyze()
// does): each stage of the pipeline (analyze.ts analyzeWhole, repeated here
// with a clock around each call) and each rule of the person rules, the
// subject rules and the quote rules (their `apply` wrapped with a clock; a
// rule's time excludes the rules it runs inside it, such as a subject read
// again from another word). Wall-clock time, so run it on a quiet machine;
// the shares matter more than the milliseconds. The clocks themselves cost
// a little: the total is a few per cent above bench/analysis.mjs's.
//   node bench/rule-costs.mjs [--runs 20] [--top 25]
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newsPage } from './news-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option('--runs', 20);
const top = option('--top', 25);
const work = mkdtempSync(join(tmpdir(), 'sada-rule-costs-'));

// The pipeline's stages, imported one by one (keep in step with analyze.ts analyzeWhole).
const entry = `
export { analysisParts } from './src/core/parts';
export { detectLanguage } from './src/core/language';
export { readDocument } from './src/core/text/document';
export { mainArticleRanges } from './src/core/regions';
export { findActors, defaultActorFinder } from './src/core/actors';
export { scoreConflicts } from './src/core/conflicts';
export { findQuotations, findQuotes } from './src/core/quotes';
export { attributeSpeakers, addSpeakersToActors } from './src/core/speakers';
export { PERSON_RULES } from './src/core/persons/rules';
export { SUBJECT_RULES } from './src/core/speakers/subject/rules';
export { QUOTE_RULES } from './src/core/speakers/rules';
`;
const outfile = join(work, 'stages.mjs');
await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
const core = await import(pathToFileURL(outfile).href);

/** Time and calls per name, and the names being timed (a timed call's time excludes the timed calls inside it). */
const spent = new Map();
const calls = new Map();
const stack = [];
function timed(name, fn) {
  const t0 = performance.now();
  stack.push(0);
  try {
    return fn();
  } finally {
    const inner = stack.pop();
    const total = performance.now() - t0;
    spent.set(name, (spent.get(name) ?? 0) + total - inner);
    calls.set(name, (calls.get(name) ?? 0) + 1);
    if (stack.length > 0) stack[stack.length - 1] += total;
  }
}

for (const [group, rules] of [['person rule', core.PERSON_RULES], ['subject rule', core.SUBJECT_RULES], ['quote rule', core.QUOTE_RULES]]) {
  for (const rule of rules) {
    const apply = rule.apply;
    rule.apply = (...a) => timed(`${group}: ${rule.name}`, () => apply.apply(rule, a));
  }
}

function analyzePart(text) {
  const language = timed('stage: language', () => core.detectLanguage(text));
  if (language !== 'ar') return;
  const finder = core.defaultActorFinder();
  const doc = timed('stage: read document', () => core.readDocument(text));
  const regions = timed('stage: regions', () => core.mainArticleRanges(text));
  const actors = timed('stage: actors (without person rules)', () => core.findActors(text, finder, doc));
  timed('stage: conflicts', () => core.scoreConflicts(text, regions, actors, doc, finder));
  const quotations = timed('stage: quotations', () => core.findQuotations(text, doc));
  const raw = timed('stage: quotes', () => core.findQuotes(text, quotations, doc.lines));
  const quotes = timed('stage: speakers (without subject and quote rules)', () => core.attributeSpeakers(text, raw, actors, quotations, doc.lines));
  timed('stage: speakers → actors', () => core.addSpeakersToActors(text, actors, quotes));
}

const page = newsPage(join(root, '../shared'));
const parts = core.analysisParts(page).map((p) => page.slice(p.start, p.end));
for (let r = 0; r < 10; r++) for (const part of parts) analyzePart(part);
spent.clear();
calls.clear();
const t0 = performance.now();
for (let r = 0; r < runs; r++) for (const part of parts) analyzePart(part);
const total = performance.now() - t0;
const rows = [...spent].sort((a, b) => b[1] - a[1]);
console.log(`ms per 100 KB (wall clock, ${runs} runs of the ${parts.length} parts of bench/analysis.mjs's page; total ${(total / runs).toFixed(1)} ms)`);
console.log('      ms     %    calls  µs/call');
for (const [name, ms] of rows.slice(0, top)) {
  const n = calls.get(name) / runs;
  console.log(`  ${(ms / runs).toFixed(2).padStart(6)} ${((100 * ms) / total).toFixed(1).padStart(5)} ${n.toFixed(0).padStart(8)} ${((1000 * ms) / runs / n).toFixed(1).padStart(8)}  ${name}`);
}
const rest = rows.slice(top).reduce((s, [, ms]) => s + ms, 0);
if (rows.length > top) console.log(`  ${(rest / runs).toFixed(2).padStart(6)} ${((100 * rest) / total).toFixed(1).padStart(5)}                    the other ${rows.length - top}`);
rmSync(work, { recursive: true, force: true });

