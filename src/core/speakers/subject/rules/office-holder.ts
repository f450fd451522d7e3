import { lexicon } from '../../../lexicon';
import type { Word } from '../../../speech';
import { carry, clauseSubject } from '../../carry';
import { isComplementHead, isDefinite, isSpokesperson, isStop, isTitle, officeSpeaker, titleInTaPrintedWithHa, titleStem, titleWithoutConjunction } from '../../model';
import { holdsTitle } from '../../names';
import type { SubjectRule } from './rule';

export const officeHolder: SubjectRule = {
  name: 'office holder not named',
  why: 'An office in construct with what it heads ("وقال قائد السفينة"، "أكد وزير الخارجية السوداني") names one person even unnamed, unless the last speaker was introduced with that office; "its" office ("وقال ممثله الخاص") speaks for the subject of the clause before.',
  examples: [
    { text: 'وقال المتحدث العسكري يحيى سريع إن القوات استهدفت السفينة.\nوقال قائد السفينة للهيئة إن "انفجارا وقع بالقرب منا دون إصابات".', quote: 'انفجارا وقع بالقرب منا دون إصابات', speaker: 'قائد السفينة' },
    { text: 'افتتح المهرجان دورته العاشرة مساء أمس، في ما وصفه مدير المهرجان بأنه "أكبر دورة في تاريخ المدينة".', quote: 'أكبر دورة في تاريخ المدينة', speaker: 'مدير المهرجان' },
    { text: 'وأشار رئيس شعبة المخابز في الغرفة التجارية إلى أن أصحاب الأفران "ينتظرون زيادة الحصص منذ أشهر".', quote: 'ينتظرون زيادة الحصص منذ أشهر', speaker: 'رئيس شعبة المخابز' },
  ],
  apply(zone) {
    const { text, words, from, to, ctx, first } = zone;
    const head = titleWithoutConjunction(first);
    if (to < from + 2 || isDefinite(head) || !isTitle(head) || isSpokesperson(head) || zone.names().namedAnyone) return undefined;
    // "وكان الاتحاد الأوروبي قد مدد …، وقال ممثله الخاص": "its" office speaks for the subject of the clause before.
    if (titleInTaPrintedWithHa(text, words[from]!)) return clauseSubject(ctx, null, text) ?? undefined;
    if (/[،,]/.test(text.slice(words[from]!.end, words[from + 1]!.start))) return undefined;
    let end = from + 1;
    while (end < to && officeWord(words[end]!.norm, end === from + 1)) end++;
    // ("قائد ميداني" is indefinite: a source, not an office of one person.)
    // (Tested before the carry below, which reads back over the text: either test alone says undefined.)
    if (!words.slice(from + 1, end).some((w) => isDefinite(w.norm)) && !placeAfterTitle(text, words, from, end)) return undefined;
    // Whose office is "قائد السفينة": the last speaker, when the text introduced them with it.
    const carried = carry(ctx.state, ctx.gender, ctx, text);
    const title = titleStem(head);
    if (carried.kind === 'carry' && holdsTitle(text, ctx, carried.speaker, title)) return undefined;
    return { kind: 'explicit', speaker: officeSpeaker(text, words[from]!.start, words[end - 1]!.end, ctx.gender) };
  },
};

/** A word of the office's name: a definite word (not one behind ل or ب: "للهيئة" is whom it was said to), or a noun in construct right after the title ("شعبة"). */
function officeWord(w: string, right: boolean): boolean {
  if (/^(لل|بال)/.test(w)) return false;
  return isDefinite(w) || (right && isComplementHead(w)) || (right && !isTitle(w) && /^[\u0621-\u064A]+$/.test(w) && !/^[لب]/.test(w));
}

/**
 * "وقال محافظ حمص في تصريح": a title and one word that is no common word, then a stop ("في") or a mark: the
 * word names the place the office is of (a name without the article).
 */
function placeAfterTitle(text: string, words: Word[], from: number, end: number): boolean {
  const place = words[from + 1];
  // (A plural in ات is a common noun: "مدير مبيعات في شركة", a source.)
  if (end !== from + 2 || !place || lexicon.commonWords.has(place.norm) || isTitle(place.norm) || place.norm.endsWith('ات')) return false;
  const next = words[end];
  return !next || /[.،,:؛!?؟]/.test(text.slice(place.end, next.start)) || isStop(next.norm);
}
