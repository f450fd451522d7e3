import { speakerOf } from '../../model';
import type { SubjectRule } from './rule';

export const namedBody: SubjectRule = {
  name: 'named body',
  why: 'With no title before it, the first actor named as the subject ("وقالت وزارة الصحة") speaks.',
  examples: [
    { text: 'وقالت وزارة الصحة في غزة: "المستشفيات خرجت عن الخدمة بالكامل".', quote: 'المستشفيات خرجت عن الخدمة بالكامل', speaker: 'وزارة الصحة في غزة' },
    { text: 'وجاء في البيان الصادر عن منظمة الصحة العالمية: "الإمدادات الطبية تكفي أياما فقط".', quote: 'الإمدادات الطبية تكفي أياما فقط', speaker: 'منظمة الصحة العالمية' },
    { text: 'وورد في تقرير لمنظمة العفو الدولية: "نصف المعتقلين لم يروا محاميا".', quote: 'نصف المعتقلين لم يروا محاميا', speaker: 'منظمة العفو الدولية' },
    { text: 'وورد في الإعلان الصادر عن وزارة الدفاع الروسية: "أسقطنا ثلاث طائرات مسيرة".', quote: 'أسقطنا ثلاث طائرات مسيرة', speaker: 'وزارة الدفاع الروسية' },
  ],
  apply(zone) {
    const { inZone, seenTitle } = zone.names();
    const head = inZone.find((z) => !z.complement);
    return head && !seenTitle ? { kind: 'explicit', speaker: speakerOf(head.m, zone.ctx.state) } : undefined;
  },
};
