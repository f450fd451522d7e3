import { wordsIn } from '../../../speech';
import { LINE_BREAK, type ResolveContext, type Speaker, isDefinite, isDocument, lowerBound, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

export const documentSpeaksOn: SubjectRule = {
  name: 'document speaks on',
  why: '"وأضاف البيان", "وتابع التقرير": the statement quoted from before speaks on for whoever issued it.',
  examples: [
    { text: 'وقالت وزارة الدفاع الروسية في بيان إن قواتها تقدمت. وأضاف البيان: "تم تدمير مستودع للذخيرة".', quote: 'تم تدمير مستودع للذخيرة', speaker: 'وزارة الدفاع الروسية' },
    { text: 'وأصدرت منظمة الصحة العالمية بيانا قالت فيه إن الوضع يتدهور. وتابع البيان: "نطالب بفتح المعابر دون شروط".', quote: 'نطالب بفتح المعابر دون شروط', speaker: 'منظمة الصحة العالمية' },
    { text: 'وقال الكرملين إن المحادثات ستستمر. ونشرت منظمة العفو الدولية تقريرا قالت فيه إن الاعتقالات تتوسع. وأضاف التقرير: "عشرات الصحفيين خلف القضبان".', quote: 'عشرات الصحفيين خلف القضبان', speaker: 'منظمة العفو الدولية' },
    { text: 'واستنكرت وزارة الصحة الفلسطينية القصف في بيان مقتضب، وجاء في البيان: "المستشفيات لم تعد قادرة على استقبال الجرحى".', quote: 'المستشفيات لم تعد قادرة على استقبال الجرحى', speaker: 'وزارة الصحة الفلسطينية' },
    { text: 'قالت منظمة أطباء بلا حدود في تقريرها الشهري إن العيادات مغلقة.\n\nوجاء في التقرير: "نصف المرضى لا يصلون إلينا".', quote: 'نصف المرضى لا يصلون إلينا', speaker: 'منظمة أطباء بلا حدود' },
    { text: 'وذكرت وزارة الداخلية أن الطرق مغلقة حتى إشعار آخر.\n\nوأضاف البيان: "نطلب من المواطنين البقاء في منازلهم".', quote: 'نطلب من المواطنين البقاء في منازلهم', speaker: 'وزارة الداخلية' },
  ],
  apply({ text, first, ctx }) {
    if (!isDefinite(first) || !isDocument(first)) return undefined;
    const document = documentIssuer(text, ctx);
    return document ? { kind: 'carry', speaker: document } : undefined;
  },
};

/** Who issued the document the text refers back to: the one quoted last, else the body named before a document word in the paragraph, else the body that spoke last (a person's words are no "البيان"). */
export function documentIssuer(text: string, ctx: ResolveContext, acrossParagraphs = false): Speaker | undefined {
  const lastBody = ctx.state.last && !ctx.state.last.person ? ctx.state.last : undefined;
  return ctx.state.lastDocument ?? issuerInParagraph(text, ctx, acrossParagraphs) ?? lastBody;
}

/** How far back in its paragraph the issuer of "البيان" may be named. */
const MAX_BACK = 400;

/**
 * "وأدانت الوزارة X الغارات في بيان رسمي، وجاء في البيان": with no statement
 * quoted before, the body named last in the paragraph before a document word
 * (with `acrossParagraphs`, in the text before: "وجاء فيه" opening a paragraph).
 */
function issuerInParagraph(text: string, ctx: ResolveContext, acrossParagraphs: boolean): Speaker | undefined {
  for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (ctx.cueStart - m.end > MAX_BACK || (!acrossParagraphs && LINE_BREAK.test(text.slice(m.end, ctx.cueStart)))) return undefined;
    if (m.actor.type === 'person') return undefined;
    // ("نشرت المنظمة تقريرها": a document word with its possessive pronoun too.)
    if (wordsIn(text, m.end, ctx.cueStart).some((w) => isDocument(w.norm) || isDocument(w.norm.replace(/(ها|ه)$/, '')))) return speakerOf(m, ctx.state);
  }
  return undefined;
}
