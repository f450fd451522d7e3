import { lexicon, stems } from '../../../speech';
import { carry } from '../../carry';
import { isDocument } from '../../model';
import type { SubjectRule } from './rule';

export const anonymousSource: SubjectRule = {
  name: 'anonymous source',
  why: 'An indefinite source ("مصدر في الوزارة", "مسؤول أمني") names nobody: the quote has no speaker.',
  examples: [
    { text: 'وقال مصدر عسكري مطلع: "القوات تستعد لهجوم واسع خلال أيام".', quote: 'القوات تستعد لهجوم واسع خلال أيام', speaker: null },
    { text: 'وجاء في تقرير نشر أمس: "الأسعار تضاعفت منذ الصيف".', quote: 'الأسعار تضاعفت منذ الصيف', speaker: null },
    { text: 'وقال رئيس بلدية دير البلح نزار عياش، في تصريح لمراسلنا، إن "المياه لا تكفي نصف السكان".', quote: 'المياه لا تكفي نصف السكان', speaker: 'نزار عياش' },
  ],
  apply(zone) {
    const { first, ctx, words, from } = zone;
    if (!stems(first).some((s) => lexicon.anonymous.has(s))) return undefined;
    // "جاء في تقرير لمنظمة العفو الدولية": a report a body issued speaks for the body (./named-body).
    if (ctx.attribution && isDocument(first) && zone.names().inZone.some((z) => z.m.actor.type !== 'person')) return undefined;
    // "وجاء في تقرير للمنظمة": a body named before by that noun issued it (./institution-noun).
    if (ctx.attribution && isDocument(first) && /^ل/.test(words[from + 1]?.norm ?? '') && stems(words[from + 1]!.norm).some((s) => lexicon.institutionNouns.has(s))) return undefined;
    // "في تصريح لمراسلنا": whom the words were said to; the phrase names no speaker.
    const addressee = ctx.attribution && /^[وف]?ل/.test(first) && isDocument(words[from - 1]?.norm ?? '');
    if (addressee) return { kind: 'none' };
    // "وقالت لمراسلنا عبر الهاتف:": whom a verb's words were said to; its subject is left out.
    if (!ctx.attribution && /^ل/.test(first) && from + 1 >= zone.to) return carry(ctx.state, ctx.gender, ctx, zone.text);
    return { kind: 'anonymous' };
  },
};
