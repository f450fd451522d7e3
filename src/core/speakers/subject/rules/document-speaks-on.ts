import { isDefinite, isDocument } from '../../model';
import type { SubjectRule } from './rule';

export const documentSpeaksOn: SubjectRule = {
  name: 'document speaks on',
  why: '"وأضاف البيان", "وتابع التقرير": the statement quoted from before speaks on for whoever issued it.',
  examples: [
    { text: 'وقالت وزارة الدفاع الروسية في بيان إن قواتها تقدمت. وأضاف البيان: "تم تدمير مستودع للذخيرة".', quote: 'تم تدمير مستودع للذخيرة', speaker: 'وزارة الدفاع الروسية' },
    { text: 'وأصدرت منظمة الصحة العالمية بيانا قالت فيه إن الوضع يتدهور. وتابع البيان: "نطالب بفتح المعابر دون شروط".', quote: 'نطالب بفتح المعابر دون شروط', speaker: 'منظمة الصحة العالمية' },
    { text: 'وقال الكرملين إن المحادثات ستستمر. ونشرت منظمة العفو الدولية تقريرا قالت فيه إن الاعتقالات تتوسع. وأضاف التقرير: "عشرات الصحفيين خلف القضبان".', quote: 'عشرات الصحفيين خلف القضبان', speaker: 'منظمة العفو الدولية' },
  ],
  apply({ first, ctx }) {
    const document = ctx.state.lastDocument;
    return isDefinite(first) && isDocument(first) && document ? { kind: 'carry', speaker: document } : undefined;
  },
};
