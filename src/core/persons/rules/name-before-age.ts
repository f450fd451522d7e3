import { TA_MARBUTA } from '../../chars';
import { givenNames } from '../../lexicon/given-names';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { lexicon } from '../../lexicon';
import { AGE_WORD, ageAt } from '../ages';
import { personWordBits } from '../word-bits';
import { looksLikeNameStart, verbLike } from '../words';

const APPOSITION_GAP = /^[،,(]$/;
/**
 * Where the name that ends right before the age at k starts, set off by a
 * bracket or a comma (-1: none): two words, three when the first is a given
 * name of ours or the second joins a name ("عبد", "أبو"). A person noun with no
 * article ("طفل صغير (5 أعوام)") is no name.
 */
function nameBefore(scan: PersonScan, k: number): number {
  const { tokens, doc, finder } = scan;
  const last = tokens[k - 1];
  if (!last || !APPOSITION_GAP.test(doc.norm.text.slice(last.end, tokens[k]!.start).trim())) return -1;
  // ("تقف X الخطيب (34 عاما)": a family name with the article takes the word before it.)
  if (!articleSurname(scan, k - 1) && verbLike(tokens, k - 2, finder)) return loneName(scan, k - 1) ? k - 1 : -1;
  const three = k >= 3 && (givenNames().byWord.has(tokens[k - 3]!.text) || finder.nameConnectors.has(tokens[k - 2]!.text));
  const at = three && scan.nameAt(k - 3, 3) === 3 ? k - 3 : k - 2;
  if (at < 0 || givenNames().personNouns.has(`ال${tokens[at]!.text}`)) return -1;
  return scan.nameAt(at, k - at) === k - at ? at : -1;
}

/** The gender of a one-word name: a given name's, else the age opener's ("البالغة"), else none. */
function ageGender(scan: PersonScan, at: number, k: number): { gender?: Gender } {
  const given = givenNames().byWord.get(scan.tokens[at]!.text)?.gender;
  if (given) return { gender: given };
  const opener = scan.tokens[k]!.text;
  return givenNames().ageOpeners.has(opener) ? { gender: opener.endsWith('ه') ? 'f' : 'm' } : {};
}

/** Token k is a family name with the article ("الخطيب"): no common noun ("المدرسة") and no ة. */
function articleSurname(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  return t.text.startsWith('ال') && !scan.printedWith(t, TA_MARBUTA) && !lexicon.commonWords.has(t.text.slice(2));
}

/** Token k alone may be a given name (free, no common word, person noun or function word). */
function loneName(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  if (!scan.free(k) || t.text.length < 3 || scan.withTanween(t) || scan.finder.roles.longestAt(scan.tokens, k, k + 1)) return false;
  const given = givenNames().byWord.get(t.text);
  if (given) return !given.common;
  if (lexicon.commonWords.has(t.text) || givenNames().personNouns.has(t.text) || givenNames().personNouns.has(`ال${t.text}`)) return false;
  // (After a verb and before an age, a foreign name shaped like a verb is a name: "تاكوهي".)
  return !t.text.startsWith('ال') && looksLikeNameStart(t.text, scan.finder, true) && !scan.alreadyNamed(k);
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
    const bits = personWordBits(tokens);
    for (let k = 2; k + 1 < tokens.length; k++) {
      if ((bits[k]! & AGE_WORD) === 0 || !ageAt(tokens, k)) continue;
      const at = nameBefore(scan, k);
      if (at < 0 || !scan.free(at)) continue;
      // ("غادرت X، البالغة…": one word is a given name, later named alone; the opener's ة tells a woman.)
      if (at === k - 1) scan.addName([tokens[at]!], tokens[k]!, { surnameless: true, ...ageGender(scan, at, k) });
      else scan.addName(tokens.slice(at, k), tokens[at]!);
    }
  },
};
