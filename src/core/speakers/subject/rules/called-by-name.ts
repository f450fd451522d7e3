import { givenNames } from '../../../lexicon/given-names';
import { lowerBound, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** How many words may describe the one named before the naming word ("مشجع مغربي شاب يدعى X"). */
const MAX_DESCRIPTION = 3;

export const calledByName: SubjectRule = {
  name: 'called by name',
  why: 'A subject described, then a word that says what they are called ("وقال مشجع مغربي يدعى X، …") is X, no unnamed source.',
  examples: [
    { text: 'وقال المدرب حسن الإدريسي إن فريقه تعب. وقال متفرج تونسي يدعى رامي الشابي، وهو ممرض، إن الجمهور صفق للفريق، مضيفا: «كلنا رابحون في هذه البطولة».', quote: 'كلنا رابحون في هذه البطولة', speaker: 'رامي الشابي' },
    { text: 'وقال الوزير كريم داود إن المعبر مغلق. وقالت سيدة تدعى هالة النمر للصحفيين: "لم نر شاحنة واحدة منذ أسبوع".', quote: 'لم نر شاحنة واحدة منذ أسبوع', speaker: 'هالة النمر' },
  ],
  apply({ words, from, to, ctx }) {
    if (to <= from || to - from > MAX_DESCRIPTION || ctx.attribution || !givenNames().namingWords.has(words[to]?.norm ?? '')) return undefined;
    const after = words[to + 1];
    const m = after ? ctx.mentions[lowerBound(ctx.mentionStarts, after.start)] : undefined;
    return m && m.start === after!.start && m.actor.type === 'person' ? { kind: 'explicit', speaker: speakerOf(m, ctx.state) } : undefined;
  },
};
