// The words read so far, numbered: each distinct word of the texts gets an id
// once (in tokenize), so that a word list asked about the same word again, in
// this text or the next, answers from an array by number instead of hashing
// the string again (matcher.ts keeps its answers by word id). A word seen
// before is found from the text's characters with no string made, and its
// tokens share the vocabulary's one string (its hash computed once for every
// set and map asked about it). Ids mean something only within their
// vocabulary: every token carries its own. Bounded: when one is full, the next
// text starts a new one.
import { isProcliticCode } from '../clitics';
import { oncePerWord, procliticReadings, wordSketch, type Reading, type Token, type Word, type WordSketches } from './tokens';
import { WordIds } from './word-ids';

export class Vocabulary extends WordIds {
  /** Per id, the word's proclitic readings, once asked for. */
  private readonly readingsById: Array<readonly Reading[] | undefined> = [];

  /** procliticReadings of the word numbered `id`, by number. */
  readings(id: number): readonly Reading[] {
    return (this.readingsById[id] ??= procliticReadings(this.word(id)));
  }

  /**
   * Per id, the sketches (text/tokens.ts wordSketch) of the stems a phrase may
   * start with at the word: the word itself, and behind its proclitics when its
   * first letter may be one (matcher.ts). SKETCH_SLOTS per id: how many, then
   * each; 0 until read.
   */
  private startSketches = new Int32Array(SKETCH_SLOTS << 10);

  /** May a phrase of a list whose first words' sketches are `firstWords` start at the word numbered `id`? (False: none does.) */
  mayOpen(id: number, firstWords: WordSketches): boolean {
    const at = id * SKETCH_SLOTS;
    if (at >= this.startSketches.length) this.growSketches(at);
    const sketches = this.startSketches;
    let count = sketches[at]!;
    if (count === 0) count = this.readSketches(id, at);
    if (count === MORE_READINGS) return true;
    for (let k = 1; k < count; k++) if (firstWords.hasSketch(sketches[at + k]!)) return true;
    return false;
  }

  /** Writes the sketches of the word numbered `id` at `at`; returns its slot count (1 + the sketches). */
  private readSketches(id: number, at: number): number {
    const word = this.word(id);
    const readings = isProcliticCode(word.charCodeAt(0)) ? this.readings(id) : null;
    // (More readings than slots, never so far: the word may open any list.)
    if (readings && readings.length >= SKETCH_SLOTS) return (this.startSketches[at] = MORE_READINGS);
    let count = 1;
    this.startSketches[at + count++] = wordSketch(word);
    if (readings) for (let r = 1; r < readings.length; r++) this.startSketches[at + count++] = wordSketch(readings[r]![1]);
    this.startSketches[at] = count;
    return count;
  }

  /**
   * The tokens of a list (all of this vocabulary) by the sketches mayOpen reads for them, read once per list:
   * a list with few first words (a text's own names) looks up the few tokens that may open one of its
   * phrases instead of asking every token (matcher.ts scan). Null when a token is not of this vocabulary.
   */
  startIndex(tokens: readonly Token[]): StartIndex | null {
    const known = this.indexes.get(tokens);
    if (known !== undefined && known.tokens === tokens.length) return known;
    // Counted, then placed (one array for all: a sketch's tokens lie side by side, in text order).
    const firsts = new Int32Array(INDEX_BUCKETS + 1);
    const any: number[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.vocab !== this || t.id === undefined || t.id < 0) return null;
      const at = this.sketchesAt(t.id);
      const count = this.startSketches[at]!;
      if (count === MORE_READINGS) any.push(k);
      for (let j = 1; j < count; j++) firsts[indexBucket(this.startSketches[at + j]!) + 1]!++;
    }
    for (let b = 1; b <= INDEX_BUCKETS; b++) firsts[b]! += firsts[b - 1]!;
    const next = firsts.slice(0, INDEX_BUCKETS);
    const at = new Int32Array(firsts[INDEX_BUCKETS]!);
    for (let k = 0; k < tokens.length; k++) {
      const from = this.sketchesAt(tokens[k]!.id!);
      const count = this.startSketches[from]!;
      // (A word's readings may share a bucket: its token is listed once in it.)
      for (let j = 1; j < count; j++) {
        const b = indexBucket(this.startSketches[from + j]!);
        if (next[b]! === firsts[b]! || at[next[b]! - 1] !== k) at[next[b]!++] = k;
      }
    }
    const index: StartIndex = { tokens: tokens.length, firsts, ends: next, at, any };
    this.indexes.set(tokens, index);
    return index;
  }

  private readonly indexes = new WeakMap<readonly Token[], StartIndex>();

  /** Where the sketches of the word numbered `id` begin in startSketches, read if not yet. */
  private sketchesAt(id: number): number {
    const at = id * SKETCH_SLOTS;
    if (at >= this.startSketches.length) this.growSketches(at);
    if (this.startSketches[at] === 0) this.readSketches(id, at);
    return at;
  }

  private growSketches(at: number): void {
    const grown = new Int32Array(Math.max(this.startSketches.length * 2, at + SKETCH_SLOTS));
    grown.set(this.startSketches);
    this.startSketches = grown;
  }

  protected override added(): void {
    this.readingsById.push(undefined);
  }
}

