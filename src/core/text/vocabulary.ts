// The words read so far, numbered: each distinct word of the texts gets an id
// once (in tokenize), so that a word list asked about the same word again, in
// this text or the next, answers from an array by number instead of hashing
// the string again (matcher.ts keeps its answers by word id). Ids mean
// something only within their vocabulary: every token carries its own.
// Bounded: when one is full, the next text starts a new one.
import { procliticReadings, type Reading } from './tokens';

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Per id, the word's proclitic readings, once asked for. */
  private readonly readingsById: Array<readonly Reading[] | undefined> = [];

  /** The word's id in this vocabulary (numbered on first sight). */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      this.readingsById.push(undefined);
    }
    return id;
  }

  /** procliticReadings of the word numbered `id` (which is `word`), by number. */
  readings(id: number, word: string): readonly Reading[] {
    return (this.readingsById[id] ??= procliticReadings(word));
  }

  /** How many words are numbered: every id is below it. */
  get size(): number {
    return this.ids.size;
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
