import { lexicon } from '../../../speech';
import { carry } from '../../carry';
import type { SubjectRule } from './rule';

const WITH_PRONOUN = /^(.*?)(ها|ه)$/;
export const pronounSource: SubjectRule = {
  name: 'pronoun source',
  why: '"بحسب قوله", "وفق تعبيرها": the pronoun refers back to the last speaker of its gender.',
  examples: [
    { text: 'وتحدثت ماريا زاخاروفا عن المفاوضات. والموقف "لم يتغير منذ شهور طويلة"، بحسب قولها.', quote: 'لم يتغير منذ شهور طويلة', speaker: 'ماريا زاخاروفا' },
  ],
  apply({ first, ctx, text }) {
    const pron = WITH_PRONOUN.exec(first);
    if (!pron || !(lexicon.pronounSources.has(pron[1]!) || lexicon.pronounSources.has(first))) return undefined;
    return carry(ctx.state, pron[2] === 'ها' ? 'f' : 'm', ctx, text);
  },
};
