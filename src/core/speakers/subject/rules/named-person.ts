import { withoutConjunction } from '../../../clitics';
import { givenNames } from '../../../lexicon/given-names';
import { isTitleOrSpokespersonWord, speakerOf } from '../../model';
import type { SubjectZone } from '../zone';
import type { SubjectRule } from './rule';

export const namedPerson: SubjectRule = {
  name: 'named person',
  why: 'A person named as the subject, not as a title\'s complement, speaks; one the gazetteer knows beats one found by a role alone. A body that opens the zone and ends in the office the person holds ("مكتب رئيس الوزراء X") speaks itself.',
  examples: [
    { text: 'وقال وزير الخارجية الروسي سيرغي لافروف: "لا نرى أي رغبة حقيقية في الحوار".', quote: 'لا نرى أي رغبة حقيقية في الحوار', speaker: 'سيرغي لافروف' },
    { text: 'وقالت المتحدثة باسم البلدية سلمى الحداد: "المياه مقطوعة عن نصف الأحياء".', quote: 'المياه مقطوعة عن نصف الأحياء', speaker: 'سلمى الحداد' },
    { text: 'وتقول جارة سلوى، الممرضة المتقاعدة نجوى الأيوبي، إن "الحي كله صار بلا ماء منذ أسبوعين".', quote: 'الحي كله صار بلا ماء منذ أسبوعين', speaker: 'نجوى الأيوبي' },
    { text: 'وأكد مكتب رئيس الوزراء الإسرائيلي نتنياهو في بيان مقتضب: "الوفد لن يسافر قبل تلقي الرد".', quote: 'الوفد لن يسافر قبل تلقي الرد', speaker: 'مكتب رئيس الوزراء الإسرائيلي' },
  ],
  apply(zone) {
    const named = zone.names().inZone.filter((z) => !z.complement && z.m.actor.type === 'person');
    // ("تقول جارة آنا، المعلمة X Y، إن": the person whose kin is named is no subject when the kin is named after.)
    const persons = named.length > 1 ? named.filter((z) => !afterKinNoun(zone, z.m.start)) : named;
    const person = persons.find((z) => z.m.actor.id !== null) ?? persons[0];
    if (!person) return undefined;
    const body = bodyBefore(zone, person.m.start);
    return { kind: 'explicit', speaker: speakerOf(body ?? person.m, zone.ctx.state) };
  },
};

/** The body that opens the zone and runs up to the person's name with nothing but spaces between ("مكتب رئيس الوزراء X"). */
function bodyBefore(zone: SubjectZone, personStart: number) {
  const opening = zone.names().inZone[0];
  const first = opening?.m;
  // (Only a body of the gazetteer: "مكتب الأمين العام للأمم المتحدة X" read as a body the lists lack is X's office, X speaks.)
  if (!first || opening.complement || first.actor.type === 'person' || first.actor.id === null || first.start > zone.words[zone.from]!.start + 2) return undefined;
  // (A zone read from inside a title's complement, "المتحدث باسم | الكرملين X", opens with no body of its own.)
  const before = zone.words[zone.from - 1];
  if (before && (before.norm === 'باسم' || isTitleOrSpokespersonWord(before))) return undefined;
  return /^[ \u00A0]+$/.test(zone.text.slice(first.end, personStart)) ? first : undefined;
}

/** A kin noun in construct (data/given-names.json kinInConstruct: "جارة", "والدة") right before `start`. */
function afterKinNoun(zone: SubjectZone, start: number): boolean {
  let k = zone.words.length - 1;
  while (k >= 0 && zone.words[k]!.end > start) k--;
  const before = zone.words[k];
  return !!before && /^[ \u00A0]+$/.test(zone.text.slice(before.end, start)) && givenNames().kinInConstruct.has(withoutConjunction(before.norm));
}
