// One normalization table (data/normalization.json) behind every normalizer:
// the analyzer's, the phrase matcher's, the content check's fold and the
// language module's (the last two through generated literals, kept in step).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import table from '../../data/normalization.json';
import { normalizeArabic, normalizeText } from '../../src/core/text/normalize';
import { foldForKeywords } from '../../src/content/fold';
// @ts-expect-error: a plain .mjs script without types
import { foldTablesSource } from '../../scripts/fold-tables.mjs';

const root = join(__dirname, '../..');
const entries = (use: string) => table.letters.filter((e) => e.in.includes(use)).flatMap((e) => e.from.map((from) => [from, e.to] as const));

describe('data/normalization.json', () => {
  it('the generated literals are up to date with the table', () => {
    expect(readFileSync(join(root, 'src/core/fold.generated.ts'), 'utf8')).toBe(foldTablesSource(root));
  });

  it('the analyzer folds every "analysis" letter, drops every "analysis" mark, and maps digits', () => {
    for (const [from, to] of entries('analysis')) expect(normalizeArabic(`ب${from}ب`)).toBe(`ب${to}ب`);
    for (const e of table.dropped.filter((d) => d.in.includes('analysis'))) {
      for (const [a] of e.ranges) expect(normalizeArabic(`ب${String.fromCharCode(parseInt(a!, 16))}ت`)).toBe('بت');
    }
    expect(normalizeArabic('٢٠٢٤ و۱۹')).toBe('2024 و19');
  });

  it('the phrase matcher adds the "matcher" letters; the analyzer leaves them', () => {
    for (const [from, to] of entries('matcher')) {
      expect(normalizeText(`${from}لاديمير`)).toBe(`${to}لاديمير`);
      expect(normalizeArabic(from)).toBe(from);
    }
  });

  it('the content check folds exactly the "gate" letters', () => {
    const gate = new Map(entries('gate'));
    for (const [from, to] of entries('analysis')) expect(foldForKeywords(from)).toBe(gate.get(from) ?? from);
    for (const [from, to] of gate) expect(foldForKeywords(`ك${from}`)).toBe(`ك${to}`);
  });
});
