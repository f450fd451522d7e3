// How many of the ordinary people a text names does the analyzer find, whole? Reads name sets of the form
// [{ "id", "text", "persons": ["as printed at the first full mention"] }] (tests/eval-names/*.json), runs
// `node dist/cli.mjs analyze --json` on each text and counts a person found when a person actor has a mention
// with exactly that span; a person with no id that none of the listed names holds is one found wrongly.
//   node scripts/name-recall.mjs [-v] [FILE...]   (default: every tests/eval-names/*.json)
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const dir = join(root, 'tests/eval-names');
const files = args.filter((a) => a !== '-v');
const sets = files.length > 0 ? files : readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
const work = mkdtempSync(join(tmpdir(), 'sada-names-'));
let found = 0, missed = 0, wrong = 0;
try {
  for (const file of sets) {
    for (const c of JSON.parse(readFileSync(file, 'utf8'))) {
      const path = join(work, 'text.txt');
      writeFileSync(path, c.text);
      const out = JSON.parse((await run('node', [join(root, 'dist/cli.mjs'), 'analyze', '--json', path], { maxBuffer: 1 << 26 })).stdout);
      const persons = (out.actors ?? []).filter((a) => a.type === 'person');
      const holds = (a, at, len) => (a.mentions ?? []).some((m) => m.start === at && m.end === at + len);
      for (const name of c.persons) {
        const at = c.text.indexOf(name);
        if (persons.some((a) => holds(a, at, name.length))) found++;
        else {
          missed++;
          if (verbose) console.log(`missed ${c.id}: «${name}»`);
        }
      }
      for (const a of persons) {
        const m = a.mentions?.[0];
        const said = m ? c.text.slice(m.start, m.end) : '';
        if (a.id == null && !c.persons.some((p) => p.includes(said) || said.includes(p))) {
          wrong++;
          if (verbose) console.log(`wrong ${c.id}: «${said}»`);
        }
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify({ persons: found + missed, recall: Math.round((found / Math.max(1, found + missed)) * 1000) / 1000, missed, wrongPersons: wrong }));
