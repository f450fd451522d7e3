import { commaIn, isQuoteMark } from '../../../chars';
import { withoutConjunction } from '../../../clitics';
import { givenNames } from '../../../lexicon/given-names';
import { isComplementizer, isComplementizerWord, lexicon, stems, verbAt, type Word } from '../../../speech';
import type { CueGender } from '../../../speech';
import { HONORIFICS, NOT_NAME_WORDS, fullName, isMannerPhrase, type Mention, type ResolveContext, type Speaker, isComplementHead, mentionAgrees, speakerOf, isDefinite, isDocument, withPossessive, isFunctionWord, isRoleWord, isSpokesperson, isStop, isStopWord, isTitle, isTitleWord, lowerBound } from '../../model';
import { joinedComplementNoun, TITLE_LINKERS } from '../../names';
import { reportsSpeech } from '../zone';
import { inIt } from '../reading';
import { shortPresentBehindFa } from '../../../text/verb-shapes';
import { commonWordBehind, pluralNounInAt, verbalNounBehindPreposition } from '../../../persons/words';
import type { SubjectRule } from './rule';

/** How many words a description may run before the name ("الناقدة الفنية المصرية"، "المدافعة عن حقوق الإنسان في جمهورية أرمينيا،"). */
const MAX_DESCRIPTION_WORDS = 12;

export const describedName: SubjectRule = {
  name: 'name after a description',
  why: 'A description (a role, a title, definite adjectives, the body it belongs to) then two or three plain words closed by punctuation is a person the gazetteer lacks ("وقالت الطبيبة الفلسطينية هند عاشور:").',
  examples: [
    { text: 'يقول العتال كريم الصافي: "لم أبع شيئا منذ الصباح".', quote: 'لم أبع شيئا منذ الصباح', speaker: 'كريم الصافي' },
    { text: 'وتقول الحائكة خيرية ملحم في الثمانين من عمرها: "رأيت حروبا كثيرة لكن ليس مثل هذه".', quote: 'رأيت حروبا كثيرة لكن ليس مثل هذه', speaker: 'خيرية ملحم' },
    { text: 'ويقول المصدّر وسام قطان، إن "الشحن صار أغلى من البضاعة نفسها".', quote: 'الشحن صار أغلى من البضاعة نفسها', speaker: 'وسام قطان' },
    { text: 'وقالت المدافعة عن حقوق اللاجئين في لبنان، روزا خوري، إن مكتبها "لا يتلقى أي رد من السلطات".', quote: 'لا يتلقى أي رد من السلطات', speaker: 'روزا خوري' },
    { text: 'وقال الباحث في إحدى مؤسسات الرصد، وليد خشان، إن "الأرقام أعلى بكثير مما يعلن".', quote: 'الأرقام أعلى بكثير مما يعلن', speaker: 'وليد خشان' },
    { text: 'وقال سائق الشاحنة مروان الحداد، الذي انتظر يومين عند المعبر: «لم يسمح لنا أحد بالعبور».', quote: 'لم يسمح لنا أحد بالعبور', speaker: 'مروان الحداد' },
    { text: 'وقال رئيس وزرائها سامي الدباغ في خطاب متلفز إن حكومته "لن تقبل أي وصاية".', quote: 'لن تقبل أي وصاية', speaker: 'سامي الدباغ' },
    { text: 'وقالت معلمة الفيزياء سهى الدباغ التي رافقت الطلاب: «كانت الرحلة أجمل ما عاشوه هذا العام».', quote: 'كانت الرحلة أجمل ما عاشوه هذا العام', speaker: 'سهى الدباغ' },
    { text: 'ويقول مهندس الشبكة عادل نصار إن الأعطال "تتكرر كل أسبوع تقريبا".', quote: 'تتكرر كل أسبوع تقريبا', speaker: 'عادل نصار' },
    { text: 'وقالت مديرة البرنامج، عالمة الأحياء البحرية في جامعة الحديدة الدكتورة نجلاء الأهدل، إن الشعاب "تتعافى ببطء شديد بعد كل موسم".', quote: 'تتعافى ببطء شديد بعد كل موسم', speaker: 'نجلاء الأهدل' },
  ],
  apply(zone) {
    const { text, words, from, ctx } = zone;
    // ("في رسالة مسجلة نشرتها حسابات…": after a speech noun behind في, only "لـ" opens who spoke, "في بيان للناشط X".)
    if (ctx.attribution && /^[وف]?في\s/.test(text.slice(ctx.cueStart, ctx.cueStart + 4)) && !/^لل?/.test(words[from]?.norm ?? '')) return undefined;
    const speaker = describedPerson(text, words, from, words.length, ctx);
    return speaker && (speaker.ref.id !== null || reportsSpeech(text, speaker.ref.end)) ? { kind: 'explicit', speaker } : undefined;
  },
};

