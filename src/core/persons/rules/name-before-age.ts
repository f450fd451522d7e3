import { givenNames } from '../../lexicon/given-names';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { ageAt } from '../words';

/**
 * Where the name that ends right before the age at k starts, set off by a
 * bracket or a comma (-1: none): two words, three when the first is a given
 * name of ours or the second joins a name ("عبد", "أبو"). A person noun with no
 * article ("طفل صغير (5 أعوام)") is no name.
 */
function nameBefore(scan: PersonScan, k: number): number {
  const { tokens, doc, finder } = scan;
  const last = tokens[k - 1];
  if (!last || !/^[،,(]$/.test(doc.norm.text.slice(last.end, tokens[k]!.start).trim())) return -1;
  const three = k >= 3 && (givenNames().byWord.has(tokens[k - 3]!.text) || finder.nameConnectors.has(tokens[k - 2]!.text));
  const at = three && scan.nameAt(k - 3, 3) === 3 ? k - 3 : k - 2;
  if (at < 0 || givenNames().personNouns.has(`ال${tokens[at]!.text}`)) return -1;
  return scan.nameAt(at, k - at) === k - at ? at : -1;
}

export const nameBeforeAge: PersonRule = {
  name: 'name before age',
  why: 'Only a person has an age: two or three name words set off before one ("X Y (34 عاما)", "X Y، 40 عاما،") are a person, whatever introduces them.',
  examples: [
    { text: 'وأمام الخيمة يقف زهدي الدباغ (34 عاما) حاملا طفله الصغير.', person: 'زهدي الدباغ' },
    { text: 'وتعمل غسق ترزي، 41 عاما، في مشغل للخياطة منذ عودتها إلى الحي.', person: 'غسق ترزي' },
  ],
  apply(scan) {
    const { tokens } = scan;
    for (let k = 2; k + 1 < tokens.length; k++) {
      if (!ageAt(tokens, k)) continue;
      const at = nameBefore(scan, k);
      if (at < 0 || !scan.free(at)) continue;
      scan.addName(tokens.slice(at, k), tokens[at]!);
    }
  },
};
