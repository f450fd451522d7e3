// One long text without line breaks, beside the same text with them: CPU ms per
// 100 KB of findActors (the whole text at once) and of analyze (cut into parts)
// at 1 and 4 MB. bench/analysis.mjs's page repeated; its one-paragraph form has
// every line break replaced by a space (the same length). A search that walks the
// whole text back from every mention or every part (as dateline once did: 4 MB
// of one paragraph 43.6 s, 1 MB 2.1 s) shows as a paragraph figure far above the
// line-break one and growing from 1 MB to 4 MB; linear code gives about the same
// figure in all four cells. Each analyzer (this checkout, then each `--peer DIR`)
// runs in a child process of its own.
//   node bench/long-text.mjs [--peer DIR]... [--sizes 1,4]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newsPage } from './news-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

if (option('--child')) await measure(option('--child'), option('--sizes'));
else await main();

async function main() {
  const peerDirs = args.flatMap((a, i) => (a === '--peer' && args[i + 1] ? [args[i + 1]] : []));
  const sizes = option('--sizes') ?? '1,4';
  const work = mkdtempSync(join(tmpdir(), 'sada-long-text-'));
  console.log('one long text: CPU ms per 100 KB, with line breaks | one paragraph (paragraph / lines)');
  for (const [name, dir] of [['this checkout', root], ...peerDirs.map((d) => [`peer ${d}`, resolve(d)])]) {
    const outfile = join(work, `${name.replace(/\W+/g, '-')}.mjs`);
    const contents = `export { analyze } from './src/core/analyze';\nexport { findActors } from './src/core/actors';\n`;
    await esbuild.build({ stdin: { contents, resolveDir: dir, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
    console.log(`${name}:`);
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', pathToFileURL(outfile).href, '--sizes', sizes], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(out);
  }
  rmSync(work, { recursive: true, force: true });
}

/** In the child: one analyzer's figures. */
async function measure(bundle, sizes) {
  const { analyze, findActors } = await import(bundle);
  const page = newsPage(join(root, '../shared'));
  const stages = [
    ['findActors', (text) => findActors(text)],
    ['analyze', (text) => analyze(text, { stopEarly: false })],
  ];
  // Warm-up: the code optimized over the page and over a megabyte of each form.
  for (let i = 0; i < 10; i++) for (const [, fn] of stages) fn(page);
  const mb = page.repeat(10).slice(0, 1_000_000);
  for (const [, fn] of stages) for (const text of [mb, mb.replace(/\n/g, ' ')]) fn(text);
  for (const [stage, fn] of stages) {
    for (const size of sizes.split(',').map((s) => Math.round(Number(s) * 1_000_000))) {
      const lines = page.repeat(Math.ceil(size / page.length)).slice(0, size);
      const paragraph = lines.replace(/\n/g, ' ');
      const runs = size >= 2_000_000 ? 2 : 3;
      const per = [lines, paragraph].map((text) => {
        let best = Infinity;
        // The fastest of a few runs: a quadratic slip costs every run, noise only some.
        for (let r = 0; r < runs; r++) {
          const c0 = process.cpuUsage();
          fn(text);
          const c = process.cpuUsage(c0);
          best = Math.min(best, (c.user + c.system) / 1000);
        }
        return (best * 100_000) / size;
      });
      console.log(`  ${stage.padEnd(10)} ${(size / 1e6).toString().padEnd(3)} MB: lines ${per[0].toFixed(1)} | one paragraph ${per[1].toFixed(1)}  (${(per[1] / per[0]).toFixed(2)})`);
    }
  }
}
