// A given name alone names a person where the sentence says who they are right after it: "كانت هبة، وهي
// ممرضة،", "أما سعيد، الشاب الذي …" (asked by ./rules/given-name.ts).
import { givenNames, type GivenName } from '../lexicon/given-names';
import type { PersonScan } from './scan';
import { appositionAt, describesPersonAt, speechVerbToken, verbLike } from './words';

/**
 * A given name alone between a verb or "أما" and an apposition that says who the person is ("، وهي طالبة",
 * "، الشابة التي"): "وهو"/"وهي" agree with the name's gender.
 */
export function aloneBeforeApposition(scan: PersonScan, k: number, name: GivenName): boolean {
  const { tokens, finder } = scan;
  const before = tokens[k - 1];
  // (After a speech verb: ./name-after-speech-verb.)
  if (!before?.joinsNext || !(before.text === 'اما' || verbLike(tokens, k - 1, finder)) || speechVerbToken(finder, before) || finder.stopWords.has(tokens[k]!.text)) return false;
  // ("كانت سلمى، وهي معلمة اسمها سلمى X Y": the full name nearby names her; the word alone is that name's.)
  if (namedInFullNearby(scan, k)) return false;
  const next = tokens[k + 1];
  if (next && givenNames().personNouns.has(next.text) && /^[،,]$/.test(scan.doc.norm.text.slice(tokens[k]!.end, next.start).trim())) return true;
  return personApposedAt(scan, k + 1, name.gender ?? undefined);
}

/**
 * An apposition at token `at` that says who a person is ("، وهي ممرضة", "، الشابة التي"); after "وهو"/"وهي", agreeing
 * with `gender` where known, a word for a person ("وتبقى سلام، وهي قرية صغيرة" says no person).
 */
export function personApposedAt(scan: PersonScan, at: number, gender?: 'm' | 'f'): boolean {
  const { tokens, finder } = scan;
  if (!tokens[at] || !appositionAt(scan.doc, tokens, at, finder)) return false;
  const pronoun = apposedPronounGender(tokens[at]!.text);
  return !pronoun || ((!gender || pronoun === gender) && describesPersonAt(tokens, at + 1, finder));
}

/** How far (in tokens, each way) a full name with the same given name is looked for: an article's length, not a whole page's. */
const NEARBY_TOKENS = 1500;

/** The same given name opens a name of two words or more within NEARBY_TOKENS of token k. */
function namedInFullNearby(scan: PersonScan, k: number): boolean {
  const { tokens } = scan;
  const word = tokens[k]!.text;
  for (let j = Math.max(0, k - NEARBY_TOKENS); j < Math.min(tokens.length, k + NEARBY_TOKENS); j++) {
    if (j !== k && tokens[j]!.text === word && scan.nameAt(j) >= 2) return true;
  }
  return false;
}

/** "وهي"/"وهو" opening an apposition: the gender it marks, else null. */
export const apposedPronounGender = (word: string): 'm' | 'f' | null => (word === 'وهي' ? 'f' : word === 'وهو' ? 'm' : null);
