// Who said each quote. Every speech cue of the text (a speech verb such as
// "وقال"/"وأضافت"/"مؤكدا", or an attribution phrase such as "بحسب"/"جاء في")
// is read in order, its subject resolved to an actor mention (or to the last
// speaker of the verb's gender when the verb has no subject of its own, or to
// null for an anonymous source), and each quote takes the speaker of the cue
// that governs it: the last cue before it in its sentence, else a cue right
// after it ('"..."، قال بيسكوف'), else a headline "X: ..." or the quote of the
// paragraph before that it continues.
import { isInvisible, isQuoteMark } from './chars';
import { withoutConjunction } from './clitics';
import { findQuotations, type Quotation, type RawQuote } from './quotes';
export { addSpeakersToActors } from './speaker-actors';
import { attributionAt, isComplementizer, lexicon, stems, verbAt, wordsByLine, wordsIn, type CueGender, type Word } from './speech';
import type { ActorResult, Gender, QuoteResult, Span, SpeakerRef } from './types';
import roles from '../../data/roles.json';
import speechData from '../../data/speech-verbs.json';

/** Nouns that head a title's complement ("رئيس حكومة الوحدة"، "لهيئة الأدب"), shared with findActors. */
const COMPLEMENT_HEADS = new Set(roles.complementHeads.flatMap((h) => wordsIn(h).map((w) => w.norm)));
const isComplementHead = (w: string) => stems(w).some((s) => COMPLEMENT_HEADS.has(s));
/** Ranks right before a name ("الفريق ياسر العطا"): the name is no complement of them. */
const HONORIFICS = new Set(speechData.honorifics.words.flatMap((h) => wordsIn(h).map((w) => w.norm)));

interface Mention extends Span {
  actor: ActorResult;
  surface: string;
}

interface Speaker {
  ref: SpeakerRef;
  /** Identity across mentions: actor id, or the name for actors/persons without one. */
  key: string;
  gender: Gender | null;
  person: boolean;
}

type Resolution =
  | { kind: 'explicit' | 'carry'; speaker: Speaker }
  | { kind: 'anonymous' }
  | { kind: 'none' };

interface Cue extends Span {
  resolution: Resolution;
}

const SENTENCE_END = /[.!?؟]/;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
/** How far back a quote looks for the start of its sentence. */
const MAX_SENTENCE_LOOKBACK = 600;
/** Words after a cue in which its subject may stand. */
const MAX_SUBJECT_WORDS = 16;

/** Ties each quote to who said it, or null when the text never says. */
export function attributeSpeakers(text: string, quotes: RawQuote[], actors: ActorResult[], quotations: Quotation[] = findQuotations(text)): QuoteResult[] {
  if (quotes.length === 0) return [];
  const media = actors
    .filter((a) => a.type === 'media')
    .flatMap((a) => a.mentions.map((m) => m.start))
    .sort((a, b) => a - b);
  const mentions = actors
    .filter((a) => a.type !== 'media')
    .flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, actor: a })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionStarts = mentions.map((m) => m.start);
  const directSpans = quotations.filter((q) => q.category === 'direct');
  const cues = readCues(text, mentions, directSpans, media);
  const cueStarts = cues.map((c) => c.start);

  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const results = new Map<RawQuote, SpeakerRef | null>();
  // Marks around each direct quote (the quote list carries only the inner span).
  const outerOf = new Map<string, { outerStart: number; outerEnd: number }>();
  for (const q of quotations) outerOf.set(`${q.start}:${q.end}`, q);
  let previous: { quote: RawQuote; outerEnd: number; speaker: SpeakerRef | null } | null = null;

  for (const q of sorted) {
    const outer = outerOf.get(`${q.start}:${q.end}`) ?? { outerStart: q.start, outerEnd: q.end };
    let speaker: SpeakerRef | null = null;
    if (q.kind === 'indirect') {
      // The cue is the speech verb just before the reported clause.
      const cue = lastCueBefore(cues, cueStarts, Math.max(0, sentenceStart(text, q.start, null)), q.start);
      speaker = cue ? refOf(cue.resolution) : null;
      results.set(q, speaker);
      continue;
    }
    const from = sentenceStart(text, outer.outerStart, previous && previous.quote.kind === 'direct' ? previous.outerEnd : null);
    const before = lastCueBefore(cues, cueStarts, from, outer.outerStart);
    const after = cueRightAfter(text, cues, cueStarts, outer.outerEnd);
    if (before && before.resolution.kind !== 'carry' && before.resolution.kind !== 'none') speaker = refOf(before.resolution);
    else if (after && after.resolution.kind !== 'none') speaker = refOf(after.resolution);
    else if (before) speaker = refOf(before.resolution);
    else if (previous && joinedToPrevious(text, previous.outerEnd, outer.outerStart)) speaker = previous.speaker;
    else {
      // A quote that opens its paragraph goes on from the speaker of the paragraph before.
      const para = previousParagraph(text, outer.outerStart);
      const cue = para !== null ? lastCueBefore(cues, cueStarts, para, outer.outerStart) : null;
      speaker = cue ? refOf(cue.resolution) : headlineSpeaker(text, mentions, mentionStarts, outer.outerStart);
    }
    results.set(q, speaker);
    previous = { quote: q, outerEnd: outer.outerEnd, speaker };
  }
  return quotes.map((q) => ({ ...q, speaker: results.get(q) ?? null }));
}

function refOf(r: Resolution): SpeakerRef | null {
  return r.kind === 'explicit' || r.kind === 'carry' ? r.speaker.ref : null;
}

