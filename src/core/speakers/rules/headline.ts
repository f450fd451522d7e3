import { attributionAt, isFirstPersonSpeech, lexicon, verbAt, wordsIn, type Word } from '../../speech';
import type { SpeakerRef } from '../../types';
import { givenNames } from '../../lexicon/given-names';
import { unknownName } from '../names';
import { describedInBody } from '../headline-description';
import { intervieweeIntroduced } from '../interview';
import { looksLikeImperfectVerb } from '../../persons/words';
import { isDocument, lineStartOf, isStop, lowerBound, mentionRef, type Mention } from '../model';
import { endsSentenceAt } from '../../text/sentences';
import type { QuoteZone, SpeakerRule } from './rule';

/**
 * Where "how the words came" starts among the words before a headline's colon: a
 * stop word with a document after it ("في بيان"، "في منشور على إكس"), "عبر" ("عبر
 * تلغرام") or a lone "لـ" ("لـ(تاس)"); -1 when there is none.
 */
function howSaid(text: string, words: Word[]): number {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (/^لـ*$/.test(text.slice(w.start, w.end)) || w.norm === 'عبر') return i;
    if (isStop(w.norm) && words.slice(i + 1).some((d) => isDocument(d.norm))) return i;
  }
  return -1;
}

/**
 * Where an aside set off by a comma opens among the words before a headline's colon: a word of
 * data/speech-verbs.json headlineAsides ("في", "خلال", "أمام") or one behind the preposition ل
 * ("لموقعنا", "للصحفيين"; no name); -1 when there is none.
 */
function asideStart(zone: QuoteZone, words: Word[]): number {
  const { text, mentions, mentionStarts } = zone;
  for (let i = 1; i < words.length; i++) {
    if (!/[،,]/.test(text.slice(words[i - 1]!.end, words[i]!.start))) continue;
    const w = words[i]!;
    const named = mentions[lowerBound(mentionStarts, w.start)]?.start === w.start || givenNames().byWord.has(w.norm);
    if (lexicon.headlineAsides.has(w.norm) || (/^ل[\u0621-\u064a]{3,}$/.test(w.norm) && !named)) return i;
  }
  return -1;
}

