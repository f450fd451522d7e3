import { nameStartAfterRole } from '../complement';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { endsLikeName, looksLikeNameStart } from '../words';

/**
 * A two-word name whose first word has ال ("الطاهر حسين"), at token j: only
 * right after a known body's name in the complement, never a nisba ("الميداني")
 * or a word of the complement's own ("العام"), and closed like a name.
 */
function definiteFirstName(scan: PersonScan, j: number): number {
  const { tokens, finder, covered, inPerson } = scan;
  const first = tokens[j];
  const second = tokens[j + 1];
  if (!first || !second || j < 1 || !covered[j - 1] || inPerson[j - 1] || !scan.free(j) || !scan.free(j + 1)) return 0;
  if (!tokens[j - 1]!.joinsNext || !first.joinsNext) return 0;
  const w = first.text;
  if (!/^ال[\u0621-\u064a]{3,}$/.test(w) || finder.nisbaEndings.some((e) => w.endsWith(e))) return 0;
  if (finder.stopWords.has(w) || finder.complementHeads.has(w) || finder.roles.longestAt(tokens, j, j + 1)) return 0;
  if (second.text.startsWith('ال') || !looksLikeNameStart(second.text, finder, true) || finder.roles.longestAt(tokens, j + 1, j + 2)) return 0;
  return endsLikeName(tokens, j + 2, finder) ? 2 : 0;
}

export const definiteNameAfterBody: PersonRule = {
  name: 'definite name after a body',
  why: 'A first name with ال ("الباشا", "الطاهر") read as part of the complement opens the name when it follows a known body\'s name.',
  examples: [
    { text: 'وقال المستشار الإعلامي لقوات الدعم السريع الطاهر حسين إن القوات انسحبت من المدينة.', person: 'الطاهر حسين' },
    { text: 'وأكد المتحدث باسم الجيش السوداني الصادق عثمان أن الطريق أعيد فتحه.', person: 'الصادق عثمان' },
  ],
  apply(scan) {
    for (const role of scan.roles) {
      const at = nameStartAfterRole(scan, role);
      if (at === null || scan.nameAt(at) > 0) continue;
      const size = definiteFirstName(scan, at - 1);
      if (size > 0) scan.addName(scan.tokens.slice(at - 1, at - 1 + size), scan.tokens[role.firstToken]!);
    }
  },
};
