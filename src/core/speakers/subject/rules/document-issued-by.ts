import { lexicon, oncePerWord, stems } from '../../../speech';
import { lastBodyNamed } from '../reading';
import { isDefinite, isDocument, lowerBound, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** A document's noun, with ال or without it: asked at every cue, answered once per word (no string made per cue). */
const isDocumentWithOrWithoutAl = oncePerWord((w) => isDocument(w) || isDocument(w.replace(/^ال/, '')));

export const documentIssuedBy: SubjectRule = {
  name: 'document issued by',
  why: 'A document named with the verb that issued it and its issuer right after ("جاء في بيان نشرته X على قناتها أن …") speaks for that issuer.',
  examples: [
    { text: 'وقال الوزير إيلي حداد إن الهدنة صامدة. وجاء في بيان نشرته حركة حماس على موقعها أن مقاتليها "صدوا تقدم الدبابات على المحور الشرقي للمدينة".', quote: 'صدوا تقدم الدبابات على المحور الشرقي للمدينة', speaker: 'حركة حماس' },
    { text: 'وقال الوزير إيلي حداد إن الهدنة صامدة. وورد في التقرير الذي أصدرته منظمة الصحة العالمية أمس أن المستشفيات "تعمل بلا وقود منذ ثلاثة أيام كاملة".', quote: 'تعمل بلا وقود منذ ثلاثة أيام كاملة', speaker: 'منظمة الصحة العالمية' },
    { text: 'وأعلنت منظمة الصحة العالمية تعرض مستشفى للقصف. وجاء في تحذير نشرته المنظمة: «على الأطراف تجنيب المرافق الطبية أي هجوم».', quote: 'على الأطراف تجنيب المرافق الطبية أي هجوم', speaker: 'منظمة الصحة العالمية' },
    { text: 'وقال المحامي سامر الخطيب إن موكله بريء. ووفق مذكرة الاتهام التي رفعتها وزارة العدل الأوكرانية، فإن المتهم "تعامل مع الاستخبارات الروسية".', quote: 'تعامل مع الاستخبارات الروسية', speaker: 'وزارة العدل الأوكرانية' },
  ],
  apply({ words, from, ctx }) {
    // ("الرسالة التي وجهتها": the document with the article, which the list names without it.)
    const document = words[from]?.norm ?? '';
    if (!isDocumentWithOrWithoutAl(document)) return undefined;
    let v = from + 1;
    // ("لائحة الاتهام التي أعدتها X": the document's definite complement.)
    if (!document.startsWith('ال') && words[v]?.norm.startsWith('ال') && lexicon.singularRelatives.has(words[v + 1]?.norm ?? '')) v++;
    // ("البيان الذي نشرته X": a relative pronoun may stand between the document and its verb.)
    if (lexicon.singularRelatives.has(words[v]?.norm ?? '')) v++;
    const after = words[v + 1];
    if (!after || !lexicon.documentIssuedBy.has(words[v]?.norm ?? '')) return undefined;
    const issuer = ctx.mentions[lowerBound(ctx.mentionStarts, after.start)];
    if (issuer && issuer.start === after.start && issuer.actor.type !== 'person') return { kind: 'explicit', speaker: speakerOf(issuer, ctx.state) };
    // ("تحذير نشرته الهيئة": the body the text named before with that noun.)
    const noun = isDefinite(after.norm) ? stems(after.norm).find((s) => lexicon.institutionNouns.has(s)) : undefined;
    const body = noun ? lastBodyNamed(ctx, noun.replace(/^ال/, '')) : undefined;
    return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
  },
};
