// The family name after a given name of ours (rule `given name`, ./given-name.ts): how many words of it the
// text gives, from the name the scan reads there or, failing that, word by word.
import { TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import { connectorsIn, isNameParticle } from '../name-chains';
import { objectAfterFather } from '../name-shapes';
import type { PersonScan } from '../scan';
import { endsLikeName, looksLikeNameStart, verbAfterName, verbOfGivenName } from '../words';

/** "يضيف أسماء جديدة", "تحمل آنا الصورة": a common word printed in ة after a given name is its adjective or the verb's object, no family name. */
function feminineAdjectiveAt(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  return lexicon.commonWords.has(t.text) && scan.printedWith(t, TA_MARBUTA);
}

/** Words after the given name: a father's (two with "عبد") and a family name at most. */
const MAX_FAMILY_WORDS = 3;

/**
 * The `read` words from `end` may be the family name: three words at most, or three parts, "بن"/"ود"/"عبد" or the
 * tail of a compound given name counting with the word they bind as one ("بن سالم بن عوض باعباد", "عبد الرحيم
 * محمد أحمد"); not when the last two are a given name of ours and a definite word, a family name of its own whose
 * last word alone would name no one ("عبد الله حمد النيل": "النيل" is the river).
 */
function familyFits(scan: PersonScan, end: number, read: number): boolean {
  if (read <= MAX_FAMILY_WORDS) return true;
  const [before, last] = [scan.tokens[end + read - 2]!, scan.tokens[end + read - 1]!];
  if (last.text.startsWith('ال') && givenNames().byWord.has(before.text) && !isNameParticle(scan.tokens[end + read - 3]!.text, scan.finder)) return false;
  return read - connectorsIn(scan.tokens, end, end + read, scan.finder) <= MAX_FAMILY_WORDS;
}

/**
 * How many family-name words follow the given name: the longest name the scan
 * reads there, else one word that may be a name's (not a verb, a function
 * word, a role or a person noun: "ليان الصغيرة" is no name), two when the
 * first is a father's given name ("علي حسن مقبول"). A word printed with the
 * pronoun ه ("محمد عمره") ends no name.
 */
export function familyLength(scan: PersonScan, first: number, end: number): number {
  let read = scan.nameAt(first) - (end - first);
  // ("سامي عادل كيسا من الخبز": the word after a father's given name may be the verb's object.)
  if (read >= 2 && givenNames().names.longestAt(scan.tokens, end, end + read - 1)?.endToken === end + read - 1 && objectAfterFather(scan, end + read - 1)) read--;
  const length = read > 0 && familyFits(scan, end, read) ? read : familyWords(scan, end);
  if (length > 0 && feminineAdjectiveAt(scan, end)) return 0;
  for (let k = end; k < end + length; k++) if (withPronoun(scan, k)) return 0;
  return length;
}

/** Printed with a final ه that is no name's ("عمره", not "عبد الله" or "طه"). */
function withPronoun(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  return scan.printedWith(t, 0x647) && t.text !== 'الله' && !givenNames().names.longestAt(scan.tokens, k, k + 1);
}

/** The family name's words when the scan reads no name: one, or a father's given name and one more. */
function familyWords(scan: PersonScan, end: number): number {
  // ("سلوى تحب الرسم": the given name's verb.)
  if (!familyWord(scan, end) || verbOfGivenName(scan.tokens[end - 1], scan.tokens[end]!.text, scan.finder)) return 0;
  const father = givenNames().names.longestAt(scan.tokens, end);
  // "يامن أبو شعبان": a connector that opens no given name and the word after it make one family name ("محمد أبو" is none).
  if (!father && scan.finder.nameConnectors.has(scan.tokens[end]!.text)) return familyWord(scan, end + 1) ? 2 : 0;
  if (!father || father.proclitic !== '') return 1;
  const fathers = father.endToken - end;
  const after = scan.tokens[end + fathers];
  // "محمود يوسف أبو وردة": a connector after the father's name goes on with the family name ("يوسف أبو" is none).
  if (after && scan.finder.nameConnectors.has(after.text)) return familyWord(scan, end + fathers + 1) ? fathers + 2 : fathers;
  // "علي حسن مقبول", "ريم صالح الدباغ", but not "مريم عبد الله الطعام": after a father's name a word with the
  // article only where it is no common word. ("سامر خليل يقف": a verb after the father's name is the person's.)
  return after && !(after.text.startsWith('ال') && lexicon.commonWords.has(after.text.slice(2))) && !verbAfterName(after.text, scan.finder) && !objectAfterFather(scan, end + fathers) && familyWord(scan, end + fathers)
    ? fathers + 1
    : fathers;
}

/** Token k, joined to the one before, may be a family name's word. */
function familyWord(scan: PersonScan, k: number): boolean {
  const { tokens, finder } = scan;
  const word = tokens[k]?.text;
  if (!word || !tokens[k - 1]!.joinsNext || !scan.free(k) || scan.withTanween(tokens[k]!)) return false;
  // ("قال يوسف (خاص) إن": a word in brackets after a name is a note on it, no family name.)
  if (scan.doc.norm.text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('(')) return false;
  if (givenNames().personNouns.has(word) || givenNames().personNouns.has(`ال${word}`)) return false;
  // ("تفتح ليانا مخبزها": a noun with a possessive pronoun is the verb's object, no family name.)
  if (word.length >= 5 && /(ها|هما|هم)$/.test(scan.printed(tokens[k]!)) && !givenNames().byWord.has(word)) return false;
  if (finder.roles.longestAt(tokens, k, k + 1)) return roleSurname(scan, k);
  return looksLikeNameStart(word, finder) || (word.startsWith('ال') && word.length >= 5 && looksLikeNameStart(word, finder, true));
}

/**
 * "هالة القاضي", "وائل الجندي": a role of one word with the article right after
 * a given name is a family name (a trade turned surname) where nothing of the
 * role follows it (no complement: "القائد العام", "القاضي في المحكمة").
 */
function roleSurname(scan: PersonScan, k: number): boolean {
  const { tokens, finder } = scan;
  const word = tokens[k]!.text;
  const role = finder.roles.longestAt(tokens, k, k + 1);
  if (!word.startsWith('ال') || !role || role.proclitic !== '' || finder.roles.longestAt(tokens, k)!.endToken > k + 1) return false;
  const next = tokens[k + 1];
  return !tokens[k]!.joinsNext || !next || (!finder.linkers.has(next.text) && endsLikeName(tokens, k + 1, finder));
}
