// The cheap spelling fold of the content check: hamza forms, ى/ي, ة/ه,
// diacritics, tatweel and invisible marks, with two native replaces (much
// cheaper than character-by-character normalization on every page). Keywords
// and page text go through the same fold.
//
// The keyword gate does not fold the page at all: its pattern, built at build
// time, spells each folded letter as the class of letters that fold to it
// (ه → [هة]); only marks inside a word need a replace (see namesConflict).
export const VARIANTS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ک': 'ك' };
const VARIANT_CHARS = /[أإآٱىیئةؤک]/g;
/** Marks the fold drops: diacritics, tatweel, zero-width characters, soft hyphen. */
export const DROPPED_SOURCE = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640\\u200B-\\u200F\\u00AD]';
const DROPPED = new RegExp(DROPPED_SOURCE, 'g');
/** The dropped marks but the zero-width non-joiner, which Persian and Urdu write in every few words. */
export const DROPPED_BUT_ZWNJ_SOURCE = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640\\u200B\\u200D-\\u200F\\u00AD]';

export function foldForKeywords(text: string): string {
  return text.replace(DROPPED, '').replace(VARIANT_CHARS, (c) => VARIANTS[c] ?? c);
}
