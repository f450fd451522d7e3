import { opensTitledPerson, subjectReach, titledPerson } from '../../names';
import { zoneHasPerson } from '../reading';
import type { SubjectRule } from './rule';

export const titledPersonRule: SubjectRule = {
  name: 'person after a title',
  why: 'A title whose complement runs past the zone\'s stop ("المبعوث الأممي إلى اليمن X") leads up to the person who speaks.',
  examples: [
    { text: 'وقال المبعوث الأممي إلى اليمن هانس غروندبرغ: "الحل السياسي هو الطريق الوحيد".', quote: 'الحل السياسي هو الطريق الوحيد', speaker: 'هانس غروندبرغ' },
  ],
  apply(zone) {
    const { text, words, from, ctx } = zone;
    // (Its first word tested before the reach is read: most zones open with no title, and the reach reads up to 20 words.)
    if (zoneHasPerson(ctx, zone.zoneStart, zone.zoneEnd) || !opensTitledPerson(words, from)) return undefined;
    const titled = titledPerson(text, words, from, subjectReach(text, words, from, ctx), ctx);
    return titled ? { kind: 'explicit', speaker: titled } : undefined;
  },
};
