import { inSetBehindConjunction } from '../../clitics';
import { speechVerbOpensClause } from '../name-shapes';
import { lexicon } from '../../lexicon';
import { normalizeText } from '../../text/normalize';
import { commonAsPrinted, givenNames, type GivenName } from '../../lexicon/given-names';
import { procliticReadings } from '../../matcher';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { appositionAt, speechVerbToken } from '../words';
import { aloneBeforeApposition } from '../alone-before-apposition';
import { familyLength } from './given-name-family';

export const givenName: PersonRule = {
  name: 'given name',
  why: 'A known given name and a family name ("تجلس ريما الخطيب قرب الموقد") are a person, however the sentence introduces them; a given name that is also a common word (نور, أمل, سعيد) needs a person noun before it ("الأرملة نور الدباغ"), and later the given name alone is the same person.',
  examples: [
    { text: 'تجلس ريما الخطيب قرب موقد الحطب وتقلب الخبز بيدين متعبتين.', person: 'ريما الخطيب' },
    { text: 'يدفع حسين البدري عربة خشبية محملة بالماء عبر الطريق الترابي.', person: 'حسين البدري' },
    { text: 'كان آرام هوفسبيان، وهو مهندس سابق، يعمل في مصنع للأحذية.', person: 'آرام هوفسبيان' },
    { text: 'وتحمل الأرملة نور الدباغ سلة الخبز كل صباح إلى الخيمة.', person: 'نور الدباغ' },
    { text: 'ويقول الطفل يوسف إنه يريد العودة إلى مدرسته.', person: 'يوسف' },
    { text: 'أولينا موروز، معلمة في مدرسة ابتدائية بخاركيف، تدرس تلاميذها عبر الإنترنت.', person: 'أولينا موروز' },
    { text: 'جلست ريما الخطيب قرب الموقد. وتقول ريما الصغرى بين أخواتها إن الطحين نفد.', person: 'ريما الخطيب' },
    { text: 'وتجلس أمل الشامي، زوجة الصياد، على عتبة البيت.', person: 'أمل الشامي' },
    { text: 'تنتظر ديما القاضي أمام باب المخبز منذ الفجر.', person: 'ديما القاضي' },
    { text: 'وقالت وفاء الحلبي إن الماء لم يصل منذ أسبوع.', person: 'وفاء الحلبي' },
    { text: 'وعند الحاجز كانت هبة، وهي ممرضة في الثلاثين، تنتظر دورها منذ الفجر.', person: 'هبة' },
    { text: 'أما سعيد، الشاب الذي فقد عمله في الميناء، فيبيع الخبز على الرصيف.', person: 'سعيد' },
    { text: 'ويدفع عبد المعطي سمير الخطيب عربته عبر الطريق الترابي.', person: 'عبد المعطي سمير الخطيب' },
  ],
  apply(scan) {
    const { names, personNouns } = givenNames();
    let after = 0; // tokens before this are in a name already found by this rule
    for (const m of names.scan(scan.tokens)) {
      // A proclitic reading is too loose to introduce anyone ("وجود" is no "جود").
      if (m.proclitic !== '' || m.firstToken < after || !freeName(scan, m.firstToken, m.endToken)) continue;
      // ("الناطق باسم الجهاز": right after a role, "باسم" links the body it speaks for; no given name.)
      if (lexicon.bodyLinkers.has(scan.tokens[m.firstToken]!.text) && scan.roles.some((r) => r.endToken === m.firstToken)) continue;
      const name = commonHere(scan, m.values[0]!, m.firstToken);
      // ("روى X Y، سائق أجرة، …": a given name that is a speech verb, opening its clause, is the verb.)
      if (speechVerbOpensClause(scan, m.firstToken)) continue;
      // "ليالٍ", "أملاً": a given name printed with tanween is an indefinite common noun.
      if (scan.withTanween(scan.tokens[m.endToken - 1]!)) continue;
      // "مني" (from me) is no "منى": a name spelled with ى, printed with ي, in a text that prints ى.
      if (name.finalAlifMaqsura && !spelledAsListed(scan, m.endToken - 1)) continue;
      const noun = personNounBefore(scan, m.firstToken, personNouns);
      const family = connectorFamilyLength(scan, m.endToken, familyLength(scan, m.firstToken, m.endToken));
      // "نور الزعبي، ابنة محمود", "أمل سعيد (40 عاما)": an apposition says a common word is a name.
      // "قالت جهاد الشامي": so does a speech verb right before the name and its family name.
      // "ياسر آدم محمدين": so does a father's given name of ours that is no common word, and a family name after it.
      // "سعيد أبو الخير": so does a family name opened by "أبو" after it.
      const alone = family === 0 && !noun && aloneBeforeApposition(scan, m.firstToken, name);
      // "تجلس آمنة X Y مع": so does an imperfect verb of its gender opening the clause, and family words that are no common words.
      const told = family > 0 && (appositionAt(scan.doc, scan.tokens, m.endToken + family, scan.finder) || (speechVerbBefore(scan, m.firstToken) && boundaryAfter(scan, m.endToken + family)) || verbOfGenderOpensClause(scan, m.firstToken, m.endToken, name.gender, family));
      if (name.common && !noun && !alone && !fatherAndFamily(scan, m.endToken, family) && !connectorFamily(scan, m.endToken, family) && !told) continue;
      // "والدة رهف": a given name of ours alone after a kin noun in construct is the person whose kin is named.
      // "كانت وفاء، وهي طالبة،", "أما أمل، الشابة التي": alone after a verb or "أما", with an apposition after it.
      if (family === 0 && !noun && !(!name.common && kinInConstructBefore(scan, m.firstToken)) && !alone) continue;
      // "الممرضة آمنة" after "الممرضة آمنة يوسف": the person found with it in full (./common-aliases), no one new.
      if (family === 0 && name.common && scan.commonAliases.get(name.name)) continue;
      // ("الرجل الطيب": a given name printed with the article needs its family name, or it is an adjective.)
      if (family === 0 && name.name.startsWith('ال')) continue;
      // "هدى" named alone after "هدى X Y": one word after it ("هدى الباب") is no second person's family name.
      if (family === 1 && namedAlready(scan, m.firstToken, m.endToken)) continue;
      const end = m.endToken + family;
      // The words are a person's found already (a compound surname).
      if (namedAlready(scan, m.firstToken, end)) continue;
      // The name runs on into a gazetteer name ("صالح مهدي الزبيدي"): a longer name than we can read.
      if (scan.tokens[end - 1]!.joinsNext && end < scan.tokens.length && scan.covered[end]) continue;
      const words = scan.tokens.slice(compoundNameBefore(scan, m.firstToken), end);
      // "يوسف الكردي" after "منى يوسف الكردي": the person's surname, no one new.
      const owner = words.length > 1 ? scan.ownerOfTail(words) : undefined;
      if (owner) {
        scan.names.add(words.map((w) => w.text).join(' '), owner);
        continue;
      }
      const gender = name.gender ?? noun ?? undefined;
      const alias = aliasOf(name, family) && !scan.finder.stopWords.has(name.name);
      // ("الجندي" alone is a soldier: a role turned surname names no one alone.)
      const surnameless = scan.finder.roles.longestAt(scan.tokens, end - 1, end) !== null;
      scan.addName(words, words[0]!, { ...(gender ? { gender } : {}), ...(alias ? { alias: name.name } : {}), ...(surnameless ? { surnameless } : {}) });
      after = end;
    }
  },
};

