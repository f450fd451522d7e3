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

/** The paragraph from `start` (up to `end`) is one short question and nothing else. */
function asksOnly(text: string, start: number, end: number): boolean {
  const paragraph = text.slice(start, end).trim();
  return paragraph.length <= 200 && paragraph.endsWith('؟') && !/[.!؟?]/.test(paragraph.slice(0, -1));
}

export const paragraphBefore: SpeakerRule = {
  name: 'paragraph before',
  why: 'A quote that opens its paragraph goes on from the last speaker of the paragraph before, or of the one before an interviewer\'s question.',
  examples: [
    {
      text: 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو منفتحة على الحوار، مشيرا إلى أن شروطها لم تتغير.\n\n"على الغرب أن يدرك أن روسيا لن تتراجع عن أهدافها".',
      quote: 'على الغرب أن يدرك أن روسيا لن تتراجع عن أهدافها',
      speaker: 'دميتري بيسكوف',
    },
    {
      text: 'وقال رئيس البلدية سامر حلوة: "المياه عادت إلى نصف الأحياء".\n\nوماذا عن الكهرباء؟\n\n"المولدات تعمل أربع ساعات في اليوم فقط".',
      quote: 'المولدات تعمل أربع ساعات في اليوم فقط',
      speaker: 'سامر حلوة',
    },
  ],
  apply(zone) {
    const para = previousParagraph(zone.text, zone.outerStart);
    let cue = para !== null ? lastCueBefore(zone.cues, zone.cueStarts, para, zone.outerStart) : null;
    // ("…»، يجيب.⏎⏎وماذا عن المفاوضات؟⏎⏎«…»": past a question of the interviewer's, the answer before it.)
    if (!cue && para !== null && asksOnly(zone.text, para, zone.outerStart)) {
      const before = previousParagraph(zone.text, para);
      cue = before !== null ? lastCueBefore(zone.cues, zone.cueStarts, before, para) : null;
    }
    return cue ? { speaker: refOf(cue.resolution) } : undefined;
  },
};
