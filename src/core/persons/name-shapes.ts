// What a word's shape says about a name, for the person scan and its rules:
// a first name that only looks like an article, a foreign given name that
// names the person alone later, and a noun after a father's name that is the
// verb's object.
import { printedHamzaAl, TA_MARBUTA } from '../chars';
import { withoutConjunction } from '../clitics';
import { lexicon } from '../lexicon';
import { givenNames } from '../lexicon/given-names';
import { procliticReadings, type PhraseMatch, type Token } from '../matcher';
import { monthAt } from './months';
import { afterVenueNoun, nisbaAdjective } from './known-persons';
import type { PersonScan } from './scan';
import { isPersonNoun, looksLikeNameStart, pluralNounInAt, speechVerbToken } from './words';
import { firstAbove, firstAtLeast } from '../text/search';
import { normalizeText } from '../text/normalize';

/** Token k, a speech verb opening its clause ("…، روى أبو زيد أن"), is the verb, not a given name it may be read as (رؤى). */
export const speechVerbOpensClause = (scan: PersonScan, k: number): boolean => !scan.tokens[k - 1]?.joinsNext && speechVerbToken(scan.finder, scan.tokens[k]!);

/**
 * A third-person pronoun on a word as printed ("نزوحها", "روايته"): a possessed noun, no name's; but not "ه" after
 * an alif, a foreign name's end ("أبياه") far more often than a possessed noun's in news.
 */
const THIRD_PERSON_PRONOUN = /(ها|هم|هما|[^ا]ه)$/;

/**
 * The first word of a name of two words or more, where it is a given name
 * of ours that is no common word ("سماح" of "سماح العلي" found after a role):
 * it names the person alone later. "علي" only printed so, in a text that
 * prints "على" with ى.
 */
export function givenNameAlias(scan: PersonScan, words: Token[]): string | undefined {
  const first = words[0]!;
  if (words.length === 2 && !givenNames().byWord.has(first.text) && foreignGivenName(scan, first) && plainSurname(scan, words[1]!)) return first.text;
  if (words.length < 2 || givenNames().byWord.get(first.text)?.common !== false) return undefined;
  if (first.text === 'علي') return scan.printedWith(first, 0x64a) && scan.printsAlifMaqsura.ala ? first.text : undefined;
  return scan.finder.stopWords.has(first.text) ? undefined : first.text;
}

const ARABIC_LETTERS_ONLY = /^[\u0621-\u064a]+$/;
/**
 * The first of two name words, where it is no given name of ours but plainly a
 * given name ("نيلس" of "نيلس هانسن", "تاكوهي" of "تاكوهي سركيسيان"): no article,
 * proclitic, common word, noun of a person, role, function word or head of a
 * body's name. It names the person alone later, as a given name of ours does.
 */
export function foreignGivenName(scan: PersonScan, t: Token): boolean {
  const { finder } = scan;
  const word = t.text;
  if (word.length < 3 || word.startsWith('ال') || /^[وفبلك]/.test(word) || !ARABIC_LETTERS_ONLY.test(word)) return false;
  if (lexicon.commonWords.has(word) || finder.compoundNameHeads.has(word) || finder.stopWords.has(word) || finder.complementHeads.has(word) || finder.nameConnectors.has(word) || finder.speechVerbs.has(word)) return false;
  return !isPersonNoun(word) && !finder.roles.longestAt([t], 0, 1) && !scan.printedWith(t, TA_MARBUTA);
}

/** A second name word that is a surname alone: no common word or body's head ("قرى منطقة"), no "الله" of a compound ("دفع الله"). */
function plainSurname(scan: PersonScan, t: Token): boolean {
  return t.text !== 'الله' && !lexicon.commonWords.has(t.text) && !scan.finder.complementHeads.has(t.text) && !scan.finder.compoundNameHeads.has(t.text);
}

/**
 * Token k, after a given name and a father's, is the verb's object, no family name:
 * a noun in construct with a definite word or one with a pronoun ("قصة نزوحها",
 * "يد أختها"), or an indefinite noun in ا ("كيسا"); a common word may be a family
 * name ("رحيم").
 */
