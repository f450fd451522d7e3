// Character classes the quote and speaker finders share. Quotation marks come
// from one data table (data/quotation-marks.json).
import quotationMarks from '../../data/quotation-marks.json';
import { isSentenceEndCode } from './text/sentences';
export { isJsSpace } from './text/sentences';

export type MarkLean = 'open' | 'close' | 'open-weak' | 'close-weak' | 'none';

interface MarkInfo {
  lean: MarkLean;
  single: boolean;
  family: string;
}

const MARKS = new Map<number, MarkInfo>(
  quotationMarks.marks.map((m) => [m.glyph.charCodeAt(0), { lean: m.lean as MarkLean, single: m.single === true, family: m.family }]),
);

/** Is the character one of the quotation marks of data/quotation-marks.json? (Runs on every character.) */
export function isQuoteMark(ch: string): boolean {
  return MARKS.has(ch.charCodeAt(0));
}

/** Per UTF-16 code unit: 1 for a quotation mark, 2 for a line break (the pairing pass asks for every character). */
const MARK_CODES = new Uint8Array(0x10000);
for (const code of MARKS.keys()) MARK_CODES[code] = 1;
for (const code of [0x0a, 0x0d, 0x2028, 0x2029, 0x85]) MARK_CODES[code] ||= 2;

/** isQuoteMark by code unit. */
export const isQuoteMarkCode = (code: number): boolean => MARK_CODES[code] === 1;

/** A quotation mark or a line break (isLineBreakCode), in one table read: the pairing pass's stop on every character. */
export const isMarkOrLineBreakCode = (code: number): boolean => MARK_CODES[code] !== 0;

/** Which role the glyph itself leans to; 'none' for a character that is no mark. */
export function markLean(ch: string): MarkLean {
  return MARKS.get(ch.charCodeAt(0))?.lean ?? 'none';
}

/** Are both characters quotation marks of one style (data/quotation-marks.json `family`: '«' and '»')? */
export function sameMarkFamily(a: string, b: string): boolean {
  const family = MARKS.get(a.charCodeAt(0))?.family;
  return family !== undefined && family === MARKS.get(b.charCodeAt(0))?.family;
}

/** Per UTF-16 code unit: 1 for a one-stroke mark. */
const SINGLE_MARK_CODES = new Uint8Array(0x10000);
for (const [code, info] of MARKS) if (info.single) SINGLE_MARK_CODES[code] = 1;

/** A one-stroke mark that doubles as an apostrophe (' ‘ ’ ‚), by code unit. */
export const isSingleMarkCode = (code: number): boolean => SINGLE_MARK_CODES[code] === 1;

const LETTER_MARK_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
/** For each UTF-16 code unit: 0 not known yet, 1 a letter, mark or digit, 2 not. Filled on first sight. */
const LETTER_MARK_DIGIT_CODES = new Uint8Array(0x10000);

/**
 * Is the code unit a letter, a combining mark or a digit (/[\p{L}\p{N}\p{M}]/u on
 * the character)? False for a surrogate half and for NaN (charCodeAt out of the
 * text). By code, with no string made: the hot loops over every character ask.
 */
export function isLetterMarkDigitCode(code: number): boolean {
  if (!(code >= 0 && code < 0x10000)) return false;
  let kind = LETTER_MARK_DIGIT_CODES[code]!;
  if (kind === 0) {
    kind = LETTER_MARK_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_MARK_DIGIT_CODES[code] = kind;
  }
  return kind === 1;
}

/** Line and paragraph breaks. */
export function isLineBreak(ch: string): boolean {
  return isLineBreakCode(ch.charCodeAt(0));
}

export function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Invisible characters that must not change how a mark or a word is read: ZWNJ/ZWJ, bidi controls, BOM, soft hyphen. */
export function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x061c;
}

/** ة, the code a rule compares a token's last printed letter with (PersonScan.printedWith: no string made per token). */
export const TA_MARBUTA = 0x0629;

/** Printed with أل or إل, /^[أإ]ل/ by code: a foreign name's first letters ("إلدار", "ألكسندر"), which read as the article once normalized. */
export const printedHamzaAl = (w: string): boolean => (w.charCodeAt(0) === 0x623 || w.charCodeAt(0) === 0x625) && w.charCodeAt(1) === 0x644;

/** A word as printed ending in tanween alif ("زميلاً", "شاباً"): an indefinite noun or adjective, no name. */
export const endsInTanweenAlif = (printed: string): boolean => /(\u064b\u0627|\u0627\u064b)$/.test(printed);

/**
 * A sentence's end, a line break, a colon or a quotation mark stands in [from, to): what a speaker's clause
 * does not reach across ("X قال" and a name after "«…»" or ". " are apart).
 */
export function clauseBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || MARK_CODES[code] !== 0 || isSentenceEndCode(code)) return true;
  }
  return false;
}

/**
 * A comma, Arabic or Latin, stands in [from, to): /[،,]/.test(text.slice(from, to)) read by code, with no
 * string made (the speaker stage asks it of the gap between two words thousands of times per text).
 */
export function commaIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x060c || code === 0x2c) return true;
  }
  return false;
}

/** A sentence-end mark stands in [from, to): SENTENCE_END.test(text.slice(from, to)) read by code. */
export function sentenceEndIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEndCode(text.charCodeAt(i))) return true;
  return false;
}
