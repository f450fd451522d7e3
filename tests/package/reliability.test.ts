// The README's reliability table for the extension and the core: one row per
// kind of hostile-kinds.ts, each saying how many tests at least try it. More
// tests are fine; fewer (a test removed or renamed away) fail here.
// SADA_UPDATE_README=1 rewrites the table with today's counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countByKind, HOSTILE_KINDS, kindsTable } from './hostile-kinds';

const root = resolve(__dirname, '../..');
const readmePath = join(root, 'README.md');
const MARKS = /(<!-- reliability-table:kinds -->\n)([\s\S]*?)(<!-- \/reliability-table:kinds -->)/;

describe("the README's reliability table (extension and core)", () => {
  const counts = countByKind(join(root, 'tests'));

  it('every kind is tried by at least one test', () => {
    for (const k of HOSTILE_KINDS) expect(counts.get(k.kind), k.kind).toBeGreaterThan(0);
  });

  it('lists the kinds, each with no more tests than the suite has', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const table = MARKS.exec(readme);
    expect(table, 'the table markers in README.md').not.toBeNull();
    if (process.env.SADA_UPDATE_README) writeFileSync(readmePath, readme.replace(MARKS, `$1${kindsTable(counts)}\n$3`));
    const rows = table![2]!.trim().split('\n').slice(2).map((row) => row.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => cells[1])).toEqual(HOSTILE_KINDS.map((k) => k.kind));
    // Fewer than the README says: a test of that kind went away or no longer names it. Name it again (or
    // widen hostile-kinds.ts), or, if the kind is truly tried less now, rewrite the table (SADA_UPDATE_README=1).
    for (const cells of rows) expect(counts.get(cells[1]!), `${cells[1]}: tests found now vs the README`).toBeGreaterThanOrEqual(Number(cells[2]));
  });
});
