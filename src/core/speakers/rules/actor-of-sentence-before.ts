import { isLineBreakCode } from '../../chars';
import { wordsIn } from '../../speech';
import { endsSentenceAt } from '../../text/sentences';
import { lowerBound, mentionRef } from '../model';
import type { SpeakerRule } from './rule';

/** How far back the sentence before the quote may start. */
const MAX_SENTENCE = 200;
/** The person must stand among the first words of the sentence or of a clause after a comma (the verb's subject). */
const SUBJECT_WORDS = 3;

/**
 * The sentence right before the quote, in its paragraph, when the quote opens a sentence or follows that
 * sentence's colon: its start, or -1.
 */
function sentenceBefore(text: string, outerStart: number): number {
  let i = outerStart - 1;
  while (i >= 0 && /[ \u00A0]/.test(text[i]!)) i--;
  if (i < 0 || !(text[i] === ':' || endsSentenceAt(text, i))) return -1;
  let from = text[i] === ':' ? i : i - 1;
  for (; from > 0 && outerStart - from < MAX_SENTENCE; from--) {
    const c = text.charCodeAt(from - 1);
    if (isLineBreakCode(c)) return from;
    if (endsSentenceAt(text, from - 1)) return from;
  }
  return -1;
}

export const actorOfSentenceBefore: SpeakerRule = {
  name: 'person of the sentence before',
  why: 'A quote with no cue, right after a sentence of its paragraph whose subject is a person ("وتعود سماح إلى خيمتها. «…»", "وجه X نداء إلى الوسطاء: «…»"), is that person\'s.',
  examples: [
    { text: 'انتهى يوم التوزيع في المخيم.\nوتعود سلوى الخطيب إلى خيمتها برغيف واحد. "ابني سألني متى نأكل لحما، فلم أعرف بماذا أجيبه".', quote: 'ابني سألني متى نأكل لحما، فلم أعرف بماذا أجيبه', speaker: 'سلوى الخطيب' },
    { text: 'اختتم المؤتمر أعماله مساء الأحد.\nوفي الختام، وجه رامي الحداد، رئيس اللجنة، نداء إلى الدول الوسيطة: "نريد معدات ثقيلة قبل الشتاء، لا وعودا جديدة".', quote: 'نريد معدات ثقيلة قبل الشتاء، لا وعودا جديدة', speaker: 'رامي الحداد' },
  ],
  apply({ text, outerStart, mentions, mentionStarts }) {
    const from = sentenceBefore(text, outerStart);
    if (from < 0) return undefined;
    for (let k = lowerBound(mentionStarts, from); k < mentions.length && mentions[k]!.start < outerStart; k++) {
      const m = mentions[k]!;
      if (m.actor.type !== 'person') continue;
      const clauseStart = Math.max(from, text.lastIndexOf('،', m.start) + 1);
      return wordsIn(text, clauseStart, m.start).length <= SUBJECT_WORDS - 1 ? { speaker: mentionRef(m) } : undefined;
    }
    return undefined;
  },
};
