import { carry } from '../../carry';
import { lexicon } from '../../../lexicon';
import type { SubjectRule } from './rule';

const SPACES_ONLY = /^ +$/;
export const pronounBefore: SubjectRule = {
  name: 'pronoun before the verb',
  why: 'A particle with a pronoun right before the verb ("لكنها اتهمت X بـ...") is the verb\'s subject: the last speaker of that gender; the actors after the verb are its objects.',
  examples: [
    { text: 'وقالت المفوضة ليلى بن سالم إن الحوار "ما زال ممكنا رغم كل شيء"، لكنها اتهمت الحكومة السودانية بـ"تعطيل وصول المساعدات إلى المخيمات".', quote: 'تعطيل وصول المساعدات إلى المخيمات', speaker: 'ليلى بن سالم' },
  ],
  apply({ text, words, from, ctx }) {
    // The word right before the verb (the cue starts at ctx.cueStart).
    let i = from - 1;
    while (i >= 0 && words[i]!.start > ctx.cueStart) i--;
    const before = words[i - 1];
    if (!before || !SPACES_ONLY.test(text.slice(before.end, ctx.cueStart))) return undefined;
    const gender = lexicon.subjectPronounParticles.get(before.norm);
    if (!gender || (ctx.gender !== gender && ctx.gender !== null && ctx.gender !== 'p')) return undefined;
    return carry(ctx.state, gender, ctx, text);
  },
};
