import { lineStartOf, lowerBound, refOf } from '../model';
import { lastCueBefore } from './cues';
import type { SpeakerRule } from './rule';

/** How far back in its paragraph a quote looks for the speech verb of a sentence before it. */
const MAX_GAP = 400;

export const cueEarlierInParagraph: SpeakerRule = {
  name: 'speech earlier in its paragraph',
  why: 'A quote opening a sentence with no cue of its own goes on with who spoke earlier in its paragraph in reported speech ("وتتابع أن زبائنها يدفعن بالتقسيط. «…»"), when no one else is named between.',
  examples: [
    {
      text: 'وفي السوق المغطى، تبيع سهام الحلو الخضار منذ عشرين عاما.\n\nوتقول سهام إن الأسعار تضاعفت منذ الصيف، وإن الزبائن قلّوا. "صرت أبيع بالدين لمن أعرفهم فقط".',
      quote: 'صرت أبيع بالدين لمن أعرفهم فقط',
      speaker: 'سهام',
    },
    {
      text: 'تواصل انقطاع الكهرباء في المدينة.\n\nوأوضح المهندس كمال الراعي أن المحطة تعمل بربع طاقتها. "ننتظر قطع الغيار منذ شهرين ولم يصل شيء".',
      quote: 'ننتظر قطع الغيار منذ شهرين ولم يصل شيء',
      speaker: 'كمال الراعي',
    },
  ],
  apply(zone) {
    const { text, outerStart } = zone;
    // (The quote opens its sentence: a cue inside the sentence would have decided before this rule.)
    if (text.slice(zone.sentenceFrom, outerStart).trim() !== '') return undefined;
    const from = Math.max(lineStartOf(text, outerStart), outerStart - MAX_GAP, zone.previous?.outerEnd ?? 0);
    const cue = lastCueBefore(zone.cues, zone.cueStarts, from, outerStart);
    if (!cue) return undefined;
    const speaker = refOf(cue.resolution);
    // Someone named after the speaker may be the one who speaks now ("وتتابع أن جارها X…"); a state or a body named in
    // what was reported ("إن 16 مليونا في سوريا …") is no one who speaks.
    for (let k = lowerBound(zone.mentionStarts, Math.max(cue.end, speaker && speaker.start >= cue.start ? speaker.end : 0)); k < zone.mentions.length && zone.mentions[k]!.start < outerStart; k++) {
      if (zone.mentions[k]!.actor.type === 'person') return undefined;
    }
    return { speaker };
  },
};
