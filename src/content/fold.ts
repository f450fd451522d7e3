// The cheap spelling fold of the content check: hamza forms, ى/ي, ة/ه,
// diacritics, tatweel and invisible marks, with two native replaces (much
// cheaper than character-by-character normalization on every page). Keywords
// and page text go through the same fold.
const VARIANTS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ک': 'ك' };
const VARIANT_CHARS = /[أإآٱىیئةؤک]/g;
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200B-\u200F\u00AD]/g;

export function foldForKeywords(text: string): string {
  return text.replace(DROPPED, '').replace(VARIANT_CHARS, (c) => VARIANTS[c] ?? c);
}
