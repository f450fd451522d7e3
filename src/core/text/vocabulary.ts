// The words read so far, numbered: each distinct word of the texts gets an id
// once (in tokenize), so that a word list asked about the same word again, in
// this text or the next, answers from an array by number instead of hashing
// the string again (matcher.ts keeps its answers by word id). A word seen
// before is found from the text's characters with no string made, and its
// tokens share the vocabulary's one string (its hash computed once for every
// set and map asked about it). Ids mean something only within their
// vocabulary: every token carries its own. Bounded: when one is full, the next
// text starts a new one.
import { procliticReadings, WORD_HASH_SEED, wordHashStep, type Reading, type Token } from './tokens';

export class Vocabulary {
  /** Each id's word (its own string, not a slice keeping a whole text alive). */
  private readonly words: string[] = [];
  /** Open addressing: id + 1 per slot, 0 for an empty one; at most half full. */
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  /** Per id, the word's proclitic readings, once asked for. */
  private readonly readingsById: Array<readonly Reading[] | undefined> = [];

  /** The word's id in this vocabulary (numbered on first sight). */
  idOf(word: string): number {
    let hash = WORD_HASH_SEED;
    for (let i = 0; i < word.length; i++) hash = wordHashStep(hash, word.charCodeAt(i));
    return this.idOfRange(word, 0, word.length, hash);
  }

  /** The id of the word text[start, end), whose hash is `hash`: no string made when it is known. */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]! - 1;
      if (id < 0) return this.add(text.slice(start, end), hash, s);
      if (this.hashes[id] === hash && sameWord(this.words[id]!, text, start, end)) return id;
    }
  }

  /** The word numbered `id`. */
  word(id: number): string {
    return this.words[id]!;
  }

  /** How many words are numbered: every id is below it. */
  get size(): number {
    return this.words.length;
  }

  /** procliticReadings of the word numbered `id`, by number. */
  readings(id: number): readonly Reading[] {
    return (this.readingsById[id] ??= procliticReadings(this.words[id]!));
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    // A long slice would keep the text it was cut from alive: keep a copy of its own.
    this.words.push(word.length >= 13 ? ownCopy(word) : word);
    this.hashes.push(hash);
    this.readingsById.push(undefined);
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let s = this.hashes[id]! & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function ownCopy(word: string): string {
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
  return String.fromCharCode(...codes);
}

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
