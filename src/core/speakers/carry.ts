// A cue without a subject of its own: the subject of its sentence or clause,
// else the last speaker of the verb's gender (carry-over).
import { commaIn } from '../chars';
import { withoutConjunction } from '../clitics';
import { givenNames } from '../lexicon/given-names';
import { lexicon, wordsIn, type CueGender, type Word } from '../speech';
import { firstWordsIn, nextWord } from '../text/tokens';
import { presentShaped } from '../text/verb-shapes';
import { describedPerson } from './subject/rules/described-name';
import { statementOwner } from './document-owner';
import { toNarratorBy } from './to-narrator';
import { actorOpeningClause, actorOpeningSentence, ledBy, namedAsMember, subjectOfWritersClause, writersClauseOpening } from './fronted-actor';
import { appositionGender, spokenForBy } from './cue-context';
import { headlineSpeakerSince } from './headline-before';
import { titledPerson } from './names';
import { afterCommaAndOneWord, nearClauseStart, nearSentenceStart } from './near-start';
import type { ActorResult, Gender } from '../types';
import { type Resolution, type ResolveContext, type Speaker, type State, afterDateline, isDefinite, isRoleWord, isSpokesperson, isStop, insideSpans, isTitle, lowerBound, mentionAgrees, sentenceBeforeStart, sentenceStart, speakerOf, titleWithoutConjunction } from './model';

export function carry(state: State, gender: CueGender | null, ctx: ResolveContext, text: string): Resolution {
  // "غير أن المفوض العام للوكالة، X، كتب:": the person named right before the verb is its subject.
  const fronted = ctx.participle ? null : (statementOwner(ctx, gender, text) ?? personRightBefore(ctx, gender, text) ?? actorOpeningClause(ctx, gender, text) ?? toNarratorBy(ctx, gender, text));
  if (fronted) return fronted;
  // "وكان قائد الجيش X قد تعهد ...، وقال أمام الجنود:": the subject of the clause before, in the same sentence.
  // ("…، فيما رحب X بالخطوة، ووصفها", "…، وهو ما دفع X إلى …، قائلة": the writer's nearer clause first.)
  const writers = writersClauseOpening(ctx, text);
  const inWritersClause = writers === null ? null : clauseSubject(ctx, gender, text, writers);
  const own = ctx.participle
    ? (subjectOfWritersClause(ctx, gender, text) ?? inWritersClause ?? sentenceSubject(ctx, gender, text) ?? clauseSubject(ctx, gender, text))
    : (inWritersClause ?? clauseSubject(ctx, gender, text) ?? actorOpeningSentence(ctx, gender, text));
  if (own) return own;
  if (gender === 'm' || gender === 'f') {
    const s = state.byGender[gender];
    // "وروى المواطن ناصر عيسى أن ... . وقال وهو يقف ...": a person introduced as the
    // subject of a sentence since that speaker last spoke is whom the verb goes on with.
    const since = s ? lastCueOf(ctx, s) : -1;
    const newer = s ? latest(headlineSpeakerSince(ctx, gender, text, since), personIntroducedSince(ctx, gender, text, since)) : null;
    if (newer) return { kind: 'carry', speaker: newer };
    if (s === 'anonymous') return { kind: 'anonymous' };
    if (s) return { kind: 'carry', speaker: s };
    // Nobody of that gender has spoken yet: the last speaker of unknown gender, or the nearest person of that gender named before ("وبارك حميدتي").
    if (state.last && !state.last.gender) return { kind: 'carry', speaker: state.last };
    // ("تحت شجرة على أطراف المخيم، تجلس X مع أطفالها. … تقول:": one introduced by a verb of hers, further from the sentence's start.)
    const recent = latest(recentPerson(ctx, gender, text), personIntroducedSince(ctx, gender, text, -1));
    if (recent) return { kind: 'carry', speaker: recent };
    return { kind: 'none' };
  }
  if (state.lastAnonymous) return { kind: 'anonymous' };
  return state.last ? { kind: 'carry', speaker: state.last } : { kind: 'none' };
}

