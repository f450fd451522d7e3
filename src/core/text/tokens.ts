// The one tokenizer: what a word is, once. A word is a run of letters, marks
// and digits of any script; tatweel and invisible characters (joiners, bidi
// controls, soft hyphen) inside it do not split it. Every stage reads words
// through here: the document's tokens (normalized offsets, for the phrase
// matcher) and words of a stretch of the original text (original offsets).
import { isQuoteMarkCode } from '../chars';
import { isConjunction, isPreposition, isProclitic } from '../clitics';
import { documentNextWord, documentWordsIn } from './doc-words';
import { isFolded, normalizeText } from './normalize';
import type { Vocabulary } from './vocabulary';
export { WORD_SKETCHES, WordSketches, wordSketch } from './sketches';
import { WORD_HASH_SEED, WordIds, wordHashStep } from './word-ids';

/** A word of the normalized text (offsets in the normalized text). */
export interface Token {
  start: number;
  end: number;
  /** The normalized word. */
  text: string;
  /** True when only spaces, quotation marks or a dash separate this token from the next one (the words of one name). */
  joinsNext: boolean;
  /** Its readings as proclitics + stem, once asked for (tokenReadings; a token with a word id has them kept by its vocabulary instead). */
  readings?: readonly Reading[] | null;
  /** The word's id in `vocab`, the vocabulary it was numbered in (text/vocabulary.ts; -1 and null for tokens read without one). */
  id?: number;
  vocab?: Vocabulary | null;
}

/** A word of the original text (offsets in the original text) with its normalized form. */
export interface Word {
  start: number;
  end: number;
  /** normalizeText of the word. */
  norm: string;
  /** The token it was read from (same word as `norm`): its word id keeps per-word answers (text/vocabulary.ts WordAnswers). */
  token?: Token;
}

const WORD = /^[\p{L}\p{M}\p{N}\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]$/u;

/** Characters other than quotation marks that may sit between the words of one name: spaces, dashes, brackets (not a comma, a period or a newline). */
const NAME_JOINER_CODES = new Set([' ', '\u00A0', '\t', '-', '–', '(', ')'].map((ch) => ch.charCodeAt(0)));
const DASH_CODES = new Set(['-', '–'].map((ch) => ch.charCodeAt(0)));

/** What a code unit is to the tokenizer: not known yet, part of a word, or between words parting two names, joining them, or a dash that may join them. */
const UNKNOWN = 0;
const WORD_UNIT = 1;
const PARTS = 2;
const JOINS = 3;
const DASH_JOINS = 4;
/** The class of each UTF-16 code unit, filled on first sight: one table read per character. */
const UNIT_CLASS = new Uint8Array(0x10000);

function unitClass(code: number): number {
  const known = UNIT_CLASS[code]!;
  if (known !== UNKNOWN) return known;
  // (Surrogates continue a word: letters outside the BMP.)
  const kind =
    (code >= 0xd800 && code <= 0xdfff) || WORD.test(String.fromCharCode(code)) ? WORD_UNIT : !(NAME_JOINER_CODES.has(code) || isQuoteMarkCode(code)) ? PARTS : DASH_CODES.has(code) ? DASH_JOINS : JOINS;
  UNIT_CLASS[code] = kind;
  return kind;
}

/** Does the code unit continue a word? (Surrogates do: letters outside the BMP.) */
export function isWordUnit(code: number): boolean {
  return unitClass(code) === WORD_UNIT;
}

/** The tokens of a normalized text, their words numbered in `vocab` when given. Linear. */
export function tokenize(norm: string, vocab: Vocabulary | null = null): Token[] {
  const tokens: Token[] = [];
  const n = norm.length;
  // (The class table, the classes and the hash step in locals: a bundle's module-level names are read from its
  // context, with a check, at every use; this loop reads every character of the text.)
  const classes = UNIT_CLASS;
  const [wordUnit, parts, dashJoins] = [WORD_UNIT, PARTS, DASH_JOINS];
  const step = wordHashStep;
  let i = 0;
  let prev: Token | null = null;
  while (i < n) {
    // The gap before the next word: may it join two words of one name?
    const gapStart = i;
    let joinable = true;
    let dash = false;
    for (; i < n; i++) {
      const code = norm.charCodeAt(i);
      const kind = classes[code] || unitClass(code);
      if (kind === wordUnit) break;
      if (kind === parts) joinable = false;
      else if (kind === dashJoins) dash = true;
    }
    if (i >= n) break;
    const start = i;
    let hash = WORD_HASH_SEED;
    for (; i < n; i++) {
      const code = norm.charCodeAt(i);
      if ((classes[code] || unitClass(code)) !== wordUnit) break;
      hash = step(hash, code);
    }
    const gap = start - gapStart;
    // A dash joins only when it touches both words ("لفوفا-بيلوفا"), not in "نتنياهو - صورة".
    if (prev) prev.joinsNext = joinable && gap <= 4 && !(dash && gap > 1);
    const id = vocab ? vocab.idOfRange(norm, start, i, hash) : -1;
    prev = { start, end: i, text: vocab ? vocab.word(id) : norm.slice(start, i), joinsNext: false, id, vocab };
    tokens.push(prev);
  }
  return tokens;
}

