import { givenNames } from '../../lexicon/given-names';
import { perWord } from '../../text/vocabulary';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { endsLikeName, looksLikeNameStart } from '../words';

/**
 * Words of the name after token k: the name the scan reads, else one word that
 * ends there ("يدعى هاكوب،"), else two words. Any name word with no article may
 * open it, one shaped like a verb too ("تيغران"): the naming word says a name follows.
 */
function nameLength(scan: PersonScan, k: number): number {
  const { tokens, finder } = scan;
  const t = tokens[k];
  if (!t || !scan.free(k) || t.text.startsWith('ال') || !looksLikeNameStart(t.text, finder, true)) return 0;
  const read = scan.nameAt(k);
  if (read > 0) return read;
  if (endsLikeName(tokens, k + 1, finder)) return 1;
  return scan.nameAt(k, 2);
}

/** The gender a naming word gives ("يدعى" m, "المدعوة" f), null for other words. */
const namingGender = perWord((word) => givenNames().namingWords.get(word) ?? null);
const NAMING_WORD = personWordBit((t) => namingGender(t) !== null);

export const namedAs: PersonRule = {
  name: 'named as',
  why: 'A word that says what someone is called ("يدعى", "المدعوة", "واسمه") is followed by their name, one word or more.',
  examples: [
    { text: 'وفي المقهى التقينا شابا من القرية يدعى هاكوب، وقد فقد بيته في الحرب.', person: 'هاكوب' },
    { text: 'وأوقفت الشرطة رجلا يدعى عكرمة الخطيب قرب الحاجز.', person: 'عكرمة الخطيب' },
    { text: 'وروت فتاة في العاشرة، واسمها ليلوش، أنها فقدت أمها.', person: 'ليلوش' },
    { text: 'وفي الطابور وقفت عجوز من القرية، اسمها سعاد، تحمل كيسا فارغا.', person: 'سعاد' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 0; k + 1 < tokens.length; k++) {
      // (Its bit first: few words name someone.)
      const gender = (bits[k]! & NAMING_WORD) === 0 ? null : namingGender(tokens[k]!);
      if (!gender || !tokens[k]!.joinsNext) continue;
      // ("ذكر اسمه مدرج على القائمة": after a bare "اسمه" only a given name of ours is a name.)
      if (givenNames().namingWordsBeforeGivenName.has(tokens[k]!.text) && !givenNames().byWord.has(tokens[k + 1]!.text)) continue;
      const size = nameLength(scan, k + 1);
      if (size > 0) scan.addName(tokens.slice(k + 1, k + 1 + size), tokens[k]!, { gender });
    }
  },
};
