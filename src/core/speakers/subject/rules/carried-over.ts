import { carry } from '../../carry';
import { isDefinite, isTitle, officeSpeaker, titleStem, titleWithoutConjunction } from '../../model';
import { holdsTitle } from '../../names';
import type { ResolveContext, Speaker } from '../../model';
import type { SubjectRule } from './rule';
import type { SubjectZone } from '../zone';
import { lexicon } from '../../../lexicon';

/** How many cues back a definite title ("الوزير") looks for the speaker introduced with it. */
const HOLDER_REACH = 12;

export const carriedOver: SubjectRule = {
  name: 'carried over',
  why: 'Only titles, pronouns or an object ("وأضاف المتحدث:", "وأكد رفض ..."): the subject is left out and carries over; an office held by someone not named yet ("وقال قائد السفينة") is an unnamed person.',
  examples: [
    { text: 'وقال دميتري بيسكوف إن الكرملين يتابع الوضع. وأكد المتحدث: "موقفنا معروف للجميع".', quote: 'موقفنا معروف للجميع', speaker: 'دميتري بيسكوف' },
    { text: 'وأعلنت الناطقة سارة الحلبي أن القافلة وصلت. وأضافت الناطقة: "الطريق ما زال خطرا".', quote: 'الطريق ما زال خطرا', speaker: 'سارة الحلبي' },
    { text: 'افتتح مجلس الأمن جلسته بعد الظهر. وقال المندوب الصيني: "لا حل عسكريا لهذه الحرب مهما طالت".', quote: 'لا حل عسكريا لهذه الحرب مهما طالت', speaker: 'المندوب الصيني' },
  ],
  apply(zone) {
    const { ctx, text, first, from, to } = zone;
    const { definiteTitle } = zone.names();
    // An attribution phrase naming no one says nothing.
    if (ctx.attribution && !definiteTitle) return { kind: 'none' };
    const carried = carry(ctx.state, ctx.gender, ctx, text);
    // "ورد الوزير": the definite title refers back to who was introduced with it, not to whoever spoke last.
    if (definiteTitle && isDefinite(first) && isTitle(first)) {
      const title = titleStem(titleWithoutConjunction(first));
      const holder = lastHolderOf(ctx, text, title);
      if (holder) return { kind: 'carry', speaker: holder };
      // "وكانت المندوبة الأميركية قد أكدت": with no one to go back to, a title and a nationality is that office, unnamed
      // (one quoted before may be called so: "المسؤول الأذربيجاني" after his name and another title).
      const office = carried.kind === 'none' || carried.kind === 'anonymous' ? officeOfNationality(zone) : null;
      if (office) return { kind: 'explicit', speaker: office };
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

/** The zone is a definite title and a nationality adjective ("المندوبة الأميركية", "السفير الروسي"): that office as a speaker. */
function officeOfNationality(zone: SubjectZone): Speaker | null {
  const { words, from, to, text, ctx } = zone;
  if (to !== from + 2 || !lexicon.nationalities.has(words[from + 1]!.norm)) return null;
  // (The office's words without a leading و/ف: "والمندوب".)
  const start = words[from]!.start + (/^[وف]ال/.test(text.slice(words[from]!.start, words[from]!.start + 3)) ? 1 : 0);
  return officeSpeaker(text, start, words[from + 1]!.end, ctx.gender);
}
