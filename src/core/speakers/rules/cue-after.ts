import { refOf } from '../model';
import { cueRightAfter } from './cues';
import type { SpeakerRule } from './rule';

export const cueAfter: SpeakerRule = {
  name: 'cue after',
  why: 'A speech verb right after the closing mark ("..."، قال X) tells who said the quote before it.',
  examples: [
    { text: 'تتواصل الاشتباكات في دونيتسك. "لن نسمح بسقوط المدينة مهما كان الثمن"، قال الجيش الأوكراني في بيان.', quote: 'لن نسمح بسقوط المدينة مهما كان الثمن', speaker: 'الجيش الأوكراني' },
    { text: 'تصاعد التوتر في البحر الأحمر. "سنرد على كل هجوم يستهدف سفننا في المنطقة"، هكذا قال الحوثيون في بيان مقتضب.', quote: 'سنرد على كل هجوم يستهدف سفننا في المنطقة', speaker: 'الحوثيون' },
  ],
  apply(zone) {
    const after = cueRightAfter(zone.text, zone.cues, zone.cueStarts, zone.outerEnd);
    if (!after || after.resolution.kind === 'none') return undefined;
    return { speaker: refOf(after.resolution) };
  },
};