/**
 * The person a description at word `from` leads to ("الناقدة الفنية المصرية X"): an actor mention that agrees
 * with the verb, or a name the gazetteer lacks; null when the words are no description or name no one.
 */
export function describedPerson(text: string, words: Word[], from: number, limit: number, ctx: ResolveContext): Speaker | null {
  if (from >= limit || !describes(words[from]!.norm)) return null;
  const reach = Math.min(limit, descriptionReach(text, words, from, ctx.directOpeners));
  // A word that opens no name but ends a part of the description before a comma, when another description follows
  // ("في اللواء 22 ميكا، العقيد X"): read on.
  for (let skip = -1, tries = 0; tries < 3; tries++) {
    const at = nameStart(text, words, from, reach, ctx, skip);
    if (typeof at !== 'number') return mentionAgrees(at, ctx.gender, ctx.state) ? speakerOf(at, ctx.state) : null;
    if (at < 0) return null;
    const name = nameAt(text, words, at, reach, ctx.gender, ctx.directOpeners);
    const later = name ? personFoundAfter(text, ctx, name, words[reach - 1]!.end) : null;
    if (later) return speakerOf(later, ctx.state);
    const resume = commaAfter(text, words, at, 2);
    if (name || resume < 0 || !describes(words[resume]!.norm)) return name;
    skip = resume - 1;
  }
  return null;
}

/**
 * "وقالت مديرة البرنامج، عالمة الأحياء البحرية في جامعة X الدكتورة Y Z، إن": words read as a name that no finder
 * found are more of the description when a person the finders found follows before `end`; that person.
 */
function personFoundAfter(text: string, ctx: ResolveContext, name: Speaker, end: number): Mention | null {
  // (A mention inside the words read, "هاريس" of "مارغريت هاريس", says they are a name.)
  const k = lowerBound(ctx.mentionStarts, name.ref.start);
  if (ctx.mentions[k] && ctx.mentions[k]!.start < name.ref.end) return null;
  for (let j = k; j < ctx.mentions.length && ctx.mentions[j]!.end <= end; j++) {
    const m = ctx.mentions[j]!;
    if (m.actor.type === 'person') return fullName(text, m) && mentionAgrees(m, ctx.gender, ctx.state) ? m : null;
  }
  return null;
}

const COMMA = /[،,]/;
/** The word after a comma that follows word `at` or one of the `n` words after it (-1: none). */
function commaAfter(text: string, words: Word[], at: number, n: number): number {
  for (let j = at; j < at + n && j + 1 < words.length; j++) if (commaIn(text, words[j]!.end, words[j + 1]!.start)) return j + 1;
  return -1;
}

const SENTENCE_MARK = /[.!?؟:]/;
/**
 * How far the description and its name may run: to a stop mark, أن/إن or a
 * quotation — but a short quoted name inside it ('في بنك "نور" X') is read on.
 */
function descriptionReach(text: string, words: Word[], from: number, openers: Set<number>): number {
  let j = from + 1;
  for (; j < words.length && j < from + 20; j++) {
    const gapStart = words[j - 1]!.end;
    const gap = text.slice(gapStart, words[j]!.start);
    if (SENTENCE_MARK.test(gap) || isComplementizer(words[j]!.norm)) break;
    const mark = [...gap].findIndex((c) => isQuoteMark(c));
    if (mark >= 0 && openers.has(gapStart + mark) && !quotedNameAt(text, gapStart + mark)) break;
  }
  return j;
}

/** A quotation of a few words that a word follows ('"نور" X'): a name in a description, not what is said. */
function quotedNameAt(text: string, open: number): boolean {
  for (let c = open + 1; c < Math.min(text.length, open + 40); c++) {
    if (/[.:،,؟!\n]/.test(text[c]!)) return false;
    if (isQuoteMark(text[c]!)) return /^ +[\u0621-\u064A]/.test(text.slice(c + 1, c + 4));
  }
  return false;
}

