import { speakerOf } from '../../model';
import type { SubjectRule } from './rule';

export const namedBody: SubjectRule = {
  name: 'named body',
  why: 'With no title before it, the first actor named as the subject ("وقالت وزارة الصحة") speaks.',
  examples: [
    { text: 'وقالت وزارة الصحة في غزة: "المستشفيات خرجت عن الخدمة بالكامل".', quote: 'المستشفيات خرجت عن الخدمة بالكامل', speaker: 'وزارة الصحة في غزة' },
  ],
  apply(zone) {
    const { inZone, seenTitle } = zone.names();
    const head = inZone.find((z) => !z.complement);
    return head && !seenTitle ? { kind: 'explicit', speaker: speakerOf(head.m, zone.ctx.state) } : undefined;
  },
};