/**
 * Vocabulary.startIndex: the tokens with a sketch in bucket b (indexBucket) are at[firsts[b] .. ends[b]), in
 * text order; `any` may open any list. (Buckets rather than sketches: two small arrays per text instead of two
 * of 65536; the tokens of a bucket are asked again by sketch.)
 */
export interface StartIndex {
  tokens: number;
  firsts: Int32Array;
  ends: Int32Array;
  at: Int32Array;
  any: number[];
}

const INDEX_BUCKETS = 1 << 12;
/** A sketch's bucket in a StartIndex. */
export const indexBucket = (sketch: number): number => Math.imul(sketch, 0x9e3779b1) >>> 20;

/** Slots per word of Vocabulary.startSketches: the count, then up to five sketches. */
const SKETCH_SLOTS = 6;
/** The count of a word with more readings than that. */
const MORE_READINGS = -1;

/** Words numbered before a new vocabulary is started (a news vocabulary stays well below). */
export const VOCABULARY_MAX_WORDS = 1 << 15;

let shared = new Vocabulary();

/** The vocabulary a new text's words are numbered in: the same from text to text, until it is full. */
export function sharedVocabulary(): Vocabulary {
  if (shared.size >= VOCABULARY_MAX_WORDS) shared = new Vocabulary();
  return shared;
}

/**
 * What a rule asks about every token of every text, answered once per word:
 * kept by word id (a token read without a vocabulary is answered each time).
 * `answer` must depend on the token's word alone.
 */
export class WordAnswers<T> {
  private vocab: Vocabulary | null = null;
  private answers: Array<T | undefined> = [];

  constructor(private readonly answer: (token: Token) => T) {}

  /** Forgets every answer (what they depend on changed). */
  clear(): void {
    if (this.vocab === null) return;
    this.vocab = null;
    this.answers = [];
  }

  of(token: Token): T {
    const id = token.id ?? -1;
    if (token.vocab === this.vocab && id >= 0 && id < this.answers.length) {
      const known = this.answers[id];
      if (known !== undefined) return known;
    }
    const answer = this.answer(token);
    if (!token.vocab || id < 0) return answer;
    if (token.vocab !== this.vocab) {
      this.vocab = token.vocab;
      this.answers = [];
    }
    while (this.answers.length <= id) this.answers.push(undefined);
    this.answers[id] = answer;
    return answer;
  }
}

/**
 * A test of a token's word asked at every token of a text (a word list's
 * membership): answered once per word, then by the token's word id (an array
 * load, where a set lookup hashes and compares the string). `answer` must
 * depend on the word alone and never return undefined.
 */
export function perWord<T>(answer: (word: string) => T): (token: Token) => T {
  const answers = new WordAnswers((token: Token) => answer(token.text));
  return (token) => answers.of(token);
}

/**
 * perWord for a text's words (a Word of the document carries its token): by
 * the token's word id, else (a word read without one) once per distinct
 * string. `answer` must depend on the word alone and never return undefined.
 */
export function perTextWord<T>(answer: (word: string) => T): (word: Word) => T {
  const byString = oncePerWord(answer);
  // (WordAnswers' lookup written out here: one call per word asked, not three.)
  let vocab: Vocabulary | null = null;
  let answers: Array<T | undefined> = [];
  return (w) => {
    const token = w.token;
    const id = token?.id ?? -1;
    if (id < 0 || !token!.vocab) return byString(w.norm);
    if (token!.vocab !== vocab) {
      vocab = token!.vocab;
      answers = [];
    }
    if (id < answers.length) {
      const known = answers[id];
      if (known !== undefined) return known;
    }
    const answer = byString(w.norm);
    while (answers.length <= id) answers.push(undefined);
    answers[id] = answer;
    return answer;
  };
}

/**
 * The indices of the tokens whose word is one of `words`, in text order: by word id (a text's tokens share
 * one vocabulary), an array load per token where a set of strings would hash and compare each token's word.
 */
export function tokensOfWords(tokens: readonly Token[], words: Iterable<string>): number[] {
  const byString = new Set(words);
  const vocab = tokens[0]?.vocab ?? null;
  const byId = new Uint8Array(vocab?.size ?? 0);
  // (A word no token has may be numbered here: its id is past the tokens' and marks nothing.)
  if (vocab) for (const w of byString) byId[vocab.idOf(w)] = 1;
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.vocab === vocab && vocab !== null ? byId[t.id!] === 1 : byString.has(t.text)) out.push(k);
  }
  return out;
}
