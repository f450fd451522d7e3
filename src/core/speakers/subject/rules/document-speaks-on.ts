import { isDefinite, isDocument } from '../../model';
import type { SubjectRule } from './rule';

export const documentSpeaksOn: SubjectRule = {
  name: 'document speaks on',
  why: '"وأضاف البيان", "وتابع التقرير": the statement quoted from before speaks on for whoever issued it.',
  examples: [
    { text: 'وقالت وزارة الدفاع الروسية في بيان إن قواتها تقدمت. وأضاف البيان: "تم تدمير مستودع للذخيرة".', quote: 'تم تدمير مستودع للذخيرة', speaker: 'وزارة الدفاع الروسية' },
  ],
  apply({ first, ctx }) {
    const document = ctx.state.lastDocument;
    return isDefinite(first) && isDocument(first) && document ? { kind: 'carry', speaker: document } : undefined;
  },
};
