// The words read so far, numbered: each distinct word of the texts (and each
// stem its proclitic readings give) gets an id once, so that a word list asked
// about the same word again, in this text or the next, answers from an array
// by number instead of hashing the string again (matcher.ts keeps its
// first-word answers by id). Ids mean something only within their vocabulary:
// every token carries its own. Bounded: when full, the next text starts a new one.
import { procliticReadings } from './tokens';

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Each id's word. */
  private readonly words: string[] = [];
  /** Per word id, the ids of the stems of its proclitic readings (procliticReadings order), once asked for. */
  private readonly readingStems: Array<Int32Array | undefined> = [];

  /** The word's id in this vocabulary (numbered on first sight). */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.readingStems.push(undefined);
    }
    return id;
  }

  /** How many words are numbered: every id is below it. */
  get size(): number {
    return this.words.length;
  }

  /** The ids of the stems of procliticReadings(the word of `id`), in the same order (the bare word first). */
  readingStemIds(id: number): Int32Array {
    let stems = this.readingStems[id];
    if (stems === undefined) {
      const readings = procliticReadings(this.words[id]!);
      stems = new Int32Array(readings.length);
      for (let r = 0; r < readings.length; r++) stems[r] = this.idOf(readings[r]![1]);
      this.readingStems[id] = stems;
    }
    return stems;
  }
}

/** Words numbered before a new vocabulary is started (a news vocabulary stays well below). */
export const VOCABULARY_MAX_WORDS = 1 << 16;

let shared = new Vocabulary();

/** The vocabulary a new text's words are numbered in: the same from text to text, until it is full. */
export function sharedVocabulary(): Vocabulary {
  if (shared.size >= VOCABULARY_MAX_WORDS) shared = new Vocabulary();
  return shared;
}
