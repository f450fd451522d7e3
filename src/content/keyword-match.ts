// Whole-word matching for the gate's keyword pattern (prefilter-pattern.ts
// builds it, page-check.ts runs it). The pattern itself makes sure a keyword
// ends where its word ends; this module checks where it starts.

/**
 * A character that continues an Arabic-script word: letters, diacritics,
 * tatweel, zero-width joiners.
 */
export const WORD_CHAR_SOURCE = '[\\u0610-\\u061A\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF\\u200C\\u200D]';

/** Proclitics that may stand before a keyword: a conjunction, then a preposition ("وبغزة", "فلروسيا"). */
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';

let wordChar: RegExp | undefined;

/** Whether a word starts at `at`, behind its proclitics at most: in "وبغزة" at غ yes; in "المصابين" at ا of "ابين" no. */
export function startsWord(text: string, at: number): boolean {
  let start = at;
  if (start > 0 && PREPOSITIONS.includes(text[start - 1]!)) start--;
  if (start > 0 && CONJUNCTIONS.includes(text[start - 1]!)) start--;
  wordChar ??= new RegExp(WORD_CHAR_SOURCE);
  return start === 0 || !wordChar.test(text[start - 1]!);
}

/** Whether a match of `pattern` (global; each match ends a word) starts a word of the text. */
export function hasKeyword(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (startsWord(text, match.index)) return true;
    pattern.lastIndex = match.index + 1;
  }
  return false;
}
