// Quotes: words inside quotation marks that someone said (direct), and reported
// speech after a speech verb and أن/إن (indirect).
//
// Arabic outlets use every quotation mark there is, and use them loosely: ASCII
// " and the curly “ ” both open and close, marks are doubled or left unclosed,
// a quote over several paragraphs opens a mark at each paragraph and closes only
// at the end (or opens once and closes at the end). So a mark's role is read
// from its neighbours, not its glyph, and a quote left open at a paragraph's end
// either continues (next paragraph opens with a mark, or closes with an orphan
// mark) or ends there. One pass, linear in the text.
import { isInvisible, isLineBreak, isQuoteMark, isSingleMark, markLean } from './chars';
import { followedBySpeech, introducedAsSpeech } from './quote-speech';
import { isComplementizer, lexicon, stems, verbAt, lineWords, wordsIn, type LineWords, type Word } from './speech';
import type { Span } from './types';

export interface RawQuote extends Span {
  kind: 'direct' | 'indirect';
}

/** Every pair of quotation marks, with what the quoted words are judged to be. */
export interface Quotation extends Span {
  /** Where the opening mark starts and the closing mark ends (= end when left unclosed). */
  outerStart: number;
  outerEnd: number;
  /** direct: someone's words; scare: a name or term; short: 1–3 words that are not a full clause. */
  category: 'direct' | 'scare' | 'short';
  words: number;
}

/** A paragraph left with an open quote waits at most this many non-empty lines for its close. */
const MAX_CONTINUATION_LINES = 3;
/** …and at most this many characters. */
const MAX_CONTINUATION_CHARS = 6000;
/** Nesting deeper than this is noise (a text of only quote marks): extra openers are ignored. */
const MAX_DEPTH = 4;

type Role = 'open' | 'close' | 'either';

const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
const SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v]/;
const SENTENCE_END = /[.!?؟…]/;
const CLAUSE_PUNCT = /[،,;؛:]/;
const OPEN_BRACKET = /[([{]/;
const CLOSE_BRACKET = /[)\]}]/;
const DASH = /[-–—/]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character next to `at` in direction `step`, skipping invisible controls; '' at a text edge. */
function neighbour(text: string, at: number, step: 1 | -1): { ch: string; at: number } {
  let i = at;
  while (i >= 0 && i < text.length && isInvisible(text[i]!)) i += step;
  return i >= 0 && i < text.length ? { ch: text[i]!, at: i } : { ch: '', at: i };
}

/** Nearest character before `at` that is neither a space nor invisible (within the line). */
function previousNonSpace(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (SPACE.test(text[i]!) || isInvisible(text[i]!))) i--;
  if (i < 0) return '';
  const ch = text[i]!;
  return LINE_BREAK.test(ch) ? '' : ch;
}

/** A mark right after a lone proclitic ("بـ"...", لـ"...", و"..."): the quote opens there. */
function gluedToProclitic(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === '\u0640' || isInvisible(text[i]!))) i--;
  if (i < 0 || !'بلكوف'.includes(text[i]!)) return false;
  const prev = text[i - 1];
  return prev === undefined || !WORD_CHAR.test(prev);
}

/** How much a glyph's lean (data/quotation-marks.json) adds to its open or close score. */
const LEAN_OPEN = { open: 1, 'open-weak': 0.5, close: 0, 'close-weak': 0, none: 0 } as const;
const LEAN_CLOSE = { open: 0, 'open-weak': 0, close: 1, 'close-weak': 0.5, none: 0 } as const;

/** A one-stroke mark between two letters is an apostrophe ("Ma'rib"), not a quotation mark. */
function isMarkAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!isQuoteMark(ch)) return false;
  return !(isSingleMark(ch) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? ''));
}

