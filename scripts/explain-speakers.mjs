// Which rule decided each speaker? Bundles src/core/explain-speakers.ts (a dev
// entry of core) and, for each gold direct quote of the given sets, finds the
// quote rule of src/core/speakers/rules and the subject rule of the governing
// cue; prints a tally per rule pair (right / wrong / no speaker) and, with -v,
// each quote whose speaker is not the gold one.
//   node scripts/explain-speakers.mjs [-v] DIR...       (gold sets)
//   node scripts/explain-speakers.mjs --text < file.txt  (one text: every quote and cue)
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const dirs = args.filter((a) => !a.startsWith('-'));
if (dirs.length === 0 && !args.includes('--text')) {
  console.error('usage: node scripts/explain-speakers.mjs [-v] GOLD_DIR...  |  --text < FILE');
  process.exit(2);
}

mkdirSync(join(root, 'dist'), { recursive: true });
const bundle = join(root, 'dist', `.explain-speakers-${process.pid}.mjs`);
await esbuild.build({ entryPoints: [join(root, 'src/core/explain-speakers.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
let explainSpeakers;
try {
  ({ explainSpeakers } = await import(pathToFileURL(bundle).href));
} finally {
  rmSync(bundle, { force: true });
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const short = (s) => s.replace(/\s+/g, ' ').slice(0, 40);

if (args.includes('--text')) explainOne(readFileSync(0, 'utf8'));
else explainGold(dirs);

function explainOne(text) {
  const { quotes, subjects } = explainSpeakers(text);
  for (const s of subjects) console.log(`cue @${s.at} «${short(text.slice(s.at, s.at + 40))}» subject rule: ${s.rule}`);
  for (const { quote: q, quoteRule, subjectRule } of quotes) {
    console.log(`${q.kind} «${short(text.slice(q.start, q.end))}» → ${q.speaker ? `${q.speaker.id ?? '(no id)'} «${q.speaker.name}»` : 'NO SPEAKER'}  [${quoteRule} / ${subjectRule}]`);
  }
}

/** Where the gold's n-th occurrence of `s` is. */
function occurrence(text, s, n = 1) {
  let at = -1;
  for (let i = 0; i < n; i++) if ((at = text.indexOf(s, at + 1)) < 0) return null;
  return { start: at, end: at + s.length };
}

function goldMentions(gold, text) {
  const out = [];
  for (const a of gold.actors ?? []) {
    for (const s of [...(a.surfaces ?? []), ...(a.optional ?? [])]) {
      for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push({ key: a.key, start: at, end: at + s.length });
    }
  }
  return out;
}

function explainGold(dirs) {
  const tally = new Map();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (typeof gold.text !== 'string') continue;
      const { conflictNews, quotes } = explainSpeakers(gold.text);
      if (!conflictNews) continue;
      const mentions = goldMentions(gold, gold.text);
      for (const g of gold.quotes ?? []) {
        if (g.kind !== 'direct' || g.speaker == null) continue;
        const span = occurrence(gold.text, g.text, g.occurrence ?? 1);
        const found = span && quotes.find((e) => e.quote.kind === 'direct' && overlaps(e.quote, span));
        if (!found) continue;
        const right = found.speakerSpans.some((m) => mentions.some((gm) => gm.key === g.speaker && overlaps(m, gm)));
        const key = `${found.quoteRule} / ${found.subjectRule}`;
        const t = tally.get(key) ?? { right: 0, wrong: 0, none: 0 };
        const sp = found.quote.speaker;
        t[right ? 'right' : sp ? 'wrong' : 'none']++;
        tally.set(key, t);
        if (verbose && !right) console.log(`${file}\t${key}\t${sp ? `${sp.id ?? '(no id)'} «${sp.name}»` : 'NO SPEAKER'} for ${g.speaker}\t«${short(g.text)}»`);
      }
    }
  }
  console.log('quote rule / subject rule\tright\twrong\tnone');
  for (const [k, t] of [...tally].sort((a, b) => b[1].wrong + b[1].none - (a[1].wrong + a[1].none))) console.log(`${k}\t${t.right}\t${t.wrong}\t${t.none}`);
}
