import { carry } from '../../carry';
import { isDefinite, isTitle, titleStem, titleWithoutConjunction } from '../../model';
import { holdsTitle } from '../../names';
import type { ResolveContext, Speaker } from '../../model';
import type { SubjectRule } from './rule';

/** How many cues back a definite title ("الوزير") looks for the speaker introduced with it. */
const HOLDER_REACH = 12;

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
    // "ورد الوزير": the definite title refers back to who was introduced with it, not to whoever spoke last.
    if (definiteTitle && isDefinite(first) && isTitle(first)) {
      const holder = lastHolderOf(ctx, text, titleStem(titleWithoutConjunction(first)));
      if (holder) return { kind: 'carry', speaker: holder };
    }
    // "وقال قائد السفينة" refers back only to a speaker introduced with that office ("مدرب" for "سعد الشهري، مدرب الاتفاق").
    if (carried.kind === 'carry' && definiteTitle && !isDefinite(first) && isTitle(first) && from + 1 < to) {
      const title = titleStem(titleWithoutConjunction(first));
      if (!holdsTitle(text, ctx, carried.speaker, title)) return { kind: 'anonymous' };
    }
    return carried;
  },
};

/** The latest speaker of the cues read who holds the title (introduced with it) and agrees with the verb. */
function lastHolderOf(ctx: ResolveContext, text: string, title: string): Speaker | null {
  const seen = new Set<string>();
  for (let k = ctx.cues.length - 1; k >= 0 && k >= ctx.cues.length - HOLDER_REACH; k--) {
    const r = ctx.cues[k]!.resolution;
    if ((r.kind !== 'explicit' && r.kind !== 'carry') || seen.has(r.speaker.key) || !r.speaker.person) continue;
    seen.add(r.speaker.key);
    if (ctx.gender && ctx.gender !== 'p' && r.speaker.gender && r.speaker.gender !== ctx.gender) continue;
    if (holdsTitle(text, ctx, r.speaker, title)) return r.speaker;
  }
  return null;
}
