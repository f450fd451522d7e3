// Speech cues: every speech verb or attribution phrase of the text, in order,
// with its subject resolved, and what the text has said so far (the last
// speaker of each gender, the last document, titles).
import { commaIn, isQuoteMark, sentenceEndIn } from '../chars';
import { withoutConjunction } from '../clitics';
import { attributionAt, isComplementizer, isComplementizerWord, isVerbWithObjectPronoun, lexicon, mayOpenCue, stems, verbAt, type CueGender, type LineWords, type Word } from '../speech';
import type { Span } from '../types';
import { nounAfterPreposition } from '../quotes/indirect';
import { normalizeText } from '../text/normalize';
import { givenNames } from '../lexicon/given-names';

import { type Cue, MAX_SUBJECT_WORDS, type Mention, type Resolution, type State, isParticiple, isTitleOrSpokespersonWord, lowerBound, mentionAgrees, speakerOf, titleStem } from './model';
import { clauseSubject } from './carry';
import { ledBy } from './fronted-actor';
import { actorsRelativeSays, afterRelative, antecedent, pronounCueAt, skippedAsAside, speaksInDocument, spokenForBy, voiceInAside } from './cue-context';
import { reportsSpeech, resolveSubject, type OnSubject } from './subject';

/** A resumptive pronoun after a relative clause's verb ("الذي قال فيه X"). */
const RESUMPTIVE: ReadonlySet<string> = new Set(['فيه', 'فيها']);

/**
 * A participle ("مؤكدا", "داعية"); a feminine one ends in ة as printed, while "اعتبرته" ends in the pronoun ه
 * and "قالها" is a perfect verb with its object "ها": perfect verbs. An imperfect with ل of purpose is read as one.
 */
const participleAt = (text: string, w: Word) => (isParticiple(w.norm) && !(w.norm.endsWith('ه') && text[w.end - 1] === 'ه') && !isVerbWithObjectPronoun(w.norm)) || isPurposeVerb(w.norm);

/** "ليقول", "لتؤكد": an imperfect with ل of purpose shares its sentence's subject, as a participle does. */
const isPurposeVerb = (w: string) => w.charCodeAt(0) === 0x644 && (w.charCodeAt(1) === 0x64a || w.charCodeAt(1) === 0x62a) && lexicon.verbWords.has(w) && lexicon.verbWords.has(w.slice(1));

/** Is an offset inside one of the spans (sorted), asked in increasing order: one pass over the spans. */
function insideSpansAsRead(spans: Span[]): (at: number) => boolean {
  let d = 0;
  return (at) => {
    while (d < spans.length && spans[d]!.end <= at) d++;
    return d < spans.length && spans[d]!.start <= at;
  };
}

