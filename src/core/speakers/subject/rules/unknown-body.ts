import { lexicon, verbAt, type Word } from '../../../speech';
import { ISSUED, isDefinite, isDocument, lowerBound, type Mention, type ResolveContext, speakerOf, unnamedBody } from '../../model';
import { reportsSpeech } from '../zone';
import type { SubjectRule } from './rule';

/** How many words the name of a body the gazetteer lacks may have. */
const MAX_BODY_WORDS = 7;

export const unknownBody: SubjectRule = {
  name: 'body the gazetteer lacks',
  why: 'An indefinite noun that opens a body\'s name (data/speech-verbs.json unknownBodyHeads) with a definite word or one behind ل after it, first in the subject (or after "البيان الصادر عن") and naming no known actor, is a body that speaks ("وقال مقر التنسيق لشؤون الأسرى في بيان").',
  examples: [
    { text: 'وقال مقر التنسيق لشؤون المفقودين في بيان: "سلمنا قوائم جديدة إلى الصليب الأحمر".', quote: 'سلمنا قوائم جديدة إلى الصليب الأحمر', speaker: 'مقر التنسيق لشؤون المفقودين' },
    { text: 'وقالت خلية الأزمة المحلية إن "المياه ستعود خلال يومين".', quote: 'المياه ستعود خلال يومين', speaker: 'خلية الأزمة المحلية' },
    { text: 'وورد في البيان الصادر عن مكتب المنسق المقيم: «القوافل تنتظر الإذن منذ أسبوع».', quote: 'القوافل تنتظر الإذن منذ أسبوع', speaker: 'مكتب المنسق المقيم' },
    { text: 'وقال مكتب تنسيق المساعدات في الإقليم (أوتشا)، في منشور على إكس، إن "القوافل متوقفة منذ أسبوع".', quote: 'القوافل متوقفة منذ أسبوع', speaker: 'أوتشا' },
  ],
  apply({ text, words, from: zoneFrom, to, names, ctx }) {
    const from = issuerAt(words, zoneFrom);
    if (from >= to || !lexicon.unknownBodyHeads.has(words[from]!.norm)) return undefined;
    // "قال مكتب تنسيق شؤون الإغاثة في الإقليم (أوتشا)، …": the body known by the acronym in brackets.
    const acronym = bracketedBody(text, words[from]!.start, ctx);
    if (acronym) return { kind: 'explicit', speaker: speakerOf(acronym, ctx.state) };
    const next = words[from + 1];
    if (!next || from + 1 >= to || !(isDefinite(next.norm) || /^ل/.test(next.norm)) || names().namedAnyone) return undefined;
    let end = from + 1;
    while (end < to && end - from < MAX_BODY_WORDS && !verbAt(words, end) && !/[،,]/.test(text.slice(words[end - 1]!.end, words[end]!.start))) end++;
    if (!reportsSpeech(text, words[to - 1]!.end)) return undefined;
    const start = words[from]!.start;
    return { kind: 'explicit', speaker: unnamedBody(text, start, words[end - 1]!.end) };
  },
};

/** "البيان الصادر عن مكتب …": where the issuer's name starts after a document (else `from` itself). */
function issuerAt(words: Word[], from: number): number {
  const [document, issued, about] = words.slice(from, from + 3).map((w) => w.norm);
  return document && isDocument(document) && issued && ISSUED.test(issued) && about === 'عن' ? from + 3 : from;
}

/** How far after the head noun the bracketed name of the body may stand. */
const MAX_BRACKET_CHARS = 120;

/** A body's mention right after an opening bracket, before any comma, colon or quotation mark after `at`. */
function bracketedBody(text: string, at: number, ctx: ResolveContext): Mention | null {
  const stretch = text.slice(at, at + MAX_BRACKET_CHARS);
  const open = stretch.search(/[(\[]/);
  if (open < 0 || /[،,:.«"“]/.test(stretch.slice(0, open))) return null;
  const m = ctx.mentions[lowerBound(ctx.mentionStarts, at + open + 1)];
  return m && m.start === at + open + 1 && m.actor.type !== 'person' ? m : null;
}
