// The speaker stage's shared model: mentions, speakers, resolutions, cues, the
// reading state, and the word predicates every speaker module uses.
import { isLineBreakCode } from '../chars';
import { articlePrefixed, withoutConjunction } from '../clitics';
import { isComplementizer, lexicon, oncePerWord, stems, wordsIn, type CueGender } from '../speech';
import type { ActorResult, Gender, Span, SpeakerRef } from '../types';
import { lowerBound } from '../text/search';
import { perTextWord } from '../text/vocabulary';
import { TextOccurrences } from '../text/occurrences';
import { endsWholeSentenceAt, isSentenceEndCode, SENTENCE_END } from '../text/sentences';
import { prepositionalPhrase } from '../persons/words';
import { possessed } from '../text/possessive';

/** Nouns that head a title's complement ("رئيس حكومة الوحدة"، "لهيئة الأدب"), shared with findActors. */
export const COMPLEMENT_HEADS = lexicon.complementHeads;

export const isComplementHead = oncePerWord((w) => stems(w).some((s) => COMPLEMENT_HEADS.has(s)));

/** Words never part of a person's name ("البالغ" in "إسكاميلا البالغ من العمر", "أين"): data/roles.json stopWords, shared with findActors. */
export const NOT_NAME_WORDS = lexicon.stopWords;

/** Ranks right before a name ("الفريق ياسر العطا"): the name is no complement of them. */
export const HONORIFICS = lexicon.honorifics;

export interface Mention extends Span {
  actor: ActorResult;
  surface: string;
}

export interface Speaker {
  ref: SpeakerRef;
  /** Identity across mentions: actor id, or the name for actors/persons without one. */
  key: string;
  gender: Gender | null;
  person: boolean;
}

export type Resolution =
  // (`reported`: words of a statement named with its owner inside another's sentence, "بتصريحات X طالب فيها بـ«…»": no later verb goes on with X.)
  | { kind: 'explicit' | 'carry'; speaker: Speaker; reported?: boolean }
  | { kind: 'anonymous' }
  | { kind: 'none' };

export interface Cue extends Span {
  resolution: Resolution;
}

export { SENTENCE_END };

export const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;

