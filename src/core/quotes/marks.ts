// A quotation mark's role (opens or closes a quote), read from its neighbours;
// the glyph's lean (data/quotation-marks.json) only tips the balance.
import { isInvisible, isLetterMarkDigitCode, isLineBreak, isQuoteMarkCode, isSingleMarkCode, markLean } from '../chars';
import { isSentenceEndCode } from '../text/sentences';

export type Role = 'open' | 'close' | 'either';

/** Spaces (not line breaks): ' ', tab, no-break, the typographic spaces, form feed, vertical tab. Runs on every character. */
export function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x0c || c === 0x0b;
}
export const CLAUSE_PUNCT = /[،,;؛:]/;
export const OPEN_BRACKET = /[([{]/;
export const CLOSE_BRACKET = /[)\]}]/;
export const DASH = /[-–—/]/;
export const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character next to `at` in direction `step`, skipping invisible controls; '' at a text edge. */
function neighbour(text: string, at: number, step: 1 | -1): { ch: string; at: number } {
  let i = at;
  while (i >= 0 && i < text.length && isInvisible(text[i]!)) i += step;
  return i >= 0 && i < text.length ? { ch: text[i]!, at: i } : { ch: '', at: i };
}

/** Nearest character before `at` that is neither a space nor invisible (within the line). */
export function previousNonSpace(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (isSpace(text[i]!) || isInvisible(text[i]!))) i--;
  if (i < 0) return '';
  const ch = text[i]!;
  return isLineBreak(ch) ? '' : ch;
}

/** A mark right after a lone proclitic ("بـ"...", لـ"...", و"..."): the quote opens there. */
function gluedToProclitic(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === '\u0640' || isInvisible(text[i]!))) i--;
  if (i < 0 || !'بلكوف'.includes(text[i]!)) return false;
  const prev = text[i - 1];
  return prev === undefined || !WORD_CHAR.test(prev);
}

/** How much a glyph's lean (data/quotation-marks.json) adds to its open or close score. */
const LEAN_OPEN = { open: 1, 'open-weak': 0.5, close: 0, 'close-weak': 0, none: 0 } as const;
const LEAN_CLOSE = { open: 0, 'open-weak': 0, close: 1, 'close-weak': 0.5, none: 0 } as const;

/** A one-stroke mark between two letters is an apostrophe ("Ma'rib"), not a quotation mark. */
export function isMarkAt(text: string, i: number): boolean {
  // (By code, with no string made: the pairing pass asks at every character.)
  const code = text.charCodeAt(i);
  if (!isQuoteMarkCode(code)) return false;
  return !(isSingleMarkCode(code) && isLetterMarkDigitCode(text.charCodeAt(i - 1)) && isLetterMarkDigitCode(text.charCodeAt(i + 1)));
}

// The classes above on one character (a neighbour of a mark, or '' at a text's edge), by comparison: no regex run per mark.
const isOpenBracketChar = (ch: string): boolean => ch === '(' || ch === '[' || ch === '{';
const isCloseBracketChar = (ch: string): boolean => ch === ')' || ch === ']' || ch === '}';
const isDashChar = (ch: string): boolean => ch === '-' || ch === '–' || ch === '—' || ch === '/';
const isClausePunctChar = (ch: string): boolean => ch === '،' || ch === ',' || ch === ';' || ch === '؛' || ch === ':';

/** Reads a mark's role from its neighbours; the glyph only tips the balance. */
export function classifyMark(text: string, start: number, end: number): Role {
  let open = 0;
  let close = 0;
  const before = neighbour(text, start - 1, -1).ch;
  const after = neighbour(text, end, 1).ch;
  if (before === '' || isLineBreak(before)) open += 2;
  else if (isSpace(before)) {
    open += 1;
    const p = previousNonSpace(text, start);
    if (p === ':' || p === '،' || p === ',' || isDashChar(p)) open += 1;
  } else if (before === ':' || isOpenBracketChar(before) || isDashChar(before)) open += 2;
  else if (isClausePunctChar(before)) open += 1;
  else if (gluedToProclitic(text, start)) open += 2;
  else if (isLetterMarkDigitCode(before.charCodeAt(0)) || isSentenceEndCode(before.charCodeAt(0)) || isCloseBracketChar(before)) close += 2;

  if (after === '' || isLineBreak(after)) close += 2;
  else if (isLetterMarkDigitCode(after.charCodeAt(0))) open += 2;
  else if (isOpenBracketChar(after)) open += 1;
  else if (isSpace(after)) close += 1;
  else if (isSentenceEndCode(after.charCodeAt(0)) || isClausePunctChar(after) || isCloseBracketChar(after)) close += 2;
  else if (isDashChar(after)) close += 1;

  open += LEAN_OPEN[markLean(text[start]!)];
  close += LEAN_CLOSE[markLean(text[start]!)];
  return open > close ? 'open' : close > open ? 'close' : 'either';
}

