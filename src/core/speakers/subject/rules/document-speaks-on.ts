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
    { text: 'ونشرت منظمة هيومن رايتس ووتش تقريرا جديدا عن السجون.\n\nوجاء في التقرير: "التعذيب ما زال ممارسة يومية في مراكز الاحتجاز".', quote: 'التعذيب ما زال ممارسة يومية في مراكز الاحتجاز', speaker: 'منظمة هيومن رايتس ووتش' },
    { text: 'وأعلن الكرملين أن المحادثات ستستمر. وجاء في التقرير الفصلي لمنظمة العفو الدولية: "السجون مكتظة بالمعتقلين السياسيين".', quote: 'السجون مكتظة بالمعتقلين السياسيين', speaker: 'منظمة العفو الدولية' },
    { text: 'ويرسم تقرير لمنظمة الصحة العالمية صورة قاتمة عن المستشفيات.\n\nوجاء في التقرير، الصادر أمس: "ثلث المستشفيات فقط تعمل جزئيا".', quote: 'ثلث المستشفيات فقط تعمل جزئيا', speaker: 'منظمة الصحة العالمية' },
  ],
  apply({ text, words, from, first, ctx }) {
    if (!isDefinite(first) || !isDocument(first)) return undefined;
    // "وجاء في التقرير الشهري لمنظمة X:": a document named with its issuer is that issuer's, no earlier one.
    const issuer = issuerRightAfter(text, words[from]!.end, ctx);
    if (issuer) return { kind: 'explicit', speaker: issuer };
    const document = documentIssuer(text, ctx) ?? issuerOfSameDocument(text, ctx, first.replace(/^[وف]?ال/, ''));
    return document ? { kind: 'carry', speaker: document } : undefined;
  },
};

/** Up to two adjectives with the article, then ل on a body: "(التقرير) الشهري لمنظمة". */
const ADJECTIVES_THEN_LAM = /^(?:[ \u00A0]+ال[\u0621-\u0652]+){0,2}[ \u00A0]+ل$/;

/** The body named right after a document, behind ل after its adjectives ("التقرير السنوي لمنظمة العفو الدولية"). */
function issuerRightAfter(text: string, end: number, ctx: ResolveContext): Speaker | undefined {
  const m = ctx.mentions[lowerBound(ctx.mentionStarts, end)];
  return m && m.actor.type !== 'person' && ADJECTIVES_THEN_LAM.test(text.slice(end, m.start)) ? speakerOf(m, ctx.state) : undefined;
}

/**
 * Who issued the document the text refers back to: the one quoted last, else the body named before a document word in the
 * paragraph, else the body that spoke last (a person's words are no "البيان"). A body that spoke after a person's post or
 * statement was quoted issued the one the text now names ("كتب X في منشور: … أعلن الجيش أنه … وبحسب البيان").
 */
export function documentIssuer(text: string, ctx: ResolveContext, acrossParagraphs = false): Speaker | undefined {
  const lastBody = ctx.state.last && !ctx.state.last.person ? ctx.state.last : undefined;
  const document = ctx.state.lastDocument;
  if (document?.person && lastBody) return lastBody;
  return document ?? issuerInParagraph(text, ctx, acrossParagraphs) ?? lastBody;
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

/** How far back the same document may have been named with its issuer ("أصدرت X تقريرها …" paragraphs before). */
const SAME_DOCUMENT_BACK = 900;

/**
 * "ونشرت X تقريرا …\n\nوجاء في التقرير": the body named in the sentence of the document's last mention before
 * the cue, before it ("أصدرت X تقريرها") or right after it ("تقرير لمنظمة X").
 */
function issuerOfSameDocument(text: string, ctx: ResolveContext, noun: string): Speaker | undefined {
  const from = Math.max(0, ctx.cueStart - SAME_DOCUMENT_BACK);
  const named = wordsIn(text, from, ctx.cueStart).filter((w) => w.norm.replace(/^[وفبل]?(ال)?/, '').replace(/(ها|ه)$/, '') === noun);
  const last = named.at(-1);
  if (!last) return undefined;
  const k = lowerBound(ctx.mentionStarts, last.end);
  const after = ctx.mentions[k];
  // ("تقرير لمكتب الأمم المتحدة": the issuer right after it, behind ل at most.)
  if (after && after.actor.type !== 'person' && /^[ \u00A0]*ل?$/.test(text.slice(last.end, after.start))) return speakerOf(after, ctx.state);
  const before = ctx.mentions[k - 1];
  if (before && before.actor.type !== 'person' && !/[.!?؟\n]/.test(text.slice(before.end, last.start))) return speakerOf(before, ctx.state);
  return undefined;
}