/** Start of the sentence holding `at`: after a sentence end, a line break, or the previous quote. */
function sentenceStart(text: string, at: number, previousQuoteEnd: number | null): number {
  const floor = Math.max(0, at - MAX_SENTENCE_LOOKBACK, previousQuoteEnd ?? 0);
  for (let i = at - 1; i >= floor; i--) {
    const ch = text[i]!;
    if (LINE_BREAK.test(ch)) return i + 1;
    // A period inside a word or number ("العربية.نت", "3.5") ends no sentence.
    if (SENTENCE_END.test(ch) && !(ch === '.' && /[^\s.]/.test(text[i - 1] ?? ' ') && /[^\s"'“”«»]/.test(text[i + 1] ?? ' '))) return i + 1;
  }
  return floor;
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last cue in [from, to) that says something about a speaker ("في حديث لشبكة" says nothing). */
function lastCueBefore(cues: Cue[], starts: number[], from: number, to: number): Cue | null {
  let k = lowerBound(starts, to) - 1;
  while (k >= 0 && (cues[k]!.end > to || cues[k]!.resolution.kind === 'none') && cues[k]!.start >= from) k--;
  return k >= 0 && cues[k]!.start >= from && cues[k]!.resolution.kind !== 'none' ? cues[k]! : null;
}

/** A cue that follows the closing mark with only spaces, commas or dashes between ('"..."، قال بيسكوف'). */
function cueRightAfter(text: string, cues: Cue[], starts: number[], at: number): Cue | null {
  let i = at;
  const skipGap = () => {
    const from = i;
    while (i < text.length && i < from + 12 && (/[\s،,\-–—)]/.test(text[i]!) || isInvisible(text[i]!)) && !LINE_BREAK.test(text[i]!)) i++;
  };
  skipGap();
  // "هكذا قال نتنياهو", "كما قال": a filler word may come first.
  for (let n = 0; n < 2; n++) {
    const k = lowerBound(starts, i);
    if (cues[k]?.start === i) return cues[k]!;
    const w = wordsIn(text, i, Math.min(text.length, i + 20))[0];
    if (!w || w.start !== i || !lexicon.quoteFollowers.has(w.norm.replace(/^و/, ''))) return null;
    i = w.end;
    skipGap();
  }
  return null;
}

/** Two quotes joined by nothing but punctuation, "و" or a paragraph break: one speaker. */
function joinedToPrevious(text: string, previousEnd: number, start: number): boolean {
  if (start - previousEnd > 40) return false;
  const between = text.slice(previousEnd, start);
  return /^[\s،,.:;؛\-–—و]*(?:[وف]?(?:إن|أن|بأن)[\s]*)?$/.test(between);
}

/** Where the previous non-empty line starts, when `at` opens its own line; else null. */
function previousParagraph(text: string, at: number): number | null {
  let i = at - 1;
  while (i >= 0 && /[ \t\u00A0]/.test(text[i]!)) i--;
  if (i >= 0 && !LINE_BREAK.test(text[i]!)) return null;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0 || at - i > 2000) return null;
  while (i > 0 && !LINE_BREAK.test(text[i - 1]!)) i--;
  return i;
}

/** "X: ... "quote"" — a headline or list item that names its speaker before a colon. */
function headlineSpeaker(text: string, mentions: Mention[], starts: number[], at: number): SpeakerRef | null {
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 300 && !LINE_BREAK.test(text[lineStart - 1]!)) lineStart--;
  const rel = text.slice(lineStart, at).indexOf(':');
  if (rel < 0) return null;
  const colon = lineStart + rel;
  const words = wordsIn(text, lineStart, colon);
  if (words.length === 0 || words.length > 6) return null;
  if (words.some((w) => lexicon.anonymous.has(w.norm) || lexicon.documentNouns.has(w.norm) || lexicon.pageLabels.has(w.norm))) return null;
  // "وأضاف: ..." is a cue without a subject, not a headline naming someone.
  if (words.some((_, i) => verbAt(words, i) || attributionAt(words, i))) return null;
  // "رئيس الوزراء البريطاني كير ستارمر: ...", "زاخاروفا لـ"سبوتنيك": ...": the first person, else the first actor.
  let best: Mention | null = null;
  for (let k = lowerBound(starts, lineStart); k < mentions.length && mentions[k]!.start < colon; k++) {
    const m = mentions[k]!;
    if (!best || (m.actor.type === 'person' && best.actor.type !== 'person')) best = m;
  }
  if (best) return mentionRef(best);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return { id: null, name: text.slice(first.start, last.end), start: first.start, end: last.end };
}

function mentionRef(m: Mention): SpeakerRef {
  return { id: m.actor.id, name: m.actor.name.ar || m.surface, start: m.start, end: m.end };
}

// ---------------------------------------------------------------- cues

interface State {
  last: Speaker | null;
  byGender: { m: Speaker | null | 'anonymous'; f: Speaker | null | 'anonymous' };
  lastAnonymous: boolean;
  learned: Map<string, Gender>;
  /** Who issued the last statement the text quoted from ("وأضاف البيان" speaks for it). */
  lastDocument?: Speaker;
  /** Title words each speaker was introduced with ("مدرب", "متحدث"): "وقال مدرب الفريق" refers back only to one of them. */
  titles: Map<string, Set<string>>;
}

/** Every speech cue outside direct quotes, in order, with its subject resolved. */
function readCues(text: string, mentions: Mention[], direct: Span[], media: number[]): Cue[] {
  const cues: Cue[] = [];
  const state: State = { last: null, byGender: { m: null, f: null }, lastAnonymous: false, learned: new Map(), titles: new Map() };
  const mentionStarts = mentions.map((m) => m.start);
  let d = 0;
  const insideDirect = (at: number) => {
    while (d < direct.length && direct[d]!.end <= at) d++;
    return d < direct.length && direct[d]!.start <= at;
  };
  const directOpeners = new Set(direct.map((q) => (q as { outerStart?: number }).outerStart ?? q.start));
  for (const words of wordsByLine(text)) {
    for (let i = 0; i < words.length; i++) {
      if (insideDirect(words[i]!.start)) continue;
      const verb = verbAt(words, i);
      const phrase = verb ? null : attributionAt(words, i);
      if (!verb && !phrase) continue;
      const length = verb?.length ?? phrase!.length;
      // "بثينة العيسى، التي توقع روايتها": a verb of a relative clause says nothing new about who speaks.
      if (verb && i > 0 && lexicon.relativePronouns.has(words[i - 1]!.norm)) continue;
      // "واصلت القوات تقدمها": a weak verb is speech only when the sentence reports something.
      if (verb && lexicon.weakVerbs.has(withoutConjunction(words[i]!.norm, 2)) && !reportsSpeech(text, words[i + length - 1]!.end, true)) continue;
      const gender: CueGender | null = verb ? verb.value.gender : null;
      const cueEnd = words[i + length - 1]!.end;
      // "... اتصالا مع بلينكن قال فيه": a relative clause, its subject is not the name before it.
      const relative = lexicon.relativeAdverbs.has(words[i + length]?.norm ?? '');
      const participle = !!verb && isParticiple(words[i]!.norm);
      // ("اتهم نتنياهو حماس قائلا": the name before a participle is its object.)
      const before = relative || participle ? null : subjectBefore(text, words[i]!.start, mentions, mentionStarts, state, gender);
      const resolution = before ?? resolveSubject(text, words, i + length, {
        gender,
        attribution: !verb,
        relay: !!verb && lexicon.relayVerbs.has(withoutConjunction(words[i]!.norm, 2)),
        participle,
        cues,
        mentions,
        mentionStarts,
        media,
        state,
        directOpeners,
        cueStart: words[i]!.start,
      });
      remember(state, resolution, gender);
      if (resolution.kind === 'explicit') rememberTitles(state, resolution.speaker.key, words, i + length);
      // A statement ("في بيان", "بيانا قالت فيه"): "وأضاف البيان" later speaks for its issuer.
      const speaksInDocument = words.slice(i, Math.min(words.length, i + length + 3)).some((w) => isDocument(w.norm));
      if (speaksInDocument) {
        if (resolution.kind === 'explicit' || resolution.kind === 'carry') state.lastDocument = resolution.speaker;
        else if (resolution.kind === 'none' && state.last) state.lastDocument = state.last;
      }
      cues.push({ start: words[i]!.start, end: cueEnd, resolution });
      i += length - 1;
    }
  }
  return cues;
}

/** Subject-verb order ("أذربيجان تعلن", "وزارة الدفاع صرحت"): an actor named right before the verb. */
function subjectBefore(
  text: string,
  cueStart: number,
  mentions: Mention[],
  mentionStarts: number[],
  state: State,
  gender: CueGender | null,
): Resolution | null {
  if (gender === null) return null;
  const k = lowerBound(mentionStarts, cueStart) - 1;
  if (k < 0) return null;
  const m = mentions[k]!;
  if (!/^[ \u00A0\u200B-\u200F]+$/.test(text.slice(m.end, cueStart))) return null;
  if (!mentionAgrees(m, gender, state)) return null;
  return { kind: 'explicit', speaker: speakerOf(m, state) };
}

/** Titles in the few words after a cue, kept for the speaker they introduced. */
function rememberTitles(state: State, key: string, words: Word[], from: number): void {
  for (let j = from; j < words.length && j < from + MAX_SUBJECT_WORDS; j++) {
    const w = words[j]!.norm;
    if (!isTitle(w) && !isSpokesperson(w)) continue;
    const set = state.titles.get(key) ?? new Set<string>();
    set.add(titleStem(w));
    state.titles.set(key, set);
  }
}

const titleStem = (w: string) => w.replace(/^(وال|ال|لل)/, '').replace(/ه$/, '');

function remember(state: State, r: Resolution, cueGender: CueGender | null): void {
  if (r.kind === 'anonymous') {
    if (cueGender === 'm' || cueGender === 'f') state.byGender[cueGender] = 'anonymous';
    state.lastAnonymous = true;
    return;
  }
  if (r.kind === 'none') return;
  const s = r.speaker;
  if (r.kind === 'explicit' && (cueGender === 'm' || cueGender === 'f')) {
    // The verb shows the gender of this name as the text uses it ("قالت الحكومة
    // اليمنية" is feminine though "اليمن" is masculine): later "وأضافت" follows it.
    if (!s.gender) state.learned.set(s.key, cueGender);
    s.gender = cueGender;
  }
  state.last = s;
  state.lastAnonymous = false;
  if (s.gender) state.byGender[s.gender] = s;
}

interface ResolveContext {
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
  cueStart: number;
}

/** Active participles of speech verbs ("قائلا", "مؤكدة"): adverbs of the sentence's own subject. */
const isParticiple = (w: string) => w.length >= 4 && /[اه]$/.test(w) && !/^[يت]/.test(w);

const isDefinite = (w: string) => /^(ال|وال|فال|لل|بال)/.test(w);
const isTitle = (w: string) => stems(w).some((s) => lexicon.titleWords.has(s));
const isSpokesperson = (w: string) => stems(w).some((s) => lexicon.spokesperson.has(s));
const isDocument = (w: string) => stems(w).some((s) => lexicon.documentNouns.has(s));
const isStop = (w: string) => lexicon.subjectStops.has(w) || isComplementizer(w);

function speakerOf(m: Mention, state: State): Speaker {
  const key = m.actor.id ?? `name:${m.actor.name.ar || m.surface}`;
  const gender = m.actor.gender ?? state.learned.get(key) ?? guessGender(m);
  return { ref: mentionRef(m), key, gender, person: m.actor.type === 'person' };
}

/** Can this mention be the subject of a verb of that gender? The actor's gender or the name's own form may agree. */
function mentionAgrees(m: Mention, gender: CueGender | null, state: State): boolean {
  if (gender !== 'm' && gender !== 'f') return true;
  const g = speakerOf(m, state).gender;
  if (g === null || g === gender) return true;
  return m.actor.type !== 'person' && guessGender(m) === gender;
}

/** Gender when the gazetteer gives none: bodies named with ة are feminine, states too; persons unknown. */
function guessGender(m: Mention): Gender | null {
  if (m.actor.type === 'person') return null;
  const words = wordsIn(m.surface).map((w) => w.norm);
  const head = words.find((w) => !/^(و|ف|ب|ل|ك)?(ال|لل)?$/.test(w)) ?? '';
  if (headBeginsWith(head, lexicon.masculineBodyHeads, ['وال', 'ال', 'لل', 'ل', 'ب', 'و'])) return 'm';
  if (m.actor.type === 'state') return 'f';
  return /ه$/.test(head) || headBeginsWith(head, lexicon.feminineBodyHeads, ['ال', 'لل']) ? 'f' : 'm';
}

/** The word begins with one of `heads`, directly or behind one of `prefixes`. */
function headBeginsWith(word: string, heads: readonly string[], prefixes: readonly string[]): boolean {
  return ['', ...prefixes].some((p) => word.startsWith(p) && heads.some((h) => word.startsWith(h, p.length)));
}

function carry(state: State, gender: CueGender | null, ctx: ResolveContext, text: string): Resolution {
  if (ctx.participle) {
    const own = sentenceSubject(ctx, gender, text) ?? clauseSubject(ctx, gender, text);
    if (own) return own;
  } else {
    // "وكان قائد الجيش عبد الفتاح البرهان قد تعهد ...، وقال أمام الجنود:": the
    // subject of the clause before, in the same sentence.
    const own = clauseSubject(ctx, gender, text);
    if (own) return own;
  }
  if (gender === 'm' || gender === 'f') {
    const s = state.byGender[gender];
    if (s === 'anonymous') return { kind: 'anonymous' };
    if (s) return { kind: 'carry', speaker: s };
    // Nobody of that gender has spoken yet: the last speaker of unknown gender, or
    // the nearest person of that gender named before (the subject of "وبارك حميدتي").
    if (state.last && !state.last.gender) return { kind: 'carry', speaker: state.last };
    const recent = recentPerson(ctx, gender, text);
    if (recent) return { kind: 'carry', speaker: recent };
    return { kind: 'none' };
  }
  if (state.lastAnonymous) return { kind: 'anonymous' };
  return state.last ? { kind: 'carry', speaker: state.last } : { kind: 'none' };
}

/**
 * The subject of the participle's own sentence: the speaker of an earlier cue
 * in it ("وقال بيسكوف ...، مؤكدا"), else an actor named right after the
 * sentence's first word ("هاجم نتنياهو حماس، قائلا").
 */
function sentenceSubject(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const from = sentenceStart(text, ctx.cueStart, null);
  // The sentence's first speech verb is its main one; later ones may sit inside
  // what it reports ("وقال ترامب إن الولايات المتحدة رأت ...، قائلا").
  let first = ctx.cues.length;
  while (first > 0 && ctx.cues[first - 1]!.start >= from) first--;
  for (let k = first; k < ctx.cues.length; k++) {
    const r = ctx.cues[k]!.resolution;
    if (r.kind === 'anonymous') return r;
    if ((r.kind === 'explicit' || r.kind === 'carry') && (gender === 'p' || gender === null || !r.speaker.gender || r.speaker.gender === gender)) return r;
  }
  const opening = wordsIn(text, from, ctx.cueStart).slice(0, 3);
  if (opening.length < 2) return null;
  let k = lowerBound(ctx.mentionStarts, opening[1]!.start);
  for (; k < ctx.mentions.length && ctx.mentions[k]!.start < opening[opening.length - 1]!.end; k++) {
    const m = ctx.mentions[k]!;
    if (mentionAgrees(m, gender, ctx.state)) return { kind: 'carry', speaker: speakerOf(m, ctx.state) };
  }
  return null;
}

/**
 * The subject of the sentence a mid-sentence cue belongs to: the sentence opens
 * with a verb ("وكان"، "وتعهد"، "وأدانت"), then titles and definite words lead to
 * an actor. A sentence opening with a preposition or time word has none.
 */
function clauseSubject(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const from = sentenceStart(text, ctx.cueStart, null);
  let opening = wordsIn(text, from, ctx.cueStart);
  // "بدوره،"، "من جانبها،"، "في المقابل،": a discourse opener before a comma is no part of the clause.
  for (let c = 0; c < Math.min(3, opening.length - 1); c++) {
    if (/[،,]/.test(text.slice(opening[c]!.end, opening[c + 1]!.start))) {
      const m = ctx.mentions[lowerBound(ctx.mentionStarts, opening[0]!.start)];
      if (m && m.start < opening[c]!.end) break; // "أكد الرئيس الروسي، فلاديمير بوتين،": the subject itself
      opening = opening.slice(c + 1);
      break;
    }
  }
  // The cue must follow a clause of its own: at least a verb and a subject before it.
  if (opening.length < 3) return null;
  const firstWord = opening[0]!.norm;
  if (isStop(firstWord) || isStop(withoutConjunction(firstWord)) || /^[وف]?(بال|لل|كال)/.test(firstWord)) return null;
  // An earlier cue of the sentence already resolved: it is the subject.
  for (let k = ctx.cues.length - 1; k >= 0 && ctx.cues[k]!.start >= from; k--) {
    const r = ctx.cues[k]!.resolution;
    if (r.kind === 'anonymous') return r;
    if ((r.kind === 'explicit' || r.kind === 'carry') && (gender === 'p' || gender === null || !r.speaker.gender || r.speaker.gender === gender)) return r;
  }
  let k = lowerBound(ctx.mentionStarts, opening[1]!.start);
  for (let j = 1; j < opening.length && j < 8; j++) {
    const w = opening[j]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (m) {
      if (/[لب]/.test(text.slice(w.start, Math.max(w.start, m.start)))) return null;
      if (m.actor.type === 'person') return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
      // A body after a title is the title's complement ("قائد الجيش"): the name may follow.
      const complement = j > 1 && isTitle(opening[j - 1]!.norm) && !/[،,]/.test(text.slice(opening[j - 1]!.end, w.start));
      if (!complement) return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
      while (j + 1 < opening.length && opening[j + 1]!.start < m.end) j++;
      k++;
      continue;
    }
    const n = w.norm;
    if (n === 'قد' || isTitle(n) || isSpokesperson(n) || isDefinite(n) || n === 'باسم') continue;
    return null;
  }
  return null;
}

function recentPerson(ctx: ResolveContext, gender: Gender, text: string): Speaker | null {
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  let fallback: Speaker | null = null;
  for (let seen = 0; k >= 0 && seen < 20; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (ctx.cueStart - m.end > 1500) break;
    if (m.actor.type !== 'person' || !nearSentenceStart(text, m.start, 12)) continue;
    const s = speakerOf(m, ctx.state);
    if (s.gender !== gender && s.gender !== null) continue;
    // A person known to the gazetteer beats a role-only one of the same sentence
    // ("قائد الجيش، الفريق أول عبد الفتاح البرهان").
    if (m.actor.id !== null) return s;
    fallback ??= s;
  }
  return fallback;
}

/** Within the first words of its sentence: where a subject stands ("وبارك حميدتي ..."), not a genitive deep in it. */
function nearSentenceStart(text: string, at: number, maxWords = 6): boolean {
  const from = sentenceStart(text, at, null);
  const before = wordsIn(text, from, at);
  const prev = before[before.length - 1]?.norm ?? '';
  return before.length <= maxWords && !lexicon.subjectStops.has(prev);
}

/**
 * The subject after a cue: the words up to a stop (a preposition, a time word,
 * أن/إن, a colon, a quotation, the sentence's end). Titles and definite words
 * may lead up to a name ("وزير الخارجية الروسي سيرغي لافروف"); any other word
 * first means the verb's subject is left out ("وأكد رفض ...") and it carries
 * over from the last speaker.
 */
function resolveSubject(text: string, words: Word[], from: number, ctx: ResolveContext): Resolution {
  const { state } = ctx;
  // The zone: word indices [from, to).
  let to = from;
  for (let j = from; j < words.length && j < from + MAX_SUBJECT_WORDS; j++) {
    const gapFrom = j === from ? (words[from - 1]?.end ?? words[j]!.start) : words[j - 1]!.end;
    const gap = text.slice(gapFrom, words[j]!.start);
    if (/[.!?؟:]/.test(gap)) break;
    let directMark = false;
    for (let k = gapFrom; k < words[j]!.start; k++) if (isQuoteMark(text[k]!) && ctx.directOpeners.has(k)) directMark = true;
    if (directMark) break;
    const w = words[j]!.norm;
    const prev = words[j - 1]?.norm ?? '';
    if (isStop(w) && !(w === 'عن' && /صادر$/.test(prev))) break;
    if (j > from && verbAt(words, j)) break;
    to = j + 1;
  }
  // "نقلت وكالة رويترز عن مسؤول أمريكي": the words are the one's after عن.
  if (ctx.relay && words[to]?.norm === 'عن') {
    return resolveSubject(text, words, to + 1, { ...ctx, relay: false, attribution: true, gender: null });
  }
  if (to === from) return ctx.attribution ? { kind: 'none' } : carry(state, ctx.gender, ctx, text);
  const zoneStart = words[from]!.start;
  const zoneEnd = words[to - 1]!.end;
  const first = words[from]!.norm;
  // "وقال القيادي في الحركة أسامة حمدان"، "قال المبعوث الأممي إلى اليمن هانس غروندبرغ"،
  // "قال خبير الأرصاد في المركز الدكتور أحمد حبيب": a title whose complement runs
  // past the zone's stop to a person's name. The name is the speaker.
  if (!zoneHasPerson(ctx, zoneStart, zoneEnd)) {
    const titled = titledPerson(text, words, from, subjectReach(text, words, from, ctx), ctx);
    if (titled) return { kind: 'explicit', speaker: titled };
  }
  // "مصدر في الوزارة" (indefinite). The definite "المصدر نفسه" refers back and carries
  // over, like "الناشط الحقوقي" for an activist already named.
  if (stems(first).some((s) => lexicon.anonymous.has(s))) return { kind: 'anonymous' };
  // An outlet reports ("ذكرت صحيفة ...", "وقالت سانا"): no actor spoke.
  const mediaAt = ctx.media[lowerBound(ctx.media, zoneStart)];
  // (Behind ل or ب an outlet is whom the words were said to: "في حديث لشبكة ...".)
  const addressee = /^[وف]?[لب]/.test(first) && !lexicon.mediaNouns.has(first);
  const outletFirst = [first, withoutConjunction(first)].some((s) => lexicon.mediaNouns.has(s));
  // "شبكة أطباء السودان" is a body the gazetteer knows, not an outlet.
  const firstMention = ctx.mentions[lowerBound(ctx.mentionStarts, zoneStart)];
  const knownBody = !!firstMention && firstMention.start < words[from]!.end && firstMention.actor.type !== 'person' && firstMention.actor.type !== 'media' && (mediaAt === undefined || mediaAt >= words[from]!.end);
  if (!addressee && !knownBody && (outletFirst || (mediaAt !== undefined && mediaAt < words[from]!.end))) {
    return { kind: 'anonymous' };
  }
  // "في تصريح لقناة المسيرة": the outlet is whom it was said to; the phrase names no speaker.
  if (ctx.attribution && addressee && stems(first).some((x) => lexicon.mediaNouns.has(x))) return { kind: 'none' };

  // "وأضاف البيان", "وتابع التقرير": the statement quoted from before speaks on.
  if (isDefinite(first) && isDocument(first) && state.lastDocument) return { kind: 'carry', speaker: state.lastDocument };

  // Pronoun sources: "بحسب قوله"، "وفق تعبيرها".
  const pron = /^(.*?)(ها|ه)$/.exec(first);
  if (pron && (lexicon.pronounSources.has(pron[1]!) || lexicon.pronounSources.has(first))) {
    return carry(state, pron[2] === 'ها' ? 'f' : 'm', ctx, text);
  }

  // Mentions in the zone, and whether each stands as a complement of a title
  // ("المتحدث باسم الكرملين", "مستشار الرئيس الأوكراني"): those are not the speaker.
  const inZone: Array<{ m: Mention; complement: boolean }> = [];
  let k = lowerBound(ctx.mentionStarts, zoneStart);
  let leadOk = true; // only titles / definite words / documents so far
  let seenTitle = false;
  let seenPerson = false;
  let wi = from;
  let indefiniteSpokesperson = false;
  let definiteTitle = false;
  for (; wi < to; wi++) {
    const w = words[wi]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    // A mention may start inside the word, behind a proclitic ('لحركة حماس').
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (m && m.start < zoneEnd) {
      if (!leadOk) break;
      const prevWord = words[wi - 1]?.norm ?? '';
      // Behind ل or ب a name is not a verb's subject ("فصيل تابع لإيران"), except after an attribution phrase ("بيان للخارجية").
      const preposed = !ctx.attribution && /[لب]/.test(text.slice(w.start, Math.max(w.start, m.start)));
      // (A name the gazetteer lacks was found introduced by that very title: it is the person.)
      // After a comma a name stands in apposition ("المتحدث باسم الأمين العام، ستيفان دوجاريك"), not as a complement.
      const afterComma = wi > from && /[،,]/.test(text.slice(words[wi - 1]!.end, w.start));
      const complement = preposed || (wi > from && !afterComma && (prevWord === 'باسم' || (isTitle(prevWord) && !HONORIFICS.has(prevWord) && m.actor.id !== null) || (seenTitle && /^ل/.test(w.norm))));
      if (seenPerson && /^ل/.test(w.norm)) break; // "قال بوتين لنظيره ..."
      inZone.push({ m, complement });
      if (m.actor.type === 'person' && !complement) seenPerson = true;
      // Skip the mention's other words.
      while (wi + 1 < to && words[wi + 1]!.start < m.end) wi++;
      k++;
      continue;
    }
    if (seenPerson && /^ل/.test(w.norm)) break;
    if (isSpokesperson(w.norm)) {
      seenTitle = true;
      if (wi === from && !isDefinite(w.norm)) indefiniteSpokesperson = true;
      else if (wi === from) definiteTitle = true;
      continue;
    }
    if (isTitle(w.norm)) {
      seenTitle = true;
      if (wi === from) definiteTitle = true;
      continue;
    }
    if (w.norm === 'باسم' || isDefinite(w.norm) || isDocument(w.norm) || (ctx.attribution && /^ل/.test(w.norm))) continue;
    // A title's complement: "رئيس حكومة الوحدة الوطنية X"، "الرئيس التنفيذي لهيئة الأدب X"; up to a
    // name the gazetteer lacks, which findActors found introduced by this very role ("والي شمال كردفان X").
    if (seenTitle && inZone.length === 0 && (isComplementHead(w.norm) || /^ل/.test(w.norm) || w.norm.startsWith('باسم') || unknownAhead(ctx, w.end, zoneEnd))) continue;
    // Any other word before a name: the zone is an object ("أكد رفض ..."), not a subject.
    if (inZone.length === 0) leadOk = false;
    else break;
  }

  // A verb agrees with its subject: a masculine verb before a feminine body
  // ("حذر قوات حفظ السلام") has its subject elsewhere, the body is its object.
  const namedAnyone = inZone.length > 0;
  const agrees = (m: Mention) => mentionAgrees(m, ctx.gender, state);
  for (let z = inZone.length - 1; z >= 0; z--) if (!inZone[z]!.complement && !agrees(inZone[z]!.m)) inZone.splice(z, 1);
  const persons = inZone.filter((z) => !z.complement && z.m.actor.type === 'person');
  // A person the gazetteer knows beats one found by a role alone ("قائد الجيش، الفريق أول عبد الفتاح البرهان").
  const person = persons.find((z) => z.m.actor.id !== null) ?? persons[0];
  if (person) return { kind: 'explicit', speaker: speakerOf(person.m, state) };
  const heads = inZone.filter((z) => !z.complement);
  if (heads.length > 0 && !seenTitle) return { kind: 'explicit', speaker: speakerOf(heads[0]!.m, state) };
  if (seenTitle) {
    // "المتحدث باسم الأمين العام، ستيفان دوجاريك،": a name the gazetteer lacks, set off by commas after a title
    // (also past a stop: "الرئيسة المشتركة للدائرة في الإدارة، إلهام أحمد، لوكالة ...").
    const named = appositiveName(text, words, from, subjectReach(text, words, from, ctx), ctx);
    if (named) return { kind: 'explicit', speaker: named };
  }
  if (inZone.length > 0 && seenTitle) {
    // A title without a name: an unnamed indefinite spokesman speaks for the body;
    // "the spokeswoman of X" refers back to the spokeswoman already quoted.
    const body = inZone.find((z) => z.m.actor.type !== 'person') ?? inZone[0]!;
    if (!indefiniteSpokesperson && (ctx.gender === 'm' || ctx.gender === 'f')) {
      const s = state.byGender[ctx.gender];
      if (s && s !== 'anonymous' && s.person) return { kind: 'carry', speaker: s };
    }
    return { kind: 'explicit', speaker: speakerOf(body.m, state) };
  }
  if (heads.length > 0) return { kind: 'explicit', speaker: speakerOf(heads[0]!.m, state) };

  // No actor named. A bare institution noun ("بيان الوزارة") is the last body of that name.
  // It must stand as the subject: first, or after document words only ("بيان الوزارة").
  for (let j = from; j < to; j++) {
    const w = words[j]!.norm;
    const noun = stems(w).find((s) => lexicon.institutionNouns.has(s));
    if (noun) {
      const body = lastBodyNamed(ctx, noun.replace(/^ال/, ''));
      if (body) return { kind: 'explicit', speaker: speakerOf(body, state) };
      break;
    }
    if (!isDocument(w)) break;
  }
  // A name the gazetteer lacks: two or three plain words, then a comma or a stop.
  const unknown = reportsSpeech(text, words[to - 1]!.end) && !namedAnyone ? unknownName(text, words, from, to) : null;
  if (unknown) return { kind: 'explicit', speaker: unknown };
  // Only titles, pronouns or an object: the subject is left out and carries over
  // ("وأضاف المتحدث:", "وأكد رفض ..."). An attribution phrase naming no one says nothing.
  if (ctx.attribution && !definiteTitle) return { kind: 'none' };
  const carried = carry(state, ctx.gender, ctx, text);
  // "وقال قائد السفينة": an office held by someone not named yet. It refers back only
  // to a speaker introduced with that office ("مدرب" for "سعد الشهري، مدرب الاتفاق");
  // otherwise an unnamed person spoke.
  if (carried.kind === 'carry' && definiteTitle && !isDefinite(first) && isTitle(first) && from + 1 < to) {
    const title = titleStem(withoutConjunction(first));
    if (!state.titles.get(carried.speaker.key)?.has(title) && !namedNearTitle(text, ctx, carried.speaker, title)) {
      return { kind: 'anonymous' };
    }
  }
  return carried;
}

/** A person the gazetteer lacks is named between `from` and `to`. */
function unknownAhead(ctx: ResolveContext, from: number, to: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, from); k < ctx.mentions.length && ctx.mentions[k]!.start < to; k++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') return m.actor.id === null;
  }
  return false;
}

