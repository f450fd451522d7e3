// The cheap spelling fold of the content check: hamza forms, ى/ي, ة/ه,
// diacritics, tatweel and invisible marks, with two native replaces (much
// cheaper than character-by-character normalization on every page). Keywords
// and page text go through the same fold.
//
// The keyword gate does not fold the page at all: its pattern, built at build
// time, spells each folded letter as the class of letters that fold to it
// (ه → [هة]); only marks inside a word need a replace (see namesConflict).
//
// The letters and marks come from data/normalization.json (entries "in": "gate"),
// as literals generated at build time (src/core/fold.generated.ts).
import { GATE_DROPPED_BUT_ZWNJ_SOURCE, GATE_DROPPED_SOURCE, GATE_VARIANT_RE, GATE_VARIANTS } from '../core';

export const VARIANTS: Readonly<Record<string, string>> = GATE_VARIANTS;
const VARIANT_CHARS = GATE_VARIANT_RE;
/** Marks the fold drops: diacritics, tatweel, zero-width characters, soft hyphen. */
export const DROPPED_SOURCE = GATE_DROPPED_SOURCE;
const DROPPED = new RegExp(DROPPED_SOURCE, 'g');
/** The dropped marks but the zero-width non-joiner, which Persian and Urdu write in every few words. */
export const DROPPED_BUT_ZWNJ_SOURCE = GATE_DROPPED_BUT_ZWNJ_SOURCE;

export function foldForKeywords(text: string): string {
  return text.replace(DROPPED, '').replace(VARIANT_CHARS, (c) => VARIANTS[c] ?? c);
}
