// What stands around a speech cue and changes what it says: an aside set off by commas after the last
// cue's subject ("واتهمت X، في بيان، Y") or one that names who spoke for it ("، على لسان الناطق باسمها X،"),
// a relative clause right after an actor's name ("X التي تقول إن"), and a speech noun with a pronoun that
// refers back ("وفي حديثه لـ…:") unless a verb after its comma has the subject it looks ahead to.
import { attributionAt, attributionPronounOf, isComplementizerWord, lexicon, speechNounPronounAt, verbAt, wordsIn, type CueGender, type Word } from '../speech';
import { lastWordsIn } from '../text/tokens';
import type { Gender } from '../types';
import { clauseBreakIn, commaIn } from '../chars';
import { type Cue, MAX_SUBJECT_WORDS, type Mention, type Resolution, type Speaker, type State, isDefinite, isDocumentWord, isOwnDocumentWord, isSpokesperson, isTitle, lowerBound, mentionAgrees, speakerOf, titleWithoutConjunction } from './model';

/** The verb at i opens a relative clause ("التي قالت", "الذي أكد"). */
export const afterRelative = (words: Word[], i: number) => i > 0 && lexicon.relativePronouns.has(words[i - 1]!.norm);

/**
 * "واتهمت حركة حماس، في بيان، إسرائيل بـ…": a phrase set off by a comma right after a cue's named subject,
 * in its sentence, says how that subject spoke; the word after it is the verb's object, no new speaker.
 * That subject, or null.
 */
function asideOfLastCue(text: string, at: number, last: Cue | undefined): Speaker | null {
  if (!last || last.resolution.kind !== 'explicit' || last.resolution.speaker.ref.start < last.end) return null;
  const gap = text.slice(last.resolution.speaker.ref.end, at);
  return /^[ \u00A0]*[،,][ \u00A0]*$/.test(gap) ? last.resolution.speaker : null;
}

/** "وزارة الدفاع التي تقول إن …": a relative clause right after an actor's name whose verb goes straight on to أن. */
export function actorsRelativeSays(text: string, words: Word[], i: number, length: number, mentions: Mention[], mentionStarts: number[]): boolean {
  const [pronoun, after] = [words[i - 1], words[i + length]];
  if (!pronoun || !after || !afterRelative(words, i) || !isComplementizerWord(after)) return false;
  const m = mentions[lowerBound(mentionStarts, pronoun.start) - 1];
  return !!m && /^[ \u00A0]+$/.test(text.slice(m.end, pronoun.start));
}

/**
 * A phrase cue that is an aside of the last cue (asideOfLastCue) is read as no cue of its own; one that names
 * a document ("، في بيان،") still makes the subject the issuer "وجاء في البيان" speaks for later.
 */
export function skippedAsAside(text: string, words: Word[], i: number, length: number, last: Cue | undefined, state: State): boolean {
  const aside = asideOfLastCue(text, words[i]!.start, last);
  if (aside && speaksInDocument(words, i, length)) state.lastDocument = aside;
  return aside !== null || asideBeforeComplementizer(text, words, i, length, last);
}

/** How many words an aside set off by commas may take before the complementizer it stands in front of. */
const MAX_ASIDE_WORDS = 8;

/**
 * "وقال في اتصال هاتفي، وفق وكالة الأنباء، إن …": a phrase set off by commas between the last cue of its
 * sentence and that cue's complementizer says where the words were reported, no speaker of its own.
 */
function asideBeforeComplementizer(text: string, words: Word[], i: number, length: number, last: Cue | undefined): boolean {
  // ("فأكد، بحسب بيان صادر عن البنك، أن": a phrase right after a one-word phrase that opened the aside.)
  const opening = i > 1 && attributionAt(words, i - 1)?.length === 1 ? i - 1 : i;
  if (!last || opening === 0 || !commaIn(text, words[opening - 1]!.end, words[opening]!.start) || clauseBreakIn(text, last.end, words[i]!.start)) return false;
  for (let j = i + length; j < words.length && j <= i + length + MAX_ASIDE_WORDS; j++) {
    if (commaIn(text, words[j - 1]!.end, words[j]!.start)) return isComplementizerWord(words[j]!);
  }
  return false;
}

/**
 * The cue speaks in a statement: a document follows ("في بيان"، "بيانا") or the
 * cue's relative clause hangs on one ("أصدرت الوزارة بيانا قالت فيه").
 */
export function speaksInDocument(words: Word[], i: number, length: number): boolean {
  // ("بيانا قالت فيه", "مقطعا مصورا قالت إنه": the verb right after a document speaks in it.)
  if (i > 0 && isDocumentWord(words[i - 1]!)) return true;
  for (let j = i; j < words.length && j < i + length + 3; j++) if (isDocumentWord(words[j]!)) return true;
  // "قالت المنظمة الدولية في تقريرها إن": the issuer's own document, before what it says.
  for (let j = i + length; j < words.length && j < i + length + MAX_SUBJECT_WORDS; j++) {
    if (isComplementizerWord(words[j]!)) return false;
    if (isOwnDocumentWord(words[j]!)) return true;
  }
  return false;
}

