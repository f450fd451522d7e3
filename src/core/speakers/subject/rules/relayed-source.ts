import { carry } from '../../carry';
import { lexicon } from '../../../lexicon';
import { lowerBound, mentionAgrees, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

export const relayedSource: SubjectRule = {
  name: 'relayed source',
  why: 'After a verb of passing words on, the speaker is whoever stands after "عن" ("نقلت الوكالة عن X"), not the one passing them on.',
  examples: [
    { text: 'ونقلت وكالة الأنباء عن فولوديمير زيلينسكي قوله: "لن نتنازل عن أي شبر من أرضنا".', quote: 'لن نتنازل عن أي شبر من أرضنا', speaker: 'فولوديمير زيلينسكي' },
    { text: 'وكانت ماريا زاخاروفا قد انتقدت الخطة أمس. ونقلت عنها وكالة محلية قولها: "لن نقبل بأي وصاية على قرارنا".', quote: 'لن نقبل بأي وصاية على قرارنا', speaker: 'ماريا زاخاروفا' },
    { text: 'ونقل مكتب رئيس الوزراء محمد مصطفى عنه قوله: "الإعمار يبدأ من المدارس".', quote: 'الإعمار يبدأ من المدارس', speaker: 'محمد مصطفى' },
    { text: 'ونقلت وزارة الخارجية الروسية عن سيرغي لافروف أنه التقى نظيره. ونقل المكتب الإعلامي للوزارة عنه قوله: "الحوار مستمر".', quote: 'الحوار مستمر', speaker: 'سيرغي لافروف' },
  ],
  apply(zone) {
    const { ctx, words, to } = zone;
    // "نقلت عنها الوكالة": passed on from the last speaker of that gender.
    const pronoun = ctx.relay ? lexicon.relayPrepositionPronouns.get(zone.first) : undefined;
    if (pronoun) return carry(ctx.state, pronoun, ctx, zone.text);
    // "ونقل مكتب رئيس المجلس X عنه قوله": passed on from the person the relayer's name holds, else the last speaker of that gender.
    const at = ctx.relay ? words.slice(zone.from, to).findIndex((w) => lexicon.relayPrepositionPronouns.has(w.norm)) : -1;
    if (at > 0) {
      const gender = lexicon.relayPrepositionPronouns.get(words[zone.from + at]!.norm)!;
      const before = words[zone.from + at]!.start;
      const named = ctx.mentions.slice(lowerBound(ctx.mentionStarts, words[zone.from]!.start), lowerBound(ctx.mentionStarts, before));
      const holder = named.find((m) => m.actor.type === 'person' && mentionAgrees(m, gender, ctx.state));
      return holder ? { kind: 'explicit', speaker: speakerOf(holder, ctx.state) } : carry(ctx.state, gender, ctx, zone.text);
    }
    if (!ctx.relay || !lexicon.relayPrepositions.has(words[to]?.norm ?? '')) return undefined;
    return zone.resolveAt(to + 1, { ...ctx, relay: false, attribution: true, gender: null });
  },
};