/** A word that may head a description of a person: a title, a role, a person noun or a definite noun. */
function describes(w: string): boolean {
  const bare = withoutConjunction(w);
  return isDefinite(bare) || isTitle(bare) || isSpokesperson(bare) || isRoleWord(bare) || isConstructRole(bare) || givenNames().personNouns.has(bare);
}

/** A role or person noun listed with its article, here without it, heading a complement ("سائق الحافلة"، "مصممة الرقصات"). */
function isConstructRole(bare: string): boolean {
  return !isDefinite(bare) && bare.length > 2 && (isRoleWord(`ال${bare}`) || givenNames().personNouns.has(`ال${bare}`));
}

/** An indefinite title that governs the noun after it ("أستاذ أمراض الباطنة"، "خبيرة التذوق"); not a kin word with its pronoun ("جارهم أبو سمير"). */
function constructHead(w: string): boolean {
  const bare = withoutConjunction(w);
  // ("مديرها رامي يونس": a noun with its pronoun is in construct with the pronoun, not with the next word.)
  return !isDefinite(bare) && !withPossessive(bare) && !givenNames().personNouns.has(bare) && (isTitle(bare) || isSpokesperson(bare) || isRoleWord(bare) || isConstructRole(bare));
}

/** A word a description may hold: definite words, titles, linkers, complements, numbers, a body's name. */
function inDescription(w: string): boolean {
  return isDefinite(w) || isTitle(w) || isSpokesperson(w) || isRoleWord(w) || TITLE_LINKERS.has(w) || /^ل/.test(w) || w.startsWith('باسم') || isComplementHead(w) || /^[0-9٠-٩]+$/.test(w);
}

const LAM_OR_BA = /[لب]/;
/** Where the name starts after the description (-1: none), or the person found there ("المتخصص في أسواق الوقود، المهندس X"). */
function nameStart(text: string, words: Word[], from: number, reach: number, ctx: ResolveContext, skip = -1): number | Mention {
  let k = lowerBound(ctx.mentionStarts, words[from]!.start);
  let quoted = false;
  // Inside a linker's complement ("في إحدى شركات السمسرة") or an indefinite head's ("أستاذ أمراض الباطنة"): nouns in construct up to a definite one or a comma.
  let complement = false;
  let governedTitle = -1;
  for (let j = from; j < reach && j < from + MAX_DESCRIPTION_WORDS; j++) {
    const w = words[j]!;
    const gap = j > from ? text.slice(words[j - 1]!.end, w.start) : '';
    // A quoted name in the description ('الناشطة في منظمة "أصوات"') is the body's, not the person's.
    if ([...gap].some(isQuoteMark)) {
      quoted = !quoted;
      complement &&= quoted;
    }
    if (quoted) continue;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (COMMA.test(gap)) complement = false;
    // A relative clause ("، الذي فقد ...") closes the description: no name follows.
    if (lexicon.relativePronouns.has(w.norm)) return -1;
    if (TITLE_LINKERS.has(w.norm) || (j === from + 1 && !COMMA.test(gap) && constructHead(words[from]!.norm))) complement = true;
    if (m) {
      // (Behind ل or ب a person is a complement: "المستشار لدى X"; so is one right after a title in construct: "مستشار الرئيس X".)
      const governed = governedTitle === j - 1 && !COMMA.test(gap);
      if (m.actor.type === 'person' && !complement) return governed || LAM_OR_BA.test(text.slice(w.start, Math.max(w.start, m.start))) ? -1 : m;
      while (j + 1 < reach && words[j + 1]!.start < m.end) j++;
      complement = false;
      continue;
    }
    // ("رئيس وزرائها X"، "وزير خارجيتهم X": a noun with a possessive pronoun ends the complement too.)
    if (complement && withPossessive(w.norm) && !isDefinite(w.norm)) {
      complement = false;
      continue;
    }
    if (complement && isDefinite(w.norm)) {
      complement = false;
      if (isTitle(w.norm) && !isComplementHead(w.norm)) governedTitle = j;
    }
    // The complement after a linker ("الخبير في أسواق الحبوب"، "المدافعة عن حقوق الإنسان") is no name,
    // nor a second noun joined to it ("للشؤون الإنسانية وتنسيق الإغاثة").
    if (j === from || j <= skip || complement || inDescription(w.norm) || joinedComplementNoun(text, words, j)) continue;
    return j;
  }
  return -1;
}

