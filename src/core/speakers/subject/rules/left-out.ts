import { carry } from '../../carry';
import type { SubjectRule } from './rule';

export const leftOut: SubjectRule = {
  name: 'subject left out',
  why: 'A verb with no words before its colon or quote ("وأضاف: ...") goes on with the last speaker of its gender; an attribution phrase so bare names nobody.',
  examples: [
    { text: 'وقال إلهام علييف إن المحادثات مستمرة. وأضاف: "نريد سلاما دائما في المنطقة كلها".', quote: 'نريد سلاما دائما في المنطقة كلها', speaker: 'إلهام علييف' },
  ],
  apply({ from, to, ctx, text }) {
    if (to !== from) return undefined;
    return ctx.attribution ? { kind: 'none' } : carry(ctx.state, ctx.gender, ctx, text);
  },
};