/**
 * A person whose name ends right before the verb, set off by a comma at most, in the same sentence;
 * not before a verb joined by و or ف ("استقبل X نظيره Y، وقال:": Y is the object, X speaks).
 */
function personRightBefore(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  if (text.charCodeAt(ctx.cueStart) === 0x648 || text.charCodeAt(ctx.cueStart) === 0x641) return null;
  const k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  const m = ctx.mentions[k];
  if (!m || m.actor.type !== 'person' || !/^[ \u00A0]*[،,]?[ \u00A0]*$/.test(text.slice(m.end, ctx.cueStart))) return null;
  if (m.end <= sentenceStart(text, ctx.cueStart, null) || insideSpans(ctx.direct, ctx.directStarts, m.start)) return null;
  // ("وعن الأسرى، ومنهم X، يقول": X is one of those the aside names, no subject.)
  if (namedAsMember(text, m)) return null;
  // "فالمجلس الانتقالي، بقيادة X، يؤكد": the leader's aside; the body before it is the subject.
  const led = ledBy(ctx.mentions, text, k);
  if (led) return mentionAgrees(led, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(led, ctx.state) } : null;
  return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
}

/**
 * The subject of the participle's own sentence: the speaker of an earlier cue
 * in it ("وقال بيسكوف ...، مؤكدا"), else an actor named right after the
 * sentence's first word ("هاجم نتنياهو حماس، قائلا").
 */
export function sentenceSubject(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const from = afterDateline(text, sentenceStart(text, ctx.cueStart, null));
  // The sentence's first speech verb is its main one; later ones may sit inside
  // what it reports ("وقال ترامب إن الولايات المتحدة رأت ...، قائلا").
  let first = ctx.cues.length;
  while (first > 0 && ctx.cues[first - 1]!.start >= from) first--;
  for (let k = first; k < ctx.cues.length; k++) {
    const r = ctx.cues[k]!.resolution;
    if (r.kind === 'anonymous') return r;
    if ((r.kind === 'explicit' || r.kind === 'carry') && speakerAgrees(ctx, r.speaker, gender)) return r;
  }
  const opening = firstWordsIn(text, from, ctx.cueStart, 3);
  if (opening.length < 2) return null;
  let k = lowerBound(ctx.mentionStarts, opening[1]!.start);
  for (; k < ctx.mentions.length && ctx.mentions[k]!.start < opening[opening.length - 1]!.end; k++) {
    const m = ctx.mentions[k]!;
    if (mentionAgrees(m, gender, ctx.state)) return { kind: 'carry', speaker: speakerOf(m, ctx.state) };
  }
  return null;
}

/** The speaker agrees with the verb's gender; a body as its name is printed here ("بيان صادر عن الدفاع المدني…، محذراً", though the gazetteer's name is feminine). */
function speakerAgrees(ctx: ResolveContext, speaker: Speaker, gender: CueGender | null): boolean {
  if (gender === 'p' || gender === null || !speaker.gender || speaker.gender === gender) return true;
  const printed = speaker.person ? undefined : ctx.mentions[lowerBound(ctx.mentionStarts, speaker.ref.start)];
  return !!printed && printed.start === speaker.ref.start && mentionAgrees(printed, gender, ctx.state);
}

