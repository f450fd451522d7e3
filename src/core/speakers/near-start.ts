// Whether a word stands where a clause's subject may: among the first words of
// its sentence, or of the clause after an opener closed by a comma.
import { commaIn } from '../chars';
import { lexicon, wordsIn } from '../speech';
import { firstWordsIn } from '../text/tokens';
import { sentenceStart } from './model';


/** Within the first words of its sentence: where a subject stands ("وبارك حميدتي ..."), not a genitive deep in it. */
export function nearSentenceStart(text: string, at: number, maxWords = 6): boolean {
  const from = sentenceStart(text, at, null);
  // (Read no further than one word past the most: more is no start.)
  const before = firstWordsIn(text, from, at, maxWords + 1);
  const prev = before[before.length - 1]?.norm ?? '';
  return before.length <= maxWords && (!lexicon.subjectStops.has(prev) || lexicon.adverbsBeforeSubject.has(prev));
}

/**
 * Within the first words of its sentence, or of the clause after an opener
 * closed by a comma ("في طرف المخيم، يجلس العجوز X"، "وبين الموقفين، يتحرك المبعوث X").
 */
export function nearClauseStart(text: string, at: number, maxWords: number, maxOpener = 4): boolean {
  const before = wordsIn(text, sentenceStart(text, at, null), at);
  const prev = before[before.length - 1]?.norm ?? '';
  // ("وتحدثت إلينا أيضا X": an adverb before the subject stops nothing.)
  if (lexicon.subjectStops.has(prev) && !lexicon.adverbsBeforeSubject.has(prev)) return false;
  if (before.length <= maxWords) return true;
  for (let c = 0; c < Math.min(maxOpener, before.length - 1); c++) {
    if (commaIn(text, before[c]!.end, before[c + 1]!.start)) return before.length - c - 1 <= maxWords;
  }
  return false;
}

/** The word right before `at` opens a clause after a comma, however long the opener ("تحت شجرة على أطراف المخيم، تجلس X"). */
export function afterCommaAndOneWord(text: string, at: number): boolean {
  const before = wordsIn(text, Math.max(0, at - 60), at);
  const verb = before[before.length - 1];
  return !!verb && before.length >= 2 && commaIn(text, before[before.length - 2]!.end, verb.start);
}
