import { isDocumentWord } from '../../model';
import { unknownName } from '../../names';
import { lexicon } from '../../../speech';
import { reportsSpeech } from '../zone';
import type { SubjectRule } from './rule';

export const unknownNameRule: SubjectRule = {
  name: 'name the gazetteer lacks',
  why: 'Two or three plain words closed by a comma or a stop, when the sentence goes on to a colon, a quote or أن, are a name ("وقال سامر خليل: ...").',
  examples: [
    { text: 'وقال زيدون منصور: "فقدنا كل شيء في ليلة واحدة".', quote: 'فقدنا كل شيء في ليلة واحدة', speaker: 'زيدون منصور' },
  ],
  apply({ text, words, from, to, ctx, names, first }) {
    // "وفقا لما نقله محاموه": a relative clause says how the words came, not who said them.
    if (ctx.attribution && /^[لب]?ما$/.test(first)) return { kind: 'none' };
    // "بحسب ما نقلته وكالة ...": a relay verb says how the words came, not who said them.
    if (ctx.attribution && lexicon.relayVerbs.has(first.replace(/(ه|ها|هم)$/, ''))) return { kind: 'none' };
    if (names().namedAnyone || !reportsSpeech(text, words[to - 1]!.end)) return undefined;
    // "في خطاب متلفز"، "في كلمة افتتاح المعرض": what follows a document is how it was said, not who said it.
    if (ctx.attribution && from > 0 && isDocumentWord(words[from - 1]!)) return undefined;
    const unknown = unknownName(text, words, from, to, false, ctx.directOpeners);
    return unknown ? { kind: 'explicit', speaker: unknown } : undefined;
  },
};
