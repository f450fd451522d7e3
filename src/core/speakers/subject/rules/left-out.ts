import { carry } from '../../carry';
import { statementOwner } from '../../document-owner';
import type { SubjectRule } from './rule';

export const leftOut: SubjectRule = {
  name: 'subject left out',
  why: 'A verb with no words before its colon or quote ("وأضاف: ...") goes on with the last speaker of its gender; an attribution phrase so bare names nobody, unless it says what a statement named right before it held ("رسالة من X جاء فيها:").',
  examples: [
    { text: 'وقال إلهام علييف إن المحادثات مستمرة. وأضاف: "نريد سلاما دائما في المنطقة كلها".', quote: 'نريد سلاما دائما في المنطقة كلها', speaker: 'إلهام علييف' },
    { text: 'اختتمت القمة أعمالها في الدوحة. وتلا المذيع رسالة من الرئيس الفرنسي إيمانويل ماكرون جاء فيها: "فرنسا لن تتخلى عن أصدقائها في هذه المنطقة".', quote: 'فرنسا لن تتخلى عن أصدقائها في هذه المنطقة', speaker: 'إيمانويل ماكرون' },
  ],
  apply({ from, to, ctx, text }) {
    if (to !== from) return undefined;
    return ctx.attribution ? (statementOwner(ctx, null, text) ?? { kind: 'none' }) : carry(ctx.state, ctx.gender, ctx, text);
  },
};