export function objectAfterFather(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  if (givenNames().byWord.has(t.text)) return false;
  const next = scan.tokens[k + 1];
  // ("آمنة حسن الأمين": a word with the article is the family name; "حمدنا الله", "نور الدين": a compound one.)
  const compound = !!next && t.joinsNext && (next.text === 'الله' || lexicon.compoundNameTails.has(next.text));
  if (t.text.startsWith('ال') || compound) return false;
  if (t.text.length >= 4 && scan.printed(t).endsWith('ا')) return true;
  // ("X يوسف عاشور إنها": إنّ with its pronoun is no possessed noun.)
  return !!next && t.joinsNext && (next.text.startsWith('ال') || (next.text.length >= 4 && THIRD_PERSON_PRONOUN.test(scan.printed(next)) && !givenNames().byWord.has(next.text) && !scan.finder.stopWords.has(next.text)));
}

/**
 * The third of three name words from k is the verb's object: after a father's
 * given name ("سامي عادل كيسا من", objectAfterFather), or a plural with the
 * article ("X Y القادمين"; "زين العابدين" is one name).
 */
export function thirdWordIsObject(scan: PersonScan, k: number): boolean {
  const [, second, third] = scan.tokens.slice(k, k + 3);
  if (!second || !third) return false;
  if (givenNames().byWord.has(second.text) && objectAfterFather(scan, k + 2)) return true;
  return /^ال.{3,}(ين|ون|ات)$/.test(third.text) && !lexicon.compoundNameTails.has(third.text) && !givenNames().names.longestAt(scan.tokens, k + 1, k + 3);
}

/**
 * Token k, right after two name words, is the verb's object, so the name ends
 * before it: a noun with a possessive pronoun, no article ("X Y روايته", "X Y حقيبتها"; not "الله") or
 * what a scorer scores ("X Y الهدف الثاني", data/given-names.json scoring.objects).
 */
export function objectAfterName(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  const last = scan.tokens[k - 1]!;
  if (!t || !last.joinsNext || givenNames().byWord.has(t.text)) return false;
  // ("يامن وتمسح دموعه": a word joined on by و is a second verb, no name's last word.)
  if (/^[وف]/.test(last.text) && !givenNames().byWord.has(last.text)) return false;
  return givenNames().scoring.objects.has(t.text) || (t.text.length >= 4 && !t.text.startsWith('ال') && THIRD_PERSON_PRONOUN.test(scan.printed(t)) && !surnameInIh(t.text));
}

/** "قدم مقترحا جديدا": a common word with the accusative's alif and no tanween printed is an indefinite noun, no name's. */
export function accusativeUnmarked(printed: string): boolean {
  if (printed.length < 5 || !printed.endsWith('ا')) return false;
  return lexicon.commonWords.has(normalizeText(printed.slice(0, -1)));
}

/** "بلفقيه", "خالويه": a family name of six letters or more in يه, whose stem is no common word or kin ("والديه" is his parents). */
function surnameInIh(word: string): boolean {
  if (word.length < 6 || !word.endsWith('يه')) return false;
  const stem = word.slice(0, -2);
  return !lexicon.commonWords.has(stem) && !isPersonNoun(stem);
}

/** /^[فو]ال/ by code. */
const conjunctionArticle = (w: string): boolean => (w.charCodeAt(0) === 0x641 || w.charCodeAt(0) === 0x648) && w.charCodeAt(1) === 0x627 && w.charCodeAt(2) === 0x644;
/**
 * A first name that only looks like an article: "ألكسندر", "إلياس" (printed with
 * a hamza, no article), "فالنتينا", "والتر" (no conjunction + article: a plain
 * name word follows, where a noun with the article would take an adjective).
 */
export function foreignFirstName(scan: PersonScan, j: number, index = 0): boolean {
  const { tokens, finder } = scan;
  const t = tokens[j]!;
  if (index > 0) return false;
  if (printedHamzaAl(scan.printed(t))) return looksLikeNameStart(t.text, finder, true);
  if (!conjunctionArticle(t.text) || t.text.length < 5 || !t.joinsNext || finder.roles.longestAt(tokens, j, j + 1)) return false;
  const next = tokens[j + 1];
  return !!next && scan.free(j + 1) && looksLikeNameStart(next.text, finder);
}