/** Reads a mark's role from its neighbours; the glyph only tips the balance. */
function classifyMark(text: string, start: number, end: number): Role {
  let open = 0;
  let close = 0;
  const before = neighbour(text, start - 1, -1).ch;
  const after = neighbour(text, end, 1).ch;
  if (before === '' || LINE_BREAK.test(before)) open += 2;
  else if (SPACE.test(before)) {
    open += 1;
    const p = previousNonSpace(text, start);
    if (p === ':' || p === '،' || p === ',' || DASH.test(p)) open += 1;
  } else if (before === ':' || OPEN_BRACKET.test(before) || DASH.test(before)) open += 2;
  else if (CLAUSE_PUNCT.test(before)) open += 1;
  else if (gluedToProclitic(text, start)) open += 2;
  else if (WORD_CHAR.test(before) || SENTENCE_END.test(before) || CLOSE_BRACKET.test(before)) close += 2;

  if (after === '' || LINE_BREAK.test(after)) close += 2;
  else if (WORD_CHAR.test(after)) open += 2;
  else if (OPEN_BRACKET.test(after)) open += 1;
  else if (SPACE.test(after)) close += 1;
  else if (SENTENCE_END.test(after) || CLAUSE_PUNCT.test(after) || CLOSE_BRACKET.test(after)) close += 2;
  else if (DASH.test(after)) close += 1;

  open += LEAN_OPEN[markLean(text[start]!)];
  close += LEAN_CLOSE[markLean(text[start]!)];
  return open > close ? 'open' : close > open ? 'close' : 'either';
}

interface RawPair {
  outerStart: number;
  start: number;
  end: number;
  outerEnd: number;
}

/** Pairs quotation marks into quoted stretches (outermost only). Linear time. */
export function pairQuotationMarks(text: string): RawPair[] {
  const pairs: RawPair[] = [];
  const n = text.length;
  let depth = 0;
  let outer: { markStart: number; contentStart: number } | null = null;
  let lastClose = { start: -1, end: -1 };
  // Written by the closures below too: the cast keeps TypeScript from narrowing it to null.
  let pending = null as { markStart: number; contentStart: number; fallbackEnd: number; linesLeft: number } | null;
  let lineHasText = false;

  const emit = (markStart: number, contentStart: number, contentEnd: number, markEnd: number) => {
    let s = contentStart;
    let e = contentEnd;
    while (s < e && (SPACE.test(text[s]!) || isInvisible(text[s]!) || LINE_BREAK.test(text[s]!))) s++;
    while (e > s && (SPACE.test(text[e - 1]!) || isInvisible(text[e - 1]!) || LINE_BREAK.test(text[e - 1]!))) e--;
    if (e > s) pairs.push({ outerStart: markStart, start: s, end: e, outerEnd: markEnd });
  };
  const flushPending = () => {
    if (pending) emit(pending.markStart, pending.contentStart, pending.fallbackEnd, pending.fallbackEnd);
    pending = null;
  };
  const endLine = (at: number) => {
    if (depth > 0 && outer) {
      if (depth > 1 && lastClose.start > outer.contentStart) {
        // An inner mark went unclosed: the outer quote ends at the line's last closer.
        emit(outer.markStart, outer.contentStart, lastClose.start, lastClose.end);
      } else {
        pending = { ...outer, fallbackEnd: at, linesLeft: MAX_CONTINUATION_LINES };
      }
      depth = 0;
      outer = null;
    } else if (pending && lineHasText) {
      pending.linesLeft -= 1;
      if (pending.linesLeft <= 0 || at - pending.fallbackEnd > MAX_CONTINUATION_CHARS) flushPending();
    }
    lastClose = { start: -1, end: -1 };
    lineHasText = false;
  };

  for (let i = 0; i < n; ) {
    const ch = text[i]!;
    if (isLineBreak(ch)) {
      endLine(i);
      i++;
      continue;
    }
    if (!isMarkAt(text, i)) {
      if (!lineHasText && ch !== ' ' && !SPACE.test(ch) && !isInvisible(ch)) lineHasText = true;
      i++;
      continue;
    }
    // A run of adjacent marks ("" or «« or "“) acts as one mark.
    let j = i + 1;
    while (j < n && isMarkAt(text, j)) j++;
    let role = classifyMark(text, i, j);
    if (role === 'either') role = depth > 0 || pending ? 'close' : 'open';
    const firstOnLine = !lineHasText;
    lineHasText = true;
    if (pending && firstOnLine && role === 'open') {
      // The paragraph opens with a mark: the quote of the paragraph before goes on.
      outer = { markStart: pending.markStart, contentStart: pending.contentStart };
      depth = 1;
      pending = null;
    } else if (role === 'open') {
      if (pending) flushPending();
      if (depth === 0) outer = { markStart: i, contentStart: j };
      if (depth < MAX_DEPTH) depth++;
    } else if (depth > 0 && outer) {
      depth--;
      lastClose = { start: i, end: j };
      if (depth === 0) {
        emit(outer.markStart, outer.contentStart, i, j);
        outer = null;
      }
    } else if (pending) {
      // An orphan closer in a later paragraph closes the quote left open.
      emit(pending.markStart, pending.contentStart, i, j);
      pending = null;
    }
    i = j;
  }
  endLine(n);
  flushPending();
  // A quote continued over paragraphs may swallow quotes found inside it.
  pairs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawPair[] = [];
  for (const p of pairs) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    out.push(p);
  }
  return out;
}

