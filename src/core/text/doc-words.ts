// wordsIn of a stretch of the text being analyzed, from the document's words
// (read once in readDocument) instead of reading the characters again: the
// speaker stage asks for the words of a clause or a sentence hundreds of times
// per text. Only where reading again would give the very same words: each
// document word, and each gap between two, is checked once against nextWord
// (the word as read alone has the same bounds and normalized form; a gap holds
// no word character); a stretch that starts or ends inside a word, or touches
// a word or gap that fails the check, is read again as before.
import { foldsUnitForUnit } from './normalize';
import type { Word } from './tokens';

interface DocumentWords {
  text: string;
  words: readonly Word[];
  /** Per word: 0 not checked yet, 1 nextWord reads it alike, 2 it does not. */
  wordChecked: Uint8Array;
  /** Per gap (gap k lies before word k, gap words.length after the last): 0 not checked, 1 no word character, 2 some. */
  gapChecked: Uint8Array;
  /** One past the word documentNextWord found last: where a loop reading word after word asks next. */
  after: number;
}

const SAME = 1;
const OTHER = 2;

/**
 * The last document read (one only: what it keeps alive is one text's words,
 * a part of at most ANALYZE_WHOLE_MAX_CHARS when analyze() cut a long text).
 * Not a WeakRef: every deref() keeps its target alive to the end of the
 * synchronous job, and analyzing a long text or a corpus is one such job.
 */
let last: DocumentWords | null = null;

/** Remembers a document's words (readDocument), for wordsIn of stretches of its text. */
export function rememberDocumentWords(text: string, words: readonly Word[]): void {
  last = { text, words, wordChecked: new Uint8Array(words.length), gapChecked: new Uint8Array(words.length + 1), after: 0 };
}

type ReadWord = (text: string, from: number, to: number) => Word | null;
type IsWordUnit = (code: number) => boolean;

/** wordsIn(text, from, to) from the document's words (a new array of them), or null when it must be read again. */
export function documentWordsIn(text: string, from: number, to: number, read: ReadWord, isWordUnit: IsWordUnit): Word[] | null {
  const doc = last;
  // (Another text of the same length is told apart at its first differing character.)
  if (doc === null || doc.text.length !== text.length || doc.text !== text) return null;
  const words = doc.words;
  const start = Math.max(0, from);
  const end = Math.min(to, text.length);
  if (end <= start) return [];
  // The first word ending after `start`, and one past the last starting before `end`.
  const lo = firstEndingAfter(words, start);
  let stop = lo;
  while (stop < words.length && words[stop]!.start < end) stop++;
  if (lo < stop && (words[lo]!.start < start || words[stop - 1]!.end > end)) return null;
  for (let k = lo; k <= stop; k++) {
    if (!gapAlike(doc, k, isWordUnit)) return null;
    if (k < stop && !wordAlike(doc, k, read, isWordUnit)) return null;
  }
  return words.slice(lo, stop) as Word[];
}

/**
 * nextWord(text, from, to) from the document's words: the word (the document's
 * own, with its token), null for none, or undefined when it must be read (another
 * text, a word cut by `from` or `to`, a word or gap that reads otherwise). The
 * speaker stage reads a few words at a time after hundreds of cues.
 */
export function documentNextWord(text: string, from: number, to: number, read: ReadWord, isWordUnit: IsWordUnit): Word | null | undefined {
  const doc = last;
  if (doc === null || doc.text.length !== text.length || doc.text !== text) return undefined;
  const start = Math.max(0, from);
  const end = Math.min(to, text.length);
  if (end <= start) return null;
  const words = doc.words;
  // (A loop reading on from the word before asks for the next one: tried first, before a binary search.)
  const hint = doc.after;
  const k = hint < words.length && words[hint]!.end > start && (hint === 0 || words[hint - 1]!.end <= start) ? hint : firstEndingAfter(words, start);
  doc.after = k + 1;
  // (The stretch lies in the gap before word k: no word in it when that gap holds no word character.)
  if (k === words.length || words[k]!.start >= end) return gapAlike(doc, k, isWordUnit) ? null : undefined;
  const w = words[k]!;
  if (w.start < start || w.end > end) return undefined;
  return gapAlike(doc, k, isWordUnit) && wordAlike(doc, k, read, isWordUnit) ? w : undefined;
}

/** The index of the first word ending after `at` (words.length for none). */
function firstEndingAfter(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function wordAlike(doc: DocumentWords, k: number, read: ReadWord, isWordUnit: IsWordUnit): boolean {
  let checked = doc.wordChecked[k]!;
  if (checked === 0) {
    const w = doc.words[k]!;
    if (readsAsItself(doc.text, w, isWordUnit)) checked = SAME;
    else {
      const alone = read(doc.text, w.start, w.end);
      checked = alone !== null && alone.start === w.start && alone.end === w.end && alone.norm === w.norm ? SAME : OTHER;
    }
    doc.wordChecked[k] = checked;
  }
  return checked === SAME;
}

/**
 * Read alone, the word gives itself when its characters are all word units (one run: tokens.ts readWord)
 * and fold one for one to its normalized form (then normalizeText gives that form): most words of a news
 * text. Told by code, where reading it again hashed the word and looked it up.
 */
function readsAsItself(text: string, w: Word, isWordUnit: IsWordUnit): boolean {
  if (w.end - w.start !== w.norm.length) return false;
  for (let i = w.start; i < w.end; i++) if (!isWordUnit(text.charCodeAt(i))) return false;
  return foldsUnitForUnit(text, w.start, w.norm);
}

function gapAlike(doc: DocumentWords, k: number, isWordUnit: IsWordUnit): boolean {
  let checked = doc.gapChecked[k]!;
  if (checked === 0) {
    const from = k > 0 ? doc.words[k - 1]!.end : 0;
    const to = k < doc.words.length ? doc.words[k]!.start : doc.text.length;
    checked = SAME;
    for (let i = from; i < to; i++) if (isWordUnit(doc.text.charCodeAt(i))) checked = OTHER;
    doc.gapChecked[k] = checked;
  }
  return checked === SAME;
}
