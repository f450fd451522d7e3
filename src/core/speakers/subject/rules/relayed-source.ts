import type { SubjectRule } from './rule';

export const relayedSource: SubjectRule = {
  name: 'relayed source',
  why: 'After a verb of passing words on, the speaker is whoever stands after "عن" ("نقلت الوكالة عن X"), not the one passing them on.',
  examples: [
    { text: 'ونقلت وكالة الأنباء عن فولوديمير زيلينسكي قوله: "لن نتنازل عن أي شبر من أرضنا".', quote: 'لن نتنازل عن أي شبر من أرضنا', speaker: 'فولوديمير زيلينسكي' },
  ],
  apply(zone) {
    const { ctx, words, to } = zone;
    if (!ctx.relay || words[to]?.norm !== 'عن') return undefined;
    return zone.resolveAt(to + 1, { ...ctx, relay: false, attribution: true, gender: null });
  },
};
