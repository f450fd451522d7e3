import { isLineBreakCode } from '../../chars';
import { endsSentenceAt } from '../../text/sentences';
import type { SpeakerRule } from './rule';

/** How far a sentence may run from one quote to the next and still be one speaker's. */
const MAX_GAP = 120;

/** The previous quote ended in this sentence: no sentence end or line break between, and no speech cue. */
function sameSentence(text: string, previousEnd: number, start: number): boolean {
  if (start - previousEnd > MAX_GAP) return false;
  for (let i = previousEnd; i < start; i++) {
    if (isLineBreakCode(text.charCodeAt(i)) || endsSentenceAt(text, i)) return false;
  }
  return true;
}

export const sameSentenceGoesOn: SpeakerRule = {
  name: 'same sentence goes on',
  why: 'A quote later in the sentence of the previous one, with no speech verb of its own ("…»، لأن التسوية «…»"), is the same speaker going on.',
  examples: [
    {
      text: 'اشتدت المعارك حول الفاشر. وقال الوسيط كريم نادر إنه «متفائل بالتوصل إلى اتفاق قريب»، لأن التسوية «باتت أقرب من أي وقت مضى».',
      quote: 'باتت أقرب من أي وقت مضى',
      speaker: 'كريم نادر',
    },
    {
      text: 'تواصل القصف على خاركيف. وقال رئيس البلدية إيغور تيريخوف إن المدينة "تعيش أسوأ أيامها منذ بدء الحرب"، لكن السكان "لن يغادروا بيوتهم مهما اشتد القصف".',
      quote: 'لن يغادروا بيوتهم مهما اشتد القصف',
      speaker: 'إيغور تيريخوف',
    },
  ],
  apply(zone) {
    // (A cue between the two quotes would have decided before this rule.)
    if (!zone.previous || !sameSentence(zone.text, zone.previous.outerEnd, zone.outerStart)) return undefined;
    return { speaker: zone.previous.speaker };
  },
};