/**
 * A name found, one word alone at match m, names the person here: not "على" (on,
 * printed with ى, behind a proclitic too), a month ("في رمضان"), a word after
 * "أبو"/"بن", another given name or a body's head ("أبو محمد", "حمد الكواري", "جامعة محمد الخامس"), an age's "من العمر", nor "أنا" (I)
 * for "آنا" (its first letter printed otherwise: آ against أ or ا).
 */
export function oneWordNameHere(scan: PersonScan, m: PhraseMatch<string>): boolean {
  const t = scan.tokens[m.firstToken]!;
  const word = scan.doc.norm.text.slice(m.start, m.end);
  if ((word === 'علي' && !scan.printedWith(t, 0x64a)) || monthAt(scan.tokens, m.firstToken) || inAgePhrase(scan, m.firstToken) || adjectiveOfNoun(scan, m)) return false;
  const before = scan.tokens[m.firstToken - 1];
  if (before?.joinsNext && procliticReadings(before.text).some(([, stem]) => scan.finder.complementHeads.has(stem))) return false;
  // ("أبو محمد" is no "محمد"; "أبو جزر" of "نسرين أبو جزر" is her surname.)
  if (before?.joinsNext && scan.finder.nameConnectors.has(before.text) && !namedWith(scan, `${before.text} ${word}`)) return false;
  // ("ملعب حمد الكواري" after "سليم الكواري": another given name before the surname is another person's.)
  // (Not the person's own given name, their middle name left out: "كارين داويان" of "كارين أشوت داويان"; nor "X وY".)
  if (before?.joinsNext && m.proclitic === '' && givenNames().names.longestAt(scan.tokens, m.firstToken - 1, m.firstToken)?.proclitic === '' && !namedWith(scan, `${before.text} ${word}`) && !m.values.some((key) => key.slice(2).startsWith(`${before.text} `))) return false;
  const first = scan.printedFirst.get(word);
  const here = scan.printed(t)[m.proclitic.length];
  if (!first || !here) return true;
  // ("كامل" is no "ك" + "أمل": behind a proclitic, a name introduced with a hamza on its alif keeps it.)
  if (m.proclitic !== '' && (first === 'أ' || first === 'إ') && here === 'ا') return false;
  return (first === 'آ') === (here === 'آ');
}

/** "والصابون الحلبي": a nisba surname right after a definite noun is its adjective; not after "عبد الله" of a name. */
function adjectiveOfNoun(scan: PersonScan, m: PhraseMatch<string>): boolean {
  return nisbaAdjective(scan.tokens, m, scan.finder) && !scan.finder.compoundNameHeads.has(scan.tokens[m.firstToken - 2]?.text ?? '');
}

/** "البالغة من العمر", "يبلغ من العمر": token k follows an age's "من"; no surname ("لين محمود العمر") is meant there. */
function inAgePhrase(scan: PersonScan, k: number): boolean {
  const [opener, from] = [scan.tokens[k - 2], scan.tokens[k - 1]];
  return from?.text === 'من' && !!opener && (givenNames().ageOpeners.has(opener.text) || /^و?[يت]?بلغ$/.test(opener.text));
}

/** Some full name found holds these words ("أبو جزر" in "نسرين أبو جزر"). */
const namedWith = (scan: PersonScan, words: string): boolean => [...scan.fullNames].some((f) => ` ${f} `.includes(` ${words} `));

const PRONOUN_ENDING = /(ها|هم|هما|كم|ته|اءه|ؤه|ئه)$/;
/** Object and possessive pronouns as printed (ها هم هما كم, ته with ه not ة: "وثقته", "وصوتها"; ه after a hamza: "استياءه", "زملاؤه"), never the end of a name's word. */
export const endsWithPronoun = (printed: string): boolean => PRONOUN_ENDING.test(printed);

/** "سألتني": a perfect verb with "me" as its object; no name ends so. */
const VERB_WITH_ME = /تني$/;
/** "وتمسح", "وتقول": و on an imperfect verb of three root letters (she does) goes on with the sentence; no name's later word. */
const CONJOINED_VERB = /^وت[\u0621-\u064a]{3}$/;

/**
 * "قروض ميسرة لشراء المعدات": ل on a word that a word with the article follows,
 * or ل on the article ("للاجئين"), is a preposition and its noun in construct,
 * no name word; a given name of ours ("لبنى") is one. Right after the name the
 * article tells only behind an adjective in ة ("ميسرة"): "ماركوس لياندرو
 * الهدف" ends a name of two words.
 */
