import { TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { givenNames, personNounOf } from '../../lexicon/given-names';
import type { Token } from '../../matcher';
import { WordAnswers } from '../../text/vocabulary';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { appositionAt, looksLikeNameStart, speechVerbToken } from '../words';

/** The gender of a kin or neighbour noun with its pronoun at k ("ابنته", "وجارتي"), or null: the definite nouns are ./name-after-person-noun's. */
function kinNounAt(scan: PersonScan, k: number): Gender | null {
  return kinGenderOf.of(scan.tokens[k]!);
}

/** kinNounAt by the word alone, once per word: most words are no kin noun, and are passed before the scan is asked anything. */
const kinGenderOf = new WordAnswers((t: Token): Gender | null => {
  const { bare, gender } = personNounOf(t);
  return bare.startsWith('ال') ? null : gender;
});
const KIN_NOUN = personWordBit((t) => kinGenderOf.of(t) !== null);

/** After the one word at k the text describes who it names: a colon, or a comma with "وهي", "الذي", a person noun, a role, an age. */
export function describedAfter(scan: PersonScan, k: number): boolean {
  const { tokens, doc } = scan;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next) return false;
  const gap = doc.norm.text.slice(t.end, next.start).trim();
  if (gap.startsWith(':')) return true;
  return appositionAt(doc, tokens, k + 1, scan.finder) || (/^[،,]$/.test(gap) && lexicon.singularRelatives.has(next.text));
}

/**
 * The one word at k may be a given name we lack (or, with `listedToo`, one we list): no function word, no article,
 * no adjective in ة ("ابنته مريضة"), no tanween.
 */
function loneNameAt(scan: PersonScan, k: number, listedToo = false): boolean {
  const t = scan.tokens[k]!;
  if (!scan.free(k) || t.joinsNext || t.text.length < 3 || scan.withTanween(t) || scan.printedWith(t, TA_MARBUTA)) return false;
  if ((!listedToo && givenNames().byWord.has(t.text)) || scan.finder.roles.longestAt(scan.tokens, k, k + 1) || speechVerbToken(scan.finder, t)) return false;
  // (A word shaped like an imperfect verb is a name where a long vowel follows its second letter: "ابنته نسيم، وهي…", not "ابنه يعمل، وهو…".)
  return looksLikeNameStart(t.text, scan.finder) || (!t.text.startsWith('ال') && /[اوي]/.test(t.text.slice(2)) && looksLikeNameStart(t.text, scan.finder, true));
}

/**
 * "الضابط المتقاعد تاراس، الذي خدم": one word, a given name of ours or one shaped like a name, set off by an
 * apposition that says who it is; not the first word of a name found in full ("الدكتور جمال" after "جمال العطار").
 */
export function describedLoneName(scan: PersonScan, k: number): boolean {
  // (A colon after it opens what it says or labels: "رئيسة القسم في مرصد X:" names a place; a word shaped like a verb is none.)
  const { tokens, finder, doc } = scan;
  const colon = !!tokens[k + 1] && doc.norm.text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(':');
  if (colon || !loneNameAt(scan, k, true) || !describedAfter(scan, k) || scan.alreadyNamed(k)) return false;
  if (!givenNames().byWord.has(tokens[k]!.text) && !looksLikeNameStart(tokens[k]!.text, finder)) return false;
  const first = `${tokens[k]!.text} `;
  for (const full of scan.fullNames) if (full.startsWith(first)) return false;
  return true;
}

export const nameAfterKin: PersonRule = {
  name: 'name after kin',
  why: 'A kin or neighbour noun with its pronoun ("ابنته", "زوجها", "جارتي") names the relative with one word when the text then describes them ("، وهي طالبة", "، الذي", ":"): a given name, also one we do not list.',
  examples: [
    { text: 'أما ابنته جودي، وهي طالبة في الصف السابع، فتمشي ساعة كل صباح.', person: 'جودي' },
    { text: 'تحمل صورة زوجها ميهران، الذي فقد أثره عند الحاجز قبل عامين.', person: 'ميهران' },
    { text: 'جارتي سيفان، أرملة في الستين، تزرع البطاطا وحدها.', person: 'سيفان' },
    { text: 'ويقول شقيقه سدير: "لم نعرف عنه شيئاً منذ الخريف".', person: 'سدير' },
    { text: 'أما ابنته تولين، وهي في الثانية عشرة، فتحمل الماء من البئر.', person: 'تولين' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 0; k + 2 < tokens.length; k++) {
      const gender = tokens[k]!.joinsNext && (bits[k]! & KIN_NOUN) !== 0 ? kinNounAt(scan, k) : null;
      if (gender && scan.free(k) && loneNameAt(scan, k + 1) && describedAfter(scan, k + 1)) scan.addName([tokens[k + 1]!], tokens[k + 1]!, { gender, surnameless: true });
    }
  },
};
