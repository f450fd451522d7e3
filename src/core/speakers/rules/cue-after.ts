import { reportsSpeech } from '../subject';
import { refOf, type Cue } from '../model';
import { cueRightAfter } from './cues';
import type { SpeakerRule } from './rule';

/**
 * A cue joined on with "و" that goes on to its own colon, quote or أن ('"…"، وقال: "…"',
 * '"…"، ودعا إلى "…"') opens the next statement: it is not the quote-before's cue.
 */
function opensItsOwnStatement(text: string, cue: Cue): boolean {
  return text[cue.start] === 'و' && reportsSpeech(text, cue.end);
}

/**
 * 'وأضاف أن أوكرانيا "…" وتدعو إلى …': a verb joined on with "و" right after the closing mark (no comma, no stop)
 * goes on with the sentence that holds the quote; its subject did not say it.
 */
function goesOnWithTheSentence(text: string, outerEnd: number, cue: Cue): boolean {
  return text[cue.start] === 'و' && /^\s+$/.test(text.slice(outerEnd, cue.start));
}

export const cueAfter: SpeakerRule = {
  name: 'cue after',
  why: 'A speech verb right after the closing mark ("..."، قال X) tells who said the quote before it, unless "و" joins it as the start of a statement of its own ("..."، وقال: "...").',
  examples: [
    { text: 'تتواصل الاشتباكات في دونيتسك. "لن نسمح بسقوط المدينة مهما كان الثمن"، قال الجيش الأوكراني في بيان.', quote: 'لن نسمح بسقوط المدينة مهما كان الثمن', speaker: 'الجيش الأوكراني' },
    { text: 'تصاعد التوتر في البحر الأحمر. "سنرد على كل هجوم يستهدف سفننا في المنطقة"، هكذا قال الحوثيون في بيان مقتضب.', quote: 'سنرد على كل هجوم يستهدف سفننا في المنطقة', speaker: 'الحوثيون' },
  ],
  apply(zone) {
    const after = cueRightAfter(zone.text, zone.cues, zone.cueStarts, zone.outerEnd);
    if (!after || after.resolution.kind === 'none' || opensItsOwnStatement(zone.text, after) || goesOnWithTheSentence(zone.text, zone.outerEnd, after)) return undefined;
    return { speaker: refOf(after.resolution) };
  },
};
