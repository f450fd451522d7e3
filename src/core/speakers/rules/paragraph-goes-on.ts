import type { SpeakerRef } from '../../types';
import { isLineBreakCode } from '../../chars';
import { lowerBound, refOf } from '../model';
import type { SpeakerRule } from './rule';

/** How far the previous quote may end before this one, in its paragraph. */
const MAX_GAP = 300;

/** The same speaker: the same actor, or the same name the gazetteer lacks. */
const same = (a: SpeakerRef, b: SpeakerRef) => (a.id !== null ? a.id === b.id : b.id === null && a.name === b.name);

export const paragraphGoesOn: SpeakerRule = {
  name: 'goes on in its paragraph',
  why: 'A quote opening a sentence with no cue of its own, after a quote of the same paragraph, goes on with that speaker when no one else speaks between ("«...»، قال X، وهو صياد. «...»").',
  examples: [
    {
      text: 'تضررت عشرات القوارب في الميناء.\n"فقدت قاربي الثاني هذا الشهر"، قال الصياد منذر كحيل، وهو يرتق شباكه. "لا أعرف كيف سأطعم أولادي بعد اليوم".',
      quote: 'لا أعرف كيف سأطعم أولادي بعد اليوم',
      speaker: 'منذر كحيل',
    },
    {
      text: 'تواصل القصف على المدينة.\nوقالت الممرضة سلوى الأمين: "نعمل منذ يومين دون نوم". ولم تتوقف سيارات الإسعاف عن الوصول طوال الليل. "كل ساعة يصل جرحى جدد إلى القسم".',
      quote: 'كل ساعة يصل جرحى جدد إلى القسم',
      speaker: 'سلوى الأمين',
    },
  ],
  apply(zone) {
    const { text, previous, outerStart } = zone;
    if (!previous?.speaker || outerStart - previous.outerEnd > MAX_GAP) return undefined;
    for (let i = previous.outerEnd; i < outerStart; i++) if (isLineBreakCode(text.charCodeAt(i))) return undefined;
    // A sentence that names someone on its way to the quote ("غير أن X يختصر المشهد: «...»") introduces another voice.
    const named = zone.mentions[lowerBound(zone.mentionStarts, Math.max(zone.sentenceFrom, previous.outerEnd))];
    if (named && named.start < outerStart) return undefined;
    // Anyone else who speaks between the two quotes takes the floor.
    for (let k = lowerBound(zone.cueStarts, previous.outerEnd); k < zone.cues.length && zone.cues[k]!.start < outerStart; k++) {
      const ref = refOf(zone.cues[k]!.resolution);
      if (!ref || !same(ref, previous.speaker)) return undefined;
    }
    return { speaker: previous.speaker };
  },
};