/** The word just before `at` when only spaces (and invisible characters) separate them. */
function wordRightBefore(text: string, at: number): string | null {
  let i = at - 1;
  while (i >= 0 && (SPACE.test(text[i]!) || isInvisible(text[i]!))) i--;
  if (i < 0 || !WORD_CHAR.test(text[i]!)) return null;
  const end = i + 1;
  while (i >= 0 && (WORD_CHAR.test(text[i]!) || text[i] === '\u0640')) i--;
  return text.slice(i + 1, end);
}

function isScareCue(word: string | null): boolean {
  if (!word) return false;
  const w = wordsIn(word)[0]?.norm ?? '';
  return stems(w).some((s) => lexicon.scareCues.has(s));
}

/** Judges each quoted stretch: someone's words, a name/term, or a short fragment. */
export function findQuotations(text: string): Quotation[] {
  return judgeQuotations(text);
}

function judgeQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (const p of pairQuotationMarks(text)) {
    const content = wordsIn(text, p.start, p.end);
    const words = content.length;
    const before = wordRightBefore(text, p.outerStart);
    // "ما يعرف بـ"..."", "المسمى لـ"..."": look past a lone preposition.
    let cue = isScareCue(before);
    if (!cue && before && /^[بلك]ـ*$/.test(before)) {
      const at = text.lastIndexOf(before, p.outerStart);
      cue = isScareCue(wordRightBefore(text, at));
    }
    const firstWordNamesThing = content[0] ? stems(content[0].norm).some((s) => lexicon.scareCues.has(s)) : false;
    const hasSentencePunct = /[.!?؟،,:]/.test(text.slice(p.start, p.end));
    let category: Quotation['category'];
    if (words >= 4) {
      // A name in quotes: after a naming word ("عملية «...»"), or opening with one ("«مجلس ...»").
      const looksLikeName = ((cue && words <= 6) || (firstWordNamesThing && words <= 4)) && !hasSentencePunct;
      category = looksLikeName ? 'scare' : 'direct';
    } else if (words >= 2 && !cue && (introducedAsSpeech(text, p.outerStart, p.outerEnd, previousNonSpace(text, p.outerStart) === ':') || followedBySpeech(text, p.outerEnd))) category = 'direct';
    else category = cue ? 'scare' : 'short';
    out.push({ ...p, category, words });
  }
  return out;
}

