// Whether a short quoted stretch is someone's words: introduced as speech right
// before it ("قال:"، "بحسب"), or followed by a speech verb ('"..."، قال بيسكوف').
import { withoutConjunction } from './clitics';
import { attributionAt, isComplementizer, lexicon, stems, verbAt, wordsIn } from './speech';
import { lastWordsIn, nextWord } from './text/tokens';
import { femininePastShaped } from './text/verb-shapes';
import { isClauseMark, isSentenceEnd } from './text/sentences';
import { sentenceEndIn } from './chars';

/** Is the quote introduced as speech right before it: "قال:"، "وأضاف،"، "بحسب"? */
export function introducedAsSpeech(text: string, outerStart: number, outerEnd: number, afterColon: boolean): boolean {
  if (afterColon) return true;
  const quoted = nextWord(text, outerStart, outerEnd);
  // (Past the nearer reach only a quote that opens with a verb: "إن التفاهمات التي جرت بين … "وضعت أسسا"".)
  const far = !!quoted && opensWithVerb(text, quoted);
  const lineStart = Math.max(0, outerStart - (far ? 240 : 80));
  const words = wordsIn(text, lineStart, outerStart);
  const last = words.length - 1;
  if (last < 0) return false;
  const gap = text.slice(words[last]!.end, outerStart);
  if (!/^[\s،,\u200B-\u200F]*$/.test(gap)) return false;
  for (let k = Math.max(0, last - 2); k <= last; k++) {
    const verb = verbAt(words, k);
    const v = verb ?? attributionAt(words, k);
    if (v && k + v.length - 1 === last) return !namesTheSource(text, outerEnd, !verb);
  }
  // "وأضافت أن "هذا غير صحيح"": a complementizer after a speech verb — when the quote
  // ends the clause (a quoted name would go on: 'أن "الحرس الثوري" يقف وراء ...').
  if (isComplementizer(words[last]!.norm)) return endsClause(text, outerEnd) && reportedAfter(text, words, last);
  // "وقال إن الأرض "صارت مقبرة"": the quote is the predicate of the reported clause,
  // its subject between the complementizer and the quote; a quoted name opens with
  // the article ('أن الهجوم طال "الدعم السريع"'), a predicate does not.
  if (!quoted || /^[وف]?(ال|لل)/.test(quoted.norm)) return false;
  // ("نشرت 120 "نقطة صمود" مزودة": a word printed with ة is a noun, no present-tense verb.)
  // ('أن وحداتها "صدت هجوما" على الجبهة': a past verb in ت opens one too.)
  if (!endsClause(text, outerEnd) && !((opensPredicate(quoted.norm) || femininePastShaped(quoted.norm)) && text[quoted.end - 1] !== 'ة')) return false;
  for (let k = last - 1; k >= 0 && k >= last - (far ? FAR_SUBJECT_WORDS : MAX_SUBJECT_WORDS); k--) {
    if (/[.!?؟:"«»“”]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
    if (isComplementizer(words[k]!.norm)) return reportedAfter(text, words, k, far ? FAR_SPEAKER_WORDS : MAX_SPEAKER_WORDS);
  }
  return false;
}

/** The quoted words open with a verb: present-tense ("ستنهار", "تتابع"; no noun in ة) or past in ت ("وضعت"; no plural in ات). */
function opensWithVerb(text: string, quoted: { norm: string; end: number }): boolean {
  if (text[quoted.end - 1] === 'ة' || stems(quoted.norm).some((s) => lexicon.scareCues.has(s))) return false;
  return (opensPredicate(quoted.norm) && !lexicon.predicateOpeners.has(withoutConjunction(quoted.norm, 2))) || femininePastShaped(quoted.norm);
}

/** Does the word open a predicate: a particle ("لن"، "ليست") or a present-tense verb ("تتابع")? */
function opensPredicate(word: string): boolean {
  const w = withoutConjunction(word, 2);
  if (lexicon.predicateOpeners.has(w)) return true;
  if (w.length < 4 || stems(w).some((s) => lexicon.scareCues.has(s))) return false;
  return lexicon.predicateVerbPrefixes.some((p) => w.startsWith(p));
}

/** Words a reported clause's subject may take between its complementizer and a quoted predicate. */
const MAX_SUBJECT_WORDS = 7;
/** Words between a speech verb and its complementizer. */
const MAX_SPEAKER_WORDS = 6;
/** The same, before a quote that opens with a verb: a long subject, a speaker's title and name ("قال الخبير الاقتصادي اليمني X Y إن"). */
const FAR_SUBJECT_WORDS = 12;
const FAR_SPEAKER_WORDS = 12;

/** Is the complementizer at words[at] reporting speech: a speech verb (not a description verb) within `reach` words before it? */
function reportedAfter(text: string, words: ReturnType<typeof wordsIn>, at: number, reach = MAX_SPEAKER_WORDS): boolean {
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    if (sentenceEndIn(text, words[k]!.end, words[k + 1]!.start)) break;
    if (verbAt(words, k)) return !lexicon.descriptionVerbs.has(withoutConjunction(words[k]!.norm, 3));
  }
  return false;
}

/**
 * A short quote right after a speech verb or attribution phrase that is the
 * source itself, an outlet's name: "وذكرت «النهار» أن ..."، "ونقلت "الغد" عن ..."،
 * "بحسب «الشرق الأوسط»، فإن ...".
 */
function namesTheSource(text: string, outerEnd: number, afterAttribution: boolean): boolean {
  const next = nextWord(text, outerEnd, Math.min(text.length, outerEnd + 30));
  const gap = text.slice(outerEnd, next ? next.start : Math.min(text.length, outerEnd + 4));
  if (next && /^[\s\u200B-\u200F]*$/.test(gap) && (isComplementizer(next.norm) || next.norm === 'عن')) return true;
  return afterAttribution && /^[\s\u200B-\u200F]*[،,]/.test(gap);
}

/**
 * 'وأضاف أن العملية "قصيرة وتنتهي خلال أيام".': a naming word with the article right after a complementizer is the
 * reported clause's subject, and a quotation that ends the clause after it its predicate, no name.
 */
export function predicateAfterSubject(text: string, outerStart: number, outerEnd: number): boolean {
  const [complementizer, subject] = lastWordsIn(text, Math.max(0, outerStart - 40), outerStart, 2);
  return !!complementizer && !!subject && isComplementizer(complementizer.norm) && subject.norm.startsWith('ال') && endsClause(text, outerEnd);
}

/** After the closing mark: the end of a sentence, a comma, or the line. */
function endsClause(text: string, at: number): boolean {
  const next = /^[\s\u200B-\u200F]*(.|$)/u.exec(text.slice(at, at + 8))?.[1];
  return next === undefined || next === '' || next === '\n' || isSentenceEnd(next) || isClauseMark(next);
}

/** Is the quote followed by a speech verb ('"..."، قال بيسكوف')? */
export function followedBySpeech(text: string, outerEnd: number): boolean {
  const words = wordsIn(text, outerEnd, Math.min(text.length, outerEnd + 60));
  const first = words[0];
  const gap = first ? text.slice(outerEnd, first.start) : '';
  if (!first || !/^[\s،,\-–—\u200B-\u200F]*$/.test(gap)) return false;
  // ("… بعرض «X»⏎⏎كتبت: Y": a headline, then its byline on the next line.)
  if (/[\n\r]/.test(gap) && lexicon.bylineLabels.has(first.norm)) return false;
  return verbAt(words, 0) !== null || (lexicon.quoteFollowers.has(first.norm) && verbAt(words, 1) !== null);
}