const LAM_OR_BA = /[لب]/;
/** The clause's words before the cue, without a live page's time stamp ("18:10 |"), a label, a discourse opener or a connector before its verb. */
function clauseOpening(ctx: ResolveContext, text: string, from: number): { opening: Word[]; connector: boolean } {
  let opening = wordsIn(text, from, ctx.cueStart);
  const stamp = opening.findIndex((w) => !/^[0-9٠-٩]+$/.test(w.norm)); // ("11:40 — سرايا القدس … تقول", "14:00 – قائد X Y …": an actor or a title first keeps its slot)
  if (stamp > 0 && !isTitle(opening[stamp]!.norm) && ctx.mentions[lowerBound(ctx.mentionStarts, opening[stamp]!.start)]?.start !== opening[stamp]!.start) opening = opening.slice(stamp);
  // ("بروكسل: ورحبت X …، وقالت": a label before a colon opens the line, no part of the clause.)
  if (opening.length > 1 && text.slice(opening[0]!.end, opening[1]!.start).includes(':')) opening = opening.slice(1);
  // "بدوره،"، "من جانبها،"، "في المقابل،": a discourse opener before a comma is no part of the clause.
  for (let c = 0; c < Math.min(3, opening.length - 1); c++) {
    if (commaIn(text, opening[c]!.end, opening[c + 1]!.start)) {
      const m = ctx.mentions[lowerBound(ctx.mentionStarts, opening[0]!.start)];
      // "أكد الرئيس الروسي، فلاديمير بوتين،": the subject itself (but "وفي كييف،" is a place before the clause).
      if (m && m.start < opening[c]!.end && !isStop(withoutConjunction(opening[0]!.norm))) break;
      opening = opening.slice(c + 1);
      break;
    }
  }
  // "غير أن المندوب X رفض …، وقال:": after a connector the subject comes first.
  const connector = lexicon.clauseConnectors.find((words) => words.every((w, i) => opening[i]?.norm === w));
  if (connector) opening = opening.slice(connector.length);
  // "كما رحبت المفوضة X بالاتفاق، وكتبت:": a word before the clause's verb is no part of it.
  else if (opening.length > 0 && lexicon.openersBeforeVerb.has(opening[0]!.norm)) opening = opening.slice(1);
  return { opening, connector: !!connector };
}

/**
 * The subject of the sentence a mid-sentence cue belongs to: the sentence opens
 * with a verb ("وكان"، "وتعهد"، "وأدانت"), then titles and definite words lead to
 * an actor. A sentence opening with a preposition or time word has none.
 */
export function clauseSubject(ctx: ResolveContext, gender: CueGender | null, text: string, from = afterDateline(text, sentenceStart(text, ctx.cueStart, null))): Resolution | null {
  const { opening, connector } = clauseOpening(ctx, text, from);
  const first = connector ? 0 : 1;
  // The cue must follow a clause of its own: at least a verb and a subject before it.
  if (opening.length < 3) return null;
  const firstWord = opening[0]!.norm;
  if (isStop(firstWord) || isStop(withoutConjunction(firstWord)) || /^[وف]?(بال|لل|كال)/.test(firstWord)) return null;
  // An earlier cue of the sentence already resolved: it is the subject.
  for (let k = ctx.cues.length - 1; k >= 0 && ctx.cues[k]!.start >= from; k--) {
    const r = ctx.cues[k]!.resolution;
    if (r.kind === 'anonymous') return r;
    if ((r.kind === 'explicit' || r.kind === 'carry') && !r.reported && (gender === 'p' || gender === null || !r.speaker.gender || r.speaker.gender === gender)) return r;
  }
  let k = lowerBound(ctx.mentionStarts, opening[first]!.start);
  let complementOf: ActorResult | null = null;
  for (let j = first; j < opening.length && j < 8; j++) {
    const w = opening[j]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    // "رئيس الاتحاد الدولي للملاكمة (آيبا) X": the complement's short name in brackets is still the complement.
    if (m && m.actor === complementOf && text.slice(opening[j - 1]!.end, m.start).includes('(')) {
      k++;
      continue;
    }
    if (m) {
      // ("الممثلة العليا للاتحاد الأوروبي X": behind ل after a title, a body is the title's complement; else the verb's object.)
      const behindPreposition = LAM_OR_BA.test(text.slice(w.start, Math.max(w.start, m.start)));
      if (behindPreposition && m.actor.type !== 'person' && opening.slice(first, j).some((t) => isTitle(titleWithoutConjunction(t.norm)))) {
        while (j + 1 < opening.length && opening[j + 1]!.start < m.end) j++;
        k++;
        continue;
      }
      if (behindPreposition) return null;
      if (m.actor.type === 'person') return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
      // A body after a title is the title's complement ("قائد الجيش"): the name may follow; not one a spokesman speaks for.
      const spokenFor = spokenForBy(text, m);
      const complement = j > first && isTitle(opening[j - 1]!.norm) && !commaIn(text, opening[j - 1]!.end, w.start) && !spokenFor;
      if (!complement) return mentionAgrees(m, gender, ctx.state) || spokenFor ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
      complementOf = m.actor;
      while (j + 1 < opening.length && opening[j + 1]!.start < m.end) j++;
      k++;
      continue;
    }
    const n = w.norm;
    if (n === 'قد' || isTitle(n) || isSpokesperson(n) || isDefinite(n) || n === 'باسم') continue;
    return describedSubject(ctx, gender, text, opening, first);
  }
  return describedSubject(ctx, gender, text, opening, first);
}