function zoneHasPerson(ctx: ResolveContext, start: number, end: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, start); k < ctx.mentions.length && ctx.mentions[k]!.start < end; k++) {
    if (ctx.mentions[k]!.actor.type === 'person') return true;
  }
  return false;
}

/** Words that may link a title to its complement: "القيادي في الحركة", "المبعوث إلى اليمن", "المتحدث باسم". */
const TITLE_LINKERS = new Set(['في', 'لدى', 'باسم', 'الى', 'إلى', 'عن']);

/**
 * A person named after a title and its complement: the first word is a title,
 * an office or an unnamed source word ("خبير", "مسؤول"), then only definite
 * words, titles, linkers, words behind ل and other actors' names up to the
 * person. A person the gazetteer lacks counts only when findActors found them
 * introduced by a role. Any other word ("مقرب", "مؤتمر") ends the search.
 */
function titledPerson(text: string, words: Word[], from: number, reach: number, ctx: ResolveContext): Speaker | null {
  const head = words[from]?.norm ?? '';
  const headOk = isTitle(head) || isSpokesperson(head) || stems(head).some((s) => lexicon.anonymous.has(s)) || isDefinite(head);
  if (!headOk) return null;
  let k = lowerBound(ctx.mentionStarts, words[from]!.start);
  for (let j = from; j < reach && j < from + 14; j++) {
    const w = words[j]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (m) {
      if (m.actor.type === 'person') {
        if (j === from) return null;
        // Behind ل or ب the name is a complement ("مستشار لبوتين").
        if (/[لب]/.test(text.slice(w.start, Math.max(w.start, m.start)))) return null;
        // A bare title ("الرئيس الأوكراني") after another title is whose office it is.
        if (isTitle(words[j - 1]!.norm) && !/[،,]/.test(text.slice(words[j - 1]!.end, w.start)) && m.actor.id !== null && titleOnly(m)) return null;
        return speakerOf(m, ctx.state);
      }
      while (j + 1 < reach && words[j + 1]!.start < m.end) j++;
      k++;
      continue;
    }
    if (j === from) continue;
    const n = w.norm;
    if (isTitle(n) || isSpokesperson(n) || isDefinite(n) || TITLE_LINKERS.has(n) || /^ل/.test(n) || n.startsWith('باسم') || isComplementHead(n)) continue;
    // One place name after a linker, right before the person: "المتحدثة باسمها في يريفان زارا أمادوني".
    const next = ctx.mentions[lowerBound(ctx.mentionStarts, w.end)];
    if (TITLE_LINKERS.has(words[j - 1]!.norm) && j + 1 < reach && next && next.actor.type === 'person' && next.start === words[j + 1]!.start) continue;
    return null;
  }
  return null;
}

