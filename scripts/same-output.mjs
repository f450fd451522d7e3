// Does a change to the analyzer keep its output identical? Runs
// `node dist/cli.mjs analyze --json` of this checkout and of a reference build
// (e.g. main's, built in a folder outside the project) over every gold text
// (../shared/eval/dev, tests/eval, tests/eval-fresh, tests/eval-blind2, 4, 6, 7 and 8),
// the shared corpus's articles, the own test pages (tests/pages/own, with --html),
// a long text made of the gold texts and bench/analysis.mjs's 100 KB news page
// (both analyzed in parts), and prints every difference.
//   node scripts/same-output.mjs --ref DIR [--jobs 2]
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { newsPage } from '../bench/news-page.mjs';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const refDir = option('--ref');
if (!refDir) {
  console.error('usage: node scripts/same-output.mjs --ref DIR [--jobs N]  (DIR: a built checkout to compare with)');
  process.exit(2);
}
const jobs = Number(option('--jobs') ?? 2);
const work = mkdtempSync(join(tmpdir(), 'sada-same-'));

/** Every input: [name, file, extra CLI args]. */
function inputs() {
  const out = [];
  const goldDirs = [join(root, '../shared/eval/dev'), ...['eval', 'eval-fresh', 'eval-blind2', 'eval-blind4', 'eval-blind6', 'eval-blind7', 'eval-blind8', 'eval-blind9', 'eval-blind10'].map((d) => join(root, 'tests', d))];
  const texts = [];
  for (const dir of goldDirs) {
    for (const f of list(dir).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (typeof gold.text !== 'string') continue;
      const file = join(work, `${out.length}.txt`);
      writeFileSync(file, gold.text);
      texts.push(gold.text);
      out.push([`${dir.split('/').slice(-2).join('/')}/${f}`, file, []]);
    }
  }
  const corpus = join(root, '../shared/corpus');
  for (const f of list(corpus).filter((f) => f.endsWith('.txt'))) out.push([`shared/corpus/${f}`, join(corpus, f), []]);
  const pages = join(root, 'tests/pages/own');
  for (const f of list(pages).filter((f) => f.endsWith('.html'))) out.push([`pages/own/${f}`, join(pages, f), ['--html']]);
  // A long text: every gold text in turn up to 300 KB, analyzed in parts.
  let long = '';
  for (let k = 0; long.length < 300_000; k++) long += `${texts[k % texts.length]}\n\n`;
  const longFile = join(work, 'long.txt');
  writeFileSync(longFile, long);
  out.push(['long text (300 KB of gold texts)', longFile, []]);
  const benchFile = join(work, 'bench.txt');
  writeFileSync(benchFile, newsPage(join(root, '../shared')));
  out.push(["bench/analysis.mjs's 100 KB news page", benchFile, []]);
  return out;
}

function list(dir) {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

async function analyzeWith(dir, file, extra) {
  try {
    const { stdout } = await run('node', [join(dir, 'dist/cli.mjs'), 'analyze', '--json', ...extra, file], { maxBuffer: 256 << 20 });
    return stdout;
  } catch (e) {
    return `FAILED: ${e.stderr || e.message}`;
  }
}

/** The first differing line of two JSON outputs, for the report. */
function firstDifference(a, b) {
  const x = JSON.stringify(JSON.parse(a), null, 1).split('\n');
  const y = JSON.stringify(JSON.parse(b), null, 1).split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `line ${i}: ref ${x[i]?.trim()} | this ${y[i]?.trim()}`;
  return 'same after parsing';
}

const all = inputs();
let differing = 0;
let next = 0;
async function worker() {
  while (next < all.length) {
    const [name, file, extra] = all[next++];
    const [ref, mine] = await Promise.all([analyzeWith(resolve(refDir), file, extra), analyzeWith(root, file, extra)]);
    if (ref === mine) continue;
    differing++;
    let why;
    try {
      why = firstDifference(ref, mine);
    } catch {
      why = `${ref.slice(0, 200)} | ${mine.slice(0, 200)}`;
    }
    console.log(`DIFFERS ${name}: ${why}`);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
rmSync(work, { recursive: true, force: true });
console.log(`${all.length} inputs, ${differing} differ from ${refDir}`);
process.exit(differing ? 1 : 0);
