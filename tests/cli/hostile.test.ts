// Every hostile input of hostile-cases.ts, run as a real process: it ends
// (no hang), without a crash (no internal error, no stack), with one clear line
// or a result, and nothing it prints holds a raw control character. The README's
// reliability table must be the one these cases give.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../support/cli-bundle';
import { HOSTILE_CASES, makeWorkspace, reliabilityTable, type Workspace } from './hostile-cases';

const root = resolve(__dirname, '../..');
let cli: CliBundle;
let workspace: Workspace;

beforeAll(async () => {
  cli = await bundleCli('cli-hostile');
  workspace = makeWorkspace(mkdtempSync(join(tmpdir(), 'sada-cli-hostile-')), (src, out) => {
    const r = cli.run(['corpus', 'build', src, out]);
    if (r.code !== 0) throw new Error(`could not build the test index: ${r.err}`);
  });
}, 60_000);

afterAll(() => {
  rmSync(workspace.dir, { recursive: true, force: true });
  cli.remove();
});

/** Any control character but the line feed (and no ANSI colour: NO_COLOR, not a terminal). */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe('the command line on hostile input', { timeout: 60_000 }, () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.kind}: ${c.what}`, () => {
      const r = cli.run(c.args(workspace), c.input, 20_000);
      expect(r.code, `ended (status null: killed after 20 s)\n${r.err}`).not.toBeNull();
      expect(r.err).not.toMatch(/internal error|\n\s+at /);
      expect(r.out).not.toMatch(RAW_CONTROL);
      expect(r.err).not.toMatch(RAW_CONTROL);
      if (c.outcome === 'error') {
        expect([1, 2]).toContain(r.code);
        expect(r.out).toBe('');
        expect(r.err.trim().split('\n')).toHaveLength(1);
        expect(r.err.trim()).toMatch(c.says ?? /./);
      } else {
        expect(r.code, r.err).toBe(0);
        c.check?.(r.out);
      }
    });
  }
});

describe("the README's reliability table", () => {
  it('is the one the cases give (SADA_UPDATE_README=1 rewrites it)', () => {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const marks = /(<!-- reliability-table:cli -->\n)[\s\S]*?(<!-- \/reliability-table:cli -->)/;
    expect(readme).toMatch(marks);
    const updated = readme.replace(marks, `$1${reliabilityTable()}\n$2`);
    if (process.env.SADA_UPDATE_README && updated !== readme) writeFileSync(readmePath, updated);
    expect(readme).toBe(updated);
  });
});
