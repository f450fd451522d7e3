import { endsSentenceAt } from '../../text/sentences';
import { nearClauseStart } from '../near-start';
import { isTitle, lowerBound, mentionRef, sentenceStart, titleWithoutConjunction } from '../model';
import { lastWordsIn } from '../../text/tokens';
import { looksLikeImperfectVerb } from '../../persons/words';
import type { SpeakerRule } from './rule';

/** The person must stand among the first words of the sentence or of a clause after an opener and a comma (the verb's subject). */
const SUBJECT_WORDS = 2;
/** How many words an opener set off by a comma may take before the subject ("وعلى الجهة الأخرى من النهر، يعيش X"). */
const MAX_OPENER_WORDS = 6;
/** How many words a title and its complement may take right before the name ("ومضى رئيس مجلس القيادة الرئاسي X أبعد: «…»"). */
const MAX_TITLE_WORDS = 5;
/** Where the person's title starts, right before the name with no mark between: its first title word, or the name's start when none. */
function titleStart(text: string, sentence: number, at: number): number {
  const words = lastWordsIn(text, sentence, at, MAX_TITLE_WORDS);
  let start = at;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/[^\s\u00A0]/.test(text.slice(w.end, i === words.length - 1 ? at : words[i + 1]!.start))) break;
    if (isTitle(titleWithoutConjunction(w.norm))) start = w.start;
  }
  return start;
}

/** The word right before `at` in its sentence (from `sentence`) is an imperfect verb ("يصعد", "تجلس"). */
function imperfectVerbBefore(text: string, sentence: number, at: number): boolean {
  const [verb] = lastWordsIn(text, sentence, at, 1);
  return !!verb && text.slice(verb.end, at).trim() === '' && looksLikeImperfectVerb(verb.norm);
}

/** How many sentences that name no one and say nothing may stand between the person's sentence and the quote. */
const MAX_SENTENCES_BACK = 3;

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
  why: 'A quote with no cue, right after a sentence of its paragraph whose subject is a person ("وتعود سماح إلى خيمتها. «…»", "وجه X نداء إلى الوسطاء: «…»"), or after a few sentences that go on about that person naming no one and holding no speech verb ("الطبيبة X تعمل في … . وما زالت تستقبل الجرحى. «…»"), is that person\'s.',
  examples: [
    { text: 'انتهى يوم التوزيع في المخيم.\nوتعود سلوى الخطيب إلى خيمتها برغيف واحد. "ابني سألني متى نأكل لحما، فلم أعرف بماذا أجيبه".', quote: 'ابني سألني متى نأكل لحما، فلم أعرف بماذا أجيبه', speaker: 'سلوى الخطيب' },
    { text: 'اختتم المؤتمر أعماله مساء الأحد.\nوفي الختام، وجه رامي الحداد، رئيس اللجنة، نداء إلى الدول الوسيطة: "نريد معدات ثقيلة قبل الشتاء، لا وعودا جديدة".', quote: 'نريد معدات ثقيلة قبل الشتاء، لا وعودا جديدة', speaker: 'رامي الحداد' },
    { text: 'اتهمت الحكومة الفصائل بخرق الهدنة.\nولم يتأخر وزير الإعلام الأوكراني تاراس ميلنيك في الرد من كييف: "ما يقولونه دعاية لا تستحق التعليق".', quote: 'ما يقولونه دعاية لا تستحق التعليق', speaker: 'تاراس ميلنيك' },
    { text: 'تتكدس الخيام على طول الطريق الساحلي.\nالمعلمة نور الهدى سالم تدرّس أربعين طفلا في خيمة واحدة. لا سبورة ولا مقاعد، والدفاتر تصل مرة في الشهر. "نكتب الحروف على الرمل حين تنفد الأوراق".', quote: 'نكتب الحروف على الرمل حين تنفد الأوراق', speaker: 'نور الهدى سالم' },
  ],
  apply({ text, outerStart, mentions, mentionStarts, cueStarts }) {
    let end = outerStart;
    for (let back = 0; back <= MAX_SENTENCES_BACK; back++) {
      const from = sentenceBefore(text, end);
      if (from < 0) return undefined;
      const spoke = lowerBound(cueStarts, from) < lowerBound(cueStarts, end);
      if (back > 0 && spoke) return undefined;
      const first = lowerBound(mentionStarts, from);
      for (let k = first; k < mentions.length && mentions[k]!.start < end; k++) {
        const m = mentions[k]!;
        if (m.actor.type !== 'person') continue;
        // (Where a speech verb of the sentence named no one, "وقال مستشار الرئيس X:", the title is no subject's.)
        const start = spoke ? m.start : titleStart(text, from, m.start);
        // ("عند الفجر يصعد X إلى أرضه": a short opener and the person's verb right before the name.)
        const subjectWords = imperfectVerbBefore(text, from, start) ? SUBJECT_WORDS + 2 : SUBJECT_WORDS;
        return nearClauseStart(text, start, subjectWords, MAX_OPENER_WORDS) ? { speaker: mentionRef(m) } : undefined;
      }
      // (A sentence that names someone else, a body or a state, is about them: no further back.)
      if (first < mentions.length && mentions[first]!.start < end) return undefined;
      end = from;
    }
    return undefined;
  },
};