/**
 * A question about a word asked again and again (words repeat a lot in news
 * text: a word-list test, a word's readings), answered once per distinct word
 * (bounded cache). The answer must depend on the word alone.
 */
export function oncePerWord<T>(answer: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      if (answers.size > 50_000) answers.clear();
      known = answer(word);
      answers.set(word, known);
    }
    return known;
  };
}

/**
 * The words nextWord has read, as printed, numbered by their characters, each
 * with its normalized form (made once): a word read again is found with no
 * string made, and its normalized form is the same string every time (its
 * hash computed once for the word lists asked about it). Bounded: a full table
 * starts again.
 */
class PrintedWords extends WordIds {
  private readonly norms: string[] = [];

  norm(id: number): string {
    return this.norms[id]!;
  }

  protected override added(id: number): void {
    const word = this.word(id);
    this.norms.push(isFolded(word) ? word : normalizeText(word));
  }
}

let printedWords = new PrintedWords();

/** normalizeText of the word text[start, end), whose characters' hash is `hash`. */
function normalizedRange(text: string, start: number, end: number, hash: number): string {
  if (printedWords.size >= PRINTED_WORDS_MAX) printedWords = new PrintedWords();
  return printedWords.norm(printedWords.idOfRange(text, start, end, hash));
}

const PRINTED_WORDS_MAX = 1 << 15;

/** The words of text[from, to) of an original text, normalized. Linear in the stretch. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  if (from <= 0 && to >= text.length && text.length <= SHORT_TEXT) return wordsOfShortText(text);
  const known = documentWordsIn(text, from, to, readWord, isWordUnit);
  if (known !== null) return known;
  const out: Word[] = [];
  for (let w = nextWord(text, from, to); w; w = nextWord(text, w.end, to)) out.push(w);
  return out;
}

/**
 * The first word of text[from, to), normalized, or null: wordsIn a word at a
 * time, for a reader that stops early (nextWord(text, w.end, to) is the next one).
 * In the text being analyzed, the document's own word where reading would give the same.
 */
export function nextWord(text: string, from: number, to: number): Word | null {
  const known = documentNextWord(text, from, to, readWord, isWordUnit);
  return known !== undefined ? known : readWord(text, from, to);
}

