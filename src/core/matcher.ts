// Phrase matching on normalized Arabic text: a trie of normalized word tokens,
// scanned once left to right (leftmost-longest), so the cost is linear in the
// text length. Words are matched whole; the first word of a phrase may carry
// the proclitics و ف ب ل ك (and لل for ال), which the reported span leaves out.
import { isProcliticCode } from './clitics';
import { readDocument, type TextDocument } from './text/document';
import { normalizeText, originalSpan } from './text/normalize';
import { phraseWords, procliticReadings, tokenReadings, WordSketches, type Token } from './text/tokens';
import type { Vocabulary } from './text/vocabulary';

// The text layer's names, for the stages that import them from here.
export { normalizeText, procliticReadings, type Token };

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
}

/** How many first words a matcher has before it keeps its answers by word id. */
const ANSWERS_BY_ID_MIN_WORDS = 32;

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };
  /** The sketches of the phrases' first words (text/tokens.ts): most words are passed without a lookup. */
  private readonly firstWords = new WordSketches();
  /** The first-word answers (trie node or null) by word id of the last document's vocabulary scanned: each distinct word looked up once. */
  private known: { vocab: Vocabulary | null; firstById: Array<TrieNode<T> | null | undefined> } = { vocab: null, firstById: [] };

  /** Adds a phrase (any spelling; it is normalized here). Returns false for an empty phrase. */
  add(phrase: string, value: T): boolean {
    const words = phraseWords(phrase);
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    this.firstWords.add(words[0]!);
    // A phrase added after a scan (a text's own names, found as it is read): the answers kept by id are stale.
    if (this.known.vocab !== null) this.known = { vocab: null, firstById: [] };
    return true;
  }

  /** Leftmost-longest, non-overlapping matches over the tokens of a normalized text. */
  scan(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let k = 0;
    while (k < tokens.length) {
      const m = this.longestAt(tokens, k);
      if (m) {
        out.push(m);
        k = m.endToken;
      } else k++;
    }
    return out;
  }

  /**
   * The longest phrase that starts at token k, reading proclitics off its
   * first word; ending at or before token `limit`, with a value `accept` takes.
   */
  longestAt(tokens: Token[], k: number, limit = tokens.length, accept?: (value: T) => boolean): PhraseMatch<T> | null {
    const token = tokens[k]!;
    const vocab = token.vocab ?? null;
    let best = this.walk(tokens, k, limit, accept, '', this.firstNode(token.text, token.id ?? -1, vocab), null);
    // Most words carry no proclitic (و ف ب ل ك): read the others only when the first letter may be one.
    if (!isProcliticCode(token.text.charCodeAt(0))) return best;
    const readings = tokenReadings(token);
    const stemIds = vocab ? vocab.readingStemIds(token.id!) : null;
    for (let r = 1; r < readings.length; r++) {
      best = this.walk(tokens, k, limit, accept, readings[r]![0], this.firstNode(readings[r]![1], stemIds ? stemIds[r]! : -1, vocab), best);
    }
    return best;
  }

  /** The trie node of a phrase's first word `word` (id `id` in `vocab`), or undefined: by id when the word has one. */
  private firstNode(word: string, id: number, vocab: Vocabulary | null): TrieNode<T> | undefined {
    // A short list (a text's own names) is passed by sketch as fast; a long one keeps its answers by id.
    if (vocab === null || id < 0 || this.root.next.size < ANSWERS_BY_ID_MIN_WORDS) return this.firstWords.mayHave(word) ? this.root.next.get(word) : undefined;
    if (this.known.vocab !== vocab) this.known = { vocab, firstById: [] };
    const firstById = this.known.firstById;
    while (firstById.length <= id) firstById.push(undefined);
    let node = firstById[id];
    if (node === undefined) {
      node = (this.firstWords.mayHave(word) ? this.root.next.get(word) : undefined) ?? null;
      firstById[id] = node;
    }
    return node ?? undefined;
  }

  /** The longest phrase from token k read as `prefix` + the stem whose trie node is `first`, if longer than `best` (or as long with a shorter prefix). */
  private walk(tokens: Token[], k: number, limit: number, accept: ((value: T) => boolean) | undefined, prefix: string, first: TrieNode<T> | undefined, best: PhraseMatch<T> | null): PhraseMatch<T> | null {
    let node = first;
    for (let j = k; node && j < limit; ) {
      const values = node.values && accept ? node.values.filter(accept) : node.values;
      if (values && values.length > 0 && (!best || j + 1 > best.endToken || (j + 1 === best.endToken && prefix.length < best.proclitic.length))) {
        // For لل (ل + ال) the span starts at the second ل, which stands for ال.
        best = { start: tokens[k]!.start + prefix.length, end: tokens[j]!.end, firstToken: k, endToken: j + 1, values, proclitic: prefix };
      }
      if (!tokens[j]!.joinsNext || j + 1 >= limit) break;
      j++;
      node = node.next.get(tokens[j]!.text);
    }
    return best;
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
