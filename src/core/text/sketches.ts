// A word's sketch (its length, first and last letter as one number) and the
// sketches of a word list's words: most words of a text share none with a
// list, and are passed without a lookup (matcher.ts, lexicon/phrase-table.ts,
// and the sketches a vocabulary keeps per word: vocabulary.ts).

/** How many sketches there are (wordSketch's answers are below it). */
export const WORD_SKETCHES = 1 << 16;

/**
 * The sketches of a word list's words: most words of a text share none, and
 * are passed without a lookup (matcher.ts, lexicon/phrase-table.ts).
 */
export class WordSketches {
  /** One bit per sketch (8 KB: word lists made per text keep one too). */
  private readonly bits = new Uint32Array(WORD_SKETCHES >>> 5);

  add(word: string): void {
    const s = wordSketch(word);
    this.bits[s >>> 5]! |= 1 << (s & 31);
  }

  /** False when no word added has the word's sketch (so the word is none of them). */
  mayHave(word: string): boolean {
    return this.hasSketch(wordSketch(word));
  }

  /** mayHave by the word's sketch (a vocabulary keeps its words' sketches: text/vocabulary.ts). */
  hasSketch(s: number): boolean {
    return (this.bits[s >>> 5]! & (1 << (s & 31))) !== 0;
  }
}

/** A word's sketch: its length (up to 15), first and last letter (the Arabic letters each their own, any other character one). */
export function wordSketch(word: string): number {
  return (((Math.min(word.length, 15) << 6) | sketchLetter(word.charCodeAt(0))) << 6) | sketchLetter(word.charCodeAt(word.length - 1));
}

const sketchLetter = (code: number) => (code >= 0x620 && code < 0x65f ? code - 0x620 : 63);