/** The person the clause's description — a title or a role, outside any quote — leads to ("وأشادت الناقدة الفنية X بالعرض، وكتبت:"). */
function describedSubject(ctx: ResolveContext, gender: CueGender | null, text: string, opening: Word[], from: number): Resolution | null {
  const head = opening[from];
  if (!head || insideSpans(ctx.direct, ctx.directStarts, head.start)) return null;
  // A title and its complement up to a known person ("ودانت مسؤولة السياسة الخارجية في الاتحاد الأوروبي X الهجوم، وقالت:").
  const titled = titledPerson(text, opening, from, opening.length, ctx);
  if (titled && (gender === 'p' || gender === null || !titled.gender || titled.gender === gender)) return { kind: 'carry', speaker: titled };
  const bare = titleWithoutConjunction(head.norm);
  if (!isTitle(bare) && !isRoleWord(bare) && !givenNames().personNouns.has(bare)) return null;
  const person = describedPerson(text, opening, from, opening.length, { ...ctx, gender });
  return person ? { kind: 'carry', speaker: person } : null;
}

export function recentPerson(ctx: ResolveContext, gender: Gender, text: string): Speaker | null {
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  let fallback: Speaker | null = null;
  let fallbackSentence = -1;
  for (let seen = 0; k >= 0 && seen < 20; k--, seen++) {
    const m = ctx.mentions[k]!;
    // (Only within the fallback's own sentence: a known person named in an earlier one does not beat it.)
    if (ctx.cueStart - m.end > 1500 || m.end <= fallbackSentence) break;
    if (m.actor.type !== 'person' || !nearSentenceStart(text, m.start, 12) || insideSpans(ctx.direct, ctx.directStarts, m.start) || namedAsMember(text, m)) continue;
    const s = speakerOf(m, ctx.state);
    if (s.gender !== gender && s.gender !== null) continue;
    // A person known to the gazetteer beats a role-only one of the same sentence
    // ("قائد الجيش، الفريق أول عبد الفتاح البرهان").
    if (m.actor.id !== null) return s;
    if (!fallback) {
      fallback = s;
      fallbackSentence = sentenceStart(text, m.start, null);
    }
  }
  return fallback;
}

/** The speaker named later in the text, of two found. */
const latest = (a: Speaker | null, b: Speaker | null): Speaker | null => (a && b ? (a.ref.start > b.ref.start ? a : b) : (a ?? b));

/** Where the last cue that `s` spoke at starts (-1 when none did). */
function lastCueOf(ctx: ResolveContext, s: Speaker | 'anonymous'): number {
  for (let k = ctx.cues.length - 1; k >= 0; k--) {
    const r = ctx.cues[k]!.resolution;
    if (s === 'anonymous' ? r.kind === 'anonymous' : (r.kind === 'explicit' || r.kind === 'carry') && r.speaker.key === s.key) return ctx.cues[k]!.start;
  }
  return -1;
}

