import { TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { describedAfter, describedLoneName } from './name-after-kin';
import { givenNames, personNounOf } from '../../lexicon/given-names';
import { procliticReadings } from '../../matcher';
import { possessed } from '../../text/possessive';
import { perWord } from '../../text/vocabulary';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';

/** Adjectives a person noun may take before the name ("الطالبة الجامعية السورية"), at most. */
const MAX_ADJECTIVES = 3;

/** "المفرج عنه", "المفرج عنها": a participle and its pronoun after the noun. */
const PARTICIPLE_PRONOUNS = new Set(['عنه', 'عنها']);

/**
 * Token k is a person noun with the article ("المشجع", "والطالبة"); its ة gives
 * the gender. After a definite word it is that word's adjective ("الجندي الجريح").
 */
function personNounAt(scan: PersonScan, k: number): Gender | null {
  const { bare, gender } = personNounOf(scan.tokens[k]!);
  if (!gender) return nounInConstructAt(scan, k);
  // "ابنته", "زميلها": a kin noun with its pronoun, definite by it.
  if (!bare.startsWith('ال')) return gender;
  const before = scan.tokens[k - 1];
  if (!before?.joinsNext) return gender;
  // ("يقف أمام دكانه الصغير": so after a noun made definite by its pronoun, unless a person noun itself, "زميله المهندس".)
  if (possessed(before.text) && !scan.printedWith(before, TA_MARBUTA) && !personNounOf(before).gender && !scan.finder.stopWords.has(before.text)) return null;
  return !procliticReadings(before.text).some(([, stem]) => stem.startsWith('ال')) ? gender : null;
}

/**
 * "عالمة المحيطات الكازاخستانية X Y", "طالبة الأدب الفرنسي X Y": a woman's person
 * noun without the article, in construct with a definite word, is a person noun
 * too (its complement read as its adjectives); only in ة, where no verb reads the same.
 */
function nounInConstructAt(scan: PersonScan, k: number): Gender | null {
  const t = scan.tokens[k]!;
  const next = scan.tokens[k + 1];
  if (!t.joinsNext || !next?.text.startsWith('ال') || !womansNounInConstruct(t) || !scan.free(k + 1) || !scan.printedWith(t, TA_MARBUTA)) return null;
  return 'f';
}

/** The word with the article is a woman's person noun (also behind و ف): asked of most tokens, answered once per word (no strings made per token). */
const womansNounInConstruct = perWord((w) => {
  const bare = /^[وف]/.test(w) && !givenNames().personNouns.has(`ال${w}`) ? w.slice(1) : w;
  return givenNames().personNouns.get(`ال${bare}`) === 'f';
});
/** personNounAt can be other than null only at a person noun or a woman's noun in construct. */
const PERSON_NOUN = personWordBit((t) => !!personNounOf(t).gender || womansNounInConstruct(t));

/**
 * Where the name starts after the person noun at k: right after it, or after
 * its adjectives with the article ("الناقدة الفنية المصرية") and a
 * participle's pronoun ("المعتقل المفرج عنه"); null where none can follow.
 */
function nameStart(scan: PersonScan, k: number): number | null {
  const { tokens } = scan;
  let j = k + 1;
  for (let steps = 0; steps <= MAX_ADJECTIVES && j < tokens.length && tokens[j - 1]!.joinsNext; steps++) {
    const word = tokens[j]!.text;
    const pronoun = steps > 0 && PARTICIPLE_PRONOUNS.has(word);
    if (!pronoun && (scan.nameAt(j) > 0 || describedLoneName(scan, j))) return j;
    const adjective = lexicon.nationalities.has(word) || (word.startsWith('ال') && word.length >= 5 && scan.free(j) && !scan.finder.stopWords.has(word));
    if (!adjective && !pronoun) return null;
    j++;
  }
  return null;
}

/**
 * After a kin noun with its pronoun the sentence often goes on with its verb
 * ("ابنه ترك المدرسة", "شقيقه بجروح خطيرة"): a name there starts with a given
 * name of ours that is no common word, or the text describes it after.
 */
function kinName(scan: PersonScan, at: number, size: number): boolean {
  return givenNames().byWord.get(scan.tokens[at]!.text)?.common === false || describedAfter(scan, at + size - 1);
}

export const nameAfterPersonNoun: PersonRule = {
  name: 'name after person noun',
  why: 'A noun for an ordinary person ("المشجع", "الأسيرة", "الناقدة الفنية", "زميله") with its adjectives is followed by the name of the one it describes, whether or not we know the given name.',
  examples: [
    { text: 'ويقول المشجع مهيار الصبري (31 عاماً) إن الفريق يستحق الفوز.', person: 'مهيار الصبري' },
    { text: 'وروت الأسيرة المحررة شادن الشيخلي، وهي أم لأربعة أطفال، تفاصيل اعتقالها.', person: 'شادن الشيخلي' },
    { text: 'وكتبت الناقدة السينمائية التونسية ربيعة الغربي أن الفيلم جريء.', person: 'ربيعة الغربي' },
    { text: 'وقال المعتقل المفرج عنه مؤنس القواسمي إن التحقيق استمر أسابيع.', person: 'مؤنس القواسمي' },
    { text: 'وتعادل في المباراة مع زميله بروسلاف كيتانو، بطل النسخة الماضية.', person: 'بروسلاف كيتانو' },
    { text: 'وردت زميلتها ميلينا ستويكوفيتش: "لم نخسر شيئاً بعد".', person: 'ميلينا ستويكوفيتش' },
    { text: 'ويقول المشجع الأوكراني فاسيليكو، الذي سافر مع الفريق، إن الأجواء رائعة.', person: 'فاسيليكو' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (!tokens[k]!.joinsNext || !scan.free(k)) continue;
      const gender = (bits[k]! & PERSON_NOUN) === 0 ? null : personNounAt(scan, k);
      if (!gender) continue;
      // ("مهندسة الاتصالات X Y": a noun in construct reads its complement as adjectives, as a definite noun does.)
      // ("والدتها": its ال is the word's own letters, no article.)
      const noun = personNounOf(tokens[k]!);
      const kin = !noun.bare.startsWith('ال') && noun.gender !== null;
      const at = kin ? k + 1 : nameStart(scan, k);
      const size = at === null ? 0 : scan.nameAt(at) || (describedLoneName(scan, at) ? 1 : 0);
      if (at === null || size === 0 || (kin && !kinName(scan, at, size))) continue;
      scan.addName(tokens.slice(at, at + size), tokens[k]!, { gender });
    }
  },
};
