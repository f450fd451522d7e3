// The analysis itself, in Node: ms per 100 KB of Arabic news at 0.1, 1 and 5 MB
// (issue 11: at most 30, the same at every size), beside two peers measured in
// the same run, runs alternating so that the machine's load falls on all alike:
//   - the floor: a plain regex scan of the same text (every word looked up in a
//     set of 500 names), what any analysis must pay at least;
//   - with `--peer DIR` (repeatable), the analyzer of another checkout (e.g. the main branch's).
// `node bench/analysis.mjs [--quick] [--peer DIR]... [--sizes 0.1,1,5]`
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newsPage } from './news-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const peerDirs = args.flatMap((a, i) => (a === '--peer' && args[i + 1] ? [args[i + 1]] : []));
const sizes = (option('--sizes') ?? (quick ? '0.1,1' : '0.1,1,5')).split(',').map((s) => Math.round(Number(s) * 1_000_000));
const work = mkdtempSync(join(tmpdir(), 'sada-analysis-'));

async function analyzerOf(dir, name) {
  const outfile = join(work, `${name}.mjs`);
  await esbuild.build({ entryPoints: [join(dir, 'src/core/analyze.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)).analyze;
}


/** The floor: every word of the text matched by a regex and looked up in a set. */
function regexFloor(names) {
  return (text) => {
    let hits = 0;
    for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) if (names.has(m[0])) hits++;
    return hits;
  };
}

const page = newsPage(join(root, '../shared'));
const contenders = [['this checkout', await analyzerOf(root, 'this')]];
for (const [k, dir] of peerDirs.entries()) contenders.push([`peer ${dir}`, await analyzerOf(resolve(dir), `peer${k}`)]);
const words = [...new Set(page.match(/[\p{L}]+/gu))];
contenders.push(['floor: regex word scan', regexFloor(new Set(words.filter((_, i) => i % 7 === 0).slice(0, 500)))]);

const run = (fn, text) => fn(text, { stopEarly: false });
// Warm-up, alternating: the code optimized, the word caches filled. Long enough
// that the compiler's and the collector's background threads (process CPU time
// counts them) have settled before the first size: after 8 runs the first size
// measured, whichever it was, cost 1.3-1.5x its steady per-KB figure.
for (let i = 0; i < 30; i++) for (const [, fn] of contenders) run(fn, page);
// …and over a megabyte: a longer text is cut into parts other than the page's five, and parts
// the compiler has not seen cost it again (--trace-deopt: some 30 functions deoptimized in the first
// 1 MB run, on a map, a read out of bounds or feedback the page never gave). Without this the first
// 1 MB run cost 50-55 ms per 100 KB, the second 37, then 31: the 1 MB median sat ~5 ms above the rest.
const megabyte = page.repeat(10).slice(0, 1_000_000);
for (let i = 0; i < 2; i++) for (const [, fn] of contenders) run(fn, megabyte);
console.log(`analysis in Node, CPU ms per 100 KB of Arabic news (median; runs alternate between contenders)`);
for (const size of sizes) {
  const text = page.repeat(Math.ceil(size / page.length)).slice(0, size);
  const runs = size >= 5_000_000 ? 3 : size >= 1_000_000 ? (quick ? 3 : 5) : quick ? 7 : 15;
  const times = contenders.map(() => []);
  for (let r = 0; r < runs; r++) {
    contenders.forEach(([, fn], k) => {
      // CPU time of this process: on a shared machine, what the analysis costs rather than how long it waited for a core.
      const c0 = process.cpuUsage();
      run(fn, text);
      const c = process.cpuUsage(c0);
      times[k].push((c.user + c.system) / 1000);
    });
  }
  const perHundred = times.map((t) => (median(t) * 100_000) / size);
  const cells = contenders.map(([name], k) => `${name} ${perHundred[k].toFixed(1)}`);
  const ratios = perHundred.slice(1).map((v, k) => `${contenders[k + 1][0]} / this = ${(v / perHundred[0]).toFixed(2)}`);
  console.log(`  ${(size / 1e6).toString().padEnd(3)} MB: ${cells.join(' | ')}  (${ratios.join('; ')})`);
}
rmSync(work, { recursive: true, force: true });

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
