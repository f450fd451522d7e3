import { carry } from '../../carry';
import { isDefinite, isTitle, titleStem, titleWithoutConjunction } from '../../model';
import { namedNearTitle } from '../../names';
import type { SubjectRule } from './rule';

export const carriedOver: SubjectRule = {
  name: 'carried over',
  why: 'Only titles, pronouns or an object ("وأضاف المتحدث:", "وأكد رفض ..."): the subject is left out and carries over; an office held by someone not named yet ("وقال قائد السفينة") is an unnamed person.',
  examples: [
    { text: 'وقال دميتري بيسكوف إن الكرملين يتابع الوضع. وأكد المتحدث: "موقفنا معروف للجميع".', quote: 'موقفنا معروف للجميع', speaker: 'دميتري بيسكوف' },
    { text: 'وأعلنت الناطقة سارة الحلبي أن القافلة وصلت. وأضافت الناطقة: "الطريق ما زال خطرا".', quote: 'الطريق ما زال خطرا', speaker: 'سارة الحلبي' },
  ],
  apply(zone) {
    const { ctx, text, first, from, to } = zone;
    const { definiteTitle } = zone.names();
    // An attribution phrase naming no one says nothing.
    if (ctx.attribution && !definiteTitle) return { kind: 'none' };
    const carried = carry(ctx.state, ctx.gender, ctx, text);
    // "وقال قائد السفينة" refers back only to a speaker introduced with that office ("مدرب" for "سعد الشهري، مدرب الاتفاق").
    if (carried.kind === 'carry' && definiteTitle && !isDefinite(first) && isTitle(first) && from + 1 < to) {
      const title = titleStem(titleWithoutConjunction(first));
      if (!ctx.state.titles.get(carried.speaker.key)?.has(title) && !namedNearTitle(text, ctx, carried.speaker, title)) return { kind: 'anonymous' };
    }
    return carried;
  },
};