/** Every speech cue outside direct quotes, in order, with its subject resolved. */
export function readCues(text: string, lines: LineWords, mentions: Mention[], direct: Span[], media: number[], onSubject?: OnSubject): Cue[] {
  const cues: Cue[] = [];
  const state: State = { last: null, byGender: { m: null, f: null }, lastAnonymous: false, learned: new Map(), titles: new Map() };
  const mentionStarts = mentions.map((m) => m.start);
  const insideDirect = insideSpansAsRead(direct);
  const directStarts = direct.map((q) => q.start);
  const directOpeners = new Set(direct.map((q) => (q as { outerStart?: number }).outerStart ?? q.start));
  for (const words of lines) {
    for (let i = 0; i < words.length; i++) {
      if (!mayOpenCue(words[i]!) || insideDirect(words[i]!.start)) continue;
      const verb = verbAt(words, i);
      const phrase = verb ? null : attributionAt(words, i);
      const pronounCue = verb || phrase ? null : pronounCueAt(text, words, i);
      const pronoun = pronounCue?.gender ?? null;
      if (!verb && !phrase && !pronoun) continue;
      const length = verb?.length ?? phrase?.length ?? pronounCue!.length;
      if (phrase ? skippedAsAside(text, words, i, length, cues.at(-1), state) : verb && ((notACue(text, words, i, length) && !actorsRelativeSays(text, words, i, length, mentions, mentionStarts)) || opensPersonName(words[i]!, mentions, mentionStarts))) {
        if (phrase) {
          takeVoiceOfAside(text, words, i, length, mentions, mentionStarts, state, cues.at(-1));
          i += length - 1; // ("بحسب بيان صادر عن": the words of a phrase read as an aside open no cue of their own.)
        }
        continue;
      }
      const gender: CueGender | null = verb ? verb.value.gender : pronoun;
      // "... اتصالا مع بلينكن قال فيه": a relative clause, its subject is not the name before it.
      const relative = lexicon.relativeAdverbs.has(words[i + length]?.norm ?? '');
      const participle = !!verb && participleAt(text, words[i]!);
      // ("اتهم نتنياهو حماس قائلا": the name before a participle is its object.)
      const before = relative || participle ? null : subjectBefore(text, words[i]!.start, mentions, mentionStarts, state, gender);
      const subjectAt = subjectStart(text, words, i, length, !!verb);
      // ("فيما نقلت", an attribution phrase, passes words on too.)
      const relay = !pronoun && words.slice(i, i + length).some((w) => lexicon.relayVerbs.has(withoutConjunction(w.norm, 2)));
      const ctx = {
        gender,
        attribution: !verb && !pronoun,
        relay,
        participle,
        cues,
        mentions,
        mentionStarts,
        media,
        state,
        directOpeners,
        direct,
        directStarts,
        cueStart: words[i]!.start,
      };
      const said = before ?? resolveSubject(text, words, subjectAt, ctx, onSubject);
      // "X في كلمة أمام المجلس:" a nominal line; "وتبنى المتحدث X الهجوم في بيان متلفز:" the clause's subject.
      const resolution = phrase && said.kind === 'none' ? (speakerOfNominalLine(text, words, i, mentions, mentionStarts, state) ?? clauseSubject(ctx, gender, text) ?? said) : said;
      // ("نقلت الوكالة عن X": the verb agrees with the outlet, not with X.)
      remember(state, resolution, relay ? null : gender);
      if (resolution.kind === 'explicit') rememberTitles(state, resolution.speaker.key, words, i + length, text);
      if (speaksInDocument(words, i, length)) rememberDocument(state, resolution);
      cues.push({ start: words[i]!.start, end: words[i + length - 1]!.end, resolution });
      i += length - 1;
    }
  }
  return cues;
}

/** A statement ("في بيان", "بيانا قالت فيه"): "وأضاف البيان" later speaks for its issuer. */
function rememberDocument(state: State, resolution: Resolution): void {
  if (resolution.kind === 'explicit' || resolution.kind === 'carry') state.lastDocument = resolution.speaker;
  else if (resolution.kind === 'none' && state.last) state.lastDocument = state.last;
}

/** "وأكدت الحركة، على لسان الناطق باسمها X، أن": an aside that names who spoke for the last cue's subject makes them its speaker. */
function takeVoiceOfAside(text: string, words: Word[], i: number, length: number, mentions: Mention[], mentionStarts: number[], state: State, last: Cue | undefined): void {
  const voice = last ? voiceInAside(text, words, i, length, mentions, mentionStarts, state) : null;
  if (voice) remember(state, (last!.resolution = voice), null);
}

/** A colon or an opening quotation mark right after the verb ("التي قالت: ..."): the relative clause says who speaks. */
const quoteFollows = (text: string, at: number) => /^[ \u00A0]*[:"“«]/.test(text.slice(at, at + 4));

/**
 * "X، التي قالت حينها إنها «...»"، "X، الذي قال في بداية اللقاء: «...»": a relative clause set off by a
 * comma whose verb (no weak verb: "التي توقع روايتها") goes on to a colon, a quotation or أن says what X said.
 */
function relativeSpeaks(text: string, words: Word[], i: number, length: number): boolean {
  const pronoun = words[i - 1]!;
  const before = words[i - 2];
  if (lexicon.weakVerbs.has(withoutConjunction(words[i]!.norm, 2))) return false;
  return !!before && commaIn(text, before.end, pronoun.start) && reportsSpeech(text, words[i + length - 1]!.end);
}

/** "X، وهو طالب هندسة": a past-tense form right after a pronoun describes the one just named ("طالب" a student); "وهو يقول" stays a verb. */
const nounAfterPronoun = (text: string, words: Word[], i: number) =>
  i > 0 && lexicon.independentPronouns.has(words[i - 1]!.norm) && /^[ \u00A0]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start)) && !lexicon.imperfectPrefixes.has(withoutConjunction(words[i]!.norm)[0] ?? '');