function prepositionalPhrase(scan: PersonScan, words: readonly Token[]): boolean {
  const { byWord } = givenNames();
  const definite = (t: Token | undefined) => !!t?.text.startsWith('ال') && !lexicon.relativePronouns.has(t.text);
  const after = () => scan.tokens[firstAbove(scan.tokens, words[words.length - 1]!.start, (t) => t.start)];
  return words.some((w, i) => {
    if (i === 0 || w.text[0] !== 'ل' || byWord.has(w.text)) return false;
    if (w.text.startsWith('لل') || definite(words[i + 1])) return true;
    return i === words.length - 1 && w.joinsNext && scan.printedWith(words[i - 1]!, TA_MARBUTA) && definite(after());
  });
}

/**
 * Words no person's name is, whatever rule read them so: a city that may stand
 * for a government ("رام الله"), a first word that is a noun for a person and
 * no given name ("والدة صحفي مختطف") or a speech verb ("المدرسة أعلنت الإغلاق"),
 * a plural noun in ات ("لدراسات", "دراسات"), a verb of being ("صارت"), or a prepositional phrase in the name
 * ("ميسرة لشراء المعدات"), a word never in a name ("فوق رأسي", "شرط عدم الكشف",
 * "عثمان أو المنصورة": roles.json stopWords), a verb with "me" as its object
 * ("ابنتي سألتني").
 */
export function impossibleName(scan: PersonScan, words: readonly Token[], full: string): boolean {
  const { finder } = scan;
  if (lexicon.capitals.has(full)) return true;
  // ("مستشفى كمال عدوان", "شارع عمر المختار": right after a venue noun, a name is the venue's.)
  if (afterVenueNoun(scan.tokens, firstAtLeast(scan.tokens, words[0]!.start, (t) => t.start))) return true;
  const first = withoutConjunction(words[0]!.text, 3);
  const { byWord, kunyas } = givenNames();
  if (isPersonNoun(first) && !byWord.has(first) && !kunyas.has(first)) return true;
  if (speechVerbToken(finder, words[0]!) && !byWord.has(words[0]!.text)) return true;
  // ("معهد كييف لدراسات الطاقة", "بمركز دراسات الأمن": a plural noun in ات, behind ل or of six letters or more (not
  // "رينات"), goes on with a body's name;
  // "المدرسة صارت مأوى": a verb of being opens no name.)
  if ((/^لل?[\u0621-\u064a]{2,}ات$/.test(first) && !byWord.has(first)) || pluralNounInAt(first)) return true;
  if (lexicon.auxiliaryVerbs.has(words[0]!.text) && !byWord.has(words[0]!.text)) return true;
  if (prepositionalPhrase(scan, words)) return true;
  if (words.slice(1).some((w) => CONJOINED_VERB.test(w.text) && !byWord.has(w.text))) return true;
  return words.some((w) => (finder.stopWords.has(w.text) && !byWord.has(w.text)) || VERB_WITH_ME.test(w.text));
}

/**
 * "لكرة القدم", "لشؤون اللاجئين": a noun behind ل in construct with a definite word (both normalized) is a
 * phrase of a role's complement, no name; not a given name of ours ("لبنى", "لطفي").
 */
export function constructBehindLam(first: string, second: string): boolean {
  if (first[0] !== 'ل' || first.startsWith('ال') || !second.startsWith('ال')) return false;
  return !givenNames().byWord.has(first) && !givenNames().byWord.has(first.slice(1));
}

/** "المبعوث سيزور المنطقة": a verb in the future ("سي…", "ست…") and its definite object, no name; not a given name of ours ("سيف"). */
export function futureVerbAndObject(first: string, second: string): boolean {
  return /^س[يتن][\u0621-\u064a]{3,}$/.test(first) && second.startsWith('ال') && !givenNames().byWord.has(first);
}

/** The key under which the scan keeps the person a name of these words names. */
export const personKey = (words: readonly { text: string }[]): string => `?:${words.map((w) => w.text).join(' ')}`;

/** /^[يتن].*ة$/ by code (a word has no line break): asked of the first word of every name the person scan reads. */
export const imperfectShapedInTa = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return w.length >= 2 && (c === 0x64a || c === 0x62a || c === 0x646) && w.charCodeAt(w.length - 1) === 0x629;
};
