// A kunya and a person's full name that the text says are one person, not two.
// Run once the person rules have found every name (the kunya rule leaves such
// a "باسم" out of names; tests/core/unseen-known-as.test.ts):
// - "X، الذي يعرفه الجيران باسم أبو سامي": the kunya after "باسم" and a word of
//   being known as is X's;
// - "X، المعروفة في الحي بأم خليل": a kunya a few words after such a word is X's;
// - "قال أبو سامي، كما يناديه جيرانه": a kunya followed by "كما" and such a word
//   is the name of the person named before it;
// - "يجلس أبو سامي، وهو بائع في الستين اسمه X", "تجلس أم سامي … . وصلت هذه
//   الأرملة، واسمها X": a name after "اسمه"/"اسمها" whose apposition ("وهو",
//   "هذه الأرملة") goes back to the kunya named before it is the kunya's, as
//   is one right after the kunya and a comma ("أم سامي، واسمها الكامل X");
// - "يقف المزارع أبو سامي، X Y (52 عاما)،": a full name in apposition right
//   after a kunya, closed by a bracket or a comma, is the kunya's.
// The words are data/given-names.json kunyas (knownAsWords, fullNameWords, fullNameQualifiers, backReferences).
import { givenNames } from '../lexicon/given-names';
import { procliticReadings, tokenReadings } from '../matcher';
import { perWord } from '../text/vocabulary';
import type { PersonScan } from './scan';
import { personWordBit, personWordBits } from './word-bits';
import { conjoinedGivenName } from './words';
import { KNOWN_AS_REACH, knownAs } from './rules/kunya';

/** A kunya's first word, a word that names a kunya's full name ("اسمه"): asked at every token, answered once per word. */
const isKunya = perWord((word) => givenNames().kunyas.has(word));
const isFullNameWord = perWord((word) => givenNames().fullNameWords.has(word));

/** Per word, what linkKunyasKnownAs asks of every token: a kunya's first word, a full name's word, a word with a kunya behind its proclitics, "كما". */
const KUNYA = 1;
const FULL_NAME_WORD = 2;
const OPENS_KUNYA = 4;
const KAMA = 8;
const kunyaWordBits = perWord((word) => (givenNames().kunyas.has(word) ? KUNYA : 0) | (givenNames().fullNameWords.has(word) ? FULL_NAME_WORD : 0) | (opensKunyaWord(word) ? OPENS_KUNYA : 0) | (word === 'كما' ? KAMA : 0));
/** The two questions of them linkKunyasKnownAs asks of every pair of tokens, as personWordBits. */
const KUNYA_NEXT = personWordBit((t) => (kunyaWordBits(t) & KUNYA) !== 0);
const LINKS_KUNYA = personWordBit((t) => (kunyaWordBits(t) & (FULL_NAME_WORD | OPENS_KUNYA | KAMA)) !== 0);

/** Makes each kunya a person is said to be known by one with that person. */
export function linkKunyasKnownAs(scan: PersonScan): void {
  const { tokens } = scan;
  // (What each word may be, a bit per token: most tokens are none of them.)
  const bits = personWordBits(tokens);
  for (let k = 1; k + 1 < tokens.length; k++) {
    if ((bits[k + 1]! & KUNYA_NEXT) === 0 && (bits[k]! & LINKS_KUNYA) === 0) continue;
    if (isKunya(tokens[k + 1]!) && knownAs(scan, k)) {
      const kunya = scan.names.longestAt(tokens, k + 1);
      const owner = kunya && personBefore(scan, k, PERSON_REACH);
      if (kunya && owner) scan.sameAsLonger(kunya.values[0]!, owner);
    } else if (isFullNameWord(tokens[k]!) && tokens[k]!.joinsNext) linkNamedKunya(scan, k);
    else if (opensKunya(tokens[k]!)) {
      linkKunyaAfterKnownAs(scan, k);
      linkKunyaApposition(scan, k);
    }
    else if (tokens[k]!.text === 'كما' && !tokens[k - 1]!.joinsNext && knownAsVerb(scan, k + 1)) linkKunyaKnownAs(scan, k);
  }
}

