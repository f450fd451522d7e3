// Arabic text normalization that keeps a map back to the original offsets, so
// that matching can run on normalized text and report spans in the original.
// The letters and marks are data/normalization.json's (entries "in": "analysis"),
// as literals generated at build time (src/core/fold.generated.ts).

import { ANALYSIS_DROPPED_RE, ANALYSIS_LETTERS } from './fold.generated';

/** Normalizes one character; returns '' for characters that are dropped. */
export function normalizeChar(ch: string): string {
  if (ANALYSIS_DROPPED_RE.test(ch)) return '';
  return ANALYSIS_LETTERS[ch] ?? ch.toLowerCase();
}

/** Normalizes a string (no offset map): for keys, gazetteer names, queries. */
export function normalizeArabic(text: string): string {
  let out = '';
  for (const ch of text) out += normalizeChar(ch);
  return out;
}

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** For each UTF-16 index of `text`, the index in the original where it came from. */
  toOriginal: Int32Array;
  /** The original text's length, the image of text.length. */
  originalLength: number;
}

/** Normalizes and records, for each output index, its original index. Linear time. */
export function normalizeWithMap(original: string): NormalizedText {
  const parts: string[] = [];
  const map = new Int32Array(original.length + 1);
  let outLength = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Keep surrogate pairs together.
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? original.slice(i, i + 2) : original[i]!;
    if (ch.length === 2) {
      map[outLength++] = i;
      map[outLength++] = i + 1;
      parts.push(ch);
      i++;
      continue;
    }
    const norm = normalizeChar(ch);
    for (let k = 0; k < norm.length; k++) map[outLength++] = i;
    if (norm) parts.push(norm);
  }
  map[outLength] = original.length;
  return { text: parts.join(''), toOriginal: map.subarray(0, outLength + 1), originalLength: original.length };
}

/** Maps a normalized span [start, end) back to the original text. */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.toOriginal[start] ?? norm.originalLength;
  // end is exclusive: take the original index of the last included char, plus one.
  const e = end > start ? (norm.toOriginal[end - 1] ?? norm.originalLength - 1) + 1 : s;
  return { start: s, end: e };
}

/** Arabic letter (after normalization or not). */
export function isArabicLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/** A letter of any script or a digit: a character that continues a word. */
export function isWordChar(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}\p{M}]/u.test(ch);
}
