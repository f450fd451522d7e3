// One lexicon: the word lists of data/ are loaded and normalized in one module
// (src/core/lexicon.ts); the stages take them from there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultActorFinder } from '../../src/core/finder';
import { lexicon } from '../../src/core/lexicon';
import { COMPLEMENT_HEADS, NOT_NAME_WORDS } from '../../src/core/speakers/model';
import { TITLE_LINKERS } from '../../src/core/speakers/names';
import { normalizeText } from '../../src/core/text/normalize';

const WORD_LISTS = ['roles.json', 'speech-verbs.json', 'ambiguous.json'];

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? coreFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the lexicon', () => {
  it('is the only core module that reads the word lists of data/', () => {
    const root = join(__dirname, '../..');
    const readers = coreFiles(join(root, 'src/core')).filter((f) => WORD_LISTS.some((list) => readFileSync(f, 'utf8').includes(`data/${list}'`)));
    expect(readers.map((f) => relative(root, f))).toEqual(['src/core/lexicon.ts']);
  });

  it('gives the actor finder and the speaker stage the same lists', () => {
    const finder = defaultActorFinder();
    expect(finder.complementHeads).toBe(lexicon.complementHeads);
    expect(COMPLEMENT_HEADS).toBe(lexicon.complementHeads);
    expect(finder.stopWords).toBe(NOT_NAME_WORDS);
    expect(finder.linkers).toBe(TITLE_LINKERS);
  });

  it('holds every entry normalized, one word per entry in the word sets', () => {
    for (const set of [lexicon.complementHeads, lexicon.stopWords, lexicon.linkers, lexicon.honorifics, lexicon.titleWords]) {
      expect(set.size).toBeGreaterThan(0);
      for (const w of set) {
        expect(normalizeText(w)).toBe(w);
        expect(w).not.toMatch(/\s/);
      }
    }
  });

  it('finds a speech verb bare and behind و/ف, of its gender', () => {
    const words = (s: string) => s.split(' ').map((norm, i) => ({ start: i, end: i + 1, norm: normalizeText(norm) }));
    expect(lexicon.verbs.matchBehindConjunction(words('قالت الوزيرة'), 0)?.value.gender).toBe('f');
    expect(lexicon.verbs.matchBehindConjunction(words('وقال الناطق'), 0)?.value.gender).toBe('m');
    expect(lexicon.verbs.matchBehindConjunction(words('فأكدوا أن'), 0)?.value.gender).toBe('p');
    expect(lexicon.verbs.matchBehindConjunction(words('والقوات تتقدم'), 0)).toBeNull();
  });
});
