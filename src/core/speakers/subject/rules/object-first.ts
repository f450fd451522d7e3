import { withoutConjunction } from '../../../clitics';
import { lexicon } from '../../../speech';
import { carry } from '../../carry';
import type { SubjectRule } from './rule';

export const objectFirst: SubjectRule = {
  name: 'object before what is asked',
  why: 'After a verb that charges (data/speech-verbs.json objectFirstVerbs: "اتهم"), one actor alone followed by "بـ" is its object; the subject is left out and goes on with the last speaker.',
  examples: [
    { text: 'وقال وزير الدفاع يسرائيل كاتس إن الجيش سيبقى. واتهم حماس بـ"سرقة المساعدات من الشاحنات".', quote: 'سرقة المساعدات من الشاحنات', speaker: 'يسرائيل كاتس' },
    { text: 'وقالت ماريا زاخاروفا، المتحدثة باسم وزارة خارجية روسيا، إن موسكو لن ترد. واتهمت كييف بـ"تعطيل صفقة تبادل الأسرى".', quote: 'تعطيل صفقة تبادل الأسرى', speaker: 'ماريا زاخاروفا' },
  ],
  apply({ text, words, from, ctx, names }) {
    const verb = words[from - 1];
    if (!verb || !lexicon.objectFirstForms.has(withoutConjunction(verb.norm)) || ctx.attribution || names().inZone.length !== 1) return undefined;
    // What is charged follows the object: "بـ" or a word behind ب right after the actor.
    const object = names().inZone[0]!.m;
    let k = from;
    while (k < words.length && words[k]!.start < object.end) k++;
    const after = words[k]?.norm ?? '';
    if (!lexicon.objectFirstMarks.has(after) && !/^ب[\u0621-\u064a]{3,}/.test(after)) return undefined;
    return carry(ctx.state, ctx.gender, ctx, text);
  },
};
