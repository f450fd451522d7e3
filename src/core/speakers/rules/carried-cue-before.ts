import { refOf } from '../model';
import { lastCueBefore } from './cues';
import type { SpeakerRule } from './rule';

export const carriedCueBefore: SpeakerRule = {
  name: 'carried cue before',
  why: 'A speech verb without a subject of its own ("وأضاف:") goes on with the last speaker of its gender.',
  examples: [
    { text: 'قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة. وأضاف: "لا نرى أي تقدم حقيقي حتى الآن".', quote: 'لا نرى أي تقدم حقيقي حتى الآن', speaker: 'سيرغي لافروف' },
    { text: 'قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تتابع الوضع. وتابعت: "على كييف أن تتحمل المسؤولية كاملة".', quote: 'على كييف أن تتحمل المسؤولية كاملة', speaker: 'ماريا زاخاروفا' },
  ],
  apply(zone) {
    const before = lastCueBefore(zone.cues, zone.cueStarts, zone.sentenceFrom, zone.outerStart);
    return before ? { speaker: refOf(before.resolution) } : undefined;
  },
};
