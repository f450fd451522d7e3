// A role's complement ("باسم وزارة الصحة", "العسكري", "القوات المسلحة
// اليمنية"): where it ends is where the person's name may start.
import type { PhraseMatch } from '../matcher';
import { foreignFirstName } from './name-shapes';
import { procliticReadings, tokenReadings } from '../matcher';
import { afterBodyName, afterAbbreviatedTitle } from '../role-names';
import type { PersonScan } from './scan';
import { inSetBehindConjunction } from '../clitics';
import { isJsSpace } from '../chars';
import { lexicon } from '../lexicon';
import { givenNames } from '../lexicon/given-names';
import { withPossessive } from '../text/possessive';
import { isPluralOfPersonNoun, softGap, speechVerbToken } from './words';

const PRINTED_HAMZA_AL = /^[أإ]ل/;
/** A word that continues a role's complement: "باسم", "وزارة", "الصحة", "والسياحة", "لحلف". */
function isComplementWord(scan: PersonScan, k: number): boolean {
  const { tokens, finder, covered, place } = scan;
  const t = tokens[k]!.text;
  // ("الموظف الذي يتقاضى راتبه": a relative pronoun opens a clause, no part of the role's complement.)
  if (lexicon.relativePronouns.has(t)) return false;
  if (finder.complementHeads.has(t) || isPluralOfPersonNoun(t)) return true;
  if (finder.linkers.has(t)) {
    const next = tokens[k + 1]?.text ?? '';
    return !!covered[k + 1] || !!place[k + 1] || next.startsWith('ال') || finder.complementHeads.has(next) || bodyAfterLinker(scan, k + 1);
  }
  if (bodyAfterLinker(scan, k)) return true;
  if (coordinatedNoun(scan, k)) return true;
  // ("إلتشين", "إلهام": a hamza under the alef is no article; a name starts there.)
  if (PRINTED_HAMZA_AL.test(scan.printed(tokens[k]!))) return false;
  // ("والتزامها": a word that ends in a possessive pronoun has no article; its "ال" is its own, "التزام".)
  const definite = !withPossessive(scan.printed(tokens[k]!));
  for (const [, stem] of procliticReadings(t)) {
    if ((definite && stem.startsWith('ال') && stem.length > 3) || finder.complementHeads.has(stem)) return true;
  }
  return false;
}

/**
 * "المتحدث باسم محور تعز", "باسم فصيل المقاومة": after a linker of bodies (roles.json bodyLinkers), a noun
 * no given name of ours, in construct with a place, a known actor or a definite word, is a body the lists
 * lack ("باسم نعيم" is a name).
 */
function bodyAfterLinker(scan: PersonScan, k: number): boolean {
  const { tokens, covered, place } = scan;
  const [linker, noun, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!linker?.joinsNext || !noun?.joinsNext || !after || !lexicon.bodyLinkers.has(linker.text) || givenNames().byWord.has(noun.text)) return false;
  return !!covered[k + 1] || !!place[k + 1] || (after.text.startsWith('ال') && after.text.length >= 5);
}

/**
 * "وزير الري واستصلاح الأراضي", "لنقل وتوزيع الكهرباء": و on a noun joined to a
 * definite one coordinates a second noun in the complement; not a given name
 * ("وليد"), a speech verb ("وقال") or a function word.
 */
function coordinatedNoun(scan: PersonScan, k: number): boolean {
  const { tokens, finder } = scan;
  const t = tokens[k]!;
  if (t.text.length < 5 || t.text[0] !== 'و' || !t.joinsNext || !tokens[k + 1]?.text.startsWith('ال') || !scan.free(k + 1)) return false;
  const names = givenNames().byWord;
  if (names.has(t.text) || names.has(t.text.slice(1)) || speechVerbToken(finder, t) || inSetBehindConjunction(finder.stopWords, t.text)) return false;
  return !tokens[k - 1]!.text.startsWith('و') && isComplementWord(scan, k - 1);
}

/**
 * "خبير نزع الألغام", "مسؤول ملف الأسرى": right after an indefinite role, or a body's indefinite
 * head in its complement ("مدير مركز علاج …"), a noun in construct with a definite one opens or goes on
 * with the complement; not a given name ("خبير سامي الخطيب").
 */
