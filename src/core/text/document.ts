// The text layer, built once per text and passed down every stage: the text,
// its normalized form with the map back, the tokens, and the words line by
// line. No stage keeps state about the last text it saw.
import { isLineBreakCode } from '../chars';
import { rememberDocumentWords } from './doc-words';
import { normalizeWithMap, type NormalizedText } from './normalize';
import { firstAbove } from './search';
import { isWordUnit, tokenize, type Token, type Word } from './tokens';
import { sharedVocabulary } from './vocabulary';

/** The words of a text, line by line: cues and reported clauses never run over a line break. */
export type LineWords = Word[][];

export interface TextDocument {
  text: string;
  norm: NormalizedText;
  /** The words of the normalized text, in order. */
  tokens: Token[];
  /** The same words in original offsets, in order… */
  words: Word[];
  /** …and per line. */
  lines: LineWords;
}

/** Reads a text into its document: normalization, tokens and lines in one linear pass each. */
export function readDocument(text: string): TextDocument {
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text, sharedVocabulary());
  // (Filled in, not tokens.map: map makes a packed array until V8 optimizes a caller with map inlined, then a holey
  // one, and every stage compiled for the packed one deoptimized at once, some 15 MB into a process: ~80 functions
  // compiled again. An array made holey from the start is always the same kind.)
  const words: Word[] = new Array<Word>(tokens.length);
  for (let k = 0; k < tokens.length; k++) words[k] = originalWord(text, norm, tokens[k]!);
  rememberDocumentWords(text, words);
  return { text, norm, tokens, words, lines: linesOf(text, words) };
}

/** The index of the first word ending after `from` and one past the last starting before `to`: the words of text[from, to). */
export function wordRange(doc: TextDocument, from: number, to: number): [number, number] {
  const words = doc.words;
  const lo = firstAbove(words, from, (w) => w.end);
  let end = lo;
  while (end < words.length && words[end]!.start < to) end++;
  return [lo, end];
}

/** A token's word in the original text: from its first to its last character, with the marks and joiners printed around them. */
function originalWord(text: string, norm: NormalizedText, t: Token): Word {
  let start = norm.toOriginal[t.start]!;
  let end = norm.toOriginal[t.end - 1]! + 1;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return { start, end, norm: t.text, token: t };
}

/** The words, one list per line (a line per line break, as the text has them). Line breaks lie between words: only the gaps are read. */
function linesOf(text: string, words: Word[]): LineWords {
  const lines: LineWords = [];
  let first = 0;
  let from = 0;
  for (let k = 0; k <= words.length; k++) {
    const to = k < words.length ? words[k]!.start : text.length;
    for (let i = from; i < to; i++) {
      if (!isLineBreakCode(text.charCodeAt(i))) continue;
      lines.push(words.slice(first, k));
      first = k;
    }
    if (k < words.length) from = Math.max(from, words[k]!.end);
  }
  // The last line, unless the text ends with a line break (or is empty).
  if (text.length > 0 && !isLineBreakCode(text.charCodeAt(text.length - 1))) lines.push(words.slice(first));
  return lines;
}