/** A mention that is a bare title of its person ("الرئيس الأوكراني"), not a name. */
function titleOnly(m: Mention): boolean {
  return wordsIn(m.surface).every((w) => isTitle(w.norm) || isDefinite(w.norm));
}

/** Does the title stand next to one of the speaker's mentions before the cue ("قائد قوات الدعم السريع، محمد حمدان دقلو")? */
function namedNearTitle(text: string, ctx: ResolveContext, speaker: Speaker, title: string): boolean {
  const spans: Span[] = [speaker.ref];
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  for (let seen = 0; k >= 0 && seen < 200; k--, seen++) {
    const m = ctx.mentions[k]!;
    if ((m.actor.id ?? `name:${m.actor.name.ar || m.surface}`) === speaker.key) spans.push(m);
  }
  if (speaker.ref.id === null && speaker.ref.name) {
    // A name the gazetteer lacks: its other occurrences in the text so far.
    for (let at = text.indexOf(speaker.ref.name), n = 0; at >= 0 && at < ctx.cueStart && n < 20; at = text.indexOf(speaker.ref.name, at + 1), n++) {
      spans.push({ start: at, end: at + speaker.ref.name.length });
    }
  }
  for (const sp of spans) {
    const near = [...wordsIn(text, Math.max(0, sp.start - 80), sp.start).slice(-6), ...wordsIn(text, sp.end, Math.min(text.length, sp.end + 60)).slice(0, 4)];
    if (near.some((w) => isTitle(w.norm) && titleStem(withoutConjunction(w.norm)) === title)) return true;
  }
  return false;
}

