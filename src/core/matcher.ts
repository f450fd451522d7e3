// Phrase matching on normalized Arabic text: a trie of normalized word tokens,
// scanned once left to right (leftmost-longest), so the cost is linear in the
// text length. Words are matched whole; the first word of a phrase may carry
// the proclitics و ف ب ل ك (and لل for ال), which the reported span leaves out.
import { normalizeChar, originalSpan, type NormalizedText } from './arabic';
import { MATCHER_LETTERS } from './fold.generated';
import { isConjunction, isPreposition, isProclitic } from './clitics';

export interface Token {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  text: string;
  /** True when only spaces, quotation marks or a dash separate this token from the next one. */
  joinsNext: boolean;
}

export interface PhraseMatch<T> {
  /** Offsets in the normalized text (proclitics excluded). */
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  firstToken: number;
  endToken: number;
  values: T[];
  /** Length of the proclitic prefix left out of the span ('' when none). */
  proclitic: string;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

/** Characters that may sit between the words of one name: spaces and quotation marks (not a comma, a period or a newline). */
const JOINERS = new Set([' ', '\u00A0', '\t', '"', "'", '“', '”', '«', '»', '„', '‟', '‘', '’', '-', '–', '(', ')']);

function isTokenChar(code: number): boolean {
  // Letters and digits of every script; combining marks are already dropped by normalization.
  if (code < 0x30) return false;
  if (code <= 0x39) return true;
  if (code < 0x41) return false;
  if (code <= 0x5a) return true;
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 0xc0) return false;
  if (code >= 0x0600 && code <= 0x06ff) {
    // Arabic punctuation and signs are not part of words.
    return !(code === 0x060c || code === 0x061b || code === 0x061f || code === 0x066a || code === 0x066b || code === 0x066c || code === 0x06d4 || (code >= 0x0600 && code <= 0x060f));
  }
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff20) return false;
  return true;
}

/** Splits normalized text into word tokens. Linear. */
export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  let prev: Token | null = null;
  let gapStart = 0;
  while (i < n) {
    // The gap before the next word: may it join two words of one name?
    gapStart = i;
    let joinable = true;
    let dash = false;
    while (i < n && !isTokenChar(norm.charCodeAt(i))) {
      const ch = norm[i]!;
      if (!JOINERS.has(ch)) joinable = false;
      else if (ch === '-' || ch === '–') dash = true;
      i++;
    }
    if (i >= n) break;
    const start = i;
    while (i < n && isTokenChar(norm.charCodeAt(i))) i++;
    const gap = start - gapStart;
    if (prev) {
      // A dash joins only when it touches both words ("لفوفا-بيلوفا"), not in "نتنياهو - صورة".
      prev.joinsNext = joinable && gap <= 4 && !(dash && gap > 1);
    }
    prev = { start, end: i, text: norm.slice(start, i), joinsNext: false };
    tokens.push(prev);
  }
  return tokens;
}

/** Tokens of a phrase as the matcher stores it (normalized). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(normalizeText(phrase)).map((t) => t.text);
}

/**
 * Ways to read a word as proclitics + stem: [prefix, stem]. The bare word
 * comes first. "للخارجية" reads as ل + الخارجية; "وللخارجية" as ول + الخارجية.
 */
