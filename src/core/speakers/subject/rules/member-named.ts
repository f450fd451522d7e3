import { withoutConjunction } from '../../../clitics';
import { lexicon } from '../../../speech';
import { appositiveName, subjectReach } from '../../names';
import type { SubjectRule } from './rule';

export const memberNamed: SubjectRule = {
  name: 'one of a group, named in apposition',
  why: 'One of a group ("أحدهم", "إحداهن", "أحد السكان", "أول المتصلين") with a name set off by commas right after is that person, no anonymous source.',
  examples: [
    { text: 'وتجمع عشرات المزارعين أمام مبنى المحافظة. وقال أحدهم، سليم حداد، وهو في الخمسين: "خسرنا الموسم كله".', quote: 'خسرنا الموسم كله', speaker: 'سليم حداد' },
    { text: 'واتصل بالبرنامج عشرات المستمعين. وقالت أولى المتصلات، منى الحاج، وهي معلمة: "المدرسة صارت ملجأ للنازحين".', quote: 'المدرسة صارت ملجأ للنازحين', speaker: 'منى الحاج' },
    { text: 'وقال أحد السكان، كريم داود، للصحفيين إن الماء "مقطوع منذ أسبوع كامل".', quote: 'مقطوع منذ أسبوع كامل', speaker: 'كريم داود' },
  ],
  apply({ text, words, from, first, ctx }) {
    if (!lexicon.groupMembers.has(withoutConjunction(first))) return undefined;
    const named = appositiveName(text, words, from, subjectReach(text, words, from, ctx), ctx);
    return named ? { kind: 'explicit', speaker: named } : undefined;
  },
};