function lastBodyNamed(ctx: ResolveContext, noun: string): Mention | null {
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  for (let seen = 0; k >= 0 && seen < 40; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') continue;
    const norm = wordsIn(m.surface).map((w) => w.norm);
    if (norm.some((w) => w.endsWith(noun))) return m;
  }
  return null;
}

/** After the subject, does the sentence go on to a colon, a quotation or أن/إن (reported speech)? */
function reportsSpeech(text: string, from: number, orStatement = false): boolean {
  const words = wordsIn(text, from, Math.min(text.length, from + 160));
  let at = from;
  for (const w of words) {
    const gap = text.slice(at, w.start);
    if (/[:]/.test(gap) || [...gap].some(isQuoteMark)) return true;
    if (/[.!?؟\n]/.test(gap)) return false;
    if (isComplementizer(w.norm)) return true;
    if (orStatement && isDocument(w.norm) && !/^(وال|ال|لل)/.test(w.norm)) return true;
    at = w.end;
  }
  const tail = text.slice(at, Math.min(text.length, at + 3));
  return /^[\s]*[:"“”«]/.test(tail);
}

/** A 2–3 word name right after a comma in the subject zone, closed by a comma or a stop, outside any actor mention. */
/** How far a subject's apposition may run: to a colon, a sentence end, a direct quote or أن/إن. */
function subjectReach(text: string, words: Word[], from: number, ctx: ResolveContext): number {
  let j = from + 1;
  for (; j < words.length && j < from + 20; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start);
    if (/[.!?؟:]/.test(gap) || isComplementizer(words[j]!.norm)) break;
    let mark = false;
    for (let k = words[j - 1]!.end; k < words[j]!.start; k++) if (ctx.directOpeners.has(k)) mark = true;
    if (mark) break;
  }
  return j;
}