/** How far back from "باسم" the person may be named: the verb's reach and a relative clause ("X، الذي يعرفه …"). */
const PERSON_REACH = KNOWN_AS_REACH + 6;
/** How far back a kunya may be named before the sentence that names it in full ("تجلس أم سامي … . وصلت هذه الأرملة، واسمها"). */
const APPOSITION_REACH = 30;
/** How far back the person a "كما يناديه" kunya belongs to may be named (a quote of a sentence or two between). */
const QUOTED_REACH = 60;

/** The key of the person named last within `reach` words before token k ("X، الذي يعرفه الجيران باسم"). */
function personBefore(scan: PersonScan, k: number, reach: number): string | undefined {
  return namedBefore(scan, k, reach)?.key;
}

/** The person named last within `reach` words before token k, and where that name starts: the longest name read back ("أبو محمد" of "محمد", "حسين سليمان الزعبي" of "الزعبي"). */
function namedBefore(scan: PersonScan, k: number, reach: number): { key: string; at: number } | undefined {
  const { tokens, names } = scan;
  for (let i = k - 1; i >= 0 && i >= k - reach; i--) {
    let name = names.longestAt(tokens, i, k);
    if (!name) continue;
    let at = i;
    for (let longer = at > 0 ? names.longestAt(tokens, at - 1, k) : null; longer && longer.endToken > at; longer = at > 0 ? names.longestAt(tokens, at - 1, k) : null) {
      name = longer;
      at--;
    }
    return { key: name.values[0]!, at };
  }
  return undefined;
}

/** A kunya with no family name ("أبو سامي", "أم وائل"): its key's two words, "أبو"/"أم" first. */
function isKunyaAlone(key: string): boolean {
  const words = key.slice(2).split(' ');
  return words.length === 2 && givenNames().kunyas.has(words[0]!);
}

/** Two persons' genders do not disagree (one unknown agrees). */
function gendersAgree(scan: PersonScan, a: string, b: string): boolean {
  const [ga, gb] = [scan.genders.get(a), scan.genders.get(b)];
  return !ga || !gb || ga === gb;
}

/**
 * "أبو سامي، وهو بائع اسمه X", "أم سامي، واسمها الكامل X": the name after "اسمه" at k (and a word such as
 * "الكامل") is the kunya's, named last before it with an apposition between or right before it.
 */
function linkNamedKunya(scan: PersonScan, k: number): void {
  const { tokens } = scan;
  const qualified = givenNames().fullNameQualifiers.has(tokens[k + 1]?.text ?? '') && tokens[k]!.joinsNext;
  const named = scan.names.longestAt(tokens, qualified ? k + 2 : k + 1);
  const kunya = namedBefore(scan, k, APPOSITION_REACH);
  if (!named || !kunya || !(isKunyaAlone(kunya.key) || sameFamily(kunya.key, named.values[0]!))) return;
  if (kunya.at + 2 !== k && !tokens.slice(kunya.at + 2, k).some((t) => givenNames().backReferences.has(t.text))) return;
  if (gendersAgree(scan, kunya.key, named.values[0]!)) scan.sameAsLonger(kunya.key, named.values[0]!);
}

/**
 * "المزارع أبو سامي، X Y (52 عاما)": a kunya alone (k at its first word, no proclitic), a comma or
 * nothing ("أبو سليم X Y، مزارع"), then a name of two words or more that a bracket or a comma closes, is one person. (A kunya in a list of
 * names, "X، أبو سامي، Y" or "أبو سامي، X Y، وفادي", is left alone: a comma before it, "و" and a given name after.)
 */
