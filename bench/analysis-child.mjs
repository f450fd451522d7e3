// One contender of bench/analysis.mjs in a process of its own: an analyzer
// bundle (argv[2], a file URL) or the regex floor (argv[2] = 'floor'). The
// parent sends { warm } once, then { size } per run, and gets back this
// process's CPU ms for that one run. Each contender has its own heap and its
// own compiled code, so no contender pays for the feedback, the deopts or the
// garbage another left behind (in one process, identical code measured second
// ran 12-23 % slower at 1 MB).
import { newsPage } from './news-page.mjs';

const [, , which, shared] = process.argv;
const page = newsPage(shared);

/** The floor: every word of the text matched by a regex and looked up in a set of 500 of the page's words. */
function regexFloor() {
  const words = [...new Set(page.match(/[\p{L}]+/gu))];
  const names = new Set(words.filter((_, i) => i % 7 === 0).slice(0, 500));
  return (text) => {
    let hits = 0;
    for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) if (names.has(m[0])) hits++;
    return hits;
  };
}

const fn = which === 'floor' ? regexFloor() : (await import(which)).analyze;
const run = (text) => fn(text, { stopEarly: false });
const texts = new Map();
const textOf = (size) => {
  if (!texts.has(size)) texts.set(size, page.repeat(Math.ceil(size / page.length)).slice(0, size));
  return texts.get(size);
};

/** Resolves once this process has had 20 ms with under 1 ms of CPU: its compiler's and collector's threads done. */
async function settled() {
  for (let i = 0; i < 50; i++) {
    const c0 = process.cpuUsage();
    await new Promise((res) => setTimeout(res, 20));
    const c = process.cpuUsage(c0);
    if (c.user + c.system < 1000) return;
  }
}

process.on('message', async (msg) => {
  if (msg.warm) {
    // Warm-up: the code optimized, the word caches filled. Long enough that the
    // compiler's and the collector's background threads (process CPU time counts
    // them) have settled before the first size: after 8 runs the first size
    // measured cost 1.3-1.5x its steady per-KB figure. Then over a megabyte: a
    // longer text is cut into parts other than the page's five, and the first
    // time the analyzer meets them some 30 functions deoptimize once (the first
    // 1 MB run cost 50-55 ms per 100 KB, the second 37, then 31).
    for (let i = 0; i < 30; i++) run(page);
    for (let i = 0; i < 2; i++) run(textOf(1_000_000));
    process.send({ warm: true });
    return;
  }
  const text = textOf(msg.size);
  // Below 1 MB the text is analyzed several times over in one run (0.1 MB: 5 times), the time per analysis sent.
  const times = Math.max(1, Math.round(500_000 / msg.size));
  // CPU time of this process: on a shared machine, what the analysis costs rather than how long it waited for a core.
  // Counted from a quiet process until it is quiet again, so that the work the
  // collector's and the compiler's threads do after a run is the run's: measured
  // up to the run's return, a process run twice in a row paid its first run's
  // tail in its second, and one whose tail fell while another ran paid nothing.
  await settled();
  const c0 = process.cpuUsage();
  for (let i = 0; i < times; i++) run(text);
  await settled();
  const c = process.cpuUsage(c0);
  process.send({ ms: (c.user + c.system) / 1000 / times });
});
process.send({ ready: true });
