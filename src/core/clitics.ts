// The one-letter proclitics (و ف ب ل ك) of data/morphology.json, the one place
// the code learns them from. Callers strip them under their own conditions
// (the name matcher, the speech lexicon and the search stemmer need different
// minimum lengths), but always with these letters.
import morphology from '../../data/morphology.json';

/** و ف: may stand before a preposition ("وبحسب"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(morphology.proclitics.conjunctions);
/** ب ل ك. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(morphology.proclitics.prepositions);
/** Every one-letter proclitic. */
export const PROCLITICS: ReadonlySet<string> = new Set([...CONJUNCTIONS, ...PREPOSITIONS]);

/** Per UTF-16 code unit: 1 a conjunction, 2 a preposition (the checks run on every word). */
const KIND = new Uint8Array(0x10000);
for (const c of CONJUNCTIONS) KIND[c.charCodeAt(0)] = 1;
for (const p of PREPOSITIONS) KIND[p.charCodeAt(0)] = 2;
const kindOf = (ch: string | undefined): number => (ch !== undefined && ch.length === 1 ? KIND[ch.charCodeAt(0)]! : 0);

export const isConjunction = (ch: string | undefined): boolean => kindOf(ch) === 1;
export const isPreposition = (ch: string | undefined): boolean => kindOf(ch) === 2;
export const isProclitic = (ch: string | undefined): boolean => kindOf(ch) !== 0;
export const isProcliticCode = (code: number): boolean => KIND[code] !== undefined && KIND[code] !== 0;

/** Is the word in the set, itself or behind a conjunction ("قال", "وقال")? */
export function inSetBehindConjunction(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || (isConjunction(word[0]) && words.has(afterFirstLetter(word)));
}

/** The word without a leading conjunction (و/ف) when at least `minRest` letters remain after it; else the word itself. */
export function withoutConjunction(word: string, minRest = 0): string {
  return isConjunction(word[0]) && word.length - 1 >= minRest ? afterFirstLetter(word) : word;
}

/**
 * The word without its first letter, kept per word: the rules ask it of the
 * same few thousand words over and over, and a string made anew must be hashed
 * anew before any set can look it up.
 */
function afterFirstLetter(word: string): string {
  let rest = restOf.get(word);
  if (rest === undefined) {
    if (restOf.size >= REST_OF_MAX) restOf.clear();
    rest = word.slice(1);
    restOf.set(word, rest);
  }
  return rest;
}
const restOf = new Map<string, string>();
const REST_OF_MAX = 1 << 15;

/**
 * The article, bare or behind و/ف/ب, or ل on it: /^(ال|وال|فال|لل|بال)/ read by code (speakers/model isDefinite
 * asks it of most words of every subject zone).
 */
export function articlePrefixed(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 === 0x627 || c0 === 0x644) return w.charCodeAt(1) === 0x644; // ال، لل
  return (c0 === 0x648 || c0 === 0x641 || c0 === 0x628) && w.charCodeAt(1) === 0x627 && w.charCodeAt(2) === 0x644; // وال، فال، بال
}
