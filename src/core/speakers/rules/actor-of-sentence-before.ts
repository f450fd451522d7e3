import { endsSentenceAt } from '../../text/sentences';
import { nearClauseStart } from '../carry';
import { lowerBound, mentionRef, sentenceStart } from '../model';
import type { SpeakerRule } from './rule';

/** The person must stand among the first words of the sentence or of a clause after an opener and a comma (the verb's subject). */
const SUBJECT_WORDS = 2;

/**
 * The sentence right before the quote, in its paragraph, when the quote opens a sentence or follows that
 * sentence's colon: its start, or -1.
 */
function sentenceBefore(text: string, outerStart: number): number {
  let i = outerStart - 1;
  while (i >= 0 && /[ \u00A0]/.test(text[i]!)) i--;
  if (i < 0 || !(text[i] === ':' || endsSentenceAt(text, i))) return -1;
  return sentenceStart(text, i, null);
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
      return nearClauseStart(text, m.start, SUBJECT_WORDS) ? { speaker: mentionRef(m) } : undefined;
    }
    return undefined;
  },
};