/** Where the line holding offset `at` starts, looking back at most `maxBack` characters. */
export function lineStartOf(text: string, at: number, maxBack = Infinity): number {
  let i = at;
  // (By code, LINE_BREAK's characters: a rule walks back over a whole paragraph, and text[i] makes a string per character.)
  while (i > 0 && at - i < maxBack && !isLineBreakCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** How far back a quote looks for the start of its sentence. */
export const MAX_SENTENCE_LOOKBACK = 600;

/** Words after a cue in which its subject may stand. */
export const MAX_SUBJECT_WORDS = 16;

export function refOf(r: Resolution): SpeakerRef | null {
  return r.kind === 'explicit' || r.kind === 'carry' ? r.speaker.ref : null;
}

/** "القاهرة (رويترز) – ": a dateline, a place and maybe an agency in brackets before a dash, opening a paragraph. */
const DATELINE = /^[ \u00A0]*[\u0621-\u064a]+(?: [\u0621-\u064a]+)?[ \u00A0]*(?:\([^()\n]{1,30}\)[ \u00A0]*)?[-–—][ \u00A0]*/;

/** Where a sentence's own words start: after a dateline that opens it, if any. */
export function afterDateline(text: string, from: number): number {
  if (from > 0 && !LINE_BREAK.test(text[from - 1]!)) return from;
  const m = DATELINE.exec(text.slice(from, from + 60));
  return m ? from + m[0].length : from;
}

/** Start of the sentence holding `at`: after a sentence end, a line break, or the previous quote. */
export function sentenceStart(text: string, at: number, previousQuoteEnd: number | null): number {
  const floor = Math.max(0, at - MAX_SENTENCE_LOOKBACK, previousQuoteEnd ?? 0);
  const starts = sentenceStartsOf(text);
  if (starts !== null) {
    // The last start at or before `at`: the loop below finds the same, reading back from `at`.
    const k = lowerBound(starts, at + 1) - 1;
    return k >= 0 && starts[k]! > floor ? starts[k]! : floor;
  }
  for (let i = at - 1; i >= floor; i--) {
    // Read by code, with no string made but at a sentence-end mark.
    const code = text.charCodeAt(i);
    if (isLineBreakCode(code)) return i + 1;
    if (isSentenceEndCode(code) && endsWholeSentenceAt(text, i)) return i + 1;
  }
  return floor;
}

/** Where the sentence before the one at `at` starts, in the same paragraph; the start of `at`'s own sentence when it opens the paragraph. */
export function sentenceBeforeStart(text: string, at: number): number {
  const own = sentenceStart(text, at, null);
  return own > 0 && text[own - 1] !== '\n' ? sentenceStart(text, own - 1, null) : own;
}

/**
 * Every place a sentence may start in a long text (after a line break or a whole sentence's end), read once
 * the text is asked again: each cue asks for its sentence a few times (the subject rules, the carry), and
 * reading back up to 600 characters each time cost more than the whole text read once. Null for a short text
 * or one asked once so far (the last text read; an analysis asks of one text at a time).
 */
function sentenceStartsOf(text: string): number[] | null {
  if (text.length < SENTENCE_INDEX_MIN_CHARS) return null;
  if (sentenceIndex.text === text) return sentenceIndex.starts;
  if (sentenceIndex.asked !== text) {
    sentenceIndex = { text: null, starts: null, asked: text };
    return null;
  }
  const starts: number[] = [];
  // (The marks found by a regex, which passes the characters between natively; each then asked as the loop asks.
  // By test, not exec: no match array made per mark. A match is one code unit, the one before lastIndex.)
  BREAK_OR_SENTENCE_END.lastIndex = 0;
  while (BREAK_OR_SENTENCE_END.test(text)) {
    const at = BREAK_OR_SENTENCE_END.lastIndex - 1;
    const code = text.charCodeAt(at);
    if (isLineBreakCode(code) || (isSentenceEndCode(code) && endsWholeSentenceAt(text, at))) starts.push(at + 1);
  }
  sentenceIndex = { text, starts, asked: text };
  return starts;
}

const SENTENCE_INDEX_MIN_CHARS = 4 * MAX_SENTENCE_LOOKBACK;
/** A line break (isLineBreakCode's) or a sentence-end mark. */
const BREAK_OR_SENTENCE_END = new RegExp(`[\\n\\r\\u2028\\u2029\\u0085${SENTENCE_END.source.slice(1)}`, 'g');
let sentenceIndex: { text: string | null; starts: number[] | null; asked: string | null } = { text: null, starts: null, asked: null };

export { lowerBound };

/** Is `at` inside one of the spans (sorted, not overlapping; `starts` their starts)? */
export function insideSpans(spans: Span[], starts: number[], at: number): boolean {
  const k = lowerBound(starts, at + 1) - 1;
  return k >= 0 && at < spans[k]!.end;
}

/** "الصادر"، "صادرة": a document issued by the body named after "عن". */
export const ISSUED = /^(ال)?صادر[هة]?$/;

/** A body the gazetteer lacks, named by the text from `start` to `end`, as a speaker. */
export function unnamedBody(text: string, start: number, end: number): Speaker {
  const name = text.slice(start, end);
  return { ref: { id: null, name, start, end }, key: `name:${name}`, gender: null, person: false };
}

export function mentionRef(m: Mention): SpeakerRef {
  return { id: m.actor.id, name: m.actor.name.ar || m.surface, start: m.start, end: m.end };
}

export interface State {
  last: Speaker | null;
  byGender: { m: Speaker | null | 'anonymous'; f: Speaker | null | 'anonymous' };
  lastAnonymous: boolean;
  learned: Map<string, Gender>;
  /** Who issued the last statement the text quoted from ("وأضاف البيان" speaks for it). */
  lastDocument?: Speaker;
  /** Title words each speaker was introduced with ("مدرب", "متحدث"): "وقال مدرب الفريق" refers back only to one of them. */
  titles: Map<string, Set<string>>;
  /** Where strings occur in the text (names asked about at cue after cue), made when first asked. */
  occurrences?: TextOccurrences;
}

/** Where `word` occurs in the text of the cues `state` is read with. */
export const occurrencesIn = (state: State, text: string, word: string) => (state.occurrences ??= new TextOccurrences()).of(text, word);

const TITLE_ARTICLE = /^(وال|ال|لل)/;
const FINAL_HA = /ه$/;
export const titleStem = (w: string) => w.replace(TITLE_ARTICLE, '').replace(FINAL_HA, '');

export interface ResolveContext {
  gender: CueGender | null;
  /** A verb of passing words on ("نقلت ... عن X"). */
  relay: boolean;
  /** A participle ("، مؤكدا"): its subject is the sentence's. */
  participle: boolean;
  /** The cues read so far. */
  cues: Cue[];
  attribution: boolean;
  mentions: Mention[];
  mentionStarts: number[];
  /** Starts of news-outlet mentions: outlets report, they are not speakers. */
  media: number[];
  state: State;
  directOpeners: Set<number>;
  /** The direct quotes (inner spans, in order): names inside them are what someone said, not who speaks. */
  direct: Span[];
  directStarts: number[];
  cueStart: number;
}

const IMPERFECT_PREFIX = /^[يت]/;
/** Active participles of speech verbs ("قائلا", "مؤكدة"): adverbs of the sentence's own subject. They have five letters at least: "ودعا"، "وشكا" are perfect verbs. */
export const isParticiple = (w: string) => w.length >= 5 && (w.charCodeAt(w.length - 1) === 0x627 || w.charCodeAt(w.length - 1) === 0x647) && !IMPERFECT_PREFIX.test(w);

/** Words that only look definite once normalized: إلى and إلا (behind و too), and the relative pronouns of data/speech-verbs.json. */
const LOOK_DEFINITE = new Set(['الي', 'الا', 'والي', 'والا', ...lexicon.relativePronouns]);

export const isDefinite = (w: string) => articlePrefixed(w) && !LOOK_DEFINITE.has(w);

/** A title, also with a possessive pronoun ("رئيسها"، "قائدهم", "رئيستها": whose it is was named before). */
export const isTitle = oncePerWord((w) => stems(w).some((s) => lexicon.titleWords.has(s)) || titleWithPronoun(w));

const CONJUNCTION = /^[وف]/;
/** "ممثله الخاص": a title listed in ة ("ممثلة") printed with ه is the title and "his": whose office it is was named before, no new office holder. */
export const titleInTaPrintedWithHa = (text: string, w: { norm: string; end: number }): boolean =>
  text.charCodeAt(w.end - 1) === 0x647 && lexicon.titleWordsInTa.has(w.norm.replace(CONJUNCTION, ''));

/** A title without a conjunction before it, but whole where the و is its own ("وزير", "وكيل", "والي"; "ووزير" → "وزير"). */
export const titleWithoutConjunction = (w: string): string => {
  const bare = withoutConjunction(w);
  return isTitle(bare) || !isTitle(w) ? bare : w;
};

/** A noun with a possessive pronoun of the third person ("وزرائها"، "مديرهم"): three letters at least before it. */
export { withPossessive } from '../text/possessive';

function titleWithPronoun(w: string): boolean {
  const base = w.replace(/(ها|هما|هم|هن)$/, '');
  if (base === w) return false;
  // (A feminine title's ة is printed ت before the pronoun.)
  return lexicon.titleWords.has(base) || (base.endsWith('ت') && lexicon.titleWords.has(`${base.slice(0, -1)}ه`));
}

/** One-word roles that introduce a person (data/roles.json roles: "صديق", "الطيار", "المتقاعد"). */
const ROLE_WORDS: ReadonlySet<string> = new Set([...lexicon.rolePhrases].filter((r) => !r.includes(' ')));

/** How someone spoke ("بعربية ركيكة"، "بلهجة حادة"): two printed words, no name (persons/words.ts prepositionalPhrase). */
export function isMannerPhrase(text: string, words: readonly Span[]): boolean {
  return words.length === 2 && prepositionalPhrase(text.slice(words[0]!.start, words[0]!.end), text.slice(words[1]!.start, words[1]!.end));
}

/** "لما نقله محاموه", "قال لنا", "نقل عنه": a preposition with a pronoun ("عنه", "لها", "لنا") or "ما" ("لما", "بما") is in no person's name (normalized). */
export const isFunctionWord = (w: string) => /^(عن|من|ل|ب|في|الي|علي|لدي)(ه|ها|هم|هما|كم|نا)$|^[لبفو]?ما$|^لي$/.test(w);

export const isRoleWord = oncePerWord((w) => stems(w).some((s) => ROLE_WORDS.has(s)));

// ("متحدثا": an indefinite accusative keeps its alif.)
export const isSpokesperson = oncePerWord((w) => stems(w).some((s) => lexicon.spokesperson.has(s) || (s.endsWith('ا') && lexicon.spokesperson.has(s.slice(0, -1)))));

export const isDocument = oncePerWord((w) => stems(w).some((s) => lexicon.documentNouns.has(s)));

/** A document with a pronoun for whoever issued it ("بيانها"، "تقريره"، "تغريدته"). */
export const isOwnDocument = oncePerWord((w) => possessed(w)?.nouns.some(isDocument) ?? false);

export const isStop = oncePerWord((w) => lexicon.subjectStops.has(w) || isComplementizer(w));

/** isStop, isDocument, a title or spokesperson word and a title, of a text's word by its id (asked at every cue). */
export const isStopWord = perTextWord(isStop);
export const isDocumentWord = perTextWord(isDocument);
export const isOwnDocumentWord = perTextWord(isOwnDocument);
export const isTitleOrSpokespersonWord = perTextWord((w) => isTitle(w) || isSpokesperson(w));
export const isTitleWord = perTextWord(isTitle);

/** The mention is a name of two words or more ("نادر الخطيب"), not a surname alone that a gazetteer person bears ("البشير"). */
export const fullName = (text: string, m: Mention): boolean => /\s/.test(text.slice(m.start, m.end).trim());

/** An office named without its holder ("قائد السفينة", "المندوب الصيني") as a speaker: the words in [start, end). */
export function officeSpeaker(text: string, start: number, end: number, gender: CueGender | null): Speaker {
  const name = text.slice(start, end);
  return { ref: { id: null, name, start, end }, key: `office:${name}`, gender: gender === 'm' || gender === 'f' ? gender : null, person: true };
}

export function speakerOf(m: Mention, state: State): Speaker {
  const key = m.actor.id ?? `name:${m.actor.name.ar || m.surface}`;
  const gender = m.actor.gender ?? state.learned.get(key) ?? guessGender(m);
  return { ref: mentionRef(m), key, gender, person: m.actor.type === 'person' };
}

/** Can this mention be the subject of a verb of that gender? The actor's gender or the name's own form may agree. */
export function mentionAgrees(m: Mention, gender: CueGender | null, state: State): boolean {
  if (gender !== 'm' && gender !== 'f') return true;
  const g = speakerOf(m, state).gender;
  if (g === null || g === gender) return true;
  return m.actor.type !== 'person' && guessGender(m) === gender;
}

/** Gender when the gazetteer gives none: bodies named with ة are feminine, states too; persons unknown. */
export function guessGender(m: Mention): Gender | null {
  if (m.actor.type === 'person') return null;
  const words = wordsIn(m.surface).map((w) => w.norm);
  const head = words.find((w) => !/^(و|ف|ب|ل|ك)?(ال|لل)?$/.test(w)) ?? '';
  if (headBeginsWith(head, lexicon.masculineBodyHeads, ['وال', 'ال', 'لل', 'ل', 'ب', 'و'])) return 'm';
  if (m.actor.type === 'state') return 'f';
  return FINAL_HA.test(head) || headBeginsWith(head, lexicon.feminineBodyHeads, ['ال', 'لل']) ? 'f' : 'm';
}

/** The word begins with one of `heads`, directly or behind one of `prefixes`. */
export function headBeginsWith(word: string, heads: readonly string[], prefixes: readonly string[]): boolean {
  const behind = (p: string) => word.startsWith(p) && heads.some((h) => word.startsWith(h, p.length));
  return behind('') || prefixes.some(behind);
}