const SPACES_ONLY = /^ +$/;
/** Two or three name words at `at`, closed by punctuation, a stop, a preposition or a verb; none of them a common word. */
function nameAt(text: string, words: Word[], at: number, reach: number, gender: CueGender | null, openers: Set<number>): Speaker | null {
  const first = words[at]!.norm;
  // After an honorific ("الدكتورة"، "السيد") a first name may look like a common word ("نوعا").
  const honored = HONORIFICS.has(withoutConjunction(words[at - 1]?.norm ?? '')) && /^[\u0621-\u064A]+$/.test(first) && !isStop(first) && !isTitle(first);
  // ("يسأله المراسل عن الحرب، فيهز رأسه ويقول:": a short verb behind ف after the description opens no name.)
  if (!(nameWord(first) || honored) || (!honored && shortPresentBehindFa(first) && !givenNames().byWord.has(first)) || isDefinite(first) || verbalNounBehindPreposition(first) || pluralNounInAt(first) || (nisba(first) && !isDefinite(words[at - 1]?.norm ?? ''))) return null;
  const given = givenNames().byWord.get(first);
  if (given?.gender && (gender === 'm' || gender === 'f') && given.gender !== gender) return null;
  for (let n = 3; n >= 2; n--) {
    const end = at + n;
    if (end > reach || end > words.length) continue;
    const inner = words.slice(at + 1, end);
    if (!inner.every((w, i) => SPACES_ONLY.test(text.slice(words[at + i]!.end, w.start)) && (lexicon.nameConnectors.has(w.norm) || nameWord(w.norm)))) continue;
    if (!closes(text, words, end, reach, openers) || isMannerPhrase(text, words.slice(at, end))) continue;
    const start = words[at]!.start;
    const stop = words[end - 1]!.end;
    const name = text.slice(start, stop);
    return { ref: { id: null, name, start, end: stop }, key: `name:${name}`, gender: given?.gender ?? null, person: true };
  }
  return null;
}

/** A word that may be part of a name: Arabic letters, no title, role, stop, document, source, institution or common word. */
function nameWord(w: string): boolean {
  if (!/^[\u0621-\u064A]+$/.test(w) || /^(لل|بال|كال)/.test(w) || inIt(w) || isTitle(w) || isRoleWord(w) || isSpokesperson(w) || isStop(w) || isDocument(w) || isFunctionWord(w) || NOT_NAME_WORDS.has(w)) return false;
  // ("وختم الخبير حديثه بتحذير:": the speaker's own talk, a speech noun with its pronoun, is no name.)
  if (givenNames().personNouns.has(w) || lexicon.speechNounWithPronoun.has(w) || commonWordBehind('ب', w)) return false;
  // (Also behind ل: "لوكالة" is whom the words were said to, "ليفين" a name.)
  return !stems(w).some((s) => lexicon.anonymous.has(s) || lexicon.institutionNouns.has(s) || lexicon.commonObjects.has(s) || lexicon.mediaNouns.has(s));
}

/** An adjective of origin or field ("سوداني"، "اقتصادية"), not a given name: after an indefinite noun ("خبير اقتصادي") it agrees with it, no name begins there. */
function nisba(w: string): boolean {
  return /(ي|يه|يون|يين)$/.test(w) && !givenNames().byWord.has(w);
}

/** What follows the name closes it: the end, punctuation, a quotation, a stop, أن/إن, a title, a verb, or a word behind ب/ل ("بأداء"، "للصحفيين"). */
function closes(text: string, words: Word[], end: number, reach: number, openers: Set<number>): boolean {
  const next = words[end];
  if (!next || end >= reach) return true;
  const gapStart = words[end - 1]!.end;
  const gap = text.slice(gapStart, next.start);
  if (/[،,:;(\-–—.]/.test(gap)) return true;
  for (let k = 0; k < gap.length; k++) if (isQuoteMark(gap[k]!)) return openers.has(gapStart + k);
  return isStopWord(next) || isComplementizerWord(next) || isTitleWord(next) || /^[لب]/.test(next.norm) || !!verbAt(words, end);
}
