import { withoutConjunction } from '../../../clitics';
import { lexicon, stems } from '../../../speech';
import { carry } from '../../carry';
import { lowerBound, type ResolveContext } from '../../model';
import { lastBodyNamed } from '../reading';
import type { SubjectRule } from './rule';

/** /^[وف]?[لب]/ by code. */
const prepositionFirst = (w: string): boolean => {
  const c = w.charCodeAt(0) === 0x648 || w.charCodeAt(0) === 0x641 ? w.charCodeAt(1) : w.charCodeAt(0);
  return c === 0x644 || c === 0x628;
};
export const outlet: SubjectRule = {
  name: 'outlet',
  why: 'A news outlet reports ("ذكرت صحيفة ...", "وقالت سانا"); behind ل or ب it is whom the words were said to ("في تصريح لقناة ..."): no actor spoke.',
  examples: [
    { text: 'وقالت صحيفة محلية إن المدينة شهدت اشتباكات عنيفة، وأضافت: "السكان يفرون منذ الفجر".', quote: 'السكان يفرون منذ الفجر', speaker: null },
    { text: 'وكانت رنا الصباغ تنتظر أخاها عند المعبر منذ الصباح. وقالت لوكالة الأنباء الألمانية: "لم يصل أحد بعد ولا نعرف السبب".', quote: 'لم يصل أحد بعد ولا نعرف السبب', speaker: 'رنا الصباغ' },
  ],
  apply(zone) {
    const { ctx, first, words, from, zoneStart } = zone;
    const mediaAt = ctx.media[lowerBound(ctx.media, zoneStart)];
    const addressee = prepositionFirst(first) && !lexicon.mediaNouns.has(first);
    const outletFirst = [first, withoutConjunction(first)].some((s) => lexicon.mediaNouns.has(s));
    // "شبكة أطباء السودان" is a body the gazetteer knows, not an outlet.
    const firstMention = ctx.mentions[lowerBound(ctx.mentionStarts, zoneStart)];
    const end = words[from]!.end;
    const knownBody = !!firstMention && firstMention.start < end && firstMention.actor.type !== 'person' && firstMention.actor.type !== 'media' && (mediaAt === undefined || mediaAt >= end);
    if (outletFirst && bodyOfThatNoun(ctx, first, zoneStart)) return undefined;
    if (!addressee && !knownBody && (outletFirst || (mediaAt !== undefined && mediaAt < end))) return { kind: 'anonymous' };
    // "وقالت لوكالة الأنباء:": whom a verb's words were said to; its subject is left out and carries over.
    if (addressee && stems(first).some((x) => lexicon.mediaNouns.has(x))) return ctx.attribution ? { kind: 'none' } : carry(ctx.state, ctx.gender, ctx, zone.text);
    return undefined;
  },
};

/**
 * "وكتبت الوكالة" after "وكالة الأمم المتحدة لإغاثة …" was named, no news outlet since: a noun both
 * of outlets and of institutions ("الوكالة") is that body (the institution-noun rule names it).
 */
function bodyOfThatNoun(ctx: ResolveContext, first: string, zoneStart: number): boolean {
  const noun = [first, withoutConjunction(first)].find((s) => s.startsWith('ال') && lexicon.institutionNouns.has(s));
  const body = noun ? lastBodyNamed(ctx, noun.slice(2)) : null;
  if (!body || body.actor.type === 'media') return false;
  const media = ctx.media[lowerBound(ctx.media, body.end)];
  return media === undefined || media >= zoneStart;
}
