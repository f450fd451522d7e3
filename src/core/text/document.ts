// The text layer, built once per text and passed down every stage: the text,
// its normalized form with the map back, the tokens, and the words line by
// line. No stage keeps state about the last text it saw.
import { isLineBreakCode } from '../chars';
import { normalizeWithMap, type NormalizedText } from './normalize';
import { isWordUnit, tokenize, type Token, type Word } from './tokens';

/** The words of a text, line by line: cues and reported clauses never run over a line break. */
export type LineWords = Word[][];

export interface TextDocument {
  text: string;
  norm: NormalizedText;
  /** The words of the normalized text, in order. */
  tokens: Token[];
  /** The same words in original offsets, per line. */
  lines: LineWords;
}

/** Reads a text into its document: normalization, tokens and lines in one linear pass each. */
export function readDocument(text: string): TextDocument {
  const norm = normalizeWithMap(text);
  const tokens = tokenize(norm.text);
  return { text, norm, tokens, lines: linesOf(text, norm, tokens) };
}

/** A token's word in the original text: from its first to its last character, with the marks and joiners printed around them. */
function originalWord(text: string, norm: NormalizedText, t: Token): Word {
  let start = norm.toOriginal[t.start]!;
  let end = norm.toOriginal[t.end - 1]! + 1;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return { start, end, norm: t.text };
}

/** The tokens as original words, one list per line (a line per line break, as the text has them). */
function linesOf(text: string, norm: NormalizedText, tokens: Token[]): LineWords {
  const lines: LineWords = [];
  let k = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && !isLineBreakCode(text.charCodeAt(lineEnd))) lineEnd++;
    const line: Word[] = [];
    for (; k < tokens.length && norm.toOriginal[tokens[k]!.start]! < lineEnd; k++) line.push(originalWord(text, norm, tokens[k]!));
    lines.push(line);
    lineStart = lineEnd + 1;
  }
  return lines;
}
