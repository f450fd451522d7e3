// The analysis's cost in instructions (callgrind), beside a peer's: repeatable
// on a shared machine where bench/analysis.mjs's CPU times move by 10 % from
// run to run. Each contender's analyzer is bundled and run in a node of its own
// under valgrind, warmed up as bench/analysis.mjs warms up; only the analyses
// after the warm-up are counted (bench/instructions-child.mjs). With fewer
// warm-up runs (8 of the 100 KB page) the count was 1.7x the steady state's:
// V8 still compiling. Counts move by up to 1 % with what V8 inlines after a
// small change; the same code counted twice gives the same figure to 0.1 M.
// Needs valgrind (callgrind_control on the PATH). Contenders run two at a time.
//   node bench/instructions.mjs [--peer DIR]... [--sizes 0.1,1] [--runs 4,1]
import * as esbuild from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const peers = args.flatMap((a, i) => (a === '--peer' && args[i + 1] ? [resolve(args[i + 1])] : []));
const sizes = option('--sizes', '0.1,1').split(',').map((s) => Math.round(Number(s) * 1_000_000));
const runs = option('--runs', '4,1').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'sada-instructions-'));

async function bundleOf(dir, name) {
  const outfile = join(work, `${name}.mjs`);
  await esbuild.build({ entryPoints: [join(dir, 'src/core/analyze.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  return pathToFileURL(outfile).href;
}

/** Instructions counted for `n` analyses of `size` characters by the bundle. */
async function count(bundle, name, size, n) {
  const out = join(work, `${name}-${size}.out`);
  const node = ['node', '--single-threaded', '--predictable', '--no-memory-reducer', join(here, 'instructions-child.mjs'), bundle, join(root, '../shared'), String(size), String(n)];
  await promisify(execFile)('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, ...node], { maxBuffer: 1 << 26 });
  const totals = /^totals:\s*(\d+)/m.exec(readFileSync(out, 'utf8'));
  if (!totals) throw new Error(`no totals in ${out}`);
  return Number(totals[1]);
}

const contenders = [['this checkout', await bundleOf(root, 'this')]];
for (const [k, dir] of peers.entries()) contenders.push([`peer ${dir}`, await bundleOf(dir, `peer${k}`)]);
console.log('instructions of the analysis (callgrind, counted after the warm-up), millions');
for (const [s, size] of sizes.entries()) {
  const n = runs[s] ?? 1;
  const counts = [];
  for (let k = 0; k < contenders.length; k += 2) {
    counts.push(...(await Promise.all(contenders.slice(k, k + 2).map(([, bundle], j) => count(bundle, `c${k + j}`, size, n)))));
  }
  const cells = contenders.map(([name], k) => `${name} ${(counts[k] / 1e6).toFixed(1)}`);
  const ratios = counts.slice(1).map((c, k) => `${contenders[k + 1][0]} / this = ${(c / counts[0]).toFixed(3)}`);
  console.log(`  ${n} x ${(size / 1e6).toString()} MB: ${cells.join(' | ')}${ratios.length ? `  (${ratios.join('; ')})` : ''}`);
}
rmSync(work, { recursive: true, force: true });
