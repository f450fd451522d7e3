import { lexicon, stems } from '../../../speech';
import { carry } from '../../carry';
import { isDefinite, isDocument, isStop, isTitle, lowerBound, titleWithoutConjunction } from '../../model';
import { inIt } from '../reading';
import type { SubjectZone } from '../zone';
import type { SubjectRule } from './rule';

export const anonymousSource: SubjectRule = {
  name: 'anonymous source',
  why: 'An indefinite source ("مصدر في الوزارة", "مسؤول أمني") names nobody: the quote has no speaker.',
  examples: [
    { text: 'وقال مصدر عسكري مطلع: "القوات تستعد لهجوم واسع خلال أيام".', quote: 'القوات تستعد لهجوم واسع خلال أيام', speaker: null },
    { text: 'وجاء في تقرير نشر أمس: "الأسعار تضاعفت منذ الصيف".', quote: 'الأسعار تضاعفت منذ الصيف', speaker: null },
    { text: 'وقال رئيس بلدية دير البلح نزار عياش في تصريح لمراسلنا إن "المياه لا تكفي نصف السكان".', quote: 'المياه لا تكفي نصف السكان', speaker: 'نزار عياش' },
    { text: 'وقال مصدر مقرب من الرئيس فلاديمير بوتين إن "الكرملين لن يرد قبل الأسبوع المقبل".', quote: 'الكرملين لن يرد قبل الأسبوع المقبل', speaker: null },
    { text: 'ووقف المزارع حسان الطويل قرب بئره الجافة، وقال لمراسل الصحيفة: "لم نر المطر منذ شهرين كاملين".', quote: 'لم نر المطر منذ شهرين كاملين', speaker: 'حسان الطويل' },
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
    // "وقالت لمراسلنا عبر الهاتف:", "وقال لمراسلة الصحيفة:": whom a verb's words were said to (with the outlet it
    // works for); its subject is left out.
    if (!ctx.attribution && /^ل/.test(first) && words.slice(from + 1, zone.to).every((w) => isDefinite(w.norm)) && zone.to - from <= 3) return carry(ctx.state, ctx.gender, ctx, zone.text);
    // "وقالت مسؤولة الإعلام فيها، X Y:": an official named in apposition, set off by a comma, is no anonymous source.
    if (namedInApposition(zone)) return undefined;
    return { kind: 'anonymous' };
  },
};

/**
 * A person named in the zone after a comma ("مسؤولة الإعلام فيها، X Y"), or right after definite words that
 * complete the noun ("رجل الأعمال التركي X Y"): the source is named.
 */
function namedInApposition(zone: SubjectZone): boolean {
  const { words, from, to, ctx, text } = zone;
  for (let k = lowerBound(ctx.mentionStarts, words[from]!.end); k < ctx.mentions.length && ctx.mentions[k]!.start < words[to - 1]!.end; k++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type !== 'person') continue;
    if (/[،,][ \u00A0]*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
    const between = words.slice(from + 1, to).filter((w) => w.end <= m.start);
    if (between.length === 0 || /[،,]/.test(text.slice(words[from]!.end, m.start))) return false;
    // ("خبير نزع الألغام السوداني الدكتور X Y": the noun's complement, then a title right before the name.)
    const titled = isTitle(titleWithoutConjunction(between[between.length - 1]!.norm)) && between.every((w) => !isStop(w.norm));
    // ("مسؤولة السياسة الخارجية فيه X Y": "in it", of the body named before, completes the noun too.)
    return titled || between.every((w) => isDefinite(w.norm) || inIt(w.norm));
  }
  return false;
}
