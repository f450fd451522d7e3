// Word phrases of a word list ("نقلا عن", "وفقا ل") keyed by their first word,
// matched against a text's words (normalized): a speech verb or an attribution
// phrase found bare or behind و/ف in one lookup per word.
import { CONJUNCTIONS } from '../clitics';
import { WordSketches, type Token, type Word } from '../text/tokens';
import { WordAnswers } from '../text/vocabulary';

interface PhraseEntry<T> {
  words: string[];
  value: T;
}

/** Multi-word phrases keyed by their first word as printed, bare or behind و/ف; longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { bare: PhraseEntry<T>[]; behindConjunction: PhraseEntry<T>[] }>();
  /** The sketches of the keys of byFirst (text/tokens.ts): most words are passed without a lookup. */
  private readonly firstWords = new WordSketches();
  /** byFirst's slot of each word of a text (null: none), kept by word id: the lookup done once per word. */
  private readonly slotsByWord = new WordAnswers((token: Token) => this.slotOf(token.text) ?? null);

  add(phrase: string, value: T): void {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const entry = { words, value };
    insertLongestFirst(this.slot(words[0]!).bare, entry);
    // "وقال", "فأكدت": the first word behind a conjunction (a word of three letters or more).
    if (words[0]!.length >= 2) for (const c of CONJUNCTIONS) insertLongestFirst(this.slot(c + words[0]!).behindConjunction, entry);
  }

  private slotOf(word: string) {
    return this.firstWords.mayHave(word) ? this.byFirst.get(word) : undefined;
  }

  private slot(first: string) {
    let slot = this.byFirst.get(first);
    if (!slot) {
      slot = { bare: [], behindConjunction: [] };
      this.byFirst.set(first, slot);
      this.firstWords.add(first);
      this.slotsByWord.clear();
    }
    return slot;
  }

  /** May a phrase start at this word, bare or behind و/ف? (False: match and matchBehindConjunction find none there.) */
  mayStart(word: string): boolean {
    return this.slotOf(word) !== undefined;
  }

  /** The longest phrase starting at words[i] (its first word possibly written as `first`), bare. */
  match(words: Word[], i: number, first = words[i]?.norm): { length: number; value: T } | null {
    return first === undefined ? null : longestOf(this.slotOf(first)?.bare, words, i);
  }

  /** The longest phrase starting at words[i], bare or else behind و/ف ('قال', 'وقال'). One lookup per word. */
  matchBehindConjunction(words: Word[], i: number): { length: number; value: T } | null {
    const word = words[i];
    if (word === undefined) return null;
    const slot = word.token ? this.slotsByWord.of(word.token) : this.slotOf(word.norm);
    if (!slot) return null;
    return longestOf(slot.bare, words, i) ?? longestOf(slot.behindConjunction, words, i);
  }
}

function insertLongestFirst<T>(list: PhraseEntry<T>[], entry: PhraseEntry<T>): void {
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
}

function longestOf<T>(list: PhraseEntry<T>[] | undefined, words: Word[], i: number): { length: number; value: T } | null {
  if (!list) return null;
  for (const entry of list) {
    let ok = true;
    for (let k = 1; k < entry.words.length && ok; k++) ok = words[i + k]?.norm === entry.words[k];
    if (ok) return { length: entry.words.length, value: entry.value };
  }
  return null;
}
