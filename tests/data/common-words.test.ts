// No gazetteer name may be a common Arabic word or verb form once both are
// normalized the way the matcher reads text (hamza forms, ى/ي, ة/ه folded) and
// the word has lost a proclitic: «ترأس الاجتماع» must not mark Liz Truss
// ("تراس"). The words are data/common-words.json (see data/README.md) plus the
// verb forms of data/speech-verbs.json. A name that is also a common word is
// listed in data/ambiguous.json `names`: it then needs support in the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/core/text/normalize';
import { analyze } from '../../src/core/index';
import type { ActorEntry } from '../../src/core/types';

const DATA = join(__dirname, '../../data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

const common = read('common-words.json') as { words: string[]; verbs: string[] };
const speech = read('speech-verbs.json') as { verbs: Array<Record<string, string[] | string>> };
const ambiguous = read('ambiguous.json') as { names: string[] };
const morphology = read('morphology.json') as {
  suffixPairs: Array<{ a: string; b: string; definiteOnly?: boolean; minLength?: number }>;
  proclitics: { conjunctions: string[]; prepositions: string[] };
};
const actors: ActorEntry[] = readdirSync(join(DATA, 'actors'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (read(`actors/${f}`) as { actors: ActorEntry[] }).actors);

const fold = (s: string) => normalizeArabic(s).replace(/\s+/g, ' ').trim();

/** The forms of a verb entry "ترأس يترأس": past with its endings, present behind its prefixes. */
function verbForms(entry: string): string[] {
  const [past, present] = entry.split(/\s+/);
  if (!past || !present) throw new Error(`verb entry "${entry}" needs a past and a present form`);
  const forms = [past, ...['ت', 'وا', 'ا', 'تا', 'نا', 'تم'].map((e) => past + e)];
  const stem = present.slice(1);
  for (const p of ['ي', 'ت', 'ن', 'أ', 'سي', 'ست']) forms.push(p + stem);
  for (const p of ['ي', 'ت']) for (const e of ['ون', 'ان']) forms.push(p + stem + e);
  forms.push(`ت${stem}ين`);
  return forms;
}

/** The whole list of common forms, folded. */
function commonForms(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (w: string, from: string) => {
    const k = fold(w);
    if (k && !out.has(k)) out.set(k, from);
  };
  for (const w of common.words) add(w, w);
  for (const v of common.verbs) for (const f of verbForms(v)) add(f, `${f} (${v})`);
  for (const v of speech.verbs) {
    for (const key of ['masculine', 'feminine', 'plural']) {
      const forms = v[key];
      if (Array.isArray(forms)) for (const f of forms) add(f, `${f} (speech verb)`);
    }
  }
  return out;
}

/** What a text word reads as after its proclitics, as the matcher reads it: وترأس → ترأس, للجيش → الجيش. */
function readings(word: string): string[] {
  const conj = new Set(morphology.proclitics.conjunctions.map(fold));
  const prep = new Set(morphology.proclitics.prepositions.map(fold));
  const out = [word];
  const [c0 = '', c1 = ''] = word;
  if (word.length >= 4 && c0 === 'ل' && c1 === 'ل') out.push(`ا${word.slice(1)}`);
  if (word.length >= 5 && conj.has(c0) && c1 === 'ل' && word[2] === 'ل') out.push(`ا${word.slice(2)}`);
  if (word.length >= 3 && (conj.has(c0) || prep.has(c0))) out.push(word.slice(1));
  if (word.length >= 4 && conj.has(c0) && prep.has(c1)) out.push(word.slice(2));
  return out;
}

/** A name and its other case form (morphology.json suffixPairs): الحوثيون / الحوثيين. */
function caseForms(name: string): string[] {
  const words = name.split(' ');
  const other = words.map((w) => {
    for (const p of morphology.suffixPairs) {
      const [a, b] = [fold(p.a), fold(p.b)];
      if (p.definiteOnly && (!w.startsWith('ال') || w.length < (p.minLength ?? 0))) continue;
      if (w.endsWith(a)) return w.slice(0, -a.length) + b;
      if (w.endsWith(b)) return w.slice(0, -b.length) + a;
    }
    return w;
  });
  return [...new Set([name, other.join(' ')])];
}

const ambiguousNames = new Set(ambiguous.names.map(fold));

describe('data/common-words.json', () => {
  it('is well-formed: words and "past present" verb entries, no duplicates', () => {
    expect(common.words.length).toBeGreaterThan(500);
    expect(common.verbs.length).toBeGreaterThan(200);
    for (const w of common.words) expect(w, w).toMatch(/^[\u0621-\u064A]+$/);
    for (const v of common.verbs) expect(v, v).toMatch(/^[\u0621-\u064A]+ [يأ][\u0621-\u064A]+$/);
    expect(new Set(common.words).size).toBe(common.words.length);
    expect(new Set(common.verbs).size).toBe(common.verbs.length);
  });

  it('builds the forms of a verb from its past and present', () => {
    const forms = verbForms('ترأس يترأس');
    for (const f of ['ترأس', 'ترأست', 'ترأسوا', 'يترأس', 'تترأس', 'سيترأس', 'يترأسون']) expect(forms).toContain(f);
  });

  it('knows the proclitic readings the matcher uses', () => {
    expect(readings(fold('وترأس'))).toContain(fold('ترأس'));
    expect(readings(fold('للجيش'))).toContain(fold('الجيش'));
    expect(readings(fold('وبعون'))).toContain(fold('عون'));
  });
});

describe('no gazetteer name is a common word', () => {
  it('every name and title, in each case form, differs from every common form behind any proclitic', () => {
    const owners = new Map<string, string>();
    for (const a of actors) {
      for (const n of [...a.names, ...(a.titles ?? [])]) {
        for (const k of caseForms(fold(n))) if (!ambiguousNames.has(fold(n))) owners.set(k, `${a.id} "${n}"`);
      }
    }
    const collisions: string[] = [];
    for (const [form, from] of commonForms()) {
      for (const r of readings(form)) {
        const owner = owners.get(r);
        if (owner) collisions.push(`${owner} = ${from}`);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('the analyzer marks no actor in a text made of the common words alone', () => {
    const words = [...commonForms().keys()];
    const marked: string[] = [];
    // One word per clause: a comma keeps words from joining into a longer name.
    for (let i = 0; i < words.length; i += 400) {
      const text = words.slice(i, i + 400).join('، ');
      for (const a of analyze(text, { stopEarly: false }).actors) {
        if (a.id) marked.push(...a.mentions.map((m) => `${a.id}: ${m.surface}`));
      }
    }
    expect(marked).toEqual([]);
  });
});