function linkKunyaApposition(scan: PersonScan, k: number): void {
  const { tokens } = scan;
  const kunya = scan.names.longestAt(tokens, k);
  if (!kunya || kunya.proclitic !== '' || kunya.endToken !== k + 2) return;
  if (k > 0 && /[،,]/.test(gap(scan, k - 1))) return;
  // ("أبو سليم محمود الشامي، مزارع": the full name may follow with no comma.)
  if (gap(scan, k + 1) !== '،' && gap(scan, k + 1) !== '') return;
  const name = scan.names.longestAt(tokens, k + 2);
  if (!name || name.proclitic !== '' || name.endToken - (k + 2) < 2 || isKunyaAlone(name.values[0]!)) return;
  // ("أم محمد الأسطل" named so before: its family name is the full name's.)
  if (!isKunyaAlone(kunya.values[0]!) && !sameFamily(kunya.values[0]!, name.values[0]!)) return;
  const closing = name.endToken < tokens.length ? gap(scan, name.endToken - 1) : '';
  if (!closing.startsWith('(') && closing !== '،') return;
  // ("أبو سامي، X Y، وفادي Z": a list of names goes on.)
  if (closing === '،' && conjoinedGivenName(tokens[name.endToken]?.text ?? '')) return;
  if (gendersAgree(scan, kunya.values[0]!, name.values[0]!)) scan.sameAsLonger(kunya.values[0]!, name.values[0]!);
}

/** A kunya with its family name ("أم محمد الأسطل") and a full name that ends with that family name. */
function sameFamily(kunya: string, name: string): boolean {
  const words = kunya.slice(2).split(' ');
  return words.length === 3 && givenNames().kunyas.has(words[0]!) && name.endsWith(` ${words[2]}`);
}

/** What stands between token k and the next, spaces left out. */
const gap = (scan: PersonScan, k: number): string => scan.doc.norm.text.slice(scan.tokens[k]!.end, scan.tokens[k + 1]?.start ?? scan.doc.norm.text.length).replace(/\s+/g, '');

/** A kunya's first word, also behind a proclitic ("بأم محمد"): where a kunya may start (once per word). */
const opensKunyaWord = (word: string) => procliticReadings(word).some(([, stem]) => givenNames().kunyas.has(stem));
const opensKunya = perWord(opensKunyaWord);

/**
 * "X، المعروفة في الحي بأم خليل", "X، التي يناديها الجيران «أم رامي»": a kunya alone (k at its
 * first word) a few words after a word of being known as is the name of the person named before that word.
 */
function linkKunyaAfterKnownAs(scan: PersonScan, k: number): void {
  const { tokens } = scan;
  const kunya = scan.names.longestAt(tokens, k);
  if (!kunya || !isKunyaAlone(kunya.values[0]!)) return;
  for (let i = k - 1; i >= 0 && i >= k - KNOWN_AS_REACH - 1 && /^[\s«»"“”]*$/.test(scan.doc.norm.text.slice(tokens[i]!.end, tokens[i + 1]!.start)); i--) {
    if (!knownAsVerb(scan, i)) continue;
    const owner = personBefore(scan, i, PERSON_REACH);
    if (owner && owner !== kunya.values[0] && !isKunyaAlone(owner) && gendersAgree(scan, kunya.values[0]!, owner)) scan.sameAsLonger(kunya.values[0]!, owner);
    return;
  }
}

/** Token k is a word of being known as ("يناديه", "يعرفه"). */
function knownAsVerb(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  return !!t && tokenReadings(t).some(([p, stem]) => p === '' && givenNames().knownAsWords.has(stem));
}

/** "قال أبو سامي، كما يناديه جيرانه" (k at "كما"): the kunya right before is the name of the person named before it. */
function linkKunyaKnownAs(scan: PersonScan, k: number): void {
  const kunya = namedBefore(scan, k, 2);
  if (!kunya || kunya.at !== k - 2 || !isKunyaAlone(kunya.key)) return;
  const owner = personBefore(scan, kunya.at, QUOTED_REACH);
  if (owner && owner !== kunya.key && !isKunyaAlone(owner) && gendersAgree(scan, kunya.key, owner)) scan.sameAsLonger(kunya.key, owner);
}
