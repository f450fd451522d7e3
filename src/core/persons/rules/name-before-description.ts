import { TA_MARBUTA } from '../../chars';
import { lexicon } from '../../lexicon';
import { tokenReadings } from '../../matcher';
import { perWord } from '../../text/vocabulary';
import { nisbaShaped } from '../../role-names';
import { givenNames } from '../../lexicon/given-names';
import type { Gender } from '../../types';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { ageAt } from '../ages';
import { appositionAt, givenNameBehindBa, verbLike } from '../words';
import { apposedPronounGender } from '../alone-before-apposition';

/** Relative pronouns with the gender they mark (data/speech-verbs.json): only a definite noun takes one. */
const RELATIVES = lexicon.singularRelatives;

/** What describes a name: the gender it marks; `person`: "، وهي أرملة", "، وهو سائق" (a pronoun and a person noun). */
interface Description {
  gender?: Gender;
  person?: true;
}

/** Token k, after "وهو"/"وهي", is a person noun, a role, a kin noun or an age ("وهي أرملة", "وهو سائق", "وهي أم"). */
function personAfterPronoun(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t) return false;
  const names = givenNames();
  return names.personNouns.has(`ال${t.text}`) || names.appositionWords.has(t.text) || ageAt(scan.tokens, k) || scan.finder.roles.longestAt(scan.tokens, k, k + 1) !== null;
}

/**
 * "وتجلس X الY، وهي أرملة": two words before a pronoun and a person noun are a
 * name even with the article on the second or ة on the first, where the first
 * is no noun of a person, common noun, joined-on word or speech verb.
 */
function describedTwoWords(scan: PersonScan, k: number, size: number): boolean {
  const [first, second] = scan.tokens.slice(k, k + 2);
  if (size !== 2 || !first || !second || first.text.startsWith('ال') || /^[وف]/.test(first.text) || second.text.length < 3) return false;
  const nouns = givenNames().personNouns;
  // ("مشروع القانون، وهو أب لكل…": a common noun opens no name.)
  return !nouns.has(`ال${first.text}`) && !nouns.has(first.text) && !scan.finder.speechVerbs.has(first.text) && !lexicon.commonWords.has(first.text);
}

/**
 * What the text says right after the words first..end: a relative pronoun
 * (after a comma or not: "X Y التي عادت"), or an apposition after a comma
 * ("، نازحة عادت", "، وهو", "، 40 عاما"). With the gender it marks, or
 * undefined; null where nothing describes them.
 */
export function descriptionAfter(scan: PersonScan, end: number): Description | null {
  const { tokens, doc } = scan;
  const next = tokens[end];
  if (!next) return null;
  const gap = doc.norm.text.slice(tokens[end - 1]!.end, next.start).trim();
  const relative = RELATIVES.get(next.text);
  if (relative && (gap === '' || gap === '،' || gap === ',')) return { gender: relative };
  // ("منتحلو صفة (رئيس وزراء)": a bracket holds a title as often as an apposition.)
  if (gap !== '،' && gap !== ',') return null;
  if (!appositionAt(doc, tokens, end, scan.finder)) return null;
  const pronoun = apposedPronounGender(next.text);
  if (pronoun) return { gender: pronoun, ...(personAfterPronoun(scan, end + 1) ? { person: true } : {}) };
  const noun = givenNames().personNouns.get(`ال${next.text}`);
  // ("، نازحة", "، أرملة", "، عضوة": a noun in ة describes a woman.)
  return noun ? { gender: noun } : scan.printedWith(next, TA_MARBUTA) ? { gender: 'f' } : {};
}

const RELATIVE = personWordBit(perWord((word) => RELATIVES.has(word)));
/** The Arabic and the Latin comma, by code. */
const isComma = (code: number) => code === 0x060c || code === 0x2c;

/** descriptionsByEnd's answer: 1 at each end something describes (0 past the text's end), and what describes it. */
interface Descriptions {
  marks: Uint8Array;
  byEnd: Map<number, Description>;
}

/**
 * descriptionAfter for every end, read once per text (it depends on the end
 * alone): only where a comma comes before the word or the word is a relative
 * pronoun, what it asks first. (Marks per token and a map of the few found, not
 * an array of every token's answer: ~200 KB less allocated per 100 KB.)
 */
function descriptionsByEnd(scan: PersonScan): Descriptions {
  const { tokens, doc } = scan;
  const out: Descriptions = { marks: new Uint8Array(tokens.length + 6), byEnd: new Map() };
  const bits = personWordBits(tokens);
  for (let e = 1; e < tokens.length; e++) {
    let may = (bits[e]! & RELATIVE) !== 0;
    for (let i = tokens[e - 1]!.end; !may && i < tokens[e]!.start; i++) may = isComma(doc.norm.text.charCodeAt(i));
    const described = may ? descriptionAfter(scan, e) : null;
    if (described) {
      out.marks[e] = 1;
      out.byEnd.set(e, described);
    }
  }
  return out;
}

