import { isTitle, lowerBound } from '../../model';
import { givenNames } from '../../../lexicon/given-names';
import { unknownName } from '../../names';
import { reportsSpeech } from '../zone';
import type { SubjectRule } from './rule';

export const nameAfterBody: SubjectRule = {
  name: 'name the gazetteer lacks after a title and its body',
  why: 'A title, the body it serves, then two or three plain words closed by a comma or the zone\'s end, before a colon, a quote or أن: those words are the office holder, who speaks, not the body.',
  examples: [
    { text: 'وقال وكيل وزارة الري والموارد المائية سليم القاضي إن الوزارة "ستنهي حفر الآبار قبل الصيف المقبل".', quote: 'ستنهي حفر الآبار قبل الصيف المقبل', speaker: 'سليم القاضي' },
    { text: 'وأوضح وكيل وزارة الكهرباء والطاقة لقطاع التوزيع كريم مراد: "نعمل على إعادة التيار إلى الأحياء الشرقية".', quote: 'نعمل على إعادة التيار إلى الأحياء الشرقية', speaker: 'كريم مراد' },
    { text: 'وقال وكيل وزارة المياه والبيئة لقطاع الري صالح الوادعي، خلال زيارة للسد في المديرية، إن الوزارة "ستبدأ ترميم القنوات الشهر المقبل".', quote: 'ستبدأ ترميم القنوات الشهر المقبل', speaker: 'صالح الوادعي' },
  ],
  apply({ text, words, from, to, ctx, first }) {
    // ("وكيل" is a title of its own: no conjunction is taken off the first word.)
    if (!isTitle(first)) return undefined;
    // The zone names a body and no person; the name, if any, stands right after the body.
    let bodyEnd = -1;
    for (let k = lowerBound(ctx.mentionStarts, words[from]!.start); k < ctx.mentions.length && ctx.mentions[k]!.start < words[to - 1]!.end; k++) {
      const m = ctx.mentions[k]!;
      if (m.actor.type === 'person') return undefined;
      bodyEnd = Math.max(bodyEnd, m.end);
    }
    if (bodyEnd < 0) return undefined;
    let at = from;
    while (at < to && words[at]!.start < bodyEnd) at++;
    if (to - at < 2 || !reportsSpeech(text, words[to - 1]!.end)) return undefined;
    // ("ممثلة البرنامج ومديرته القطرية": و on a word that is no given name of ours joins a second title, no name.)
    if (words[at]!.norm.startsWith('و') && !givenNames().byWord.has(words[at]!.norm)) return undefined;
    const named = unknownName(text, words, at, to, false, ctx.directOpeners);
    return named ? { kind: 'explicit', speaker: named } : undefined;
  },
};
