import { lexicon, verbAt } from '../../../speech';
import { isSpokesperson, unnamedBody } from '../../model';
import { reportsSpeech } from '../zone';
import type { SubjectRule } from './rule';

/** How many words the name of the body after "باسم" may have. */
const MAX_BODY_WORDS = 6;

export const spokesmanOfUnknown: SubjectRule = {
  name: 'spokesman of a body the gazetteer lacks',
  why: 'An unnamed spokesman speaks for what "باسم" names ("متحدث باسم شركة X، ..."), even a body the actor finder does not know; "وأضاف المتحدث" later goes on with it.',
  examples: [
    { text: 'وقال متحدث باسم شركة الكهرباء الوطنية في عدن، التي تدير المحطات الجنوبية، إن الشركة قطعت التيار. وأضاف المتحدث: "لا نملك الوقود الكافي لتشغيل المحطات".', quote: 'لا نملك الوقود الكافي لتشغيل المحطات', speaker: 'شركة الكهرباء الوطنية' },
    { text: 'وقالت ناطقة باسم مطاحن البحر الأحمر إن المخزون يتراجع. وأضافت الناطقة: "سنتوقف عن الطحن خلال أسبوعين".', quote: 'سنتوقف عن الطحن خلال أسبوعين', speaker: 'مطاحن البحر الأحمر' },
    { text: 'وقال متحدث باسم نادي الصيادين: "البحر مغلق أمامنا منذ شهر كامل".', quote: 'البحر مغلق أمامنا منذ شهر كامل', speaker: 'نادي الصيادين' },
    { text: 'وقال المتحدث باسم تجمع الصيادين الأحرار التابع للقوات الحكومية: "صددنا الهجوم قبل الفجر وأسرنا عددا من المهاجمين".', quote: 'صددنا الهجوم قبل الفجر وأسرنا عددا من المهاجمين', speaker: 'تجمع الصيادين الأحرار' },
  ],
  apply({ text, words, from, to, names }) {
    if (!isSpokesperson(words[from]!.norm) || words[from + 1]?.norm !== 'باسم' || names().namedAnyone) return undefined;
    // The body: the words after "باسم" up to a comma, a stop or the zone's end, never a verb.
    let end = from + 2;
    // ("متحدث باسم تجمع الصيادين الأحرار التابع للقوات": the body's name ends before a word of affiliation.)
    while (end < to && end - from - 2 < MAX_BODY_WORDS && !verbAt(words, end) && !lexicon.spokespersonBodyEnds.has(words[end]!.norm)) {
      if (end > from + 2 && /[،,]/.test(text.slice(words[end - 1]!.end, words[end]!.start))) break;
      end++;
    }
    if (end - from - 2 < 2 || !/^[\u0621-\u064A]+$/.test(words[from + 2]!.norm) || !reportsSpeech(text, words[to - 1]!.end)) return undefined;
    const start = words[from + 2]!.start;
    return { kind: 'explicit', speaker: unnamedBody(text, start, words[end - 1]!.end) };
  },
};