/** The latest person of that gender named in the first words of a sentence after `since` ("وتحدثت الممرضة رنا عواد عن ..."). */
export function personIntroducedSince(ctx: ResolveContext, gender: Gender, text: string, since: number): Speaker | null {
  // (At most 40 mentions back, so the analysis stays linear in the text.)
  for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1, seen = 0; k >= 0 && seen < 40 && ctx.mentions[k]!.start > since; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type !== 'person' || insideSpans(ctx.direct, ctx.directStarts, m.start)) continue;
    // A person the text stops to describe is introduced even after a longer opener or
    // a title ("وفي حي ناء بأطراف المدينة، تعمل X، وهي معلمة"، "كان سائق الأجرة X، وهو ...").
    // So is one right after a verb of their gender behind a short opener ("مع الغروب تعود X إلى خيمتها").
    // Or, in the verb's own sentence or the one before, one right before a present-tense verb of their gender ("كان جاره X يحمل كيسا، وقال:").
    const verbBefore = verbOfGenderBefore(text, m.start, gender) && (nearClauseStart(text, m.start, 5, 8) || afterCommaAndOneWord(text, m.start));
    const verbAfter = verbOfGenderAfter(text, m.end, gender) && m.start >= sentenceBeforeStart(text, ctx.cueStart);
    const introduced = nearClauseStart(text, m.start, 3, 8) || (describedRightAfter(text, m.end) && nearClauseStart(text, m.start, 5, 8)) || verbBefore || verbAfter;
    // (Not the object of a person named before it: "والتقى X نظيره Y، الذي ..."; nor one of a group: "ومنهم X".)
    if (!introduced || personBefore(ctx, k, text) || namedAsMember(text, m)) continue;
    const s = speakerOf(m, ctx.state);
    // ("X، وهي طالبة", "تجلس X": a name we lack tells its gender by its apposition or its verb.)
    if ((s.gender ?? (verbBefore || verbAfter ? gender : appositionGender(text, m.end))) === gender) return s;
  }
  return null;
}

/** The word right before `at` is a present-tense verb of that gender: "تعود" before a woman, "يعود" before a man. */
function verbOfGenderBefore(text: string, at: number, gender: Gender): boolean {
  const before = wordsIn(text, Math.max(0, at - 20), at);
  const w = before[before.length - 1];
  if (!w || text.slice(w.end, at).trim() !== '') return false;
  return presentVerbOf(withoutConjunction(w.norm), gender);
}

/** The word right after `at` is a present-tense verb of that gender: "X يحمل" for a man, "X تحمل" for a woman. */
function verbOfGenderAfter(text: string, at: number, gender: Gender): boolean {
  const w = nextWord(text, at, at + 20);
  return !!w && text.slice(at, w.start).trim() === '' && presentVerbOf(w.norm, gender);
}

/** A present-tense verb of that gender, no stop word or title that reads the same. */
const presentVerbOf = (word: string, gender: Gender): boolean => presentShaped(word, gender) && !isStop(word) && !isTitle(word);

/** Another person is named before mention k in its sentence, not set off from it by a comma (an apposition: "صاحب المحل، الشاب X"). */
function personBefore(ctx: ResolveContext, k: number, text: string): boolean {
  const m = ctx.mentions[k]!;
  const from = sentenceStart(text, m.start, null);
  for (let j = k - 1; j >= 0 && ctx.mentions[j]!.start >= from; j--) {
    const other = ctx.mentions[j]!;
    if (other.actor.type === 'person' && !/[،,(]/.test(text.slice(other.end, m.start))) return true;
  }
  return false;
}

/** How far after a name its apposition's first word is looked for. */
const APPOSITION_REACH = 40;

/**
 * The text stops after a name to say who it is: a comma or a bracket, then "وهو"/"وهي", a kin
 * noun ("ابنة"), a person's trade ("سائق"، "المعلمة"), a singular relative pronoun ("الذي"، "التي")
 * or an age ("(40 عاما)").
 */
export function describedRightAfter(text: string, end: number): boolean {
  const opening = /^[ \u00A0]*[،,(][ \u00A0]*/.exec(text.slice(end, end + APPOSITION_REACH));
  if (!opening) return false;
  const from = end + opening[0].length;
  if (/^[0-9\u0660-\u0669]/.test(text.slice(from, from + 1))) return true;
  const next = nextWord(text, from, end + APPOSITION_REACH);
  if (!next || next.start !== from) return false;
  // ("X، سائق الحافلة الذي …": a noun of a person's trade describes them too.)
  const nouns = givenNames().personNouns;
  return givenNames().appositionWords.has(next.norm) || lexicon.singularRelatives.has(next.norm) || nouns.has(`ال${next.norm}`) || nouns.has(next.norm);
}
