import { withoutConjunction } from '../../../clitics';
import { givenNames } from '../../../lexicon/given-names';
import { isComplementizer, lexicon, wordsIn, type Word } from '../../../speech';
import { fullName, isSpokesperson, isTitle, lowerBound, type Mention, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** How far back (in mentions) a role noun looks for the person it introduced. */
const LOOKBACK = 60;

/** The article, alone or behind و/ف/ب/ل ("والمزارع"، "بالمعلمة"، "للمزارع"). */
const ARTICLE = /^(?:[وف]?(?:ال|بال)|لل)/;

export const roleNoun: SubjectRule = {
  name: 'role noun named before',
  why: 'A role noun alone as the subject ("وقال المزارع:", "فأجابت المتحدثة:") is the person the text introduced with it ("المزارع X", "المتحدثة باسم الوزارة X"), even when others spoke since.',
  examples: [
    { text: 'والتقينا المزارع خالد منصور، وكان يتفقد حقله.\nوقال الوزير سيرغي لافروف إن الحصاد تأخر.\nوقال المزارع: "خسرنا الموسم كله في ليلة".', quote: 'خسرنا الموسم كله في ليلة', speaker: 'خالد منصور' },
    { text: 'في آخر الحقل يقف رامي ساعور (58 عاما) ويشير إلى الأشجار المحترقة. «زرعها أبي قبل أن أولد»، يقول المزارع.', quote: 'زرعها أبي قبل أن أولد', speaker: 'رامي ساعور' },
    { text: 'وقالت المتحدثة باسم الوزارة ريم حداد إن الجولة انتهت.\nوسألت الصحافية منى علي عن الموعد.\nفأجابت المتحدثة: "لا موعد بعد".', quote: 'لا موعد بعد', speaker: 'ريم حداد' },
    { text: 'وزرنا المدرسة حيث تعمل المعلمة سعاد الأمين.\nوقالت وزارة التربية إن الدوام سيستأنف.\nوأضافت المعلمة: "نصف التلاميذ لم يعودوا".', quote: 'نصف التلاميذ لم يعودوا', speaker: 'سعاد الأمين' },
    { text: 'وقال المتحدث باسم الشرطة سامي داود إن التحقيق بدأ.\nوأعرب متحدث باسم منظمة الصحة العالمية عن قلقها، وقال المتحدث: "المستشفيات تعمل بلا وقود".', quote: 'المستشفيات تعمل بلا وقود', speaker: 'منظمة الصحة العالمية' },
    { text: 'قال المزارع خليل إن البئر جفت.\nويخلص الباحث في مركز دراسات المياه بعمان نادر سليم الخطيب إلى أن الأزمة "ستتفاقم كثيرا قبل حلول الصيف".', quote: 'ستتفاقم كثيرا قبل حلول الصيف', speaker: 'نادر سليم الخطيب' },
    { text: 'في غرفة صغيرة تجلس لوسين هاكوبيان قرب النافذة. "لم يبق لنا من البيت إلا هذه الإبرة"، تقول المرأة البالغة من العمر سبعين عاما.', quote: 'لم يبق لنا من البيت إلا هذه الإبرة', speaker: 'لوسين هاكوبيان' },
  ],
  apply({ words, from, to, ctx, text }) {
    // ("تقول المرأة البالغة من العمر ستين عاما": the noun and the age that describes it.)
    if ((to !== from + 1 && !givenNames().ageOpeners.has(words[from + 1]?.norm ?? '') && !ownTalkAfter(text, words, from, to)) || ctx.attribution) return undefined;
    const noun = withoutConjunction(words[from]!.norm);
    if (noun.startsWith('ال') && isSpokesperson(noun)) {
      const m = spokespersonNamed(text, ctx.mentions, lowerBound(ctx.mentionStarts, ctx.cueStart) - 1, noun, ctx.gender);
      return m ? { kind: 'explicit', speaker: speakerOf(m, ctx.state) } : undefined;
    }
    // ("ويرى الخبير": a noun of data/given-names.json sameRole only goes back to whom its role introduced: "الدكتور X".)
    const personNoun = givenNames().personNouns.get(noun);
    const gender = personNoun ?? (givenNames().sameRole.has(noun.slice(2)) ? (noun.endsWith('ه') ? 'f' : 'm') : undefined);
    if (!gender || !noun.startsWith('ال') || (ctx.gender && ctx.gender !== 'p' && ctx.gender !== gender)) return undefined;
    const k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
    const m = personAfterComplement(text, ctx.mentions, ctx.mentionStarts, words[from]!.end) ?? introducedBy(text, ctx.mentions, k, noun.slice(2)) ?? (personNoun ? personJustDescribed(text, ctx.mentions, k, ctx.cueStart, gender) : null);
    return m ? { kind: 'explicit', speaker: speakerOf(m, ctx.state) } : undefined;
  },
};

/**
 * "وختم الخبير حديثه بتحذير:", "وتختم الطبيبة حديثها:": the noun's own words (a noun with its pronoun), and how
 * they came (behind ب), follow the role noun; it is still the subject.
 */
function ownTalkAfter(text: string, words: Word[], from: number, to: number): boolean {
  const talk = words[from + 1];
  if (!talk || to > from + 3 || !/[^\s](ه|ها)$/.test(text.slice(talk.start, talk.end))) return false;
  return words.slice(from + 2, to).every((w) => w.norm.startsWith('ب'));
}

/** How far before a name the words that introduce it are read ("المتحدثة باسم وزارة الخارجية الأرمينية X"). */
const INTRODUCTION_CHARS = 90;

/**
 * "فأجابت المتحدثة:": the last person of the verb's gender introduced as a
 * spokesperson ("المتحدثة باسم الوزارة X"), even when others spoke since.
 */
function spokespersonNamed(text: string, mentions: Mention[], k: number, noun: string, gender: string | null): Mention | null {
  for (let seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
    const m = mentions[k]!;
    if (m.actor.type !== 'person' && unnamedSpokespersonOf(text, m, noun.slice(2))) return m;
    if (m.actor.type !== 'person' || (gender && gender !== 'p' && m.actor.gender && m.actor.gender !== gender)) continue;
    const lead = text.slice(Math.max(0, m.start - INTRODUCTION_CHARS), m.start).split(/[.:؛!?؟\n]/).at(-1)!;
    const ws = wordsIn(lead);
    if (ws.some((w, i) => withoutConjunction(w.norm) === noun && ws[i + 1]?.norm === 'باسم')) return m;
  }
  return null;
}

/**
 * "أعرب متحدث باسم المفوضية عن قلقها، وقال المتحدث:": the body right after an unnamed spokesperson ("متحدث
 * باسم", no article) speaks, though a spokesperson of another body was named before.
 */
function unnamedSpokespersonOf(text: string, body: Mention, stem: string): boolean {
  const lead = text.slice(Math.max(0, body.start - 30), body.start);
  const [title, linker] = wordsIn(lead).slice(-2);
  return !!linker && linker.norm === 'باسم' && /^[ \u00A0]+$/.test(lead.slice(linker.end)) && withoutConjunction(title!.norm) === stem;
}

/** How far after the role noun its complement may run before the name ("الباحث في مركز دراسات المياه بعمان X"). */
const COMPLEMENT_CHARS = 80;

/**
 * "ويخلص الباحث في مركز دراسات المياه بعمان X Y إلى أن": the person found right after the noun's
 * complement, with no punctuation between, is the noun's.
 */
function personAfterComplement(text: string, mentions: Mention[], starts: number[], nounEnd: number): Mention | null {
  for (let k = lowerBound(starts, nounEnd); k < mentions.length && mentions[k]!.start - nounEnd <= COMPLEMENT_CHARS; k++) {
    const m = mentions[k]!;
    if (!plainComplement(text, nounEnd, m.start)) return null;
    if (m.actor.type === 'person') return fullName(text, m) ? m : null;
  }
  return null;
}

/** [from, to) is a complement and nothing more: no punctuation, no أن/إن ("وتشير الباحثة إلى أن X"), no relative ("الذي يناديه جيرانه X"). */
function plainComplement(text: string, from: number, to: number): boolean {
  if (/[.،,:؛!?؟"«»“”\n]/.test(text.slice(from, to))) return false;
  return !wordsIn(text, from, to).some((w) => isComplementizer(w.norm) || lexicon.singularRelatives.has(w.norm) || lexicon.relativePronouns.has(w.norm));
}


/** How far back a role noun reaches for a person introduced without it. */
const NEAR_CHARS = 400;

/**
 * "يقف X (61 عاما) ويشير … «…»، يقول المزارع": a role noun no one was introduced with is the
 * person the text has just described — the last one named, nearby, with no id (a reader,
 * not an official) and no other role noun before the name.
 */
function personJustDescribed(text: string, mentions: Mention[], k: number, cueStart: number, gender: 'm' | 'f'): Mention | null {
  for (; k >= 0 && cueStart - mentions[k]!.end <= NEAR_CHARS; k--) {
    const m = mentions[k]!;
    if (m.actor.type !== 'person') continue;
    if (m.actor.id !== null || (m.actor.gender && m.actor.gender !== gender)) return null;
    // ("وزير الطاقة الأوكراني X"، "المعلمة X": introduced with an office or another role.)
    const lead = text.slice(Math.max(0, m.start - 60), m.start).split(/[.،,:؛!?؟\n]/).at(-1)!;
    return wordsIn(lead).slice(-4).some((w) => isTitle(w.norm) || givenNames().personNouns.has(withoutConjunction(w.norm))) ? null : m;
  }
  return null;
}

/** The last person named right after the role noun ("المزارع X", "بالمعلمة X", "للمزارع X"), from mention k back. */
function introducedBy(text: string, mentions: Mention[], k: number, stem: string): Mention | null {
  for (let seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
    const m = mentions[k]!;
    if (m.actor.type !== 'person') continue;
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    const before = wordsIn(lead).slice(-1 - MAX_ADJECTIVES);
    if (before.length === 0 || !/^[ \u00A0]+$/.test(lead.slice(before.at(-1)!.end))) continue;
    // ("الخبير الاقتصادي اليمني X": adjectives with the article may stand between the noun and the name.)
    for (let i = before.length - 1; i >= 0 && ARTICLE.test(before[i]!.norm); i--) {
      const word = before[i]!.norm.replace(ARTICLE, '');
      if (word === stem || givenNames().sameRole.get(stem)?.has(word)) return m;
      if (i > 0 && !/^[ \u00A0]+$/.test(lead.slice(before[i - 1]!.end, before[i]!.start))) break;
    }
  }
  return null;
}

/** Adjectives between a role noun and the name it introduces ("المزارع العجوز X", "الخبير الاقتصادي اليمني X"). */
const MAX_ADJECTIVES = 2;