/** Direct quotes (inside quotation marks, scare quotes and short fragments left out) and indirect quotes. */
export function findQuotes(text: string, quotations: Quotation[] = findQuotations(text), lines: LineWords = lineWords(text)): RawQuote[] {
  const direct: RawQuote[] = quotations
    .filter((q) => q.category === 'direct')
    .map((q) => ({ start: q.start, end: q.end, kind: 'direct' as const }));
  const indirect = findIndirectQuotes(text, direct, lines);
  return [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Longest reported clause we report; longer ones are cut at a word boundary. */
const MAX_CLAUSE = 600;

/**
 * Reported speech: a speech verb, its subject (a few words), then أن/إن
 * (or "على أن", "إلى أن"); the clause runs to the sentence's end, or to a comma
 * followed by another speech verb ("، مؤكدا أن"). A clause that opens with a
 * quotation mark is a direct quote, not reported here.
 */
export function findIndirectQuotes(text: string, direct: Span[], lines: LineWords = lineWords(text)): RawQuote[] {
  const out: RawQuote[] = [];
  const starts = direct.map((q) => q.start);
  const inDirect = (at: number) => {
    // Binary search: the last direct quote starting at or before `at`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && direct[lo - 1]!.end > at;
  };
  for (const words of lines) {
    for (let i = 0; i < words.length; i++) {
      const verb = verbAt(words, i);
      if (!verb || inDirect(words[i]!.start)) continue;
      const k = complementizerAfter(text, words, i + verb.length, inDirect);
      if (k < 0) continue;
      // One verb may report several clauses: "أن ...، وأن ...".
      let clause = clauseAfter(text, words, k, inDirect);
      let last = k;
      while (clause) {
        if (clause.end > clause.start) out.push({ start: clause.start, end: clause.end, kind: 'indirect' });
        last = clause.lastWord;
        clause = clause.next !== undefined ? clauseAfter(text, words, clause.next, inDirect) : null;
      }
      i = Math.max(i, last);
    }
  }
  return out;
}

/** Text between two words holds a sentence end or a quotation mark? */
function gapBreaks(text: string, from: number, to: number): { sentence: boolean; mark: boolean; comma: boolean } {
  let sentence = false;
  let mark = false;
  let comma = false;
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (SENTENCE_END.test(ch) && !(ch === '.' && /\d/.test(text[k + 1] ?? '') && /\d/.test(text[k - 1] ?? ''))) sentence = true;
    else if (isQuoteMark(ch)) mark = true;
    else if (ch === '،' || ch === ',' || ch === '؛' || ch === ';') comma = true;
  }
  return { sentence, mark, comma };
}

/** The complementizer (أن/إن…) within the subject's reach after a verb, or -1. */
function complementizerAfter(text: string, words: Word[], from: number, inDirect: (at: number) => boolean): number {
  for (let j = from; j < words.length && j < from + 16; j++) {
    const gap = gapBreaks(text, words[j - 1]!.end, words[j]!.start);
    if (gap.sentence || inDirect(words[j]!.start)) return -1;
    // ("دون أن يصدر", "قبل أن", "بعد أن": time and manner, not reported speech.)
    if (isComplementizer(words[j]!.norm)) return lexicon.complementizerTimeWords.has(words[j - 1]?.norm ?? '') && j > from ? -1 : j;
    if (j > from && verbAt(words, j)) return -1;
  }
  return -1;
}

/** Does a complementizer follow within a few words ("، مؤكدا أن")? */
function opensReport(words: Word[], j: number): boolean {
  for (let k = j + 1; k < words.length && k <= j + 4; k++) if (isComplementizer(words[k]!.norm)) return true;
  return false;
}

const COORDINATED = /^(وان|وبان)/;

interface Clause {
  start: number;
  end: number;
  lastWord: number;
  /** A coordinated complementizer ("، وأن") that opens the next clause of the same verb. */
  next?: number;
}

function clauseAfter(text: string, words: Word[], k: number, inDirect: (at: number) => boolean): Clause | null {
  if (k + 1 >= words.length) return null;
  const afterComp = gapBreaks(text, words[k]!.end, words[k + 1]!.start);
  // A clause that opens with a quotation mark is a direct quote.
  if (afterComp.mark || afterComp.sentence || inDirect(words[k + 1]!.start)) return null;
  const start = words[k + 1]!.start;
  let last = k + 1;
  let next: number | undefined;
  for (let j = k + 2; j < words.length; j++) {
    const gap = gapBreaks(text, words[j - 1]!.end, words[j]!.start);
    if (gap.sentence) break;
    if (gap.comma && isComplementizer(words[j]!.norm) && COORDINATED.test(words[j]!.norm)) {
      next = j;
      break;
    }
    if (gap.comma && verbAt(words, j) && (opensReport(words, j) || /^\s*[:"“”«»„]/.test(text.slice(words[j]!.end, words[j]!.end + 3)))) break;
    // "...، "direct quote"": the report ends where the speaker's own words begin.
    if (gap.comma && gap.mark && inDirect(words[j]!.start)) {
      // …and the verb may report more after it: '، "..."، وأن روسيا ...'.
      let after = j;
      while (after < words.length && inDirect(words[after]!.start)) after++;
      const w = words[after];
      if (w && COORDINATED.test(w.norm) && isComplementizer(w.norm)) {
        const g = gapBreaks(text, words[after - 1]!.end, w.start);
        if (!g.sentence) next = after;
      }
      break;
    }
    if (words[j]!.end - start > MAX_CLAUSE) break;
    last = j;
  }
  let end = words[last]!.end;
  // Keep a closing mark or bracket glued to the last word ('بكلمة “حرب”').
  while (end < text.length && (isQuoteMark(text[end]!) || CLOSE_BRACKET.test(text[end]!))) end++;
  return { start, end, lastWord: last, next };
}