export function procliticReadings(word: string): Array<[string, string]> {
  const readings: Array<[string, string]> = [['', word]];
  const c0 = word[0] ?? '';
  const c1 = word[1] ?? '';
  if (word.length >= 4 && c0 === 'ل' && c1 === 'ل') readings.push(['ل', `ا${word.slice(1)}`]);
  if (word.length >= 5 && isConjunction(c0) && c1 === 'ل' && word[2] === 'ل') readings.push([word.slice(0, 2), `ا${word.slice(2)}`]);
  if (word.length >= 3 && isProclitic(c0)) readings.push([c0, word.slice(1)]);
  if (word.length >= 4 && isConjunction(c0) && isPreposition(c1)) readings.push([word.slice(0, 2), word.slice(2)]);
  return readings;
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };

  /** Adds a phrase (any spelling; it is normalized here). Returns false for an empty phrase. */
  add(phrase: string, value: T): boolean {
    const words = phraseTokens(phrase);
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    return true;
  }

  /** Leftmost-longest, non-overlapping matches over the tokens of a normalized text. */
  scan(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let k = 0;
    while (k < tokens.length) {
      const m = this.longestAt(tokens, k);
      if (m) {
        out.push(m);
        k = m.endToken;
      } else k++;
    }
    return out;
  }

  /**
   * The longest phrase that starts at token k, reading proclitics off its
   * first word; ending at or before token `limit`, with a value `accept` takes.
   */
  longestAt(tokens: Token[], k: number, limit = tokens.length, accept?: (value: T) => boolean): PhraseMatch<T> | null {
    const first = tokens[k]!;
    let best: PhraseMatch<T> | null = null;
    const word = first.text;
    // Most words carry no proclitic (و ف ب ل ك): try the bare word without building readings.
    const readings: Array<[string, string]> = isProclitic(word[0]) ? procliticReadings(word) : [['', word]];
    for (const [prefix, stem] of readings) {
      let node = this.root.next.get(stem);
      let j = k;
      while (node && j < limit) {
        const values = node.values && accept ? node.values.filter(accept) : node.values;
        if (values && values.length > 0 && (!best || j + 1 > best.endToken || (j + 1 === best.endToken && prefix.length < best.proclitic.length))) {
          best = {
            // For لل (ل + ال) the span starts at the second ل, which stands for ال.
            start: first.start + prefix.length,
            end: tokens[j]!.end,
            firstToken: k,
            endToken: j + 1,
            values,
            proclitic: prefix,
          };
        }
        if (!tokens[j]!.joinsNext || j + 1 >= limit) break;
        j++;
        node = node.next.get(tokens[j]!.text);
      }
    }
    return best;
  }
}

/** Normalized text with its tokens, computed once and shared by the analyzer's steps. */
export interface PreparedText {
  norm: NormalizedText;
  tokens: Token[];
}

/** Normalizes and tokenizes, once per text: analyze() passes the result to every stage. */
export function prepare(text: string): PreparedText {
  const norm = normalizeFast(text);
  return { norm, tokens: tokenize(norm.text) };
}

/** normalizeChar's answer per UTF-16 code unit, filled on first use. */
const charCache: Array<string | undefined> = new Array(0x10000);
const utf16 = new TextDecoder('utf-16le');

/**
 * Letters some outlets use for foreign sounds, folded to the letter others
 * print: "ڤلاديمير" = "فلاديمير", "پوتين" = "بوتين". On top of arabic.ts.
 */
const FOREIGN_LETTERS: Readonly<Record<string, string>> = MATCHER_LETTERS;

function foldChar(ch: string): string {
  return FOREIGN_LETTERS[ch] ?? normalizeChar(ch);
}

/** arabic.ts normalizeArabic plus the foreign letters, with the per-character cache. */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let norm = charCache[code];
    if (norm === undefined) {
      if (code >= 0xd800 && code <= 0xdfff) {
        out += text[i];
        continue;
      }
      norm = foldChar(text[i]!);
      charCache[code] = norm;
    }
    out += norm;
  }
  return out;
}

/**
 * arabic.ts normalizeWithMap plus the foreign letters, several times faster on long
 * pages: each distinct character is normalized once, then looked up, and the
 * output is written as code units.
 */
export function normalizeFast(original: string): NormalizedText {
  const n = original.length;
  // Lower-casing may lengthen a character ('İ'): grow the buffers when that happens.
  let map = new Int32Array(n + 17);
  let out = new Uint16Array(n + 16);
  let len = 0;
  const ensure = (extra: number) => {
    if (len + extra + 1 < out.length) return;
    const size = out.length * 2 + extra + 16;
    const m = new Int32Array(size + 1);
    m.set(map);
    map = m;
    const o = new Uint16Array(size);
    o.set(out);
    out = o;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      // Keep surrogate pairs together, unchanged.
      ensure(2);
      map[len] = i;
      out[len++] = code;
      map[len] = i + 1;
      out[len++] = original.charCodeAt(i + 1);
      i++;
      continue;
    }
    let norm = charCache[code];
    if (norm === undefined) {
      norm = foldChar(original[i]!);
      charCache[code] = norm;
    }
    if (norm.length === 1) {
      ensure(1);
      map[len] = i;
      out[len++] = norm.charCodeAt(0);
    } else if (norm.length > 1) {
      ensure(norm.length);
      for (let k = 0; k < norm.length; k++) {
        map[len] = i;
        out[len++] = norm.charCodeAt(k);
      }
    }
  }
  map[len] = n;
  return { text: utf16.decode(out.subarray(0, len)), toOriginal: map.subarray(0, len + 1), originalLength: n };
}

/** Span in the original text for a normalized [start, end). */
export function toOriginal(prepared: PreparedText, start: number, end: number): { start: number; end: number } {
  return originalSpan(prepared.norm, start, end);
}
