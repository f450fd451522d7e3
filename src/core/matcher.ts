// Phrase matching on normalized Arabic text: a trie of normalized word tokens,
// scanned once left to right (leftmost-longest), so the cost is linear in the
// text length. Words are matched whole; the first word of a phrase may carry
// the proclitics و ف ب ل ك (and لل for ال), which the reported span leaves out.
import { isProcliticCode } from './clitics';
import { readDocument, type TextDocument } from './text/document';
import { normalizeText, originalSpan } from './text/normalize';
import { phraseWords, procliticReadings, tokenReadings, wordSketch, WordSketches, type Token } from './text/tokens';
import type { ScanGroup } from './text/scan-group';
import { indexBucket, WordAnswers, type StartIndex } from './text/vocabulary';

// The text layer's names, for the stages that import them from here.
export { normalizeText, procliticReadings, tokenReadings, type Token };

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
  /** The lengths and the first letters of the words in `next`, one bit each (lengthBit, firstBit): most words a walk meets are none, and are told so without a map lookup. */
  childLengths: number;
  childFirsts: number;
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: null, childLengths: 0, childFirsts: 0 });
/** A word's length's bit and its first letter's bit in a node's childLengths and childFirsts (lengths from 31 up share one bit, letters by their code's last five bits). */
const lengthBit = (word: string): number => 1 << Math.min(word.length, 31);
const firstBit = (word: string): number => 1 << (word.charCodeAt(0) & 31);
/** May `word` be one of the node's next words? (False: the node's map has no such key.) */
const mayBeNext = <T>(node: TrieNode<T>, word: string): boolean => (node.childLengths & lengthBit(word)) !== 0 && (node.childFirsts & firstBit(word)) !== 0;

/** A reading of a word that opens a phrase: its proclitics and the trie node of its stem. */
interface Start<T> {
  prefix: string;
  node: TrieNode<T>;
}
const NO_STARTS: readonly Start<never>[] = Object.freeze([]);

