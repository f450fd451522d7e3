// Reported speech: a speech verb, its subject, then أن/إن and the clause it
// reports, up to the sentence's end or the next speaker's words.
import { isQuoteMark, isQuoteMarkCode } from '../chars';
import { attributionAt, isComplementizer, isComplementizerWord, lexicon, lineWords, mayOpenCue, verbAt, type LineWords, type Word } from '../speech';
import type { Span } from '../types';
import { normalizeText } from '../text/normalize';
import { firstAbove } from '../text/search';
import { endsSentenceAt, isClauseMarkCode } from '../text/sentences';
import { CLOSE_BRACKET } from './marks';
import { withoutConjunction } from '../clitics';

export interface RawQuote extends Span {
  kind: 'direct' | 'indirect';
}

/** Prepositions that make the speech word after them a noun. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'وفي', 'على', 'وعلى', 'عن', 'من', 'إلى', 'ب', 'مع'].map(normalizeText));

/**
 * "في رد مكتوب"، "على رد الوزارة"، "وفي رأي المحللين": right after a preposition a speech word is a noun;
 * not past punctuation, a bracket or a dash ("كييف (أ ف ب) - قال": the agency's ب closes its bracket).
 */
export function nounAfterPreposition(text: string, words: Word[], i: number): boolean {
  return i > 0 && PREPOSITIONS.has(words[i - 1]!.norm) && !/[،,.:;؛()[\]\-–—]/.test(text.slice(words[i - 1]!.end, words[i]!.start));
}

/** Longest reported clause we report; longer ones are cut at a word boundary. */
const MAX_CLAUSE = 600;

/**
 * Reported speech: a speech verb or an attribution phrase, its subject (a few words), then أن/إن
 * (or "على أن", "إلى أن"); the clause runs to the sentence's end, or to a comma
 * followed by another speech verb ("، مؤكدا أن"). A clause that opens with a
 * quotation mark is a direct quote, not reported here.
 */
