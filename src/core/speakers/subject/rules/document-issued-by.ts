import { lexicon, oncePerWord } from '../../../speech';
import { isDocument, lowerBound, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** A document's noun, with ال or without it: asked at every cue, answered once per word (no string made per cue). */
const isDocumentWithOrWithoutAl = oncePerWord((w) => isDocument(w) || isDocument(w.replace(/^ال/, '')));

export const documentIssuedBy: SubjectRule = {
  name: 'document issued by',
  why: 'A document named with the verb that issued it and its issuer right after ("جاء في بيان نشرته X على قناتها أن …") speaks for that issuer.',
  examples: [
    { text: 'وقال الوزير إيلي حداد إن الهدنة صامدة. وجاء في بيان نشرته حركة حماس على موقعها أن مقاتليها "صدوا تقدم الدبابات على المحور الشرقي للمدينة".', quote: 'صدوا تقدم الدبابات على المحور الشرقي للمدينة', speaker: 'حركة حماس' },
    { text: 'وقال الوزير إيلي حداد إن الهدنة صامدة. وورد في التقرير الذي أصدرته منظمة الصحة العالمية أمس أن المستشفيات "تعمل بلا وقود منذ ثلاثة أيام كاملة".', quote: 'تعمل بلا وقود منذ ثلاثة أيام كاملة', speaker: 'منظمة الصحة العالمية' },
  ],
  apply({ words, from, ctx }) {
    // ("الرسالة التي وجهتها": the document with the article, which the list names without it.)
    const document = words[from]?.norm ?? '';
    if (!isDocumentWithOrWithoutAl(document)) return undefined;
    let v = from + 1;
    // ("البيان الذي نشرته X": a relative pronoun may stand between the document and its verb.)
    if (lexicon.singularRelatives.has(words[v]?.norm ?? '')) v++;
    const after = words[v + 1];
    if (!after || !lexicon.documentIssuedBy.has(words[v]?.norm ?? '')) return undefined;
    const issuer = ctx.mentions[lowerBound(ctx.mentionStarts, after.start)];
    return issuer && issuer.start === after.start && issuer.actor.type !== 'person' ? { kind: 'explicit', speaker: speakerOf(issuer, ctx.state) } : undefined;
  },
};
