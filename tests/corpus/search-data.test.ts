import { describe, expect, it } from 'vitest';
import search from '../../data/search.json';
import { normalizeWord, termsOfWord, isStopword } from '../../src/core/corpus/text';

// data/search.json is matched against normalized words as it stands: a form
// written with ة, أ or ى would silently never match.
describe('data/search.json', () => {
  it('writes every form already normalized', () => {
    for (const list of [search.articlePrefixes, search.suffixes, search.shortSuffixes, search.stopwords]) {
      for (const form of list) expect(normalizeWord(form), form).toBe(form);
    }
  });

  it('lists article clusters and suffixes longest first (the first that fits is stripped)', () => {
    for (const list of [search.articlePrefixes, search.suffixes]) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.length, list[i]).toBeLessThanOrEqual(list[i - 1]!.length);
    }
  });

  it('drives the stemmer and the stop words', () => {
    expect(isStopword('في')).toBe(true);
    expect(termsOfWord('والتصريحات')[0]).toBe('تصريح');
  });
});
