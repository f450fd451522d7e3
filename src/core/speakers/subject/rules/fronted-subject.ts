import { isQuoteMark } from '../../../chars';
import type { Word } from '../../../speech';
import { firstAtLeast } from '../../../text/search';
import { NOT_NAME_WORDS, isDefinite, isStop, isTitle, isTitleOrSpokespersonWord, lowerBound, mentionAgrees, speakerOf, type ResolveContext, type Speaker } from '../../model';
import { unknownName } from '../../names';
import { delegateSpeaker } from './delegate-of-state';
import type { SubjectRule } from './rule';

/** How many words "أما" may stand before its verb. */
const MAX_TOPIC_WORDS = 14;

const SENTENCE_MARK = /[.!?؟:]/;
/** The index of "أما" when the cue is its answer ("أما X، فقال"), else -1. */
function topicStart(text: string, words: Word[], cue: number): number {
  // ("أما X فقد أكد": ف rides on قد.)
  if (cue < 1 || !(words[cue]!.norm.startsWith('ف') || words[cue - 1]!.norm === 'فقد')) return -1;
  for (let j = cue - 1; j >= 0 && j >= cue - MAX_TOPIC_WORDS; j--) {
    const gap = text.slice(words[j]!.end, words[j + 1]!.start);
    if (SENTENCE_MARK.test(gap) || [...gap].some(isQuoteMark)) return -1;
    if (words[j]!.norm === 'اما') return j;
  }
  return -1;
}

/** The topic's speaker: an actor it names (a person first), else a name set off by commas or right after أما. */
function topicSpeaker(text: string, words: Word[], topic: number, cue: number, ctx: ResolveContext): Speaker | null {
  const from = words[topic + 1]!.start;
  const to = words[cue]!.start;
  let body: Speaker | null = null;
  for (let k = lowerBound(ctx.mentionStarts, from); k < ctx.mentions.length && ctx.mentions[k]!.start < to; k++) {
    const m = ctx.mentions[k]!;
    // ("أما المتحدث باسم اللجنة فقال": a body behind a title is whose office it is; the verb agrees with the title.)
    const behindTitles = onlyTitlesBefore(words, topic + 1, m.start);
    if (!(behindTitles && m.actor.type !== 'person') && !mentionAgrees(m, ctx.gender, ctx.state)) continue;
    if (m.actor.type === 'person') return speakerOf(m, ctx.state);
    if (!body && (m.start === from || behindTitles)) body = speakerOf(m, ctx.state);
  }
  const end = cue - (words[cue - 1]?.norm === 'فقد' ? 1 : 0);
  if (body) return body;
  // ("أما المندوب الأمريكي فقد أكد": a delegate named by a nationality, ./delegate-of-state.)
  const delegate = delegateSpeaker(text, words, topic + 1, end, ctx);
  if (delegate) return delegate;
  // A name set off by commas ("أما جارتها، هند سليم،") before the words right after أما.
  for (let j = topic + 2; j < cue; j++) {
    const name = /[،,]/.test(text.slice(words[j - 1]!.end, words[j]!.start)) ? unknownName(text, words, j, cue, true) : null;
    if (name) return name;
  }
  return unknownName(text, words, topic + 1, cue, true) ?? loneName(text, words, topic, cue);
}

/** Only titles from word `from` up to `at` ("أما الناطقة باسم المنظمة الدولية، فقالت"). */
function onlyTitlesBefore(words: Word[], from: number, at: number): boolean {
  let j = from;
  for (; j < words.length && words[j]!.end <= at; j++) if (!isTitleOrSpokespersonWord(words[j]!) && words[j]!.norm !== 'باسم') return false;
  return j > from;
}

/** One plain word alone between أما and its verb ("أما فيرستابن فاعتبر"): a name (a title or a definite noun is not). */
function loneName(text: string, words: Word[], topic: number, cue: number): Speaker | null {
  if (cue !== topic + 2) return null;
  const w = words[topic + 1]!;
  if (!/^[\u0621-\u064A]{3,}$/.test(w.norm) || isDefinite(w.norm) || isTitle(w.norm) || isStop(w.norm) || NOT_NAME_WORDS.has(w.norm)) return null;
  const name = text.slice(w.start, w.end);
  return { ref: { id: null, name, start: w.start, end: w.end }, key: `name:${name}`, gender: null, person: true };
}

export const frontedSubject: SubjectRule = {
  name: 'fronted subject',
  why: 'In "أما X، فقال/فتقول ..." the subject X stands before the verb, after أما; the verb with ف answers it.',
  examples: [
    { text: 'وقال الوزير سامر حداد إن الخطة جاهزة. أما المزارع كريم عيسى، فقال: "لم يصلنا شيء حتى الآن".', quote: 'لم يصلنا شيء حتى الآن', speaker: 'كريم عيسى' },
    { text: 'وقالت وزارة الصحة إن المستشفيات ممتلئة. أما جارتها، هند سليم، فتقول: "ننتظر الدواء منذ شهر".', quote: 'ننتظر الدواء منذ شهر', speaker: 'هند سليم' },
    { text: 'وقال مدير المستشفى إن الأدوية نفدت. أما المتحدثة باسم منظمة الصحة العالمية في المدينة، فقالت: "الشحنة ستصل خلال أيام".', quote: 'الشحنة ستصل خلال أيام', speaker: 'منظمة الصحة العالمية' },
    { text: 'وقال هاميلتون إن السباق كان صعبا. أما نوريس فاعتبر أن "الإطارات لم تصمد في الحرارة العالية".', quote: 'الإطارات لم تصمد في الحرارة العالية', speaker: 'نوريس' },
    { text: 'وتحدثت بريطانيا عن الإغاثة. وقال وزير الخارجية الروسي سيرغي لافروف مساء أمس إن العقوبات فشلت. أما المندوب البريطاني فقد أكد أن بلاده "لن تتراجع عن دعم المحاسبة".', quote: 'لن تتراجع عن دعم المحاسبة', speaker: 'بريطانيا' },
  ],
  apply({ text, words, ctx }) {
    // (A binary search: a line may hold a whole text.)
    const cue = firstAtLeast(words, ctx.cueStart, (w) => w.start);
    if (words[cue]?.start !== ctx.cueStart) return undefined;
    const topic = topicStart(text, words, cue);
    if (topic < 0 || topic + 1 >= cue) return undefined;
    // "أما النقابة، فيرى رئيسها X أن": the verb names its own subject after it.
    if (isTitle(words[cue + 1]?.norm ?? '')) return undefined;
    const speaker = topicSpeaker(text, words, topic, cue, ctx);
    return speaker ? { kind: 'explicit', speaker } : undefined;
  },
};
