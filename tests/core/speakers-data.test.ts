// data/speech-verbs.json is edited by hand: check its shape and the mistakes a
// person adding a verb could make.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/core/text/normalize';
import { lexicon } from '../../src/core/speech';

const data = JSON.parse(readFileSync(resolve(__dirname, '../../data/speech-verbs.json'), 'utf8'));
const ARABIC_PHRASE = /^[\u0621-\u064A\u0670-\u06D3 ـ]+$/;

describe('data/speech-verbs.json', () => {
  it('lists verbs with masculine, feminine and plural forms in Arabic', () => {
    expect(Array.isArray(data.verbs)).toBe(true);
    expect(data.verbs.length).toBeGreaterThan(30);
    for (const v of data.verbs) {
      expect(typeof v.verb).toBe('string');
      for (const key of ['masculine', 'feminine', 'plural']) {
        expect(Array.isArray(v[key]), `${v.verb}.${key}`).toBe(true);
        for (const form of v[key]) expect(form, `${v.verb}.${key}`).toMatch(ARABIC_PHRASE);
      }
      expect(v.masculine.length + v.feminine.length, v.verb).toBeGreaterThan(0);
    }
  });

  it('never gives one written form two genders', () => {
    const gender = new Map<string, string>();
    for (const v of data.verbs) {
      for (const key of ['masculine', 'feminine', 'plural']) {
        for (const form of v[key] as string[]) {
          const n = normalizeArabic(form);
          const seen = gender.get(n);
          expect(seen === undefined || seen === key, `${form} is both ${seen} and ${key}`).toBe(true);
          gender.set(n, key);
        }
      }
    }
  });

  it('keeps function words out of the verb forms (they would make every "بين" a speech verb)', () => {
    const forms = new Set(data.verbs.flatMap((v: Record<string, string[]>) => [...v.masculine!, ...v.feminine!, ...v.plural!]).map(normalizeArabic));
    for (const w of ['بين', 'في', 'من', 'على', 'عن', 'ان', 'عبر']) expect(forms.has(w), w).toBe(false);
    // 'رأى' reads like the noun 'رأي' (opinion): a form only as a weak verb (speech only before أن, a colon or a quotation).
    const weak = new Set((data.weakVerbs.words as string[]).map(normalizeArabic));
    expect(!forms.has('راي') || weak.has('راي')).toBe(true);
  });

  it('has every word list as a non-empty list of strings', () => {
    for (const [key, section] of Object.entries(data)) {
      if (key.startsWith('_') || key === 'verbs') continue;
      const lists = Object.entries(section as Record<string, unknown>).filter(([k]) => !k.startsWith('_'));
      expect(lists.length, key).toBeGreaterThan(0);
      for (const [name, list] of lists) {
        expect(Array.isArray(list), `${key}.${name}`).toBe(true);
        for (const w of list as unknown[]) expect(typeof w === 'string' && w.trim() !== '', `${key}.${name}`).toBe(true);
      }
    }
  });

  it('is loaded into the lexicon the analyzer uses', () => {
    expect(lexicon.complementizers.has(normalizeArabic('أن'))).toBe(true);
    expect(lexicon.anonymous.has(normalizeArabic('مصدر'))).toBe(true);
    expect(lexicon.scareCues.has(normalizeArabic('قناة'))).toBe(true);
  });
});
