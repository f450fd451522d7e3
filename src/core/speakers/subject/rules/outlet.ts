import { withoutConjunction } from '../../../clitics';
import { lexicon, stems } from '../../../speech';
import { carry } from '../../carry';
import { lowerBound } from '../../model';
import type { SubjectRule } from './rule';

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
    const addressee = /^[وف]?[لب]/.test(first) && !lexicon.mediaNouns.has(first);
    const outletFirst = [first, withoutConjunction(first)].some((s) => lexicon.mediaNouns.has(s));
    // "شبكة أطباء السودان" is a body the gazetteer knows, not an outlet.
    const firstMention = ctx.mentions[lowerBound(ctx.mentionStarts, zoneStart)];
    const end = words[from]!.end;
    const knownBody = !!firstMention && firstMention.start < end && firstMention.actor.type !== 'person' && firstMention.actor.type !== 'media' && (mediaAt === undefined || mediaAt >= end);
    if (!addressee && !knownBody && (outletFirst || (mediaAt !== undefined && mediaAt < end))) return { kind: 'anonymous' };
    // "وقالت لوكالة الأنباء:": whom a verb's words were said to; its subject is left out and carries over.
    if (addressee && stems(first).some((x) => lexicon.mediaNouns.has(x))) return ctx.attribution ? { kind: 'none' } : carry(ctx.state, ctx.gender, ctx, zone.text);
    return undefined;
  },
};