/** nextWord read from the characters. */
function readWord(text: string, from: number, to: number): Word | null {
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    while (i < end && !isWordUnit(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    let hash = WORD_HASH_SEED;
    for (let code = text.charCodeAt(i); i < end && isWordUnit(code); code = text.charCodeAt(++i)) hash = wordHashStep(hash, code);
    const norm = normalizedRange(text, start, i, hash);
    if (norm) return { start, end: i, norm };
  }
  return null;
}

/** The first `n` words of text[from, to): wordsIn(text, from, to).slice(0, n), with no word read past them. */
export function firstWordsIn(text: string, from: number, to: number, n: number): Word[] {
  const out: Word[] = [];
  for (let w = n > 0 ? nextWord(text, from, to) : null; w; w = out.length < n ? nextWord(text, w.end, to) : null) out.push(w);
  return out;
}

/** wordsIn(text, from, to).some((w) => test(w.norm)), with no array made and no word read past the first that passes. */
export function someWordIn(text: string, from: number, to: number, test: (norm: string) => boolean): boolean {
  for (let w = nextWord(text, from, to); w; w = nextWord(text, w.end, to)) if (test(w.norm)) return true;
  return false;
}

/** The last `n` words of text[from, to): wordsIn(text, from, to).slice(-n), read backwards from `to`. */
export function lastWordsIn(text: string, from: number, to: number, n: number): Word[] {
  const out: Word[] = [];
  for (let w = n > 0 ? lastWordIn(text, from, to) : null; w; w = out.length < n ? lastWordIn(text, from, w.start) : null) out.push(w);
  return out.reverse();
}

/** The last word of text[from, to): wordsIn(text, from, to).at(-1), read backwards from `to` (a rule that looks at the word before a mark first). */
export function lastWordIn(text: string, from: number, to: number): Word | null {
  const start = Math.max(0, from);
  for (let end = Math.min(to, text.length); end > start; ) {
    while (end > start && !isWordUnit(text.charCodeAt(end - 1))) end--;
    let wordStart = end;
    while (wordStart > start && isWordUnit(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === end) break;
    // A run that normalizes to nothing (tatweel alone) is no word: the one before it is the last.
    const word = nextWord(text, wordStart, end);
    if (word) return word;
    end = wordStart;
  }
  return null;
}

/** A name, a mention's surface: the speaker stage reads the words of the same short strings again and again. */
const SHORT_TEXT = 80;
/** wordsIn of whole short strings (bounded cache; frozen, as every caller shares them). */
const shortTextWords = new Map<string, readonly Word[]>();

function wordsOfShortText(text: string): Word[] {
  let words = shortTextWords.get(text);
  if (words === undefined) {
    if (shortTextWords.size > 20_000) shortTextWords.clear();
    const out: Word[] = [];
    for (let w = nextWord(text, 0, text.length); w; w = nextWord(text, w.end, text.length)) out.push(Object.freeze(w));
    words = Object.freeze(out);
    shortTextWords.set(text, words);
  }
  return words as Word[];
}

/** The normalized words of a phrase (a name, a list entry). */
export function phraseWords(phrase: string): string[] {
  return tokenize(normalizeText(phrase)).map((t) => t.text);
}

/** A reading of a word as proclitics + stem: [prefix, stem]. */
export type Reading = readonly [prefix: string, stem: string];

/**
 * Ways to read a normalized word as proclitics + stem. The bare word comes
 * first. "للخارجية" reads as ل + الخارجية; "وللخارجية" as ول + الخارجية.
 * (Readings repeat as words do: each distinct word read once.)
 */
export const procliticReadings: (word: string) => readonly Reading[] = oncePerWord(readingsOf);

/** A token's readings as proclitics + stem, read once per token whichever stage asks. */
export function tokenReadings(token: Token): readonly Reading[] {
  // A tokenized word's are kept by id in its vocabulary: a field per token would cost every token 8 bytes.
  if (token.vocab && token.id! >= 0) return token.vocab.readings(token.id!);
  return (token.readings ??= procliticReadings(token.text));
}

function readingsOf(word: string): Reading[] {
  const readings: Reading[] = [['', word]];
  if (!isProclitic(word[0])) return readings;
  const c0 = word[0]!;
  const c1 = word[1] ?? '';
  // ("للوزارة" is ل + الوزارة; "للجنة" is ل + اللجنة, whose article lost its alif: ل + ال + لجنة.)
  if (word.length >= 4 && c0 === 'ل' && c1 === 'ل') readings.push(['ل', `ا${word.slice(1)}`], ['ل', `ال${word.slice(1)}`]);
  if (word.length >= 5 && isConjunction(c0) && c1 === 'ل' && word[2] === 'ل') readings.push([word.slice(0, 2), `ا${word.slice(2)}`], [word.slice(0, 2), `ال${word.slice(2)}`]);
  if (word.length >= 3) readings.push([c0, word.slice(1)]);
  if (word.length >= 4 && isConjunction(c0) && isPreposition(c1)) readings.push([word.slice(0, 2), word.slice(2)]);
  return readings;
}

/** The word, then without one conjunction (و ف), without a preposition (ب ل ك) after it, and لل read as ال or as ل + ال: for word-list lookups (once per distinct word). */
export const stems: (w: string) => readonly string[] = oncePerWord(stemsOf);

function stemsOf(w: string): string[] {
  const out = [w];
  let x = w;
  if (x.length > 3 && isConjunction(x[0])) {
    x = x.slice(1);
    out.push(x);
  }
  if (x.length > 3 && isPreposition(x[0])) out.push(x.slice(1));
  // ("للوزارة" is ل + الوزارة; "للجنة" is ل + اللجنة, whose article lost its alif.)
  if (x.startsWith('لل') && x.length > 3) out.push(`ال${x.slice(2)}`, `ال${x.slice(1)}`);
  return out;
}

/** A word without its long vowels after the first letter ("بوشنيل", "بوشنل" → "بشنل"): a transliterated name's spellings meet (once per distinct word). */
export const consonantSkeleton = oncePerWord((word) => word[0] + word.slice(1).replace(/[اوي]/g, ''));