/** "X: ... "quote"" — a headline or list item that names its speaker before a colon. */
function headlineSpeaker(zone: QuoteZone): SpeakerRef | null {
  const { text, mentions, mentionStarts: starts, outerStart: at } = zone;
  let lineStart = lineStartOf(text, at, 300);
  // The colon nearest the quote, and the words of its own sentence before it (a live-blog entry
  // "X: …. Y على إكس: «…»" names Y for this quote).
  const rel = text.slice(lineStart, at).lastIndexOf(':');
  if (rel < 0) return null;
  // ("الدكتور X (أستاذ العلوم السياسية في جامعة Y): «…»": a description in brackets before the colon is no speaker's name.)
  const colon = lineStart + rel;
  const described = text.slice(lineStart, colon).trimEnd().endsWith(')') ? text.lastIndexOf('(', colon) : -1;
  let nameEnd = described > lineStart ? described : colon;
  let from = colon;
  while (from > lineStart && !endsSentenceAt(text, from - 1)) from--;
  // ("(تسجيل) X: «…»": a label in brackets opening the line says what the words are, not who.)
  lineStart = from + (/^[ \u00A0]*\([^()\n]{1,20}\)/.exec(text.slice(from, colon))?.[0].length ?? 0);
  let all = wordsIn(text, lineStart, nameEnd);
  // "نتنياهو، في مستهل جلسة الحكومة:"، "المتحدث …، الرائد X، لموقعنا:": an aside after a comma says where the words came; the speaker is before it.
  const aside = asideStart(zone, all);
  if (aside > 0) [all, nameEnd] = [all.slice(0, aside), all[aside - 1]!.end];
  if (all.length === 0) return null;
  // A long description before the name ("محافظ المدينة الذي عينته الحكومة الجديدة قبل شهرين … X:"): the person named right before the colon.
  if (all.length > 8) return personEndingAt(zone, all[all.length - 1]!.end) ?? nameEndingLine(text, all);
  // "وزارة الطاقة في بيان:"، "الجيش عبر تلغرام:"، "بيسكوف لـ(تاس):": how the words came follows the speaker.
  const how = howSaid(text, all);
  const words = how > 0 ? all.slice(0, how) : all;
  const speakerEnd = how > 0 ? all[how]!.start : nameEnd;
  // ("دبلوماسي سابق: «…»", "حوار | مدير العمليات في X: «…»": the text's title describes whom the article introduces so.)
  const introduced = lineStart === 0 ? describedInBody(text, afterLastBar(text, words), mentions, starts, zone.outerEnd) : null;
  if (introduced) return introduced;
  // ("حوار | خبير إزالة ألغام: «…»": an interview's headline quotes the one the article meets, however it describes them.)
  const interviewee = lineStart === 0 && interviewHeadline(text, words) ? intervieweeIntroduced(text, zone.outerEnd, mentions, starts) : null;
  if (interviewee) return mentionRef(interviewee);
  if (all.some((w) => lexicon.anonymous.has(w.norm) || lexicon.pageLabels.has(w.norm)) || words.some((w) => lexicon.documentNouns.has(w.norm))) return null;
  // "وأضاف: ..." is a cue without a subject, "قلنا لهم مرارا: ..." the text's own speaker talking: neither names someone.
  if (all.some((w, i) => verbAt(all, i) || isFirstPersonSpeech(w.norm)) || words.some((_, i) => attributionAt(words, i))) return null;
  // "رئيس الوزراء البريطاني كير ستارمر: ...", "زاخاروفا لـ"سبوتنيك": ...": the first person, else the first actor.
  let best: Mention | null = null;
  for (let k = lowerBound(starts, lineStart); k < mentions.length && mentions[k]!.start < speakerEnd; k++) {
    const m = mentions[k]!;
    if (!best || (m.actor.type === 'person' && best.actor.type !== 'person')) best = m;
  }
  // (An interview's "س:"/"ج:" or any word of one or two letters names no one.)
  if (!best && (how > 0 || (words.length === 1 && words[0]!.norm.length <= 2))) return null;
  if (best) return mentionRef(best);
  const first = words[0]!;
  // ("تمسك بيده: «…»", "فتجيبها: «…»", "فيهز X رأسه: «…»": a clause of the story before the colon, no name.)
  if (looksLikeImperfectVerb(first.norm) || (storyClauseVerb(first.norm) && !givenNames().byWord.has(first.norm))) return null;
  // ("لقاء | نازحو المدينة بعد عامين:": a headline's own words, with a word no name holds, name no one.)
  if (words.some((w) => isStop(w.norm)) || /[|｜]/.test(text.slice(first.start, words.at(-1)!.end))) return null;
  const last = words[words.length - 1]!;
  return { id: null, name: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** The headline opens with an interview's label before a bar ("حوار |", "مقابلة |"). */
function interviewHeadline(text: string, words: Word[]): boolean {
  const described = afterLastBar(text, words);
  return described !== words && described.length > 0 && lexicon.scareInterviewNouns.has(words[0]!.norm);
}

/** The words after the last "|" of a headline ("حوار | مدير …"), or all of them. */
function afterLastBar(text: string, words: Word[]): Word[] {
  const bar = Math.max(text.lastIndexOf('|', words.at(-1)!.start), text.lastIndexOf('｜', words.at(-1)!.start));
  return bar < words[0]!.start ? words : words.filter((w) => w.start > bar);
}

/** An imperfect verb behind و/ف ("فيهز") or with its object pronoun ("تسألها", "فتجيبها", data/speech-verbs.json objectPronounVerbs.suffixes). */
function storyClauseVerb(w: string): boolean {
  if (!/^[وف]?[يت][\u0621-\u064a]{2,}$/.test(w)) return false;
  return /^[وف][يت]/.test(w) || lexicon.thirdPersonSuffixes.some((suffix) => w.length > suffix.length + 2 && w.endsWith(suffix));
}

/** A person whose mention ends at `end` (the last word before a headline's colon). */
function personEndingAt(zone: QuoteZone, end: number): SpeakerRef | null {
  const { mentions, mentionStarts } = zone;
  const k = lowerBound(mentionStarts, end) - 1;
  const m = k >= 0 ? mentions[k] : undefined;
  return m && m.end === end && m.actor.type === 'person' ? mentionRef(m) : null;
}

/** A name the gazetteer lacks as the line's last two or three words, from a given name ("… اسمه فادي يوسف:"; never "… من مدينة خان يونس:"). */
function nameEndingLine(text: string, words: Word[]): SpeakerRef | null {
  for (const n of [3, 2]) {
    const from = words.length - n;
    const head = words[from]!.norm;
    if (!givenNames().byWord.has(head) && !lexicon.compoundNameHeads.has(head)) continue;
    const name = unknownName(text, words, from, words.length);
    if (name) return name.ref;
  }
  return null;
}

export const headline: SpeakerRule = {
  name: 'headline',
  why: 'A headline, list item or live-blog entry "X: «...»" names its speaker before the colon nearest the quote, in that colon\'s own sentence.',
  examples: [
    { text: 'زيلينسكي: "سنستعيد كل شبر من أرضنا المحتلة"\n\nتواصلت المعارك في شرق أوكرانيا مع روسيا.', quote: 'سنستعيد كل شبر من أرضنا المحتلة', speaker: 'زيلينسكي' },
    { text: '07:05\nالجيش الأوكراني عبر تلغرام: «صددنا ثلاث هجمات قرب المدينة خلال الليل».', quote: 'صددنا ثلاث هجمات قرب المدينة خلال الليل', speaker: 'الجيش الأوكراني' },
    { text: '18:50\nمحافظ المدينة الذي عينته الحكومة الجديدة في منصبه قبل شهرين فقط سامر الخطيب: "المياه ستعود إلى الأحياء الشرقية غدا".', quote: 'المياه ستعود إلى الأحياء الشرقية غدا', speaker: 'سامر الخطيب' },
    { text: '10:30\nوزارة الصحة في غزة: وصلت ثلاث شاحنات أدوية فقط. مدير المستشفى الأهلي منير البرش على إكس: "الأدوية لا تكفي لأكثر من يومين".', quote: 'الأدوية لا تكفي لأكثر من يومين', speaker: 'منير البرش' },
    { text: 'المذيعة: لنستمع إلى ما قاله الرئيس صباح اليوم.\n(تسجيل) فولوديمير زيلينسكي: "لن نوقع أي اتفاق يقتطع أرضنا".', quote: 'لن نوقع أي اتفاق يقتطع أرضنا', speaker: 'فولوديمير زيلينسكي' },
  ],
  apply(zone) {
    const speaker = headlineSpeaker(zone);
    return speaker ? { speaker } : undefined;
  },
};
