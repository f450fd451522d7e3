import { isQuoteMark, TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import { tokenReadings, type PhraseMatch, type Token } from '../../matcher';
import { nameStartAfterRole } from '../complement';
import { afterVenueNoun } from '../known-persons';
import { nisbaShaped } from '../../role-names';
import { constructBehindLam, futureVerbAndObject } from '../name-shapes';
import { possessed } from '../../text/possessive';
import { shortPresentShaped } from '../../text/verb-shapes';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { endsLikeName } from '../words';
import { describedLoneName } from './name-after-kin';
import { isNameParticle } from '../name-chains';

/**
 * "مدرب برشلونة X Y", "مدرب ريال مدريد X Y": a team role with no definite
 * complement is followed by the team's own name, one or two words, then the
 * person's two; the start of those two, or null where none fits.
 */
function afterTeamName(scan: PersonScan, role: PhraseMatch<true>, at: number): number | null {
  const { tokens } = scan;
  // ("لاعب يفهم قيمة المباريات": an imperfect verb of four letters after the role is the player's, no team's name.)
  if (at !== role.endToken || !lexicon.teamRoles.has(tokens[at - 1]!.text) || tokens[at]!.text.startsWith('ال') || shortPresentShaped(tokens[at]!.text)) return null;
  for (const skip of [1, 2]) {
    const start = at + skip;
    if (!tokens[start - 1]?.joinsNext || scan.covered[start - 1]) return null; // (a city may be part of the team's name: "ريال مدريد")
    if (scan.free(start) && scan.nameAt(start, 2) === 2 && endsLikeName(tokens, start + 2, scan.finder)) return start;
  }
  return null;
}

/**
 * "الباحثة في معهد الدراسات بعمّان X Y": a word behind the preposition ب that opens three
 * name words (no "عبد", "أبو" among them) is where the complement ends, a place the finder
 * lacks, when the two words after it make a name; not a given name of ours ("بشرى", "باسل").
 */
function placeBehindPreposition(scan: PersonScan, k: number, size: number): boolean {
  const t = scan.tokens[k]!;
  if (size !== 3 || t.text[0] !== 'ب' || t.text.length < 4 || givenNames().byWord.has(t.text)) return false;
  if (scan.tokens.slice(k, k + 3).some((w) => isNameParticle(w.text, scan.finder))) return false;
  return scan.nameAt(k + 1) === 2;
}

/**
 * "الباحثة في معهد تشاتام هاوس X Y": three name words (no "عبد", "أبو") whose
 * second is a given name of ours that is no common word, and whose first is
 * none, are the last word of a body's own name and a person's two.
 */
function givenNameSecond(scan: PersonScan, k: number, size: number): boolean {
  const [first, second] = scan.tokens.slice(k, k + 2);
  if (size !== 3 || !first || !second || givenNames().byWord.has(first.text)) return false;
  if (givenNames().byWord.get(second.text)?.common !== false) return false;
  if (scan.tokens.slice(k, k + 3).some((w) => isNameParticle(w.text, scan.finder))) return false;
  return scan.nameAt(k + 1) === 2;
}

/** "شركة تخليص جمركي صغيرة": a nisba and an adjective in ة describe the body, no person's two names. */
function adjectivePair(scan: PersonScan, k: number, size: number): boolean {
  const [first, second] = scan.tokens.slice(k, k + 2);
  if (size !== 2 || !first || !second) return false;
  const given = (t: Token) => givenNames().byWord.has(t.text);
  // ("قائد مجموعة مسلحة محلية": a word in ة that is no given name of ours, then a nisba in ة.)
  const feminineAdjectives = scan.printedWith(first, TA_MARBUTA) && !given(first) && nisbaShaped(second.text) && scan.printedWith(second, TA_MARBUTA);
  return feminineAdjectives || (nisbaShaped(first.text) && scan.printedWith(second, TA_MARBUTA) && !given(second));
}

/**
 * "مدير مستشفى دير حافر الطبيب X Y": the words after a role's complement are the
 * complement's own name (a hospital's, a town's) when another role opens right after
 * them; that role's name is the person.
 */
function anotherRoleFollows(scan: PersonScan, role: PhraseMatch<true>, start: number, end: number): boolean {
  const { tokens } = scan;
  // (Not after a definite complement, "النائبة المستقلة X Y وزير الدفاع …", nor past a comma, "X Y، أستاذ …".)
  if (start <= role.endToken || !tokens[end - 1]!.joinsNext || tokenReadings(tokens[start - 1]!).some(([, stem]) => stem.startsWith('ال'))) return false;
  return scan.roles.some((next) => next !== role && next.firstToken === end);
}

/** "في تسجيل مصور", "وختم الخبير حديثه بتحذير": a document or the person's own talk (with its pronoun) opens no name. */
function speechNounFirst(scan: PersonScan, start: number): boolean {
  const word = scan.tokens[start]!.text;
  // (The pronoun as printed: a word in ة folds into one in ه.)
  return lexicon.documentNouns.has(word) || (/(ه|ها|هم)$/.test(scan.printed(scan.tokens[start]!)) && !!possessed(word)?.nouns.some((noun) => lexicon.documentNouns.has(noun)));
}

/** The first two words are a phrase of the complement ("لكرة القدم") or a future verb and its object ("سيزور المنطقة"). */
function pairNoName(scan: PersonScan, start: number): boolean {
  const [first, second] = [scan.tokens[start]!, scan.tokens[start + 1]];
  return first.joinsNext && !!second && (constructBehindLam(first.text, second.text) || futureVerbAndObject(first.text, second.text));
}

/** "الفيلم الروائي الطويل "X Y"": words in quotation marks after a role are a work's title, no person's name. */
function inQuotationMarks(scan: PersonScan, start: number): boolean {
  const gap = scan.doc.norm.text.slice(scan.tokens[start - 1]?.end ?? 0, scan.tokens[start]!.start);
  return [...gap].some(isQuoteMark);
}

export const nameAfterRole: PersonRule = {
  name: 'name after role',
  why: 'A role and its complement ("المتحدث باسم وزارة الصحة", "مدرب برشلونة") are followed by the name of who holds it.',
  examples: [
    { text: 'وقال المتحدث باسم وزارة الصحة في غزة منير القدوة إن المستشفيات تعمل فوق طاقتها.', person: 'منير القدوة' },
    { text: 'وأوضح مدير مستشفى الأمل، سليم الخطيب، أن الوقود نفد منذ يومين.', person: 'سليم الخطيب' },
    { text: 'وصرحت الطبيبة بمستشفى الرحمة، د. هالة النجار، بأن الأدوية نفدت.', person: 'هالة النجار' },
    { text: 'وقال القيادي في حركة الجهاد سامي عبد الحميد إن الفصائل متمسكة بالوحدة.', person: 'سامي عبد الحميد' },
    { text: 'وقال مدرب يوفنتوس ماسيمو كارينا بعد المباراة إن فريقه لعب بشجاعة.', person: 'ماسيمو كارينا' },
    { text: 'وأفاد مدير مستشفى كفر نبل الطبيب وائل السراج بأن الجرحى نقلوا شمالا.', person: 'وائل السراج' },
    { text: 'وقال رئيس بلدية بيت حانون المهندس نادر الكفارنة إن المياه مقطوعة.', person: 'نادر الكفارنة' },
    { text: 'ويرى المحلل العسكري الروسي سيرجيو، الذي خدم في الأسطول، أن الهجوم مستبعد.', person: 'سيرجيو' },
  ],
  apply(scan) {
    for (const role of scan.roles) {
      const at = nameStartAfterRole(scan, role);
      if (at === null || afterVenueNoun(scan.tokens, role.firstToken)) continue;
      const team = afterTeamName(scan, role, at);
      // "سائق سيارة أجرة", "صاحب مخبز": an indefinite role takes a complement before any name (a team's name: afterTeamName).
      if (team === null && at === role.endToken && !tokenReadings(scan.tokens[at - 1]!).some(([, stem]) => stem.startsWith('ال'))) continue;
      // ("المحلل الأوكراني تاراس، الذي …": one word, the text saying who it is right after it.)
      let size = team === null ? scan.nameAt(at) || (describedLoneName(scan, at) ? 1 : 0) : 2;
      let start = team ?? at;
      // (Only after a complement: "الشيخ X ناصر Y" is one name of three words.)
      if (team === null && at > role.endToken && (placeBehindPreposition(scan, at, size) || givenNameSecond(scan, at, size))) [start, size] = [at + 1, 2];
      if (size > 0 && !adjectivePair(scan, start, size) && !speechNounFirst(scan, start) && !pairNoName(scan, start) && !inQuotationMarks(scan, start) && !anotherRoleFollows(scan, role, start, start + size)) scan.addName(scan.tokens.slice(start, start + size), scan.tokens[role.firstToken]!);
    }
  },
};