/** "قال إن نشر القوات «مرفوض»": right after إنّ stands its noun, never a verb ("إنه نشر" puts the pronoun between). */
const nounAfterInna = (text: string, words: Word[], i: number) =>
  i > 0 && /^[وف]?إن[\u064B-\u0652]*$/.test(text.slice(words[i - 1]!.start, words[i - 1]!.end)) && /^[ \u00A0]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start));

/**
 * A speech verb that says nothing new about who speaks: a relative clause's
 * ("بثينة العيسى، التي توقع روايتها"; but "الذي حض فيه الائتلاف", with a resumptive
 * pronoun, names its subject, and "X التي قالت: ..." quotes X), or a weak verb when the sentence reports nothing
 * ("واصلت القوات تقدمها"; after two quote followers it is speech: '"..."، بهذه
 * الكلمات افتتح X الجلسة').
 */
function notACue(text: string, words: Word[], i: number, length: number): boolean {
  if (adjectiveOfNoun(text, words, i)) return true;
  if (afterRelative(words, i) && !RESUMPTIVE.has(words[i + length]?.norm ?? '') && !quoteFollows(text, words[i + length - 1]!.end) && !relativeSpeaks(text, words, i, length)) return true;
  if (nounAfterPreposition(text, words, i) || nounAfterPronoun(text, words, i) || nounAfterInna(text, words, i)) return true;
  const afterFollowers = i > 1 && lexicon.quoteFollowers.has(words[i - 1]!.norm) && lexicon.quoteFollowers.has(words[i - 2]!.norm);
  return lexicon.weakVerbs.has(withoutConjunction(words[i]!.norm, 2)) && !afterFollowers && !quoteEndsBefore(text, words, i) && !reportsSpeech(text, words[i + length - 1]!.end, true);
}

/** "قالت وعد X": a person's name found there opens with the verb's word ("وعد", promised, is a given name too). */
function opensPersonName(w: Word, mentions: Mention[], mentionStarts: number[]): boolean {
  const m = mentions[lowerBound(mentionStarts, w.start)];
  return !!m && m.start <= w.start + 1 && m.start < w.end && m.actor.type === 'person';
}

/**
 * "صورة معلقة", "رسالة موجهة": a feminine participle right after an indefinite feminine noun (no given
 * name, nothing between) agrees with it as its adjective; no speech cue ("، معلقة" is one).
 */
function adjectiveOfNoun(text: string, words: Word[], i: number): boolean {
  const [noun, w] = [words[i - 1], words[i]!];
  if (!noun || !isParticiple(w.norm) || text[w.end - 1] !== 'ة' || text[noun.end - 1] !== 'ة' || !/^[ \u00A0]+$/.test(text.slice(noun.end, w.start))) return false;
  return !noun.norm.startsWith('ال') && !/^[وفبلك]ال/.test(noun.norm) && !givenNames().byWord.has(noun.norm);
}

const SPACE_COMMA_OR_PERIOD = /[ \u00A0،,.]/;
/**
 * A quotation closes right before the verb, past a comma ("«…»، يختم X"), or before a filler word that
 * looks back at it ('"…". هكذا لخص X'): the verb says who spoke it.
 */
