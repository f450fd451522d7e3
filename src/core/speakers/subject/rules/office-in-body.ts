import { lexicon, stems } from '../../../speech';
import { isTitle, speakerOf, titleWithoutConjunction } from '../../model';
import { lastBodyNamed } from '../reading';
import type { SubjectRule } from './rule';

export const officeInBody: SubjectRule = {
  name: 'unnamed office holder in a body named before',
  why: 'An office held "in the organization" ("منسقة الطوارئ في المنظمة") with no name speaks for the body that noun points back to, as an unnamed spokesman does.',
  examples: [
    { text: 'وقالت منظمة الإغاثة الطبية الدولية إن فرقها وصلت إلى البلدة. وقالت منسقة المشاريع في المنظمة: "نحتاج إلى ممر آمن لنقل الجرحى".', quote: 'نحتاج إلى ممر آمن لنقل الجرحى', speaker: 'منظمة الإغاثة الطبية الدولية' },
    { text: 'وأعلنت وزارة الصحة الفلسطينية وصول شحنة أدوية. وقال مدير الإمداد في الوزارة: "الشحنة تكفي أسبوعين فقط".', quote: 'الشحنة تكفي أسبوعين فقط', speaker: 'وزارة الصحة الفلسطينية' },
  ],
  apply({ text, words, from, to, ctx, names }) {
    if (to <= from || !isTitle(titleWithoutConjunction(words[from]!.norm)) || names().namedAnyone) return undefined;
    if (words[to]?.norm !== 'في' || /[،,]/.test(text.slice(words[to - 1]!.end, words[to]!.start))) return undefined;
    const noun = stems(words[to + 1]?.norm ?? '').find((s) => lexicon.institutionNouns.has(s));
    if (!noun) return undefined;
    const body = lastBodyNamed(ctx, noun.replace(/^ال/, ''));
    return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
  },
};
