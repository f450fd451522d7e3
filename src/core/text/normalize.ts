// The analyzer's one normalization: Arabic letter variants folded, marks and
// invisible characters dropped, digits to ASCII, foreign-sound letters to the
// letter other outlets print ("ڤلاديمير" = "فلاديمير"), lower case. The letters
// and marks are data/normalization.json's (entries "in": "analysis" and
// "matcher"), as literals generated at build time (src/core/fold.generated.ts).
// A normalized text keeps a map back to the original offsets, so that matching
// runs on normalized text and reports spans in the original.
import { ANALYSIS_DROPPED_RE, ANALYSIS_LETTERS, MATCHER_LETTERS } from '../fold.generated';

/** Normalizes one character without the foreign-sound letters; '' for characters that are dropped (the statement index's fold). */
export function normalizeChar(ch: string): string {
  if (ANALYSIS_DROPPED_RE.test(ch)) return '';
  return ANALYSIS_LETTERS[ch] ?? ch.toLowerCase();
}

/** normalizeChar for every character: keys of the statement index and its data. */
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

/** The analyzer's fold of one character (foreign-sound letters included). */
function foldChar(ch: string): string {
  return MATCHER_LETTERS[ch] ?? normalizeChar(ch);
}

/** foldChar's answer per UTF-16 code unit, filled on first use (the fold is data, never changes). */
const charCache: Array<string | undefined> = new Array(0x10000);

function foldCode(code: number): string {
  let norm = charCache[code];
  if (norm === undefined) {
    norm = foldChar(String.fromCharCode(code));
    charCache[code] = norm;
  }
  return norm;
}

/** foldCode as a number per code unit, filled on first use: 0 not known yet, 1 dropped, 2 folded to more than one unit, else the one unit + 3. */
const unitCache = new Int32Array(0x10000);
const FOLD_DROPPED = 1;
const FOLD_LONGER = 2;

function foldUnit(code: number): number {
  let unit = unitCache[code]!;
  if (unit === 0) {
    const norm = foldCode(code);
    unit = norm.length === 0 ? FOLD_DROPPED : norm.length === 1 ? norm.charCodeAt(0) + 3 : FOLD_LONGER;
    unitCache[code] = unit;
  }
  return unit;
}

/** Does the analyzer's fold leave this text as it is? (Most words of a news text.) */
export function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const norm = foldCode(code);
    if (norm.length !== 1 || norm.charCodeAt(0) !== code) return false;
  }
  return true;
}

/**
 * Does text[start, start + norm.length) fold to `norm` a code unit for each code unit (none dropped, none
 * lengthened, no surrogate)? Then normalizeText of that stretch is `norm`.
 */
export function foldsUnitForUnit(text: string, start: number, norm: string): boolean {
  const units = unitCache;
  for (let k = 0; k < norm.length; k++) {
    const code = text.charCodeAt(start + k);
    if (!(code >= 0 && code < 0xd800) && !(code > 0xdfff && code < 0x10000)) return false;
    if ((units[code] || foldUnit(code)) !== norm.charCodeAt(k) + 3) return false;
  }
  return true;
}

/** The analyzer's normalization of a word, a name or a phrase (no offset map). */
export function normalizeText(text: string): string {
  if (isFolded(text)) return text;
  // The runs the fold leaves as they are are copied whole, not a character at a time.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const norm = foldCode(code);
    if (norm.length === 1 && norm.charCodeAt(0) === code) continue;
    out += text.slice(from, i) + norm;
    from = i + 1;
  }
  return out + text.slice(from);
}

const utf16 = new TextDecoder('utf-16le');

/**
 * The analyzer's normalization of a whole text with its map back to the
 * original, linear: each distinct character is folded once, then looked up, and
 * the output is written as code units.
 */
export function normalizeWithMap(original: string): NormalizedText {
  const n = original.length;
  // Lower-casing may lengthen a character ('İ'): the buffers grow when that happens.
  const buffers: Buffers = { map: new Int32Array(n + 17), out: new Uint16Array(n + 16) };
  // (The loop in a function of its own that returns a number: compiled on the stack as the loop ran
  // (OSR), the code after the loop had no type feedback and deoptimized at every call, some 600 times
  // in 120 analyses of the bench page.)
  // (A stretch at a time: a function called a few times per text, its loop long, is only ever compiled on the
  // stack (OSR), its code some five times the instructions per character of one compiled for its calls.)
  let len = 0;
  for (let from = 0, to = 0; from < n; from = to) {
    to = Math.min(n, from + FOLD_STRETCH);
    // (A surrogate pair is read whole, within one stretch.)
    if (to < n && isHighSurrogate(original.charCodeAt(to - 1))) to++;
    len = foldStretch(original, from, to, len, buffers);
  }
  const { map, out } = buffers;
  map[len] = n;
  return { text: utf16.decode(out.subarray(0, len)), toOriginal: map.subarray(0, len + 1), originalLength: n };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** How many characters foldStretch reads per call. */
const FOLD_STRETCH = 2048;

/**
 * normalizeWithMap's loop over original[from, to): the folded code units and their map written into `buffers`
 * from `len` on (grown in place as needed); returns how many are written in all.
 */
function foldStretch(original: string, from: number, to: number, written: number, buffers: Buffers): number {
  const n = original.length;
  let { map, out } = buffers;
  // (The fold's table and its codes held in locals: a module's constants are read from its context at every use.)
  const units = unitCache;
  const longer = FOLD_LONGER;
  let len = written;
  for (let i = from; i < to; i++) {
    if (len + 4 >= out.length) {
      grow(buffers);
      ({ map, out } = buffers);
    }
    const code = original.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < n) {
      // Keep surrogate pairs together, unchanged.
      map[len] = i;
      out[len++] = code;
      map[len] = i + 1;
      out[len++] = original.charCodeAt(i + 1);
      i++;
      continue;
    }
    // Most characters fold to one code unit, looked up as a number.
    let unit = units[code]!;
    if (unit === 0) unit = foldUnit(code);
    if (unit > longer) {
      map[len] = i;
      out[len++] = unit - 3;
    } else if (unit === longer) {
      const norm = foldCode(code);
      for (let k = 0; k < norm.length; k++) {
        if (len + 2 >= out.length) {
          grow(buffers);
          ({ map, out } = buffers);
        }
        map[len] = i;
        out[len++] = norm.charCodeAt(k);
      }
    }
  }
  return len;
}

interface Buffers {
  map: Int32Array;
  out: Uint16Array;
}

/** The output buffers of normalizeWithMap made twice as long, their contents kept. */
function grow(buffers: Buffers): void {
  const size = buffers.out.length * 2 + 16;
  const map = new Int32Array(size + 1);
  map.set(buffers.map);
  const out = new Uint16Array(size);
  out.set(buffers.out);
  buffers.map = map;
  buffers.out = out;
}