function constructNounAfterRole(scan: PersonScan, role: PhraseMatch<true>, k: number): boolean {
  const { tokens, finder } = scan;
  const t = tokens[k]!;
  // (Also after an indefinite head of a body in the complement: "مدير مركز علاج الأمراض المزمنة".)
  const afterHead = k > role.endToken && tokenReadings(tokens[k - 1]!).some(([, stem]) => finder.complementHeads.has(stem) && !stem.startsWith('ال'));
  if ((k !== role.endToken && !afterHead) || t.text.length < 3 || t.text.startsWith('ال') || !t.joinsNext || !tokens[k + 1]?.text.startsWith('ال') || !scan.free(k + 1)) return false;
  if (tokenReadings(tokens[k - 1]!).some(([, stem]) => stem.startsWith('ال'))) return false;
  return !givenNames().byWord.has(t.text) && !inSetBehindConjunction(finder.stopWords, t.text) && !speechVerbToken(finder, t);
}

/** Token k stands alone in brackets: "(ANAMA)". */
function bracketed(scan: PersonScan, k: number): boolean {
  const { tokens, doc } = scan;
  const text = doc.norm.text;
  // (/\(\s*$/ on the gap before and /^\s*\)/ on the gap after, read by code: no strings made.)
  let i = tokens[k]!.start - 1;
  const from = tokens[k - 1]?.end ?? 0;
  while (i >= from && isJsSpace(text.charCodeAt(i))) i--;
  if (i < from || text.charCodeAt(i) !== 0x28) return false;
  let j = tokens[k]!.end;
  const to = tokens[k + 1]?.start ?? text.length;
  while (j < to && isJsSpace(text.charCodeAt(j))) j++;
  return j < to && text.charCodeAt(j) === 0x29 && k > 0;
}

/** The token after the role's complement (at most ten steps; a comma ends it), or null where a gazetteer person is named in it. */
function complementEnd(scan: PersonScan, role: PhraseMatch<true>): number | null {
  const { tokens, covered, place, doc } = scan;
  let k = role.endToken;
  for (let steps = 0; k < tokens.length && steps < 10 && softGap(doc, tokens[k - 1]!, tokens[k]!); steps++) {
    if (covered[k]) {
      if (scan.known.personStarts.has(k) || scan.inPerson[k]) return null;
      // Skip this one mention ("قائد قوات الدعم السريع، ...").
      k = scan.mentionEnd[k] || k + 1;
    } else if (bracketed(scan, k)) {
      // A body's acronym in brackets ("(ANAMA)", "(أونروا)") belongs to the complement.
      k++;
    } else if (place[k]) {
      while (k < tokens.length && place[k] && !covered[k]) k++;
    } else if ((isComplementWord(scan, k) && !(k === role.endToken && foreignFirstName(scan, k))) || constructNounAfterRole(scan, role, k)) k++;
    else break;
    // A comma ends the complement: the name comes right after it or not at all.
    if (k < tokens.length && !tokens[k - 1]!.joinsNext) break;
  }
  return k;
}

/**
 * Where the name of the person a role introduces starts: after the role's
 * complement, after a body's own name ("حركة فتح X Y", "بمجمع ناصر الطبي، X Y")
 * and after an abbreviated title ("د."); null where no name can follow.
 */
export function nameStartAfterRole(scan: PersonScan, role: PhraseMatch<true>): number | null {
  const { tokens, covered, place, doc, finder } = scan;
  let k = complementEnd(scan, role);
  if (k === null || k >= tokens.length || covered[k] || !softGap(doc, tokens[k - 1]!, tokens[k]!)) return null;
  // After an indefinite head the body's own name comes first, then the person's.
  // ("المتحدث باسمه X Y،": a head with a possessive pronoun has its complement in it.)
  if (k > role.endToken && !/(ه|ها|هم)$/.test(scan.printed(tokens[k - 1]!)) && tokenReadings(tokens[k - 1]!).some(([, stem]) => finder.complementHeads.has(stem) && !stem.startsWith('ال'))) {
    // ("رئيس بلدية تل ريمان، في اتصال", "مدير مستشفى شهداء الأقصى، X Y": two words closed by a comma are the body's own name.)
    if (tokens[k]!.joinsNext && !tokens[k + 1]?.joinsNext && tokens[k + 2] && scan.free(k) && scan.free(k + 1)) return k + 2;
    if (tokens[k]!.joinsNext && !covered[k + 1] && !place[k + 1] && scan.nameAt(k + 1) > 0) return k + 1;
    k = afterBodyName(doc, tokens, k, covered);
  }
  // ("وزير الدفاع الفريق أول X": the rank's second word is no name's.)
  if (k > 0 && k < tokens.length && lexicon.honorificPairs.has(`${tokens[k - 1]!.text} ${tokens[k]!.text}`)) k++;
  return afterAbbreviatedTitle(doc, tokens, k);
}
