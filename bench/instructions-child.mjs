// One contender of bench/instructions.mjs, run under callgrind with its
// instrumentation off: warmed up as bench/analysis-child.mjs warms up (30
// analyses of the 100 KB page, then 2 of 1 MB), then the instrumentation is
// switched on (callgrind_control) for `runs` analyses of `size` characters only.
//   valgrind --tool=callgrind --instr-atstart=no node instructions-child.mjs BUNDLE_URL SHARED SIZE RUNS
import { execFileSync } from 'node:child_process';
import { newsPage } from './news-page.mjs';

const [, , bundle, shared, size, runs] = process.argv;
const page = newsPage(shared);
const textOf = (n) => page.repeat(Math.ceil(n / page.length)).slice(0, n);
const { analyze } = await import(bundle);
const run = (text) => analyze(text, { stopEarly: false });
for (let i = 0; i < 30; i++) run(page);
for (let i = 0; i < 2; i++) run(textOf(1_000_000));
const text = textOf(Number(size));
const instrument = (on) => execFileSync('callgrind_control', ['-i', on, String(process.pid)], { stdio: 'ignore' });
instrument('on');
for (let i = 0; i < Number(runs); i++) run(text);
instrument('off');
