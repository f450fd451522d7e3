// A noun with a third-person possessive pronoun ("بيانه" his statement, "روايتها" her novel, "بيانهم" theirs),
// read one way for every rule that asks: the pronouns are data/speech-verbs.json objectPronounVerbs.suffixes.
import { lexicon } from '../lexicon';
import { oncePerWord } from './tokens';

export type PronounGender = 'm' | 'f' | 'p';

export interface Possessed {
  /** The noun as it may be listed: as read, and with a final ت back to the ة it stands for ("روايت" → "روايه"). */
  nouns: readonly string[];
  /** Whose: ه his or its, ها hers or its (a body), هم/هما theirs. */
  gender: PronounGender;
}

/** The pronouns, longest first ("بيانهما" is "بيان" + "هما", not "بيانهم" + "ا"). */
const PRONOUNS = [...lexicon.thirdPersonSuffixes].sort((a, b) => b.length - a.length);

const genderOf = (pronoun: string): PronounGender => (pronoun === 'ه' ? 'm' : pronoun === 'ها' ? 'f' : 'p');

/** The noun and pronoun of a normalized word, or null where no pronoun ends it after a noun of three letters or more. */
export const possessed = oncePerWord((word: string): Possessed | null => {
  for (const pronoun of PRONOUNS) {
    if (!word.endsWith(pronoun) || word.length - pronoun.length < 3) continue;
    const noun = word.slice(0, -pronoun.length);
    return { nouns: noun.endsWith('ت') ? [noun, `${noun.slice(0, -1)}ه`] : [noun], gender: genderOf(pronoun) };
  }
  return null;
});

/** A word of three letters or more with a third-person possessive pronoun after them ("بيانها", "والتزامها"): it has no article. */
export const withPossessive = (w: string) => /.{3}(ها|هما|هم|هن)$/.test(w);

/** The word is one of `words` with a possessive pronoun on it ("أمامه", "عندها" of the stop words). */
export const heldBy = (words: ReadonlySet<string>, word: string): boolean => possessed(word)?.nouns.some((noun) => words.has(noun)) === true;
