import { TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import { tokenReadings, type Token } from '../../matcher';
import { WordAnswers } from '../../text/vocabulary';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { endsWithPronoun, personKey, speechVerbOpensClause } from '../name-shapes';
import { endsLikeName, looksLikeNameStart, nameSlotAfter, withoutProclitic } from '../words';
import { givenAndFamilyAt } from '../name-chains';
import { personApposedAt } from '../alone-before-apposition';

export const kunya: PersonRule = {
  name: 'kunya',
  why: 'A parent named by their child ("أم ياسر", "أبو سامر الحلبي") is a person; the two words name them alone later.',
  examples: [
    { text: 'وتجمع أم ياسر الحطب من البستان المجاور كل مساء.', person: 'أم ياسر' },
    { text: 'ويروي أبو سامر الحلبي كيف عاد إلى بيته المهدم.', person: 'أبو سامر الحلبي' },
    { text: 'قالت أم نور وهي تعد الشاي: "لم يبق لنا شيء".', person: 'أم نور' },
    { text: 'يجلس أبو حسين أمام دكانه المغلق منذ شهور.', person: 'أبو حسين' },
    { text: 'ومر زياد أبو سليم بالحاجز قبل الفجر بدقائق.', person: 'زياد أبو سليم' },
    { text: 'ما زالت هالة سمير أبو غسان تنتظر عودة ابنها.', person: 'هالة سمير أبو غسان' },
    { text: 'وقالت أم خليل أبو ريدة إن المخبز أغلق أبوابه منذ الفجر.', person: 'أم خليل أبو ريدة' },
    { text: 'التقينا بأم سليم قرب الخيمة الزرقاء.', person: 'أم سليم' },
    { text: 'وأرسلت الجمعية سلة غذائية لأم فراس بعد أيام من النزوح.', person: 'أم فراس' },
    { text: 'تسكن أم ديدو، واسمها شوشان ملكونيان، غرفة واحدة مع أحفادها.', person: 'أم ديدو' },
    { text: 'وفي الطابور وقفت أم سامي، واسمها نجلاء قاسم، منذ الفجر.', person: 'أم سامي' },
    { text: 'ويفتح الحلاق أبو سامر خليل العطار دكانه قبل السابعة كل صباح.', person: 'أبو سامر' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const { names } = givenNames();
    const bits = personWordBits(tokens);
    for (let k = 0; k + 1 < tokens.length; k++) {
      const kunyaWord = (bits[k]! & KUNYA_WORD) === 0 ? null : kunyaOf.of(tokens[k]!);
      if (!kunyaWord || !tokens[k]!.joinsNext || !scan.free(k) || !scan.free(k + 1)) continue;
      const { gender, proclitic } = kunyaWord;
      const child = names.longestAt(tokens, k + 1);
      // ("أضحك على الصغار أم على حالي": "على" (on) is "علي" once normalized; a child Ali is printed with ي.)
      if (child && tokens[k + 1]!.text === 'علي' && !scan.printedWith(tokens[k + 1]!, 0x64a)) continue;
      if (!child && proclitic === '' && namedInFullAfter(scan, k + 1)) {
        scan.addName(tokens.slice(k, k + 2), tokens[k]!, { gender, alias: tokens.slice(k, k + 2).map((t) => t.text).join(' '), surnameless: true });
        continue;
      }
      // ("بأم سليم": behind a preposition "أم" is no "or", whatever the child's name.)
      // ("وقفت أم سامي، واسمها X": the full name given after it says it is a person, whatever the word before.)
      if (!child || child.proclitic !== '' || !(allowed(scan, k, gender, child.values[0]!.common && !/[بل]/.test(proclitic)) || namedInFullAfter(scan, k + 1, true))) continue;
      // ("التاجر أبو محمد حسين الدباغ": a kunya, then the full name it stands for: one person, known by both.)
      const fullName = givenAndFamilyAt(scan, child.endToken);
      if (fullName > 0 && proclitic === '') {
        const kunyaWords = tokens.slice(k, child.endToken);
        const nameWords = tokens.slice(child.endToken, child.endToken + fullName);
        scan.addName(kunyaWords, kunyaWords[0]!, { gender, surnameless: true });
        scan.addName(nameWords, nameWords[0]!, { gender });
        scan.sameAsLonger(personKey(kunyaWords), personKey(nameWords));
        k = child.endToken + fullName - 1;
        continue;
      }
      const end = child.endToken + familyAfter(scan, child.endToken);
      if (end < tokens.length && tokens[end - 1]!.joinsNext && scan.covered[end]) continue;
      // "سامر أبو غزالة": after a given name, "أبو …" is the family name of a longer name.
      // (Its gender is the given name's: "ريم أبو زيد" is a woman.)
      // ("أمل رشيد أبو سلطان": a father's given name may stand between, then the name has three parts.)
      if (proclitic === '' && givenNameBefore(scan, k)) {
        const from = givenNameBefore(scan, k - 1) ? k - 2 : k - 1;
        scan.addName(tokens.slice(from, end), tokens[from]!, { gender: givenNameGender(scan, from) ?? gender });
      } else {
        const words = [withoutPreposition(tokens[k]!, proclitic), ...tokens.slice(k + 1, end)];
        const kunyaWords = words.slice(0, child.endToken - k);
        scan.addName(words, words[0]!, { gender, alias: kunyaWords.map((t) => t.text).join(' '), surnameless: end === child.endToken });
      }
      k = end - 1;
    }
  },
};

/**
 * "أم ليفون، واسمها X Y": a child's name we do not list, set off by a comma and followed by a word that
 * gives the parent's full name (data/given-names.json kunyas.fullNameWords), makes a kunya all the same
 * (`listedChild`: a child's name we list, "أم سامي، واسمها", where no other sign says it is no "or").
 */
function namedInFullAfter(scan: PersonScan, at: number, listedChild = false): boolean {
  const { tokens, finder } = scan;
  const child = tokens[at];
  const next = tokens[at + 1];
  if (!child || !next || child.joinsNext || !next.joinsNext || !scan.free(at)) return false;
  return (listedChild || (looksLikeNameStart(child.text, finder) && !child.text.startsWith('ال'))) && givenNames().fullNameWords.has(next.text);
}

/** The word before the kunya at k is a given name of ours, printed bare and joined to it ("وسام أبو علي"). */
function givenNameBefore(scan: PersonScan, k: number): boolean {
  const before = scan.tokens[k - 1];
  if (!before?.joinsNext || !scan.free(k - 1) || scan.finder.nameConnectors.has(scan.tokens[k - 2]?.text ?? '') || knownAs(scan, k - 1) || speechVerbOpensClause(scan, k - 1)) return false;
  return givenNames().names.longestAt(scan.tokens, k - 1, k)?.proclitic === '';
}

/** The gender of the given name at token k, when our lists give one. */
function givenNameGender(scan: PersonScan, k: number): 'm' | 'f' | undefined {
  return givenNames().names.longestAt(scan.tokens, k, k + 1)?.values[0]?.gender ?? undefined;
}

/** How far back a word of being known as may stand before "باسم": the verb, its object and a subject of two words ("يعرفه أهل البلدة باسم"). */
export const KNOWN_AS_REACH = 4;

/** "يعرفه الجيران باسم أبو سامي": token k, "باسم", says what someone is called, no given name. */
export function knownAs(scan: PersonScan, k: number): boolean {
  const { tokens } = scan;
  if (tokens[k]!.text !== 'باسم') return false;
  const { knownAsWords } = givenNames();
  for (let i = k - 1; i >= 0 && i >= k - KNOWN_AS_REACH && tokens[i]!.joinsNext; i--) if (tokenReadings(tokens[i]!).some(([p, stem]) => (p === '' || p === 'و' || p === 'ف') && knownAsWords.has(stem))) return true;
  return false;
}

/** "أبو"/"أم", also behind و/ف ("وأم") or a preposition ("التقيت بأم سامي"), with the gender it marks and that proclitic (once per word). */
const kunyaOf = new WordAnswers((token): { gender: 'm' | 'f'; proclitic: string } | null => {
  const { kunyas } = givenNames();
  for (const [p, stem] of tokenReadings(token)) if (/^[وف]?[بل]?$/.test(p) && kunyas.has(stem)) return { gender: kunyas.get(stem)!, proclitic: p };
  return null;
});
const KUNYA_WORD = personWordBit((t) => kunyaOf.of(t) !== null);

/** The kunya's first word without a preposition glued to it ("بأم" → "أم"): the name starts after it. */
function withoutPreposition(token: Token, proclitic: string): Token {
  if (!/[بل]/.test(proclitic)) return token;
  return withoutProclitic(token, proclitic.length);
}

/**
 * After "أم" a child's name that is also a common word ("أم نور", "أم سلام")
 * counts only where a clause starts or a verb comes before (a speech verb, an
 * imperfect "وتجمع"): "أم" is also "or" ("هل هي حرب أم سلام"). After a
 * family noun ("لعائلة أبو سامر") or in a place ("في أبو سامر") it is no person.
 */
function allowed(scan: PersonScan, k: number, gender: 'm' | 'f', common: boolean): boolean {
  const before = scan.tokens[k - 1];
  // "منزل عائلة أبو سامر": a family's name; "في أبو سامر": a place's.
  const { familyNouns, placeWords } = givenNames();
  if (before?.joinsNext && tokenReadings(before).some(([, stem]) => familyNouns.has(stem) || placeWords.has(stem))) return false;
  if (!common || gender === 'm' || !before || !before.joinsNext) return true;
  // ("زوجته أم خالد": a noun for a person before it says so too; so does "أما" or an honorific: nameSlotAfter.)
  // ("تقف أم سعيد، وهي أرملة،": so does an apposition right after it that says who she is.)
  return nameSlotAfter(scan.tokens, k, scan.finder) || /^[وف]?[يت][\u0621-\u064a]{3,}$/.test(before.text) || givenNames().personNouns.has(before.text) || personApposedAt(scan, k + 2, 'f');
}

/** A family name after the child's name: a word with ال ending like a nisba ("الحلبي"), one name word that ends the name, or "أبو" and one. */
function familyAfter(scan: PersonScan, at: number): number {
  const { tokens, finder } = scan;
  const t = tokens[at];
  // ("أبو سليم مبتسماً": a word printed with tanween is an adverbial, no family name.)
  if (!t || !tokens[at - 1]!.joinsNext || !scan.free(at) || finder.stopWords.has(t.text) || scan.withTanween(t)) return 0;
  // ("لأم سامي وأمثالها": a noun with a pronoun is no family name.)
  if (t.text.length >= 5 && endsWithPronoun(scan.printed(t))) return 0;
  // ("أبو فراس (مزارع، 58 عاما)": a bracket opens a description, no family name.)
  if (/[()[\]]/.test(scan.doc.norm.text.slice(tokens[at - 1]!.end, t.start))) return 0;
  // ("أم يوسف أبو طعيمة": a family name of two words with "أبو".)
  if (givenNames().kunyas.get(t.text) === 'm' && t.joinsNext && scan.free(at + 1) && looksLikeNameStart(tokens[at + 1]!.text, finder) && endsLikeName(tokens, at + 2, finder)) return 2;
  // ("أم خالد الكبرى": printed with ى it is an adjective, no nisba.)
  if (t.text.startsWith('ال')) return (t.text.length >= 5 && t.text.endsWith('ي') && !scan.printedWith(t, 0x649)) || setOffSurname(scan, at) || plainSurname(scan, at) ? (looksLikeNameStart(t.text, finder, true) ? 1 : 0) : 0;
  // ("أم خالد أرملة في الخمسين": a noun for a person, "الأرملة" with the article, says who she is.)
  const personNoun = givenNames().personNouns.has(t.text) || givenNames().personNouns.has(`ال${t.text}`);
  return looksLikeNameStart(t.text, finder) && !personNoun && endsLikeName(tokens, at + 1, finder) ? 1 : 0;
}

/**
 * "وقالت أم سامي الزغير إن…": after a speech verb (or أما), a word with the article that is no common word, person noun,
 * role or feminine adjective, before a clear end of the name ("وتجمع أم ياسر الحطب": after another verb, its object).
 */
function plainSurname(scan: PersonScan, at: number): boolean {
  const t = scan.tokens[at]!;
  return nameSlotAfter(scan.tokens, at - 2, scan.finder) && endsLikeName(scan.tokens, at + 1, scan.finder) && !lexicon.commonWords.has(t.text.slice(2)) && !scan.printedWith(t, TA_MARBUTA) && !givenNames().personNouns.has(t.text) && !scan.finder.roles.longestAt(scan.tokens, at, at + 1);
}

/** "أبو ماهر الدبس، وهو…": a word with the article set off right after it, no common word, adjective of a person or role, is the family name. */
function setOffSurname(scan: PersonScan, at: number): boolean {
  const t = scan.tokens[at]!;
  if (t.joinsNext || t.text.length < 4 || scan.printedWith(t, TA_MARBUTA) || !scan.tokens[at + 1]) return false;
  const bare = t.text.slice(2);
  return !lexicon.commonWords.has(bare) && !givenNames().personNouns.has(t.text) && !scan.finder.roles.longestAt(scan.tokens, at, at + 1) && !scan.finder.stopWords.has(t.text);
}