/** How many first words a matcher has before it keeps its answers by word id. */
const ANSWERS_BY_ID_MIN_WORDS = 32;

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The sketches of the phrases' first words (text/tokens.ts): most words are passed without a lookup. */
  private readonly firstWords = new WordSketches();
  /** startsOf's answers, once per word (a long list only: a short one, a text's own names, is passed by sketch as fast). */
  private readonly startsByWord = new WordAnswers((token) => this.readStarts(token));
  private keepsStarts = false;
  /** The distinct sketches of the first words (for a short list's scan by the tokens' start index). */
  private readonly firstSketches: number[] = [];
  /** The group this matcher scans with (text/scan-group.ts) and its bit there. */
  private group: ScanGroup | null = null;
  private groupBit = 0;

  /** Scans together with the other members of `group`: which of them a token may open is read once per token for all. */
  scanWith(group: ScanGroup): void {
    const bit = group.join((token) => this.startsOf(token).length > 0);
    if (bit !== 0) {
      this.group = group;
      this.groupBit = bit;
    }
  }

  /** Adds a phrase (any spelling; it is normalized here). Returns false for an empty phrase. */
  add(phrase: string, value: T): boolean {
    return this.addWords(phraseWords(phrase), value);
  }

  /** Adds a phrase already normalized into its words (phraseWords). Returns false for no word. */
  addWords(words: readonly string[], value: T): boolean {
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = newNode();
        node.next.set(w, child);
        node.childLengths |= lengthBit(w);
        node.childFirsts |= firstBit(w);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    if (!this.firstWords.mayHave(words[0]!)) this.firstSketches.push(wordSketch(words[0]!));
    this.firstWords.add(words[0]!);
    // A phrase added after a scan (a text's own names, found as it is read): the answers kept by id are stale.
    this.startsByWord.clear();
    this.group?.changed();
    this.keepsStarts = this.root.next.size >= ANSWERS_BY_ID_MIN_WORDS;
    return true;
  }

  /** Leftmost-longest, non-overlapping matches over the tokens of a normalized text. */
  scan(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    // A short list of its own (a text's names): only the tokens that may open one of its phrases are asked.
    const index = this.group === null && !this.keepsStarts && tokens.length > 0 ? (tokens[0]!.vocab?.startIndex(tokens) ?? null) : null;
    if (index !== null) {
      for (let c = 0, k = 0, may = this.mayOpenAt(index); c < may.length; c++) {
        if (may[c]! < k) continue;
        const starts = this.startsOf(tokens[may[c]!]!);
        const m = starts.length === 0 ? null : this.longestFrom(tokens, may[c]!, tokens.length, undefined, starts);
        if (m) {
          out.push(m);
          k = m.endToken;
        }
      }
      return out;
    }
    const opening = this.group?.openings(tokens) ?? null;
    let k = 0;
    while (k < tokens.length) {
      if (opening !== null && (opening[k]! & this.groupBit) === 0) {
        k++;
        continue;
      }
      const starts = this.startsOf(tokens[k]!);
      const m = starts.length === 0 ? null : this.longestFrom(tokens, k, tokens.length, undefined, starts);
      if (m) {
        out.push(m);
        k = m.endToken;
      } else k++;
    }
    return out;
  }

  /** The tokens that may open a phrase by the index (a superset of those that do), in text order, each once. */
  private mayOpenAt(index: StartIndex): Int32Array {
    let n = index.any.length;
    for (const s of this.firstSketches) n += index.ends[indexBucket(s)]! - index.firsts[indexBucket(s)]!;
    const may = new Int32Array(n);
    let c = 0;
    for (const k of index.any) may[c++] = k;
    // (Two sketches may share a bucket: it is read once.)
    const read = new Set<number>();
    for (const s of this.firstSketches) {
      const b = indexBucket(s);
      if (read.has(b)) continue;
      read.add(b);
      for (let i = index.firsts[b]!; i < index.ends[b]!; i++) may[c++] = index.at[i]!;
    }
    const sorted = may.subarray(0, c).sort();
    let u = 0;
    for (let i = 0; i < sorted.length; i++) if (u === 0 || sorted[i] !== sorted[u - 1]) sorted[u++] = sorted[i]!;
    return sorted.subarray(0, u);
  }

  /**
   * The longest phrase that starts at token k, reading proclitics off its
   * first word; ending at or before token `limit`, with a value `accept` takes.
   */
  longestAt(tokens: Token[], k: number, limit = tokens.length, accept?: (value: T) => boolean): PhraseMatch<T> | null {
    // (Past the last token, as a caller reading on after a name that ends the text asks: no phrase.)
    const token = tokens[k];
    return token ? this.longestFrom(tokens, k, limit, accept, this.startsOf(token)) : null;
  }

  private longestFrom(tokens: Token[], k: number, limit: number, accept: ((value: T) => boolean) | undefined, starts: readonly Start<T>[]): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (let s = 0; s < starts.length; s++) best = this.walk(tokens, k, limit, accept, starts[s]!.prefix, starts[s]!.node, best);
    return best;
  }

  /** The readings of a token's word that open a phrase, bare first (most words open none). */
  private startsOf(token: Token): readonly Start<T>[] {
    return this.keepsStarts ? this.startsByWord.of(token) : this.readStarts(token);
  }

  private readStarts(token: Token): readonly Start<T>[] {
    // (Most words open none: told by the sketches their vocabulary keeps, with no string read.)
    if (token.vocab && token.id! >= 0 && !token.vocab.mayOpen(token.id!, this.firstWords)) return NO_STARTS;
    let starts: Start<T>[] | null = null;
    const bare = this.firstNodeOf(token.text);
    if (bare) starts = [{ prefix: '', node: bare }];
    // Most words carry no proclitic (و ف ب ل ك): read the others only when the first letter may be one.
    if (isProcliticCode(token.text.charCodeAt(0))) {
      const readings = tokenReadings(token);
      for (let r = 1; r < readings.length; r++) {
        const node = this.firstNodeOf(readings[r]![1]);
        if (node) (starts ??= []).push({ prefix: readings[r]![0], node });
      }
    }
    return starts ?? NO_STARTS;
  }

  private firstNodeOf(word: string): TrieNode<T> | undefined {
    return this.firstWords.mayHave(word) ? this.root.next.get(word) : undefined;
  }

  /**
   * The longest phrase from token k read as `prefix` + the stem whose trie node is `first`, if longer than `best`
   * (or as long with a shorter prefix). One match is made, for the longest: a walk passes most phrase ends it finds.
   */
  private walk(tokens: Token[], k: number, limit: number, accept: ((value: T) => boolean) | undefined, prefix: string, first: TrieNode<T>, best: PhraseMatch<T> | null): PhraseMatch<T> | null {
    let end = -1;
    let found: T[] | null = null;
    let node: TrieNode<T> | undefined = first;
    for (let j = k; node && j < limit; ) {
      if (node.values && (!best || j + 1 > best.endToken || (j + 1 === best.endToken && prefix.length < best.proclitic.length))) {
        const values = accept ? node.values.filter(accept) : node.values;
        if (values.length > 0) {
          end = j + 1;
          found = values;
        }
      }
      if (!tokens[j]!.joinsNext || j + 1 >= limit) break;
      j++;
      // (Most phrases end here: a leaf's empty map is not asked, nor a map that has no word of that length and first letter.)
      const word = tokens[j]!.text;
      node = mayBeNext(node, word) ? node.next.get(word) : undefined;
    }
    if (found === null) return best;
    // For لل (ل + ال) the span starts at the second ل, which stands for ال.
    return { start: tokens[k]!.start + prefix.length, end: tokens[end - 1]!.end, firstToken: k, endToken: end, values: found, proclitic: prefix };
  }
}

/** What the matcher's callers read of the document: the normalized text and its tokens. */
export type PreparedText = Pick<TextDocument, 'norm' | 'tokens'>;

/** The document of a text (text/document.ts), for callers that were given none. */
export const prepare = (text: string): TextDocument => readDocument(text);

/** Span in the original text for a normalized [start, end). */
export function toOriginal(prepared: PreparedText, start: number, end: number): { start: number; end: number } {
  return originalSpan(prepared.norm, start, end);
}
