// Words numbered as they are read: the word text[start, end) of a text is found
// by its characters' hash, with no string made when it was seen before.
// Depends on nothing, so that the language check (bundled into the content
// check) can number its words the same way as the tokenizer (vocabulary.ts).

/** The hash of a word's characters, one code unit at a time: WORD_HASH_SEED, then hash = wordHashStep(hash, code). */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const wordHashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

export class WordIds {
  /** Each id's word (its own string, not a slice keeping a whole text alive). */
  private readonly words: string[] = [];
  /** Open addressing: id + 1 per slot, 0 for an empty one; at most half full. */
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];

  /** The word's id (numbered on first sight). */
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

  /** A new word numbered (a subclass keeps what it adds per id alongside). */
  protected added(_id: number): void {}

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    // A long slice would keep the text it was cut from alive: keep a copy of its own.
    this.words.push(word.length >= 13 ? ownCopy(word) : word);
    this.hashes.push(hash);
    this.added(id);
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
  return word.length === end - start && text.startsWith(word, start);
}

function ownCopy(word: string): string {
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
  return String.fromCharCode(...codes);
}