export function findIndirectQuotes(text: string, direct: Span[], lines: LineWords = lineWords(text)): RawQuote[] {
  const out: RawQuote[] = [];
  // (Pushed, not map: text/document.ts readDocument says why.)
  const starts: number[] = [];
  for (const q of direct) starts.push(q.start);
  // The last direct quote starting at or before `at` holds it?
  const inDirect = (at: number) => {
    const next = firstAbove(starts, at, (x) => x);
    return next > 0 && direct[next - 1]!.end > at;
  };
  for (const words of lines) {
    for (let i = 0; i < words.length; i++) {
      // A speech verb, or an attribution phrase ("وجاء في بيان للجيش أن", "وبحسب الوزارة، فإن"); most words open neither (one test by id).
      const verb = mayOpenCue(words[i]!) ? (verbAt(words, i) ?? attributionAt(words, i)) : null;
      if (!verb || inDirect(words[i]!.start) || nounAfterPreposition(text, words, i)) continue;
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

/** What the text between two words holds, as bits (gapBreaks): a sentence's end, a quotation mark, a clause mark. */
const SENTENCE = 1;
const MARK = 2;
const COMMA = 4;

/** Text between two words holds a sentence end or a quotation mark? (Bits, not an object per gap; by code, no string per character.) */
function gapBreaks(text: string, from: number, to: number): number {
  let bits = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (endsSentenceAt(text, k)) bits |= SENTENCE;
    else if (isQuoteMarkCode(code)) bits |= MARK;
    else if (isClauseMarkCode(code)) bits |= COMMA;
  }
  return bits;
}

/** The complementizer (أن/إن…) within the subject's reach after a verb, or -1. */
function complementizerAfter(text: string, words: Word[], from: number, inDirect: (at: number) => boolean): number {
  for (let j = from; j < words.length && j < from + 16; j++) {
    const gap = gapBreaks(text, words[j - 1]!.end, words[j]!.start);
    if (gap & SENTENCE || inDirect(words[j]!.start)) return -1;
    // ("دون أن يصدر", "قبل أن", "بعد أن": time and manner, not reported speech.)
    if (isComplementizerWord(words[j]!)) return lexicon.complementizerTimeWords.has(words[j - 1]?.norm ?? '') && j > from ? -1 : j;
    if (j > from && verbAt(words, j)) return -1;
  }
  return -1;
}

/** Does a complementizer or a quotation mark follow within a few words ("، مؤكدا أن", "، ودعا الأطراف إلى "…"")? */
function opensReport(text: string, words: Word[], j: number): boolean {
  for (let k = j + 1; k < words.length && k <= j + 4; k++) {
    if (isComplementizerWord(words[k]!)) return true;
    if (/[:"“”«»„]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return true;
  }
  return false;
}

/** "، لكنه أقر بأن": a "but" with its pronoun before the verb of a new report. */
const BUT = /^(لكن|ولكن)(ه|ها|هم|هما)?$/;

/** Does a speech verb that reports something new stand at words[j] (or after a "but" there)? */
function newReportAt(text: string, words: Word[], j: number): boolean {
  const v = BUT.test(words[j]!.norm) && j + 1 < words.length ? j + 1 : j;
  return !!verbAt(words, v) && (opensReport(text, words, v) || /^\s*[:"“”«»„]/.test(text.slice(words[v]!.end, words[v]!.end + 3)));
}

/**
 * After a comma, the writer's own clause or a new speaker: data/speech-verbs.json
 * writersClauses ("فيما", "في حين", "وهو ما" "which X denied"), a speech
 * verb's participle of a derived form ("، محذرا", "، متهمة") or a speech verb
 * behind و that is no weak one ("، وقال معاون الوزير …").
 */
function writersClauseAt(words: Word[], j: number): boolean {
  const w = words[j]!.norm;
  const opens = (phrase: string[]) => phrase.every((p, i) => (i === 0 ? w === p || withoutConjunction(w) === p : words[j + i]?.norm === p));
  if (lexicon.writersClauses.some(opens)) return true;
  if (!verbAt(words, j) || lexicon.weakVerbs.has(w) || lexicon.weakVerbs.has(w.slice(1))) return false;
  // (A participle of a derived form: "مؤكدا", "متهمة"; "داعيا إلى" may go on with the report.)
  return /^م[\u0621-\u064a]{3,}[اه]$/.test(w) || /^و/.test(w);
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
  if (afterComp & (MARK | SENTENCE) || inDirect(words[k + 1]!.start)) return null;
  const start = words[k + 1]!.start;
  let last = k + 1;
  let next: number | undefined;
  for (let j = k + 2; j < words.length; j++) {
    const gap = gapBreaks(text, words[j - 1]!.end, words[j]!.start);
    if (gap & SENTENCE) break;
    if (gap & COMMA && isComplementizer(words[j]!.norm) && COORDINATED.test(words[j]!.norm)) {
      next = j;
      break;
    }
    if (gap & COMMA && (newReportAt(text, words, j) || writersClauseAt(words, j))) break;
    // "…: "…"": a colon before the speaker's own words ends the report too.
    if (gap & MARK && /:/.test(text.slice(words[j - 1]!.end, words[j]!.start)) && inDirect(words[j]!.start)) break;
    // "...، "direct quote"": the report ends where the speaker's own words begin.
    if (gap & COMMA && gap & MARK && inDirect(words[j]!.start)) {
      // …and the verb may report more after it: '، "..."، وأن روسيا ...'.
      let after = j;
      while (after < words.length && inDirect(words[after]!.start)) after++;
      const w = words[after];
      if (w && COORDINATED.test(w.norm) && isComplementizer(w.norm)) {
        const g = gapBreaks(text, words[after - 1]!.end, w.start);
        if (!(g & SENTENCE)) next = after;
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
