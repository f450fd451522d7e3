import { MAX_NAME_WORDS, givenAndFamilyAt, restOfName } from '../name-chains';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { conjoinedGivenName, endsLikeName, withoutProclitic } from '../words';

/** A name of two words or more, found already, ends right before token k. */
function nameEndsBefore(scan: PersonScan, k: number): boolean {
  const { tokens, names } = scan;
  for (let i = k - 2; i >= 0 && i >= k - MAX_NAME_WORDS; i--) if (names.longestAt(tokens, i, k)?.endToken === k) return true;
  return false;
}

export const secondOfPair: PersonRule = {
  name: 'second of a pair',
  why: 'Two people named together ("المعلمتان X Y Z وإسراء A B"): right after a full name found, و on a given name of ours opens the second name, even where the letters read as a word ("وجود", "وأمل").',
  examples: [
    { text: 'ونظمت المعلمتان هبة فؤاد العلمي وإسراء ماجد الطحان دروسا للأطفال في المخيم.', person: 'إسراء ماجد الطحان' },
    { text: 'وانتشل المسعفان وسيم نادر الحلبي وجود كمال الشريف رجلا مسنا من تحت الركام.', person: 'جود كمال الشريف' },
    { text: 'وشارك الطبيبان سامر خليل الحلو وأمل يوسف النجار في القافلة.', person: 'أمل يوسف النجار' },
  ],
  apply(scan) {
    const { tokens } = scan;
    for (let k = 2; k + 1 < tokens.length; k++) {
      const t = tokens[k]!;
      if (!conjoinedGivenName(t.text) || !tokens[k - 1]!.joinsNext || !scan.free(k) || !nameEndsBefore(scan, k)) continue;
      // ("وسيرغي X ورائد الفضاء الأميركي Y": a word with the article right after it and no clear end makes a noun phrase, no name.)
      if (tokens[k + 1]!.text.startsWith('ال') && !endsLikeName(tokens, k + 2, scan.finder)) continue;
      const size = restOfName(scan, k + 1) || givenAndFamilyAt(scan, k + 1);
      if (size === 0) continue;
      const first = withoutProclitic(t, 1);
      scan.addName([first, ...tokens.slice(k + 1, k + 1 + size)], first);
    }
  },
};
