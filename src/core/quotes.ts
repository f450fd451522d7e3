// Quotes: words inside quotation marks that someone said (direct), and reported
// speech after a speech verb and أن/إن (indirect, quotes/indirect.ts).
//
// Arabic outlets use every quotation mark there is, and use them loosely: a
// mark's role is read from its neighbours, not its glyph (quotes/marks.ts), the
// marks are paired in one linear pass (quotes/pairing.ts), and each quoted
// stretch is judged here: someone's words, a name or term, or a fragment.
import { isInvisible, isLetterMarkDigitCode } from './chars';
import { followedBySpeech, introducedAsSpeech, predicateAfterSubject } from './quote-speech';
import { findIndirectQuotes, type RawQuote } from './quotes/indirect';
import { previousNonSpace, isSpace } from './quotes/marks';
import { namedBy } from './quotes/naming-verbs';
import { pairQuotationMarks, type RawPair } from './quotes/pairing';
import { lastWordIn, lexicon, lineWords, stems, wordsIn, type LineWords, type Word } from './speech';
import { possessed } from './text/possessive';
import { lastWordsIn } from './text/tokens';
import { readDocument, wordRange, type TextDocument } from './text/document';
import type { Span } from './types';

export { findIndirectQuotes, type RawQuote } from './quotes/indirect';
export { pairQuotationMarks } from './quotes/pairing';

/** Every pair of quotation marks, with what the quoted words are judged to be. */
export interface Quotation extends Span {
  /** Where the opening mark starts and the closing mark ends (= end when left unclosed). */
  outerStart: number;
  outerEnd: number;
  /** direct: someone's words; scare: a name or term; short: 1–3 words that are not a full clause. */
  category: 'direct' | 'scare' | 'short';
  words: number;
}

/** The word just before `at` when only spaces (and invisible characters) separate them. */
function wordRightBefore(text: string, at: number): string | null {
  let i = at - 1;
  while (i >= 0 && (isSpace(text[i]!) || isInvisible(text[i]!))) i--;
  if (i < 0 || !isLetterMarkDigitCode(text.charCodeAt(i))) return null;
  const end = i + 1;
  while (i >= 0 && (isLetterMarkDigitCode(text.charCodeAt(i)) || text[i] === '\u0640')) i--;
  return text.slice(i + 1, end);
}

/**
 * A title after a linker that follows a naming word ("الندوة الدولية حول «...»",
 * "كتاب عن «...»"): the linker right before the mark, the naming word at most
 * three words before it.
 */
function titleOfWork(text: string, outerStart: number): boolean {
  const linker = lastWordIn(text, Math.max(0, outerStart - 80), outerStart);
  if (!linker || !lexicon.scareTitleLinkers.has(linker.norm)) return false;
  return lastWordsIn(text, Math.max(0, outerStart - 80), outerStart, 4).slice(0, -1).some((w) => stems(w.norm).some((s) => lexicon.scareCues.has(s)));
}

/** A work of data/speech-verbs.json scareCues.works with a possessive pronoun ("روايتها", "فيلمه"). */
function ownedWork(word: string | null): boolean {
  const owned = word ? possessed(wordsIn(word)[0]?.norm ?? '') : null;
  return !!owned && owned.nouns.some((noun) => lexicon.scareWorks.has(noun));
}

/**
 * "روايتها «…»", "روايته الجديدة «…»": a work of data/speech-verbs.json scareCues.works named with its owner's
 * pronoun, right before the quotation or before one definite adjective, is the quoted title's ("حكومته «…»" is none).
 */
function ownWorkBefore(text: string, outerStart: number, before: string | null): boolean {
  if (ownedWork(before)) return true;
  if (!before || !wordsIn(before)[0]?.norm.startsWith('ال')) return false;
  const at = text.lastIndexOf(before, outerStart);
  return ownedWork(wordRightBefore(text, at));
}

const PREPOSITION_ALONE = /^[بلك]ـ*$/;
/** Before the quotation, a word that makes it a name, a term or a title (isScareCue, ownWorkBefore, namedBy). */
function scareCueBefore(text: string, outerStart: number, before: string | null): boolean {
  if (isScareCue(before) || ownWorkBefore(text, outerStart, before) || namedBy(text, outerStart)) return true;
  const preposition = !!before && PREPOSITION_ALONE.test(before);
  if (!before || (!preposition && !lexicon.scareInterviewLinkers.has(wordsIn(before)[0]?.norm ?? ''))) return false;
  const previous = wordRightBefore(text, text.lastIndexOf(before, outerStart));
  // "ما يعرف بـ"..."", "المسمى لـ"..."": look past a lone preposition. "في حوار مع «…»", "في حديث لـ«…»": the
  // outlet an interview was given to.
  return (preposition && isScareCue(previous)) || lexicon.scareInterviewNouns.has(wordsIn(previous ?? '')[0]?.norm ?? '');
}

function isScareCue(word: string | null): boolean {
  if (!word) return false;
  const w = wordsIn(word)[0]?.norm ?? '';
  return stems(w).some((s) => lexicon.scareCues.has(s));
}

const ARTICLE_FIRST = /^(ال|وال)/;
/**
 * A dateline that credits an outlet, a line of its own: "عدن – «الخليج اليوم»"،
 * "لندن: «الشرق الأوسط»" — one or two words, a dash or colon, and a quoted name with
 * the article that ends the line.
 */