/** The word before k makes the words a place's or a body's name ("بلدة كفر نبل", "مستشفى كمال عدوان", "في تل شهاب"). */
function namesAPlaceOrBody(scan: PersonScan, k: number): boolean {
  const before = scan.tokens[k - 1];
  if (!before?.joinsNext) return false;
  if (!scan.free(k - 1) || scan.finder.nameConnectors.has(before.text)) return true;
  return tokenReadings(before).some(([, stem]) => givenNames().placeWords.has(stem) || scan.finder.complementHeads.has(stem));
}

/**
 * The words are a person's name by their own shape: a given name of ours that
 * is no common word comes first, or no word takes the article (a noun with no
 * article takes no relative pronoun: the words are a proper name).
 */
function nameShaped(scan: PersonScan, k: number, size: number): boolean {
  const words = scan.tokens.slice(k, k + size);
  if (givenNames().byWord.get(words[0]!.text)?.common === false) return true;
  // "صحفي أجنبي، الذي": a person noun and its adjective of origin.
  const nouns = givenNames().personNouns;
  if (nouns.has(words[0]!.text) || nouns.has(`ال${words[0]!.text}`) || nisbaShaped(words[size - 1]!.text)) return false;
  // "معركة X التي": a noun in ة heads an event's or a thing's name; "رؤيتنا لتسوية شاملة": no name of three words without a connector.
  // ("والتقى سليم، وهو": a first word behind و or ف is a verb or a noun joined on, seldom a name we lack.)
  if (/^[وف]/.test(words[0]!.text) || scan.printedWith(words[0]!, TA_MARBUTA) || (size > 2 && !words.some((t) => scan.finder.nameConnectors.has(t.text)))) return false;
  // ("صرحت لودميلا، وهي": a speech verb before a name is no word of it.)
  // ("غادرت X، البالغة…": a verb before a name is no word of it.)
  if (scan.finder.speechVerbs.has(words[0]!.text) || (size === 2 && verbLike(scan.tokens, k, scan.finder))) return false;
  // ("مياه نهر دجلة، الذي": a common noun, "نهر", opens a place's name, not a person's.)
  if (lexicon.commonWords.has(words[0]!.text)) return false;
  return words.every((t) => !t.text.startsWith('ال') && t.text.length >= 3);
}

export const nameBeforeDescription: PersonRule = {
  name: 'name before description',
  why: 'A name the text goes on to describe ("X Y، نازحة عادت…", "X Y التي أشرفت…", "X Y، وهو…") is a person\'s, whatever introduces it: an indefinite noun takes no relative pronoun.',
  examples: [
    { text: '10:15 | هريبسيمه أفاكيان، نازحة من القرية، تقول إن البيت لم يعد صالحا للسكن.', person: 'هريبسيمه أفاكيان' },
    { text: 'وقالت المدربة توميريس باكيروفا التي أشرفت على الفريق إن النتيجة مشجعة.', person: 'توميريس باكيروفا' },
    { text: 'أما بيرج داديان، الذي عاد إلى متجره بعد الحرب، فيقول إن الزبائن قلة.', person: 'بيرج داديان' },
    { text: 'في السوق القديم يجلس كيغام بوياجيان، أحد أقدم التجار، أمام بابه.', person: 'كيغام بوياجيان' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const { marks, byEnd } = descriptionsByEnd(scan);
    for (let k = 0; k + 2 < tokens.length; k++) {
      // (A name is five words at most: with nothing describing words that end within reach, no name from k is read.)
      if ((marks[k + 2]! | marks[k + 3]! | marks[k + 4]! | marks[k + 5]!) === 0) continue;
      if (!scan.free(k) || namesAPlaceOrBody(scan, k)) continue;
      const size = scan.nameAt(k);
      const described = size < 2 ? null : (byEnd.get(k + size) ?? null);
      if (!described || !(nameShaped(scan, k, size) || (described.person && describedTwoWords(scan, k, size)))) continue;
      // ("رجعت سحر، وهي", "جلس سامر أبو خليل، رئيس": a verb's shape, or three letters, the shape of a past verb such as
      // "جلس", before a given name of ours is the verb; the name starts after it. "سماح عادل X، وهي", "بسلوى نجيب X": a
      // longer first name we lack, or ours behind a preposition, opens it.)
      const { byWord, names } = givenNames();
      const verbBefore = verbLike(tokens, k, scan.finder) || tokens[k]!.text.length === 3;
      if (verbBefore && !byWord.has(tokens[k]!.text) && !names.longestAt(tokens, k, k + 1) && byWord.has(tokens[k + 1]!.text)) continue;
      const given = givenNames().byWord.get(tokens[k]!.text)?.gender;
      const gender = given ?? described.gender;
      // ("اتصلنا بخالد X، وهو": found already without the preposition, by ./name-after-meeting-verb.)
      const words = tokens.slice(k, k + size);
      const behindBa = givenNameBehindBa(words[0]!);
      if (behindBa && scan.fullNames.has([behindBa, ...words.slice(1)].map((w) => w.text).join(' '))) continue;
      scan.addName(words, words[0]!, gender ? { gender } : undefined);
      k += size - 1;
    }
  },
};