function quoteEndsBefore(text: string, words: Word[], i: number): boolean {
  const filler = i > 0 && lexicon.quoteFollowers.has(withoutConjunction(words[i - 1]!.norm));
  const at = filler ? words[i - 1]!.start : words[i]!.start;
  let j = at - 1;
  while (j >= 0 && SPACE_COMMA_OR_PERIOD.test(text[j]!)) j--;
  return j >= 0 && j < at - 1 && isQuoteMark(text[j]!) && (filler || commaIn(text, j, at));
}

const RELATIVE_AFTER_COMMA = /[،,][\s\u200B-\u200F]*(الذي|التي)[ \u00A0\u200B-\u200F]+$/;
const GAP_BEFORE_SUBJECT = /^\)?[ \u00A0\u200B-\u200F]+(\([^()\n]{1,30}\)[ \u00A0\u200B-\u200F]+)?((الذي|التي|قد)[ \u00A0\u200B-\u200F]+)?$/;
/** Subject-verb order ("أذربيجان تعلن", "وزارة الدفاع صرحت"): an actor named right before the verb. */
export function subjectBefore(
  text: string,
  cueStart: number,
  mentions: Mention[],
  mentionStarts: number[],
  state: State,
  gender: CueGender | null,
): Resolution | null {
  if (gender === null || answersTopic(text, cueStart)) return null;
  const k = lowerBound(mentionStarts, cueStart) - 1;
  if (k < 0) return null;
  const m = mentions[k]!;
  const gap = text.slice(m.end, cueStart);
  // "X، الذي قال ...": the antecedent of a relative clause set off by a comma, past an apposition ("X، رئيس الجمعية، الذي قال").
  if (RELATIVE_AFTER_COMMA.test(text.slice(Math.max(0, cueStart - 12), cueStart))) return antecedent(text, cueStart, mentions, k, state, gender);
  // ("الطبيبة X التي قالت:": the relative pronoun stands between the name and its verb; "وكان X قد أكد": so does قد;
  // "X (حميدتي) يكتب": a short aside in brackets.)
  // (A mention may end inside its own brackets: "محمد حمدان دقلو (حميدتي".)
  if (!GAP_BEFORE_SUBJECT.test(gap) && !isAsideAfterSubject(gap)) return null;
  // ("مجلس السيادة برئاسة X أعلن": the body X leads is the subject.)
  const led = ledBy(mentions, text, k);
  if (led) return mentionAgrees(led, gender, state) ? { kind: 'explicit', speaker: speakerOf(led, state) } : null;
  if (!mentionAgrees(m, gender, state) && !spokenForBy(text, m)) return null;
  return { kind: 'explicit', speaker: speakerOf(m, state) };
}

/** How far back "أما" may open the clause a verb with ف answers. */
const TOPIC_REACH = 150;

/**
 * "أما ممثلة البرنامج في اليمن فحذرت": a verb with ف answering "أما" in its sentence has the topic after
 * أما for subject (subject rule `fronted subject`), not the actor right before it.
 */
function answersTopic(text: string, cueStart: number): boolean {
  if (text[cueStart] !== 'ف') return false;
  const before = text.slice(Math.max(0, cueStart - TOPIC_REACH), cueStart);
  const topic = before.search(/(^|[\s،,])أما\s[^.!?؟:\n]*$/);
  return topic >= 0;
}

const ASIDE_BETWEEN_COMMAS = /^[ \u00A0\u200B-\u200F،,]+([^\n،,.:]{2,20}?)[ \u00A0\u200B-\u200F،,]+$/;
/** "الجيش من جهته قال", "الوزيرة، بدورها، كتبت": an aside of data/speech-verbs.json afterSubject, alone between the subject and its verb. */
function isAsideAfterSubject(gap: string): boolean {
  const inner = ASIDE_BETWEEN_COMMAS.exec(gap)?.[1];
  return !!inner && lexicon.asidesAfterSubject.has(normalizeText(inner.replace(/\s+/g, ' ')));
}

const SENTENCE_MARK = /[.!?؟:]/;
/**
 * "المبعوث الأممي X، في حديث للإذاعة: «…»": a clause with no verb whose phrase of how the words came
 * ("في تصريحات"، "في بيان") names nobody after it speaks for the actor right before the phrase.
 */
