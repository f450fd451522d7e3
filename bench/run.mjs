// Runs every benchmark, one after another, each printing its own ratios
// against a peer measured in the same run. `npm run bench [-- --quick]`.
// Builds first: bench/content.mjs loads dist/chromium into Chromium.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
const steps = [
  ['build', ['build.mjs']],
  ['analyzer and language detection (vs franc-min)', ['bench/language.mjs', ...extra]],
  ['one long text without line breaks beside it with them: findActors and analyze', ['bench/long-text.mjs', ...(extra.includes('--quick') ? ['--sizes', '1'] : [])]],
  ['content script: check and highlighting (vs franc-min, mark.js)', ['bench/content.mjs', ...extra]],
  ['the gate on pages left alone (vs a do-nothing extension) and its precision', ['bench/gate.mjs', ...extra]],
  ['statement index (vs MiniSearch)', ['bench/corpus.mjs', ...(extra.includes('--quick') ? ['--sizes', '1000,10000'] : [])]],
  ['the reader\'s memory (vs MiniSearch)', ['bench/memory.mjs', ...(extra.includes('--quick') ? ['--sizes', '1000,10000'] : [])]],
];
let failed = 0;
for (const [title, args] of steps) {
  console.log(`\n=== ${title}`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(`(${args[0]} exited ${run.status ?? run.signal})`);
  }
}
process.exit(failed ? 1 : 0);
