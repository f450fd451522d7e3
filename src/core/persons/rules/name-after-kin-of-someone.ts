import { withoutConjunction } from '../../clitics';
import { givenNames } from '../../lexicon/given-names';
import { perWord } from '../../text/vocabulary';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';

/** A kin noun in construct ("زوجة", "وشقيق"), once per word: asked of every token. */
const isKinInConstruct = perWord((word) => {
  const kin = givenNames().kinInConstruct;
  return kin.has(word) || kin.has(withoutConjunction(word));
});
const KIN_IN_CONSTRUCT = personWordBit(isKinInConstruct);

/** Comma between tokens k - 1 and k. */
const commaBefore = (scan: PersonScan, k: number): boolean => {
  const [before, t] = [scan.tokens[k - 1], scan.tokens[k]];
  return !!before && !!t && /^[،,]$/.test(scan.doc.norm.text.slice(before.end, t.start).trim());
};

/** Where the person named at token k ends (a gazetteer person or a name found already, after one person noun at most), else 0. */
function personEnd(scan: PersonScan, k: number): number {
  const at = givenNames().personNouns.has(scan.tokens[k]?.text ?? '') && scan.tokens[k]!.joinsNext ? k + 1 : k;
  if (scan.inPerson[at]) return scan.mentionEnd[at] ?? 0;
  return scan.names.longestAt(scan.tokens, at)?.endToken ?? 0;
}

export const nameAfterKinOfSomeone: PersonRule = {
  name: 'name after kin of someone',
  why: 'A kin noun in construct with a person named before ("زوجة كريم", "شقيق الأسير محمد") and a name set off by commas right after ("، ديلارا الحسيني،") name that relative, also with a given name we do not list.',
  examples: [
    { text: 'وقال رامز علييف إن الحقول نظفت. وتعمل زوجة رامز، غولشان ميرزاييفا، في مدرسة القرية منذ عودتهما.', person: 'غولشان ميرزاييفا' },
    { text: 'ويقول حسين البدري إن ابنه معتقل. أما شقيق حسين، كريم البدري، فيبحث عنه منذ عام.', person: 'كريم البدري' },
    { text: 'وصلت سلمى الخطيب إلى المخيم في الربيع. وتروي والدة سلمى، ديلارا الحسيني، أنهن مشين ثلاثة أيام.', person: 'ديلارا الحسيني' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 0; k + 3 < tokens.length; k++) {
      // (The kin test first, by its bit: few words are kin nouns; the same conditions.)
      if ((bits[k]! & KIN_IN_CONSTRUCT) === 0 || !tokens[k]!.joinsNext || !scan.free(k)) continue;
      const name = personEnd(scan, k + 1);
      if (name === 0 || !commaBefore(scan, name) || !scan.free(name)) continue;
      const size = scan.nameAt(name);
      if (size >= 2 && commaBefore(scan, name + size)) scan.addName(tokens.slice(name, name + size), tokens[k]!);
    }
  },
};
