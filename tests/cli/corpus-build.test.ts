// `sada corpus build`: its arguments are checked before any article is read,
// and its summary counts what it wrote in bytes.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../support/cli-bundle';
import { ARTICLE } from './hostile-cases';

let work: string;
let src: string;
let cli: CliBundle;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sada-corpus-build-'));
  src = join(work, 'src');
  mkdirSync(src);
  writeFileSync(join(src, 'a.txt'), ARTICLE);
  writeFileSync(join(src, 'b.txt'), ARTICLE.replace('بيسكوف', 'المتحدث'));
  cli = await bundleCli('cli-corpus-build');
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cli.remove();
});

describe('sada corpus build', () => {
  it('reports the bytes it wrote (Arabic: about twice the characters)', () => {
    const out = join(work, 'index.json');
    const r = cli.run(['corpus', 'build', src, out]);
    expect(r.code).toBe(0);
    const bytes = Number(/, (\d+) bytes → /.exec(r.err)?.[1]);
    expect(bytes).toBe(statSync(out).size);
  });

  it('a bad --meta, a bad OUT: one line, and no article read (no progress line)', () => {
    for (const args of [
      ['--meta', join(work, 'articles.jsn'), src, join(work, 'o.json')],
      [src, join(work, 'o.json'), '--meta'],
      [src, join(work, 'missing', 'o.json')],
    ]) {
      const r = cli.run(['corpus', 'build', ...args]);
      expect(r.code).not.toBe(0);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/corpus: \d+\/\d+ articles/);
    }
  });

  it('a --meta naming a file that exists is used (outlet and date reach the index)', () => {
    const meta = join(work, 'meta.json');
    writeFileSync(meta, JSON.stringify([{ file: 'a.txt', outlet: 'وكالة الاختبار', date: '2024-02-29' }]));
    const out = join(work, 'with-meta.json');
    expect(cli.run(['corpus', 'build', '--meta', meta, src, out]).code).toBe(0);
    const r = cli.run(['search', '', '--from', '2024-02-29', '--to', '2024-02-29', '--json', '--index', out]);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out).results as Array<{ sources: Array<{ outlet: string }> }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((h) => h.sources[0]!.outlet === 'وكالة الاختبار')).toBe(true);
  });
});
