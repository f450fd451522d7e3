import { speakerOf } from '../../model';
import type { SubjectRule } from './rule';

export const namedPerson: SubjectRule = {
  name: 'named person',
  why: 'A person named as the subject, not as a title\'s complement, speaks; one the gazetteer knows beats one found by a role alone.',
  examples: [
    { text: 'وقال وزير الخارجية الروسي سيرغي لافروف: "لا نرى أي رغبة حقيقية في الحوار".', quote: 'لا نرى أي رغبة حقيقية في الحوار', speaker: 'سيرغي لافروف' },
    { text: 'وقالت المتحدثة باسم البلدية سلمى الحداد: "المياه مقطوعة عن نصف الأحياء".', quote: 'المياه مقطوعة عن نصف الأحياء', speaker: 'سلمى الحداد' },
  ],
  apply(zone) {
    const persons = zone.names().inZone.filter((z) => !z.complement && z.m.actor.type === 'person');
    const person = persons.find((z) => z.m.actor.id !== null) ?? persons[0];
    return person ? { kind: 'explicit', speaker: speakerOf(person.m, zone.ctx.state) } : undefined;
  },
};