/** The name as read here ("آنا" printed so is no common word, though "أنا", I, folds into it). */
function commonHere(scan: PersonScan, name: GivenName, k: number): GivenName {
  return name.common && !commonAsPrinted(name, scan.printed(scan.tokens[k]!)) ? { ...name, common: false } : name;
}

/**
 * Where the name starts when a compound given name we do not list stands
 * before token k ("عبد الرقيب سيف المخلافي": "عبد" and a word with the
 * article, joined): else k.
 */
function compoundNameBefore(scan: PersonScan, k: number): number {
  const [head, tail] = [scan.tokens[k - 2], scan.tokens[k - 1]];
  if (!head?.joinsNext || !tail?.joinsNext || !scan.free(k - 2) || !scan.free(k - 1)) return k;
  return scan.finder.compoundNameHeads.has(head.text) && tail.text.startsWith('ال') && tail.text.length >= 5 ? k - 2 : k;
}

/**
 * A speech verb right before token k ("قالت", "وتقول"), and the name no document ("وأكد بيان صادر عن": بيان is a given name too)
 * nor a role of ours in construct ("قال صديق الجامعة، X": صديق is a given name too).
 */
function speechVerbBefore(scan: PersonScan, k: number): boolean {
  const verb = scan.tokens[k - 1];
  if (!verb?.joinsNext || !speechVerbToken(scan.finder, verb)) return false;
  return !lexicon.documentNouns.has(normalizeText(scan.tokens[k]!.text)) && scan.finder.roles.longestAt(scan.tokens, k, k + 1) === null;
}

