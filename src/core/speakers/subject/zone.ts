// A cue's subject zone: the words after the cue up to a stop (a preposition,
// a time word, أن/إن, a colon, a quotation, the sentence's end), what the
// subject rules read.
import { isQuoteMarkCode } from '../../chars';
import { isComplementizerWord, verbAt, type Word } from '../../speech';
import { nextWord } from '../../text/tokens';
import { MAX_SUBJECT_WORDS, type Resolution, type ResolveContext, isDefinite, isDocumentWord, isStopWord, lowerBound } from '../model';
import { inIt, readZoneNames, type ZoneNames } from './reading';

export interface SubjectZone {
  text: string;
  words: Word[];
  /** Word indices [from, to). */
  from: number;
  to: number;
  ctx: ResolveContext;
  /** The first word, normalized. */
  first: string;
  zoneStart: number;
  zoneEnd: number;
  /** The actors named in the zone and the titles before them (read once, when a rule asks). */
  names(): ZoneNames;
  /** Resolves the subject that starts elsewhere (after "عن" of a relay verb). */
  resolveAt(from: number, ctx: ResolveContext): Resolution;
}

/** The end (word index, exclusive) of the subject zone that starts at `from`. */
export function zoneEnd(text: string, words: Word[], from: number, ctx: ResolveContext): number {
  let to = from;
  for (let j = from; j < words.length && j < from + MAX_SUBJECT_WORDS; j++) {
    const gapFrom = j === from ? (words[from - 1]?.end ?? words[j]!.start) : words[j - 1]!.end;
    if (gapStops(text, gapFrom, words[j]!.start, ctx.directOpeners)) break;
    const w = words[j]!.norm;
    const prev = words[j - 1]?.norm ?? '';
    // ("يقول علي إن ..."، "فيرى رئيسها علي X أن": a person named like a stop word once normalized, علي/على, is the subject.)
    // ("وأعلن رئيس الحكومة المكلفة من البرلمان X": "من" and who appointed the office holder, right before a person.)
    // ("مسؤولة السياسة الخارجية فيه X": "in it" right before the person.)
    // (No array of the distances made per word: this runs at every word of every zone.)
    const appointedBy = j > from && (w === 'من' ? beforePerson(text, words, j, 2, ctx) || beforePerson(text, words, j, 3, ctx) : inIt(w) && beforePerson(text, words, j, 1, ctx));
    if (isStopWord(words[j]!) && !(w === 'عن' && /صادر[هة]?$/.test(prev)) && !personStartsAt(ctx, words[j]!.start) && !appointedBy) break;
    if (j > from && verbAt(words, j)) break;
    to = j + 1;
  }
  return to;
}

/** The person's name starts n words after word j, the words between are definite, and no mark parts them. */
function beforePerson(text: string, words: Word[], j: number, n: number, ctx: ResolveContext): boolean {
  const at = words[j + n];
  if (!at || !personStartsAt(ctx, at.start) || /[^\s\u00A0]/.test(text.slice(words[j + n - 1]!.end, at.start))) return false;
  return words.slice(j + 1, j + n).every((w) => isDefinite(w.norm));
}

/** The gap [from, to) holds a sentence's end, a colon or a direct quote's opening mark (read by code, no string made). */
function gapStops(text: string, from: number, to: number, directOpeners: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x3a) return true;
  }
  for (let k = from; k < to; k++) if (isQuoteMarkCode(text.charCodeAt(k)) && directOpeners.has(k)) return true;
  return false;
}

/** A person's mention starts at `at`. */
function personStartsAt(ctx: ResolveContext, at: number): boolean {
  const m = ctx.mentions[lowerBound(ctx.mentionStarts, at)];
  return !!m && m.start === at && m.actor.type === 'person';
}

export function subjectZone(text: string, words: Word[], from: number, to: number, ctx: ResolveContext, resolveAt: SubjectZone['resolveAt']): SubjectZone {
  let names: ZoneNames | null = null;
  const zone: SubjectZone = {
    text,
    words,
    from,
    to,
    ctx,
    first: words[from]?.norm ?? '',
    zoneStart: words[from]?.start ?? 0,
    zoneEnd: to > from ? words[to - 1]!.end : 0,
    names: () => (names ??= readZoneNames(zone)),
    resolveAt,
  };
  return zone;
}

const TITLE_ARTICLE = /^(وال|ال|لل)/;
/** After the subject, does the sentence go on to a colon, a quotation or أن/إن (reported speech)? */
export function reportsSpeech(text: string, from: number, orStatement = false): boolean {
  // (Word by word, up to where it decides: most sentences decide in a few words.)
  const limit = Math.min(text.length, from + 160);
  let at = from;
  for (let w = nextWord(text, from, limit); w; w = nextWord(text, w.end, limit)) {
    const gap = gapKind(text, at, w.start);
    if (gap === SAYS) return true;
    if (gap === ENDS) return false;
    // (By the word's id: nextWord gives the document's own words, with their tokens.)
    if (isComplementizerWord(w)) return true;
    if (orStatement && isDocumentWord(w) && !TITLE_ARTICLE.test(w.norm)) return true;
    at = w.end;
  }
  const tail = text.slice(at, Math.min(text.length, at + 3));
  return /^[\s]*[:"“”«]/.test(tail);
}

const SAYS = 1;
const ENDS = 2;

/**
 * SAYS for a gap with a colon or a quotation mark, ENDS for one with a sentence's end (. ! ? ؟ or a newline)
 * before any (". «…»": a quote opening the next sentence is no speech of this one's verb), else 0.
 */
function gapKind(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || isQuoteMarkCode(c)) return SAYS;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x0a) return ENDS;
  }
  return 0;
}