function datelineOutlet(text: string, outerStart: number, outerEnd: number, firstQuoted: string): boolean {
  if (!ARTICLE_FIRST.test(firstQuoted)) return false;
  const after = /^[ \t\u00A0]*(\n|\r|$)/.test(text.slice(outerEnd, outerEnd + 4));
  if (!after) return false;
  let lineStart = outerStart;
  while (lineStart > 0 && outerStart - lineStart < 60 && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  return /^[\s\u200B-\u200F]*[\p{L}\p{M}]+( [\p{L}\p{M}]+)?[ \u00A0]*[-–—:][ \u00A0]*$/u.test(text.slice(lineStart, outerStart));
}

/** Judges each quoted stretch: someone's words, a name/term, or a short fragment. */
export function findQuotations(text: string, doc: TextDocument = readDocument(text)): Quotation[] {
  const out: Quotation[] = [];
  for (const p of pairQuotationMarks(text)) {
    const [first, end] = wordRange(doc, p.start, p.end);
    const words = end - first;
    const firstWord = words > 0 ? doc.words[first] : undefined;
    const category = quotationCategory(text, p, words, firstWord);
    out.push({ outerStart: p.outerStart, start: p.start, end: p.end, outerEnd: p.outerEnd, category, words });
  }
  return out;
}


/**
 * What a quotation of `words` words is: scare quotes, direct speech or a short quote. (A function of its own, its
 * tests functions of the module: arrows made in findQuotations' loop were made, with their scope, at every pair.)
 */
function quotationCategory(text: string, p: RawPair, words: number, firstWord: Word | undefined): Quotation['category'] {
  const before = wordRightBefore(text, p.outerStart);
  if (words <= 3 && datelineOutlet(text, p.outerStart, p.outerEnd, firstWord?.norm ?? '')) return 'scare';
  if (words >= 4) {
    // A name in quotes: after a naming word ("عملية «...»"), or opening with one ("«مجلس ...»").
    // ("ورشة بعنوان "كيف نكتب للطفل اليوم؟"": after a title word the words are a title, whatever their marks.)
    const titled = words <= MAX_TITLE_WORDS && !!before && lexicon.scareTitleWords.has(wordsIn(before)[0]?.norm ?? '');
    // (The cue before, the first word and the punctuation read only where they decide: most quotations, of seven
    // words or more, are judged without them, and no slice of a long quote is made.)
    const looksLikeName =
      titled || (((words <= 6 && scareCueBefore(text, p.outerStart, before) && !predicateAfterSubject(text, p.outerStart, p.outerEnd)) || (words <= 4 && firstWordNamesThing(firstWord)) || titleOfWork(text, p.outerStart)) && !hasSentencePunct(text, p));
    return looksLikeName ? 'scare' : 'direct';
  }
  const cue = scareCueBefore(text, p.outerStart, before);
  if (words >= 2 && !cue && (introducedAsSpeech(text, p.outerStart, p.outerEnd, previousNonSpace(text, p.outerStart) === ':') || followedBySpeech(text, p.outerEnd))) return 'direct';
  return cue ? 'scare' : 'short';
}

const firstWordNamesThing = (firstWord: Word | undefined): boolean => (firstWord ? stems(firstWord.norm).some((s) => lexicon.scareCues.has(s)) : false);
const SENTENCE_PUNCTUATION = /[.!?؟،,:]/;
const hasSentencePunct = (text: string, p: RawPair): boolean => SENTENCE_PUNCTUATION.test(text.slice(p.start, p.end));
/**
 * «الدعم السريع», «عنب بلدي»: a quotation that holds an actor's name and nothing else sets the name off; no one
 * said it. The quotations with such direct ones judged scare quotes.
 */
export function namesAsScare(quotations: Quotation[], actors: ReadonlyArray<{ mentions: readonly Span[] }>): Quotation[] {
  // The few quotations that may be a name alone, by start: each mention then asks one number-keyed lookup
  // (a string key made for every mention cost about 1 % of the analysis).
  const byStart = new Map<number, Quotation[]>();
  for (const q of quotations) {
    if (q.category !== 'direct' || q.words > NAME_MAX_WORDS) continue;
    const same = byStart.get(q.start);
    if (same) same.push(q);
    else byStart.set(q.start, [q]);
  }
  if (byStart.size === 0) return quotations;
  const named = new Set<Quotation>();
  for (const a of actors) {
    for (const m of a.mentions) {
      const same = byStart.get(m.start);
      if (same !== undefined) for (const q of same) if (q.end === m.end) named.add(q);
    }
  }
  if (named.size === 0) return quotations;
  // (Pushed, not map: text/document.ts readDocument says why.)
  const out: Quotation[] = [];
  for (const q of quotations) out.push(named.has(q) ? { outerStart: q.outerStart, start: q.start, end: q.end, outerEnd: q.outerEnd, category: 'scare', words: q.words } : q);
  return out;
}
/** Words of the longest title a quotation after "بعنوان" may hold. */
const MAX_TITLE_WORDS = 12;
/** Words of the longest name a quotation may set off alone. */
const NAME_MAX_WORDS = 8;

/** Direct quotes (inside quotation marks, scare quotes and short fragments left out) and indirect quotes. */
export function findQuotes(text: string, quotations: Quotation[] = findQuotations(text), lines: LineWords = lineWords(text)): RawQuote[] {
  // (Pushed, not map: text/document.ts readDocument says why.)
  const direct: RawQuote[] = [];
  for (const q of quotations) if (q.category === 'direct') direct.push({ start: q.start, end: q.end, kind: 'direct' });
  const indirect = findIndirectQuotes(text, direct, lines);
  return [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
}

