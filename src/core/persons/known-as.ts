// "X، الذي يعرفه الجيران باسم أبو سامي": a kunya after "باسم" and a word of
// being known as is the name of the person just named, not a person of its
// own. Run once the person rules have found every name (the kunya rule leaves
// such a "باسم" out of names; tests/core/unseen-known-as.test.ts).
import { givenNames } from '../lexicon/given-names';
import type { PersonScan } from './scan';
import { KNOWN_AS_REACH, knownAs } from './rules/kunya';

/** Makes each kunya a person is said to be known by one with that person. */
export function linkKunyasKnownAs(scan: PersonScan): void {
  const { tokens } = scan;
  const { kunyas } = givenNames();
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!kunyas.has(tokens[k + 1]!.text) || !knownAs(scan, k)) continue;
    const kunya = scan.names.longestAt(tokens, k + 1);
    const owner = kunya && personBefore(scan, k);
    if (kunya && owner) scan.sameAsLonger(kunya.values[0]!, owner);
  }
}

/** How far back from "باسم" the person may be named: the verb's reach and a relative clause ("X، الذي يعرفه …"). */
const PERSON_REACH = KNOWN_AS_REACH + 6;

/** The key of the person named last within a few words before token k ("X، الذي يعرفه الجيران باسم"). */
function personBefore(scan: PersonScan, k: number): string | undefined {
  for (let i = k - 1; i >= 0 && i >= k - PERSON_REACH; i--) {
    const name = scan.names.longestAt(scan.tokens, i, k);
    if (name) return name.values[0];
  }
  return undefined;
}
