import { isDocument, lowerBound, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** How many words may stand between the document noun and its issuer ("بيان مصور مطول لوزارة الدفاع"). */
const MAX_WORDS_BEFORE_ISSUER = 4;

export const issuerOfDocument: SubjectRule = {
  name: 'issuer of the document',
  why: 'A relative "جاء فيه" / "جاء فيها" right after a document and its issuer ("بيان لوزارة الدفاع جاء فيه:") hands the words to that issuer.',
  examples: [
    { text: 'ونشر الموقع نص بيان لمنظمة العفو الدولية جاء فيه: "على السلطات أن تفرج عن المحتجزين فورا".', quote: 'على السلطات أن تفرج عن المحتجزين فورا', speaker: 'منظمة العفو الدولية' },
    { text: 'ووزع في الجلسة تقرير لمنظمة الصحة العالمية جاء فيه: "المستشفيات في الإقليم خرجت عن الخدمة".', quote: 'المستشفيات في الإقليم خرجت عن الخدمة', speaker: 'منظمة الصحة العالمية' },
  ],
  apply({ text, words, from, ctx }) {
    // (The cue ends with the pronoun of the document: "جاء فيه", "جاء فيها".)
    if (!ctx.attribution || !/^في(ه|ها)$/.test(words[from - 1]?.norm ?? '')) return undefined;
    const k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
    const issuer = ctx.mentions[k];
    if (!issuer || issuer.actor.type === 'person' || !/^[\s،,]*$/.test(text.slice(issuer.end, ctx.cueStart))) return undefined;
    // The document is named just before its issuer ("بيان لـ", "رسالة من", "تقرير صادر عن").
    let i = from - 1;
    while (i >= 0 && words[i]!.start >= issuer.start) i--;
    for (let n = 0; i >= 0 && n < MAX_WORDS_BEFORE_ISSUER; i--, n++) if (isDocument(words[i]!.norm)) return { kind: 'explicit', speaker: speakerOf(issuer, ctx.state) };
    return undefined;
  },
};