/**
 * "على بعد أمتار، يحفر سامي X قناة", "تجلس آمنة X Y مع أطفالها": an imperfect verb of the given name's gender
 * opens the clause before it, and no family word is a common word or takes the article.
 */
function verbOfGenderOpensClause(scan: PersonScan, k: number, end: number, gender: Gender | undefined, family: number): boolean {
  const verb = scan.tokens[k - 1];
  const shape = verb?.joinsNext ? /^([وف]?)([يت])[\u0621-\u064a]{3,4}$/.exec(verb.text) : null;
  if (!shape || !gender || (shape[2] === 'ت') !== (gender === 'f')) return false;
  // (The verb opens the clause: after a mark or the text's start, or with و/ف on it.)
  if (shape[1] === '' && scan.tokens[k - 2]?.joinsNext) return false;
  for (let j = end; j < end + family; j++) {
    const word = scan.tokens[j]!.text;
    // ("تحمل وردة حمراء": an adjective of colour, فعلاء, is no family name here.)
    if (word.startsWith('ال') || word.length < 3 || word.endsWith('اء') || lexicon.commonWords.has(word) || scan.finder.stopWords.has(word)) return false;
  }
  return true;
}

/**
 * The name clearly ends before token k: punctuation, a stop word ("إن"), a phrase behind ل ("لمراسلنا")
 * or a role in apposition ("قال جهاد X رئيس الوفد"); not a word that may go on with the name.
 */
function boundaryAfter(scan: PersonScan, k: number): boolean {
  const next = scan.tokens[k];
  if (!next || !scan.tokens[k - 1]!.joinsNext) return true;
  return inSetBehindConjunction(scan.finder.stopWords, next.text) || next.text.startsWith('ل') || scan.finder.roles.longestAt(scan.tokens, k) !== null;
}