/** How far before a relative pronoun its antecedent may stand (an apposition between). */
const MAX_ANTECEDENT_CHARS = 140;

/**
 * "X، مستشار Y، الذي غرّد:": mention j is the complement of a title in an apposition set off by commas after
 * the mention before it; the relative clause hangs on that one.
 */
function inApposition(text: string, cueStart: number, mentions: Mention[], j: number): boolean {
  const [before, m] = [mentions[j - 1], mentions[j]!];
  if (!before || !/[،,]/.test(text.slice(m.end, cueStart))) return false;
  const between = text.slice(before.end, m.start);
  if (!/^[ \u00A0]*[،,]/.test(between)) return false;
  const words = wordsIn(text, before.end, m.start);
  return words.length > 0 && words.length <= 4 && words.some((w) => isTitle(titleWithoutConjunction(w.norm)));
}

/** The nearest actor before mention k+1 that agrees with the verb, within reach and in the same sentence. */
export function antecedent(text: string, cueStart: number, mentions: Mention[], k: number, state: State, gender: CueGender): Resolution | null {
  for (let j = k; j >= 0 && j > k - 3 && cueStart - mentions[j]!.end <= MAX_ANTECEDENT_CHARS; j--) {
    const m = mentions[j]!;
    if (/[.!?؟\n]/.test(text.slice(m.end, cueStart))) return null;
    if (inApposition(text, cueStart, mentions, j)) continue;
    if (mentionAgrees(m, gender, state)) return { kind: 'explicit', speaker: speakerOf(m, state) };
  }
  return null;
}

/**
 * "متحدثا باسم وزارة الدفاع نفى": a body named right after an unnamed spokesperson (indefinite) and "باسم" speaks
 * through them, so a verb agrees with the spokesperson, not the body. ("المتحدث باسم الكرملين X": a name follows.)
 */
export function spokenForBy(text: string, m: Mention): boolean {
  const [who, on] = lastWordsIn(text, Math.max(0, m.start - 40), m.start, 2);
  return !!who && !!on && on.norm === 'باسم' && !isDefinite(who.norm) && isSpokesperson(who.norm);
}

/** "X، وهي طالبة", "X، وهو مزارع": the gender of the pronoun opening an apposition right after a name ending at `end`, or null. */
export function appositionGender(text: string, end: number): Gender | null {
  const pronoun = /^[ \u00A0]*[،,][ \u00A0]*(و?ه[يو])[ \u00A0]/.exec(text.slice(end, end + 12))?.[1];
  return pronoun === undefined ? null : pronoun.endsWith('ي') ? 'f' : 'm';
}

/** "فبحسبها:"، "وفي حديثه لـ…:": words whose pronoun refers back, as a verb's left-out subject would. */
export function pronounCueAt(text: string, words: Word[], i: number): { gender: CueGender; length: number } | null {
  const noun = speechNounPronounAt(words, i);
  if (noun) return speechVerbAfterComma(text, words, i + 2) ? null : { gender: noun, length: 2 };
  const word = attributionPronounOf(words[i]!.norm);
  return word ? { gender: word, length: 1 } : null;
}

/**
 * "وفي كلمته المسائية، طالب الرئيس X الشركاء بـ…، قائلاً:": a speech verb right after the phrase's comma, in the same
 * sentence, has the subject the pronoun looks ahead to; the verb is the cue (a verb with no subject carries over as the pronoun would).
 */
function speechVerbAfterComma(text: string, words: Word[], from: number): boolean {
  for (let j = from; j < words.length && j < from + 5; j++) {
    if (clauseBreakIn(text, words[j - 1]!.end, words[j]!.start)) return false;
    if (commaIn(text, words[j - 1]!.end, words[j]!.start)) return !!verbAt(words, j);
  }
  return false;
}

/**
 * "وأكدت الحركة، على لسان الناطق باسمها X، أن «…»": an aside that names a voice (data/speech-verbs.json
 * attributionPhrases.voices) and a person before its closing comma: that person spoke for the cue's subject.
 */
export function voiceInAside(text: string, words: Word[], i: number, length: number, mentions: Mention[], mentionStarts: number[], state: State): Resolution | null {
  if (!lexicon.voicePhrases.some((p) => p.every((w, n) => words[i + n]?.norm === w))) return null;
  for (let j = i + length; j < words.length && j <= i + length + MAX_ASIDE_WORDS; j++) {
    if (commaIn(text, words[j - 1]!.end, words[j]!.start)) {
      const m = mentions[lowerBound(mentionStarts, words[i + length]!.start)];
      return m && m.actor.type === 'person' && m.end <= words[j]!.start ? { kind: 'explicit', speaker: speakerOf(m, state) } : null;
    }
  }
  return null;
}
