// What stands around a speech cue and changes what it says: an aside set off by commas after the last
// cue's subject ("واتهمت X، في بيان، Y"), and a relative clause right after an actor's name ("X التي تقول إن").
import { isComplementizerWord, lexicon, type Word } from '../speech';
import { type Cue, MAX_SUBJECT_WORDS, type Mention, type Speaker, type State, isDocumentWord, isOwnDocumentWord, lowerBound } from './model';

/** The verb at i opens a relative clause ("التي قالت", "الذي أكد"). */
export const afterRelative = (words: Word[], i: number) => i > 0 && lexicon.relativePronouns.has(words[i - 1]!.norm);

/**
 * "واتهمت حركة حماس، في بيان، إسرائيل بـ…": a phrase set off by a comma right after a cue's named subject,
 * in its sentence, says how that subject spoke; the word after it is the verb's object, no new speaker.
 * That subject, or null.
 */
function asideOfLastCue(text: string, at: number, last: Cue | undefined): Speaker | null {
  if (!last || last.resolution.kind !== 'explicit' || last.resolution.speaker.ref.start < last.end) return null;
  const gap = text.slice(last.resolution.speaker.ref.end, at);
  return /^[ \u00A0]*[،,][ \u00A0]*$/.test(gap) ? last.resolution.speaker : null;
}

/** "وزارة الدفاع التي تقول إن …": a relative clause right after an actor's name whose verb goes straight on to أن. */
export function actorsRelativeSays(text: string, words: Word[], i: number, length: number, mentions: Mention[], mentionStarts: number[]): boolean {
  const [pronoun, after] = [words[i - 1], words[i + length]];
  if (!pronoun || !after || !afterRelative(words, i) || !isComplementizerWord(after)) return false;
  const m = mentions[lowerBound(mentionStarts, pronoun.start) - 1];
  return !!m && /^[ \u00A0]+$/.test(text.slice(m.end, pronoun.start));
}

/**
 * A phrase cue that is an aside of the last cue (asideOfLastCue) is read as no cue of its own; one that names
 * a document ("، في بيان،") still makes the subject the issuer "وجاء في البيان" speaks for later.
 */
export function skippedAsAside(text: string, words: Word[], i: number, length: number, last: Cue | undefined, state: State): boolean {
  const aside = asideOfLastCue(text, words[i]!.start, last);
  if (aside && speaksInDocument(words, i, length)) state.lastDocument = aside;
  return aside !== null;
}

/**
 * The cue speaks in a statement: a document follows ("في بيان"، "بيانا") or the
 * cue's relative clause hangs on one ("أصدرت الوزارة بيانا قالت فيه").
 */
export function speaksInDocument(words: Word[], i: number, length: number): boolean {
  // ("بيانا قالت فيه", "مقطعا مصورا قالت إنه": the verb right after a document speaks in it.)
  if (i > 0 && isDocumentWord(words[i - 1]!)) return true;
  for (let j = i; j < words.length && j < i + length + 3; j++) if (isDocumentWord(words[j]!)) return true;
  // "قالت المنظمة الدولية في تقريرها إن": the issuer's own document, before what it says.
  for (let j = i + length; j < words.length && j < i + length + MAX_SUBJECT_WORDS; j++) {
    if (isComplementizerWord(words[j]!)) return false;
    if (isOwnDocumentWord(words[j]!)) return true;
  }
  return false;
}
