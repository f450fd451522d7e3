// The words of data/speech-verbs.json `interviews`: how an interview written up as questions and answers is
// marked and introduced (read by src/core/speakers/interview.ts).
import { normList, type RawData } from './raw-data';

export function interviewWords(data: RawData) {
  return {
    /** An interview's marks before a colon ("س:", "ج:"), and the words that introduce the one interviewed ("حوار", "التقت"). */
    interviewQuestionMarks: normList(data.interviews?.questionMarks),
    interviewAnswerMarks: normList(data.interviews?.answerMarks),
    interviewWords: new Set(normList(data.interviews?.words)),
    /** "حاورته: X": the word of an interview's byline, before the interviewer's name. */
    interviewBylines: new Set(normList(data.interviews?.bylineWords)),
    /** "سألناه": asks someone named before it in its paragraph. */
    interviewAskedWords: new Set(normList(data.interviews?.askedWords)),
  };
}
