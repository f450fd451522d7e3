import { lexicon, verbAt } from '../../../speech';
import { isDefinite } from '../../model';
import { reportsSpeech } from '../zone';
import type { SubjectRule } from './rule';

/** How many words the name of a body the gazetteer lacks may have. */
const MAX_BODY_WORDS = 7;

export const unknownBody: SubjectRule = {
  name: 'body the gazetteer lacks',
  why: 'An indefinite noun that opens a body\'s name (data/speech-verbs.json unknownBodyHeads) with a definite word or one behind ل after it, first in the subject and naming no known actor, is a body that speaks ("وقال مقر التنسيق لشؤون الأسرى في بيان").',
  examples: [
    { text: 'وقال مقر التنسيق لشؤون المفقودين في بيان: "سلمنا قوائم جديدة إلى الصليب الأحمر".', quote: 'سلمنا قوائم جديدة إلى الصليب الأحمر', speaker: 'مقر التنسيق لشؤون المفقودين' },
    { text: 'وقالت خلية الأزمة المحلية إن "المياه ستعود خلال يومين".', quote: 'المياه ستعود خلال يومين', speaker: 'خلية الأزمة المحلية' },
  ],
  apply({ text, words, from, to, names }) {
    const next = words[from + 1];
    if (!lexicon.unknownBodyHeads.has(words[from]!.norm) || !next || from + 1 >= to || !(isDefinite(next.norm) || /^ل/.test(next.norm)) || names().namedAnyone) return undefined;
    let end = from + 1;
    while (end < to && end - from < MAX_BODY_WORDS && !verbAt(words, end) && !/[،,]/.test(text.slice(words[end - 1]!.end, words[end]!.start))) end++;
    if (!reportsSpeech(text, words[to - 1]!.end)) return undefined;
    const start = words[from]!.start;
    const name = text.slice(start, words[end - 1]!.end);
    return { kind: 'explicit', speaker: { ref: { id: null, name, start, end: start + name.length }, key: `name:${name}`, gender: null, person: false } };
  },
};