/** The name's words are free (no gazetteer mention, no place) and continue no other name ("أبو محمد", "بن علي"). */
function freeName(scan: PersonScan, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!scan.free(k)) return false;
  // ("أمين المظالم", "أمين عام": a role of ours that opens with the given name is a title.)
  const role = scan.finder.roles.longestAt(scan.tokens, first);
  if (role && role.proclitic === '' && role.endToken > end) return false;
  // "علي" (Ali) and "على" (on) are one word once normalized: Ali is printed with ي.
  const firstWord = scan.tokens[first]!;
  if (firstWord.text === 'علي' && !scan.printedWith(firstWord, 0x64a)) return false;
  const before = scan.tokens[first - 1];
  // "لم أنسَ", "لن يزيد": after a particle of the jussive or subjunctive the word is a verb.
  if (before?.joinsNext && lexicon.verbParticles.has(before.text)) return false;
  // "مجمع ناصر الطبي", "مدرسة خالد بن الوليد": a body named after someone is no person.
  if (before?.joinsNext && (scan.finder.nameConnectors.has(before.text) || namesABody(scan, before.text))) return false;
  // The father's name in a name whose first word was no evidence ("سعيد عبد الله" starts at "سعيد").
  if (before?.joinsNext && givenNames().names.longestAt(scan.tokens, first - 1, first)) return false;
  // Inside a name an earlier rule found ("سامي عبد الحميد" after its role).
  for (let k = Math.max(0, first - 3); k < first; k++) {
    const known = scan.names.longestAt(scan.tokens, k);
    if (known && known.endToken > first) return false;
  }
  return true;
}

/** The family words at end..end+family are a father's given name of ours (no common word) and one word more. */
function fatherAndFamily(scan: PersonScan, end: number, family: number): boolean {
  if (family < 2) return false;
  const father = givenNames().names.longestAt(scan.tokens, end, end + family);
  return !!father && father.proclitic === '' && father.endToken === end + family - 1 && !father.values[0]!.common;
}

/**
 * "كريم أبو الخير سائقا": after "أبو"/"أم" and the word it opens, a third word that is no given name of ours
 * is the sentence's, not the family name's.
 */
function connectorFamilyLength(scan: PersonScan, end: number, family: number): number {
  const third = scan.tokens[end + 2];
  return family === 3 && givenNames().kunyas.has(scan.tokens[end]!.text) && !givenNames().byWord.has(third!.text) && !third!.text.startsWith('ال') ? 2 : family;
}

/** The family words at end..end+family are a connector ("أبو") and the name it opens ("أبو الخير"). */
function connectorFamily(scan: PersonScan, end: number, family: number): boolean {
  // ("يناديه الجيران باسم أبو فراس": "باسم" says what someone is called.)
  return family === 2 && givenNames().kunyas.has(scan.tokens[end]!.text) && !lexicon.bodyLinkers.has(scan.tokens[end - 1]!.text);
}

/** Token k ends with ى as printed, or the text never prints ى (it writes ي for both). */
function spelledAsListed(scan: PersonScan, k: number): boolean {
  return scan.printedWith(scan.tokens[k]!, 0x649) || !scan.printsAlifMaqsura.alifMaqsura;
}

/** The words first..end are a name of a person found already (an alias, a surname). */
function namedAlready(scan: PersonScan, first: number, end: number): boolean {
  const known = scan.names.longestAt(scan.tokens, first, end);
  return !!known && known.endToken === end && known.proclitic === '';
}

/** A word for a body that takes a person's name ("مجمع", "بمستشفى", "ومدرسة"). */
const namesABody = (scan: PersonScan, word: string): boolean => procliticReadings(word).some(([, stem]) => scan.finder.complementHeads.has(stem));

/** The gender of a person noun right before the name ("الطالبة", "والمزارع"), or null. */
function personNounBefore(scan: PersonScan, first: number, nouns: ReadonlyMap<string, Gender>): Gender | null {
  const before = scan.tokens[first - 1];
  if (!before?.joinsNext) return null;
  const word = before.text;
  return nouns.get(word) ?? (/^[وف]/.test(word) ? nouns.get(word.slice(1)) : undefined) ?? null;
}

/** The word before the name is a kin noun in construct ("والد", "وزوجة"), joined to it. */
function kinInConstructBefore(scan: PersonScan, first: number): boolean {
  const before = scan.tokens[first - 1];
  return !!before?.joinsNext && inSetBehindConjunction(givenNames().kinInConstruct, before.text);
}

/** A given name names the person alone later when it is no common word and came with a family name ("علي" is also "على" once normalized: never alone). */
const aliasOf = (name: GivenName, family: number): boolean => !name.common && family > 0;
