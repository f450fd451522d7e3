// Words for the statement index: tokenization, Arabic-aware normalization and
// a light stemmer (clitics and common suffixes), shared by indexing and queries
// so that both sides always agree. Pure.
import search from '../../../data/search.json';
import { isArabicLetter, normalizeChar } from '../text/normalize';
import { isConjunction, isPreposition, isProclitic } from '../clitics';

/** One word of a text: its normalized form and where it sits in the original. */
export interface Token {
  /** normalizeArabic(surface) (lower-cased). */
  norm: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]/u;
/** Per UTF-16 code: 0 unknown, 1 word character, 2 not (filled on first sight: the regex runs once per code). */
const wordCodes = new Uint8Array(65536);

/** Letters, digits, marks, tatweel and joiners continue a word; surrogate halves too (letters beyond the BMP). */
function isWordCode(code: number): boolean {
  let known = wordCodes[code]!;
  if (known === 0) {
    known = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCodes[code] = known;
  }
  return known === 1;
}

/** normalizeChar (arabic.ts) remembered per character: the same result, without its regex tests each time. */
const normalizedChars = new Map<string, string>();

/** Words already normalized (they repeat a great deal; bounded, a full memo starts over). */
const normalizedWords = new Map<string, string>();

/** normalizeArabic for one word, through memos. */
export function normalizeWord(word: string): string {
  const known = normalizedWords.get(word);
  if (known !== undefined) return known;
  const out = normalizeChars(word);
  if (normalizedWords.size >= 100_000) normalizedWords.clear();
  normalizedWords.set(word, out);
  return out;
}

function normalizeChars(word: string): string {
  let out = '';
  for (const ch of word) {
    let n = normalizedChars.get(ch);
    if (n === undefined) {
      n = normalizeChar(ch);
      if (normalizedChars.size < 10_000) normalizedChars.set(ch, n);
    }
    out += n;
  }
  return out;
}

/** Splits a text into words with their original offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const norm = normalizeWord(text.slice(start, i));
      if (norm) out.push({ norm, start, end: i });
      start = -1;
    }
  }
  return out;
}

// The stemmer's word lists live in data/search.json (see its _comment), the
// proclitic letters in data/morphology.json (through clitics.ts). All forms
// there are written already normalized (ة→ه, أ→ا, ى→ي).

/** Proclitic clusters that end in the article, longest first: stripped when 2+ letters remain. */
const ARTICLE_PREFIXES: readonly string[] = search.articlePrefixes;
/** Suffixes, longest first: at most two are stripped, each and only when 3+ letters remain
 * (2+ for SHORT_SUFFIXES, the feminine/plural endings ات and ة→ه, so that "قوات" and "قوة" meet). */
const SUFFIXES: readonly string[] = search.suffixes;
const SHORT_SUFFIXES: ReadonlySet<string> = new Set(search.shortSuffixes);

/**
 * Very common function words: carried by nearly every statement, they add no
 * ranking signal and would make the biggest postings. Normalized forms.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(search.stopwords);

/** The light stem of one normalized Arabic word: article cluster and up to two suffixes off. */
function stemArabic(word: string): string {
  let w = word;
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  // Two passes: a pronoun after a plural ("تصريحاتها"), a plural after a nisba ("المدنيين").
  for (let pass = 0; pass < 2; pass++) {
    const s = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= (SHORT_SUFFIXES.has(x) ? 2 : 3));
    if (!s) break;
    w = w.slice(0, -s.length);
  }
  return w;
}

function isArabicWord(word: string): boolean {
  return isArabicLetter(word[0]);
}

/**
 * The index terms of one normalized word, the main one first. A word that
 * starts with a letter clitic (و ف ب ل ك) also yields the stem without it, as a
 * second term: "وزير" is both "وزير" and, perhaps, "و"+"زير"; "وروسيا" both
 * "وروس" and "روس". Indexing both keeps "بوزير" and "وزير" findable by "وزير"
 * while "وزير" is never reduced to "زير" for the query side (see queryTerms).
 */
export function termsOfWord(norm: string): string[] {
  let terms = termsMemo.get(norm);
  if (!terms) {
    terms = computeTermsOfWord(norm);
    // Words repeat a great deal: remember them (bounded; a full memo starts over).
    if (termsMemo.size >= 100_000) termsMemo.clear();
    termsMemo.set(norm, terms);
  }
  return terms;
}

const termsMemo = new Map<string, string[]>();

function computeTermsOfWord(norm: string): string[] {
  if (!isArabicWord(norm)) return [norm];
  const main = stemArabic(norm);
  const out = [main];
  // Only when no article cluster was stripped: "والحرب" is handled already.
  if (main.length >= 2 && isProclitic(norm[0]) && !ARTICLE_PREFIXES.some((p) => norm.startsWith(p) && norm.length - p.length >= 2)) {
    let rest = norm.slice(1);
    // و/ف followed by another letter clitic: "وبحسب", "فلن".
    if (norm.length >= 5 && isConjunction(norm[0]) && isPreposition(rest[0])) {
      const deeper = stemArabic(rest.slice(1));
      if (deeper.length >= 3 && !out.includes(deeper)) out.push(deeper);
    }
    if (rest.length >= 3) {
      rest = stemArabic(rest);
      if (!out.includes(rest)) out.push(rest);
    }
  }
  return out;
}

/** A word reduced for prefix search: article cluster off, no suffix stripping. */
export function prefixOfWord(norm: string): string {
  if (!isArabicWord(norm)) return norm;
  for (const p of ARTICLE_PREFIXES) if (norm.startsWith(p) && norm.length - p.length >= 1) return norm.slice(p.length);
  return norm;
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

/** Index terms of a whole text with their frequencies, and its length in (non-stop) words. */
export function termCounts(text: string): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const t of tokenize(text)) {
    if (isStopword(t.norm)) continue;
    length++;
    for (const term of termsOfWord(t.norm)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { counts, length };
}

/** Word shingles (hashes of 3 consecutive stems) for near-duplicate detection. */
export function shingles(text: string, size = 3): Set<number> {
  // The most stripped form of each word, so "وأمن" and "و أمن" agree.
  const hashes: number[] = [];
  for (const t of tokenize(text)) if (!isStopword(t.norm)) hashes.push(hashString(termsOfWord(t.norm).at(-1)!));
  const out = new Set<number>();
  if (hashes.length < size) {
    if (hashes.length) out.add(hashes.reduce((h, x) => Math.imul(h ^ x, 0x01000193) >>> 0, 0x811c9dc5));
    return out;
  }
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ hashes[i + k]!, 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** FNV-1a, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
