import { speechVerbToken } from '../words';
import { givenNames } from '../../lexicon/given-names';
import { lexicon } from '../../lexicon';
import { isAbbreviatedTitle } from '../../role-names';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';

/** The gender a name after the title at k takes: its given name's, else a speech verb's before the title ("وقالت د."). */
function genderAt(scan: PersonScan, k: number): Gender {
  const given = givenNames().byWord.get(scan.tokens[k + 1]!.text);
  if (given?.gender) return given.gender;
  const verb = scan.tokens[k - 1];
  return verb?.joinsNext && speechVerbToken(scan.finder, verb) && verb.text.endsWith('ت') ? 'f' : 'm';
}

export const nameAfterAbbreviatedTitle: PersonRule = {
  name: 'name after abbreviated title',
  why: 'A title written short with its period ("د.") stands only before a name, whatever comes before it ("وقالت د. X Y إن").',
  examples: [
    { text: 'وقالت د. لمى الشريف إن الأطفال يعانون سوء التغذية.', person: 'لمى الشريف' },
    { text: 'ويرى د. كمال الزعتري أن الاتفاق هش ولن يصمد طويلاً.', person: 'كمال الزعتري' },
    { text: 'وفي حديث مع د. ميساء العمري، أكدت أن المختبر يعمل بلا كهرباء.', person: 'ميساء العمري' },
  ],
  apply(scan) {
    const { tokens, doc } = scan;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const t = tokens[k]!;
      // (The word first: the gap after it is sliced only after a title, not after every word that ends a clause.)
      if (t.joinsNext || !lexicon.abbreviatedTitles.has(t.text) || !scan.free(k + 1) || !isAbbreviatedTitle(t.text, doc.norm.text.slice(t.end, tokens[k + 1]!.start))) continue;
      const size = scan.nameAt(k + 1);
      if (size > 0) scan.addName(tokens.slice(k + 1, k + 1 + size), tokens[k + 1]!, { gender: genderAt(scan, k) });
    }
  },
};