function speakerOfNominalLine(text: string, words: Word[], i: number, mentions: Mention[], mentionStarts: number[], state: State): Resolution | null {
  if (words[i]!.norm !== 'في') return null;
  const k = lowerBound(mentionStarts, words[i]!.start) - 1;
  const m = k >= 0 ? mentions[k] : undefined;
  if (!m || !/^[ \u00A0\u200B-\u200F]*[،,]?[ \u00A0\u200B-\u200F]*$/.test(text.slice(m.end, words[i]!.start))) return null;
  // Back to the clause's start: no verb on the way (in "التقى الوزير X في بيان" someone else acts).
  for (let j = i - 1; j >= 0 && words[j]!.end > m.start - 200; j--) {
    if (SENTENCE_MARK.test(text.slice(words[j]!.end, words[j + 1]!.start))) break;
    if (verbAt(words, j) || isComplementizer(words[j]!.norm)) return null;
  }
  return { kind: 'explicit', speaker: speakerOf(m, state) };
}

/** Titles in the few words after a cue, kept for the speaker they introduced. */
export function rememberTitles(state: State, key: string, words: Word[], from: number, text: string): void {
  for (let j = from; j < words.length && j < from + MAX_SUBJECT_WORDS; j++) {
    // (Up to what the subject says: "وقال الوزير X إن … . وختم الخبير" gives X no title of the next sentence.)
    if (isComplementizerWord(words[j]!) || (j > from && sentenceEndIn(text, words[j - 1]!.end, words[j]!.start))) break;
    if (!isTitleOrSpokespersonWord(words[j]!)) continue;
    const w = words[j]!.norm;
    const set = state.titles.get(key) ?? new Set<string>();
    set.add(titleStem(w));
    state.titles.set(key, set);
  }
}

export function remember(state: State, r: Resolution, cueGender: CueGender | null): void {
  if (r.kind === 'anonymous') {
    if (cueGender === 'm' || cueGender === 'f') state.byGender[cueGender] = 'anonymous';
    state.lastAnonymous = true;
    return;
  }
  if (r.kind === 'none' || r.reported) return;
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

/**
 * Where the subject may start after the cue's words at i: past a resumptive pronoun ("في الوقت الذي حض فيه
 * الائتلاف"), and after a verb past its addressee ("وقال لنا X", "وتحدثت إلينا X") and an adverb ("وقالت أيضا X،",
 * "وتحدث إلينا كذلك X"; "وقال أيضا:" has no subject) and an institution it was said to ("وقال للمحكمة:").
 */
function subjectStart(text: string, words: Word[], i: number, length: number, verb: boolean): number {
  let at = i + length + (afterRelative(words, i) && RESUMPTIVE.has(words[i + length]?.norm ?? '') ? 1 : 0);
  if (!verb) return at;
  // (Not before "أحد"/"مصدر": "قال لي أحد الجيران، واسمه X" is read whole, as before.)
  if (lexicon.addressees.has(words[at]?.norm ?? '') && !lexicon.anonymous.has(words[at + 1]?.norm ?? '')) at++;
  // ("بيانا دعت فيه X إلى": after a document, "فيه" and the name after it are the verb's object; its issuer speaks.)
  const afterDocument = i > 0 && stems(words[i - 1]!.norm).some((stem) => lexicon.documentNouns.has(stem));
  if (lexicon.adverbsBeforeSubject.has(words[at]?.norm ?? '') && !afterDocument && /^[ \u00A0]+$/.test(text.slice(words[at]!.end, words[at + 1]?.start ?? 0))) at++;
  // ("وقال للمحكمة:", "وأكد للجنة أن": an institution behind لل right after the verb is whom it was said to.)
  const addressed = words[at]?.norm ?? '';
  if (addressed.startsWith('لل') && lexicon.institutionNouns.has(`ال${addressed.slice(2)}`)) at++;
  return at;
}
