import { LINE_BREAK, lineStartOf, refOf } from '../model';
import { lastCueBefore } from './cues';
import type { SpeakerRule } from './rule';

/** Where the previous non-empty line starts, when `at` opens its own line; else null. */
function previousParagraph(text: string, at: number): number | null {
  let i = at - 1;
  while (i >= 0 && /[ \t\u00A0]/.test(text[i]!)) i--;
  if (i >= 0 && !LINE_BREAK.test(text[i]!)) return null;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0 || at - i > 2000) return null;
  return lineStartOf(text, i);
}

export const paragraphBefore: SpeakerRule = {
  name: 'paragraph before',
  why: 'A quote that opens its paragraph goes on from the last speaker of the paragraph before.',
  examples: [
    {
      text: 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو منفتحة على الحوار، مشيرا إلى أن شروطها لم تتغير.\n\n"على الغرب أن يدرك أن روسيا لن تتراجع عن أهدافها".',
      quote: 'على الغرب أن يدرك أن روسيا لن تتراجع عن أهدافها',
      speaker: 'دميتري بيسكوف',
    },
  ],
  apply(zone) {
    const para = previousParagraph(zone.text, zone.outerStart);
    const cue = para !== null ? lastCueBefore(zone.cues, zone.cueStarts, para, zone.outerStart) : null;
    return cue ? { speaker: refOf(cue.resolution) } : undefined;
  },
};