function appositiveName(text: string, words: Word[], from: number, to: number, ctx: ResolveContext): Speaker | null {
  for (let j = from + 1; j < to; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start);
    if (!/[،,]/.test(gap)) continue;
    const k = lowerBound(ctx.mentionStarts, words[j]!.start);
    const m = ctx.mentions[k];
    if (m && m.start < words[j]!.end) {
      if (m.actor.type === 'person') return speakerOf(m, ctx.state);
      continue;
    }
    const prev = ctx.mentions[k - 1];
    if (prev && prev.end > words[j]!.start) continue;
    const name = unknownName(text, words, j, Math.min(to + 1, words.length), true);
    if (name) return name;
  }
  return null;
}

function unknownName(text: string, words: Word[], from: number, to: number, appositive = false): Speaker | null {
  if (stems(words[from]?.norm ?? '').some((s) => lexicon.commonObjects.has(s))) return null;
  // A body's name runs up to أن or a colon ("ذكرت هيئة عمليات التجارة البحرية البريطانية أنها").
  if (!appositive && to - from >= 4 && to - from <= 6) {
    const next = words[to];
    const gap = next ? text.slice(words[to - 1]!.end, next.start) : '';
    const body = words.slice(from, to);
    if (
      !isDefinite(body[0]!.norm) &&
      ((next && isComplementizer(next.norm) && !/[،,]/.test(gap) && ![...gap].some(isQuoteMark)) || /^\s*:/.test(gap)) &&
      !body.some((_, i) => verbAt(body, i)) &&
      body.every((w) => /[\u0621-\u064A]/.test(w.norm) && !isDocument(w.norm) && !stems(w.norm).some((x) => lexicon.anonymous.has(x)))
    ) {
      const name = text.slice(body[0]!.start, body[body.length - 1]!.end);
      return { ref: { id: null, name, start: body[0]!.start, end: body[body.length - 1]!.end }, key: `name:${name}`, gender: null, person: false };
    }
  }
  let end = from;
  while (end < to && end - from < 3) {
    const gap = end > from ? text.slice(words[end - 1]!.end, words[end]!.start) : '';
    if (/[،,()\-–—]/.test(gap) || [...gap].some(isQuoteMark)) break;
    end++;
  }
  const n = end - from;
  if (n < 2 || n > 3) return null;
  const nameWords = words.slice(from, end);
  if (isDefinite(nameWords[0]!.norm) && !appositive) return null;
  for (const w of nameWords) {
    // Names do not start with a preposition glued on ("للتوصل", "بالقلق") nor end in tanween alif.
    if (/^(لل|بال|كال)/.test(w.norm) || (w !== nameWords[0] && /^ل/.test(w.norm))) return null;
    if (!/[\u0621-\u064A]/.test(w.norm) || isTitle(w.norm) || isDocument(w.norm)) return null;
    if (stems(w.norm).some((s) => lexicon.anonymous.has(s) || lexicon.institutionNouns.has(s))) return null;
  }
  // What follows the name must close it: punctuation, a stop word, or the zone's end at a stop.
  const next = words[end];
  const gap = next ? text.slice(words[end - 1]!.end, next.start) : '';
  // ("رامي عبد الرحمن رئيس المرصد": a title in apposition closes the name too.)
  const closed = appositive
    ? !next || /[،,:]/.test(gap) || isStop(next.norm)
    : !next || /[،,:]/.test(gap) || isStop(next.norm) || isTitle(next.norm) || end === to;
  if (!closed || [...gap].some(isQuoteMark)) return null;
  const first = nameWords[0]!;
  const last = nameWords[n - 1]!;
  const name = text.slice(first.start, last.end);
  return { ref: { id: null, name, start: first.start, end: last.end }, key: `name:${name}`, gender: null, person: true };
}
