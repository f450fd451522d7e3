import { isDocumentWord, lowerBound, sentenceStart, speakerOf, type Resolution, type Speaker } from '../../model';
import { documentIssuer } from './document-speaks-on';
import type { Word } from '../../../speech';
import type { SubjectRule } from './rule';

/** How many words may stand between the document noun and its issuer ("بيان مصور مطول لوزارة الدفاع"). */
const MAX_WORDS_BEFORE_ISSUER = 4;

const IN_IT: ReadonlySet<string> = new Set(['فيه', 'فيها']);
export const issuerOfDocument: SubjectRule = {
  name: 'issuer of the document',
  why: 'A relative "جاء فيه" / "جاء فيها" right after a document and its issuer ("بيان لوزارة الدفاع جاء فيه:") hands the words to that issuer; opening a sentence ("… تقريرها. وجاء فيه:") it refers back to the document named before.',
  examples: [
    { text: 'ونشر الموقع نص بيان لمنظمة العفو الدولية جاء فيه: "على السلطات أن تفرج عن المحتجزين فورا".', quote: 'على السلطات أن تفرج عن المحتجزين فورا', speaker: 'منظمة العفو الدولية' },
    { text: 'ووزع في الجلسة تقرير لمنظمة الصحة العالمية جاء فيه: "المستشفيات في الإقليم خرجت عن الخدمة".', quote: 'المستشفيات في الإقليم خرجت عن الخدمة', speaker: 'منظمة الصحة العالمية' },
    { text: 'ونشرت منظمة العفو الدولية تقريرها السنوي عن السجون. وجاء فيه: "ارتفع عدد المعتقلين بشكل غير مسبوق".', quote: 'ارتفع عدد المعتقلين بشكل غير مسبوق', speaker: 'منظمة العفو الدولية' },
  ],
  apply({ text, words, from, ctx }) {
    // (The cue ends with the pronoun of the document: "جاء فيه", "جاء فيها".)
    // ("وجاء فيه": read as the verb "جاء", its zone opens on the pronoun.)
    const inIt = (w: Word | undefined) => IN_IT.has(w?.norm ?? '');
    // "ونشرت المنظمة تقريرها … . وجاء فيه:": a sentence of its own refers back to the document named before.
    if ((inIt(words[from - 1]) || inIt(words[from])) && opensSentence(text, ctx.cueStart)) return carried(documentIssuer(text, ctx, true));
    if (!inIt(words[from - 1])) return undefined;
    const k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
    const issuer = ctx.mentions[k];
    if (!ctx.attribution || !issuer || issuer.actor.type === 'person' || !/^[\s،,]*$/.test(text.slice(issuer.end, ctx.cueStart))) return undefined;
    // The document is named just before its issuer ("بيان لـ", "رسالة من", "تقرير صادر عن").
    let i = from - 1;
    while (i >= 0 && words[i]!.start >= issuer.start) i--;
    for (let n = 0; i >= 0 && n < MAX_WORDS_BEFORE_ISSUER; i--, n++) if (isDocumentWord(words[i]!)) return { kind: 'explicit', speaker: speakerOf(issuer, ctx.state) };
    return undefined;
  },
};

/** The cue opens its sentence ("وجاء فيه" after a full stop or a line break; model.ts sentenceStart). */
const opensSentence = (text: string, at: number): boolean => text.slice(sentenceStart(text, at, null), at).trim() === '';

const carried = (issuer: Speaker | undefined): Resolution | undefined => (issuer ? { kind: 'carry', speaker: issuer } : undefined);
