import { carry } from '../../carry';
import { lexicon } from '../../../lexicon';
import type { SubjectRule } from './rule';

export const relayedSource: SubjectRule = {
  name: 'relayed source',
  why: 'After a verb of passing words on, the speaker is whoever stands after "عن" ("نقلت الوكالة عن X"), not the one passing them on.',
  examples: [
    { text: 'ونقلت وكالة الأنباء عن فولوديمير زيلينسكي قوله: "لن نتنازل عن أي شبر من أرضنا".', quote: 'لن نتنازل عن أي شبر من أرضنا', speaker: 'فولوديمير زيلينسكي' },
    { text: 'وكانت ماريا زاخاروفا قد انتقدت الخطة أمس. ونقلت عنها وكالة محلية قولها: "لن نقبل بأي وصاية على قرارنا".', quote: 'لن نقبل بأي وصاية على قرارنا', speaker: 'ماريا زاخاروفا' },
  ],
  apply(zone) {
    const { ctx, words, to } = zone;
    // "نقلت عنها الوكالة": passed on from the last speaker of that gender.
    const pronoun = ctx.relay ? lexicon.relayPrepositionPronouns.get(zone.first) : undefined;
    if (pronoun) return carry(ctx.state, pronoun, ctx, zone.text);
    if (!ctx.relay || !lexicon.relayPrepositions.has(words[to]?.norm ?? '')) return undefined;
    return zone.resolveAt(to + 1, { ...ctx, relay: false, attribution: true, gender: null });
  },
};
