import { speakerOf, titleStem, titleWithoutConjunction } from '../../model';
import { holdsTitle } from '../../names';
import type { SubjectRule } from './rule';

export const titleOfBody: SubjectRule = {
  name: 'title of a body',
  why: 'A title without a name speaks for its body ("متحدث باسم الجيش"); "the spokeswoman of X" refers back to the spokeswoman already quoted.',
  examples: [
    { text: 'وقال متحدث باسم الجيش الإسرائيلي: "العملية ستستمر حتى تحقيق أهدافها".', quote: 'العملية ستستمر حتى تحقيق أهدافها', speaker: 'الجيش الإسرائيلي' },
    { text: 'وجاء في بيان صادر عن مكتب الناطق باسم الجيش اللبناني: "أعادت وحداتنا فتح الطريق الدولي".', quote: 'أعادت وحداتنا فتح الطريق الدولي', speaker: 'الجيش اللبناني' },
  ],
  apply(zone) {
    const { inZone, seenTitle, indefiniteSpokesperson } = zone.names();
    if (inZone.length === 0 || !seenTitle) return undefined;
    const { gender, state } = zone.ctx;
    if (!indefiniteSpokesperson && (gender === 'm' || gender === 'f')) {
      const s = state.byGender[gender];
      // (One introduced with another title — "المزارع X" — is not the spokesman of a body.)
      const title = titleStem(titleWithoutConjunction(zone.first));
      if (s && s !== 'anonymous' && s.person && holdsTitle(zone.text, zone.ctx, s, title)) return { kind: 'carry', speaker: s };
    }
    // "مستشار الرئيس X": a person's aide is not that person; the later rules decide.
    const body = inZone.find((z) => z.m.actor.type !== 'person');
    return body ? { kind: 'explicit', speaker: speakerOf(body.m, state) } : undefined;
  },
};
