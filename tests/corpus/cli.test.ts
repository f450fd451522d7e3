// `sada corpus build`, `sada search`, `sada related` as real processes on a fresh bundle.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { buildCorpus, statementsFromArticle } from '../../src/core/corpus/build';
import { loadCorpus } from '../../src/core/corpus/segment';
import { bundleCli, type CliBundle } from '../support/cli-bundle';
import { PESKOV, ZAKHAROVA, statement } from './helpers';

const root = resolve(__dirname, '../..');
const shared = resolve(root, '../shared/corpus');
let work: string;
let cli: CliBundle;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sada-corpus-cli-'));
  cli = await bundleCli('corpus-cli-test');
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cli.remove();
});

const run = (args: string[]) => cli.run(args);

describe('sada corpus build', { timeout: 60_000 }, () => {
  it('indexes good articles with their metadata, reports bad files by name and skips them', () => {
    const src = join(work, 'articles');
    mkdirSync(src);
    const good = ['002_b6a035201fa0cd3b.txt', '004_fb60e839b2377a98.txt'];
    for (const f of good) copyFileSync(join(shared, f), join(src, f));
    writeFileSync(join(src, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(src, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0]));
    writeFileSync(join(src, 'empty.html'), '<html><body><nav></nav></body></html>');
    writeFileSync(join(src, 'articles.json'), JSON.stringify([
      { file: good[0], outlet: 'Sputnik', date: '2023-09-19', url: 'https://sputnik.example/a' },
      { file: good[1], outlet: 'RT Arabic', date: '2023-09-20' },
    ]));
    const out = join(work, 'index.json');
    const r = run(['corpus', 'build', src, out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/skipped binary\.txt: binary/);
    expect(r.err).toMatch(/skipped latin1\.txt: not valid UTF-8/);
    expect(r.err).toMatch(/skipped empty\.html/);
    expect(r.err).toMatch(/corpus: 2 articles, \d+ statements/);
    // Exactly the statements the analyzer finds in the good files, with their metadata.
    const expected = good.flatMap((f, i) => {
      const text = readFileSync(join(shared, f), 'utf8');
      const meta = i === 0 ? { file: f, outlet: 'Sputnik', date: '2023-09-19', url: 'https://sputnik.example/a' } : { file: f, outlet: 'RT Arabic', date: '2023-09-20' };
      return statementsFromArticle(text, analyze(text, { stopEarly: false }), meta);
    });
    const index = loadCorpus(JSON.parse(readFileSync(out, 'utf8')));
    expect(index.size).toBe(expected.length);
    expect(Array.from({ length: index.size }, (_, i) => index.statement(i))).toEqual(expected);
  });

  it('refuses a missing folder unless told to write an empty corpus', () => {
    const out = join(work, 'empty.json');
    expect(run(['corpus', 'build', join(work, 'nope'), out]).code).toBe(1);
    const r = run(['corpus', 'build', '--allow-missing', join(work, 'nope'), out]);
    expect(r.code).toBe(0);
    expect(loadCorpus(JSON.parse(readFileSync(out, 'utf8'))).size).toBe(0);
  });
});

describe('sada search / related', { timeout: 60_000 }, () => {
  let index: string;
  beforeAll(() => {
    index = join(work, 'handmade.json');
    writeFileSync(index, JSON.stringify(buildCorpus([
      statement('نحن مقتنعون بأنه يجب ضمان جميع حقوق وأمن السكان الأرمن في قره باغ', { speaker: PESKOV, source: 'https://rt.example/1' }),
      statement('ندعو الطرفين المتنازعين إلى وقف إراقة الدماء فورا', { speaker: ZAKHAROVA, source: 'https://rt.example/2', date: '2023-09-18' }),
      statement('لا مفاوضات مع كييف في الوقت الحالي', { speaker: PESKOV, conflict: 'russia-ukraine', source: 'https://rt.example/3' }),
    ])));
  });

  it('searches with Arabic-aware matching and prints JSON with the matched words', () => {
    const r = run(['search', 'والسكان الارمن', '--index', index, '--json']);
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.out);
    expect(results).toHaveLength(1);
    expect(results[0].matchedWords).toEqual(expect.arrayContaining(['السكان', 'الأرمن']));
  });

  it('filters by speaker and conflict, and lists by filter alone', () => {
    const bySpeaker = JSON.parse(run(['search', '', '--speaker', 'dmitry-peskov', '--index', index, '--json']).out);
    expect(bySpeaker.results).toHaveLength(2);
    const byConflict = JSON.parse(run(['search', '', '--speaker', 'dmitry-peskov', '--conflict', 'russia-ukraine', '--index', index, '--json']).out);
    expect(byConflict.results.map((h: { statement: { context: string } }) => h.statement.context)).toEqual([expect.stringContaining('كييف')]);
    const human = run(['search', 'كييف', '--index', index]);
    expect(human.out).toMatch(/بيسكوف \(dmitry-peskov\)/);
  });

  it('reports bad usage and a bad index clearly', () => {
    expect(run(['search', '--index', index]).code).toBe(2);
    expect(run(['search', 'x', '--conflict', 'atlantis', '--index', index]).err).toMatch(/unknown conflict/);
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"format":"sada-corpus","version":7}');
    const r = run(['search', 'x', '--index', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unsupported corpus version 7/);
  });

  it('related: runs the analyzer on a file and answers from the index', () => {
    const r = run(['related', join(shared, '004_fb60e839b2377a98.txt'), '--index', index, '--json']);
    expect(r.code).toBe(0);
    const { page, results } = JSON.parse(r.out);
    expect(Array.isArray(results)).toBe(true);
    // Whatever the analyzer finds, every result is by one of the page's speakers or on one of its conflicts.
    const conflicts = page.conflicts.map((c: { id: string }) => c.id);
    for (const hit of results) expect(page.speakers.includes(hit.statement.speaker?.id) || conflicts.includes(hit.statement.conflict)).toBe(true);
  });
});
