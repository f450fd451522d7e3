import { TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { looksLikeNameStart, speechVerbToken } from '../words';
import { descriptionAfter } from './name-before-description';

/**
 * The one word at k may be a given name alone: free, set off by a comma, no
 * function word, role or person noun, no tanween; a word in ة only where it is
 * a given name of ours ("قالت سيدة، وهي" is no name), no common word ("قال
 * مصدر، وهو ضابط") and no given name that is also one.
 */
function loneGivenName(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  if (!scan.free(k) || t.joinsNext || t.text.length < 3 || scan.withTanween(t) || scan.finder.roles.longestAt(scan.tokens, k, k + 1)) return false;
  const given = givenNames().byWord.get(t.text);
  if (given) return !given.common;
  if (scan.printedWith(t, TA_MARBUTA) || lexicon.commonWords.has(t.text) || givenNames().personNouns.has(t.text) || givenNames().personNouns.has(`ال${t.text}`)) return false;
  return looksLikeNameStart(t.text, scan.finder);
}

/** A speech verb's gender as data/speech-verbs.json lists it ("قالت", "تقول" a woman's); a plural verb's speaker counts as a man. */
function verbGender(word: string): Gender {
  return lexicon.verbs.matchBehindConjunction([{ start: 0, end: word.length, norm: word }], 0)?.value.gender === 'f' ? 'f' : 'm';
}

export const nameAfterSpeechVerb: PersonRule = {
  name: 'name after speech verb',
  why: 'A speech verb and one word the text then describes ("يقول زاهر، وهو سائق", "صرحت لودميلا، وهي معلمة") name a person by the given name alone.',
  examples: [
    { text: 'يقول زاهر، وهو سائق شاحنة في الأربعين، إن الطريق لم يعد آمنا.', person: 'زاهر' },
    { text: 'صرحت لودميلا، وهي معلمة في مدرسة القرية، بأن التلاميذ عادوا.', person: 'لودميلا' },
    { text: 'وتقول ماريانا، 34 عاما، إن زوجها ما زال في الأسر.', person: 'ماريانا' },
  ],
  apply(scan) {
    const { tokens, finder } = scan;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const verb = tokens[k]!;
      if (!verb.joinsNext || !scan.free(k) || !speechVerbToken(finder, verb) || !loneGivenName(scan, k + 1)) continue;
      // ("وقال بورسوف، الذي…" after "دميترو بوريسوف": a person found already, in any spelling.)
      if (scan.nameAt(k + 1, 1) !== 1) continue;
      const described = descriptionAfter(scan, k + 2);
      if (!described) continue;
      const gender = givenNames().byWord.get(tokens[k + 1]!.text)?.gender ?? described.gender ?? verbGender(verb.text);
      scan.addName([tokens[k + 1]!], tokens[k + 1]!, { gender, surnameless: true });
    }
  },
};
