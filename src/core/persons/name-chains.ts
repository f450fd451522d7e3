// How long a person's name may run. Most names are two or three words; a word
// such as "عبد", "بن" or "ولد" (data/roles.json nameConnectors) or the tail of a
// compound given name ("نور الدين") binds two words into one part of the name.
// Yemeni, Sudanese, Mauritanian and Gulf news prints lineages longer than that:
// "ناصر بن علي بن صالح العولقي", "حامد ود الحسين ود أحمد النور", "عبد الكريم
// قاسم أحمد ناجي الصبري". Also how a name goes on once its first word is read
// (restOfName, givenAndFamilyAt), for the rules that find that word first.
import type { ActorFinder } from '../finder';
import { lexicon } from '../lexicon';
import { givenNames } from '../lexicon/given-names';
import type { Token } from '../matcher';
import type { PersonScan } from './scan';
import { conjoinedGivenName, endsLikeName, looksLikeNameStart } from './words';

/** The most words a name is read to hold ("سيدي محمد ولد أحمدو ولد بابا"). */
export const MAX_NAME_WORDS = 7;

/** A word that binds the next one into a name and never ends one: "عبد", "بن", "ولد", or a foreign particle ("دا كوستا", "فان دير"). */
export const isNameParticle = (word: string, finder: ActorFinder): boolean => finder.nameConnectors.has(word) || lexicon.foreignNameParticles.has(word);

/** How many of tokens [from, to) are name particles, or the tail of a compound given name. */
export function connectorsIn(tokens: Token[], from: number, to: number, finder: ActorFinder): number {
  let n = 0;
  // ("نور الدين علي X": the tail of a compound given name makes one name of two words, as "عبد" does.)
  for (let j = from; j < to; j++) if (isNameParticle(tokens[j]!.text, finder) || (j > from && lexicon.compoundNameTails.has(tokens[j]!.text))) n++;
  return n;
}

/**
 * Whether the n words from token k may be one name. Counting a connector and
 * its word as one part: three parts ("عبد الخالق عبد اللطيف وداعة"); a fourth
 * in a lineage of two connectors or more ("فهد بن سعد بن مبارك العجمي"); five
 * when every word between the first and the last is a given name of ours or
 * part of a compound ("علاء الدين حسن عثمان الفكي").
 */
export function nameChainFits(tokens: Token[], k: number, n: number, finder: ActorFinder): boolean {
  const connectors = connectorsIn(tokens, k, k + n - 1, finder);
  const parts = n - connectors;
  if (parts <= 3) return true;
  if (parts === 4 && connectors >= 2) return true;
  return parts <= 5 && givenNamesBetween(tokens, k, k + n - 1, finder);
}

/** Every word strictly between tokens `first` and `last` is a given name of ours, a connector, or bound to one. */
function givenNamesBetween(tokens: Token[], first: number, last: number, finder: ActorFinder): boolean {
  for (let j = first + 1; j < last; j++) {
    const word = tokens[j]!.text;
    const bound = isNameParticle(word, finder) || lexicon.compoundNameTails.has(word) || isNameParticle(tokens[j - 1]!.text, finder);
    if (!bound && !givenNames().byWord.has(word)) return false;
  }
  return true;
}

/**
 * "مأمون الحاج", "سالم عبده القاضي": token j, a title that is also a family name (data/morphology.json
 * names.titleSurnames), ends the name read so far (`count` words from token j - count) when that is a given name of
 * ours or two words, and no name word follows it ("محمد الشيخ أحمد" is no surname).
 */
export function titleAsSurname(tokens: Token[], j: number, count: number, finder: ActorFinder): boolean {
  const t = tokens[j]!;
  if (count === 0 || !lexicon.titleSurnames.has(t.text)) return false;
  if (count === 1 && !givenNames().byWord.has(tokens[j - 1]!.text)) return false;
  const next = tokens[j + 1];
  // (A number word after it is no name word: "القاضي ست ساعات".)
  return !t.joinsNext || !next || givenNames().ageNumberWords.has(next.text) || !looksLikeNameStart(next.text, finder);
}

/** How many words from token k go on a name whose first word is read already: one or two name words, then its end. */
export function restOfName(scan: PersonScan, k: number): number {
  const { tokens, finder } = scan;
  for (let n = 1; n <= 2; n++) {
    const t = tokens[k + n - 1];
    if (!t || !tokens[k + n - 2]!.joinsNext || !scan.free(k + n - 1)) return 0;
    // ("بسعاد X وخالد": و on a given name of ours opens the next name.)
    if (conjoinedGivenName(t.text)) return n - 1;
    if (!looksLikeNameStart(t.text, finder, true)) return 0;
    if (!isNameParticle(t.text, finder) && endsLikeName(tokens, k + n, finder)) return n;
  }
  return 0;
}

/** "أبو محمد حسين الدباغ", "… وإسراء ماجد الطحان": from token at, joined to the word before, a given name of ours and a family name with the article: its length (2), else 0. */
export function givenAndFamilyAt(scan: PersonScan, at: number): number {
  const { tokens, finder } = scan;
  const given = givenNames().names.longestAt(tokens, at, at + 1);
  const family = tokens[at + 1];
  // ("يصر أبو أحمد على البقاء": "على" is "علي" once normalized; the given name Ali is printed with ي.)
  if (tokens[at]?.text === 'علي' && !scan.printedWith(tokens[at]!, 0x64a)) return 0;
  if (!given || given.proclitic !== '' || !tokens[at - 1]!.joinsNext || !tokens[at]!.joinsNext || !family || !scan.free(at) || !scan.free(at + 1)) return 0;
  if (!family.text.startsWith('ال') || givenNames().personNouns.has(family.text) || finder.roles.longestAt(tokens, at + 1, at + 2) || !looksLikeNameStart(family.text, finder, true)) return 0;
  // ("أم علي فاطمة الحسن إن": a family name that is also a word, "الحسن", where the name clearly ends.)
  return !lexicon.commonWords.has(family.text.slice(2)) || endsLikeName(tokens, at + 2, finder) ? 2 : 0;
}
