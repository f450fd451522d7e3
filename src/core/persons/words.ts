// What a word next to a person's name may be: shared by the gazetteer's
// filters (../actors.ts) and the person rules (./rules).
import { inSetBehindConjunction, isConjunction, isPreposition, isProclitic, withoutConjunction } from '../clitics';
import { IMPERFECT_PREFIXES, type ActorFinder } from '../finder';
import { lexicon } from '../lexicon';
import { normalizeText } from '../text/normalize';
import { heldBy } from '../text/possessive';
import { givenNames } from '../lexicon/given-names';
import { procliticReadings, tokenReadings, type PreparedText, type Token } from '../matcher';
import { perWord } from '../text/vocabulary';
import { ageAt } from './ages';
import { presentWithMeShaped } from '../text/verb-shapes';

/** The answers of `speechVerbToken`, per finder's verb set (one set for the default finder). */
const speechVerbAnswers = new WeakMap<ReadonlySet<string>, (token: Token) => boolean>();
/** The verb set asked about last and its answers: the map is read when the set changes, not at every word (its lookup allocates, in V8). */
let lastVerbs: ReadonlySet<string> | null = null;
let lastVerbAnswer: (token: Token) => boolean = () => false;

/** The token is a speech verb, itself or behind و/ف ("قال", "وتقول"): asked of most words by the person rules, answered once per word. */
export function speechVerbToken(finder: ActorFinder, token: Token): boolean {
  if (finder.speechVerbs !== lastVerbs) {
    let answer = speechVerbAnswers.get(finder.speechVerbs);
    if (!answer) {
      answer = perWord((word) => inSetBehindConjunction(finder.speechVerbs, word));
      speechVerbAnswers.set(finder.speechVerbs, answer);
    }
    lastVerbs = finder.speechVerbs;
    lastVerbAnswer = answer;
  }
  return lastVerbAnswer(token);
}

/** A noun for a person ("زائرة", "المواطن"), with the article or without (given-names.json personNouns). */
export function isPersonNoun(word: string): boolean {
  const { personNouns } = givenNames();
  return personNouns.has(word) || personNouns.has(`ال${word}`);
}

/** A word ending in ة, but no title that names a man ("عمدة", "وخليفة": data/roles.json masculineTitlesInTa, behind proclitics). */
export const feminineWord = (t: Token): boolean => t.text.endsWith('ه') && !tokenReadings(t).some(([, stem]) => lexicon.masculineTitlesInTa.has(stem));

/** "قاربه", "منزله": a common noun (data/common-words.json) with his pronoun ه (printed so, not ة) is no name word. */
export const possessedNoun = (t: Token, printed: string): boolean => printed.endsWith('ه') && t.text.length >= 4 && lexicon.commonWords.has(t.text.slice(0, -1));

/** "وفادي": "و" and a given name of ours, the word itself none ("وليد", "وفاء" are names): the name, if any, starts after the conjunction, so no name starts here. */
export const conjoinedGivenName = (word: string): boolean => word[0] === 'و' && !givenNames().byWord.has(word) && givenNames().byWord.has(word.slice(1));

/** "ومخيم", "ومحطات": و on a common noun (data/common-words.json) or a body's head noun adds a second thing, no name word ("وليد", "وداعة" are). */
export const conjoinedNoun = (word: string, finder: ActorFinder): boolean => word.length >= 4 && word[0] === 'و' && (lexicon.commonWords.has(word.slice(1)) || finder.complementHeads.has(word.slice(1)));

const BRACKETED_ACRONYM = /^\(\s*[A-Za-z][A-Za-z0-9.&\-]{1,11}\s*\)$/;
/** Gap between two adjacent tokens is spaces/quotes, or a single comma. */
export function softGap(doc: PreparedText, a: Token, b: Token): boolean {
  if (a.joinsNext) return true;
  const gap = doc.norm.text.slice(a.end, b.start).trim();
  // ("الوكالة الوطنية للألغام (ANAMA) X Y": an acronym in Latin letters in brackets, as the words of the body.)
  return gap === '،' || gap === ',' || BRACKETED_ACRONYM.test(gap);
}

/** و/ف/ب/ك + ال, لل, or و/ف + ب/ل/ك + ال at the start of a word. */
export function startsWithProcliticArticle(word: string): boolean {
  if (word.startsWith('لل')) return true;
  if (isProclitic(word[0]) && word[0] !== 'ل' && word.startsWith('ال', 1)) return true;
  return isConjunction(word[0]) && isPreposition(word[1]) && word.startsWith('ال', 2);
}

/** A word that can be part of a person's name (`rest`: not the first word). Once per finder, word and `rest`: the rules ask it of the same words again and again. */
export function looksLikeNameStart(word: string, finder: ActorFinder, rest = false): boolean {
  let answers = nameStartAnswers.get(finder);
  if (answers === undefined) nameStartAnswers.set(finder, (answers = new Map()));
  // Bits per word: asked as a first word (1) and the answer (2); asked as a later word (4) and the answer (8).
  const asked = rest ? 4 : 1;
  let bits = answers.get(word) ?? 0;
  if ((bits & asked) === 0) {
    if (answers.size >= 50_000) answers.clear();
    answers.set(word, (bits |= asked | (nameStartOf(word, finder, rest) ? asked << 1 : 0)));
  }
  return (bits & (asked << 1)) !== 0;
}
const nameStartAnswers = new WeakMap<ActorFinder, Map<string, number>>();

const ARABIC_LETTERS_ONLY = /^[\u0621-\u064a]+$/;
function nameStartOf(word: string, finder: ActorFinder, rest: boolean): boolean {
  if (word.length < 2 || inSetBehindConjunction(finder.stopWords, word) || finder.complementHeads.has(word) || heldBy(finder.stopWords, withoutConjunction(word))) return false;
  if (givenNames().scoring.objects.has(word)) return false; // ("وختم البديل X Y الثلاثية": what a scorer scores.)
  if (!ARABIC_LETTERS_ONLY.test(word)) return false;
  // Proclitic + article ("بالحفاظ", "والقوات", "للجيش") never starts a name word.
  if (startsWithProcliticArticle(word)) return false;
  // "بوقف", "لحماية", "X Y بنتيجة": ب or ل on a common word (data/common-words.json) is no name word ("باسم", "لبنى" are given names of ours).
  if (commonWordBehind('بل', word)) return false;
  if (rest) return true;
  if (word.startsWith('ال')) return false;
  // "لحركة": a preposition on an institution word.
  if (procliticReadings(word).some(([p, stem]) => p !== '' && finder.complementHeads.has(stem))) return false;
  if (looksLikeImperfectVerb(word, finder) || isPluralOfPersonNoun(word) || verbalNounBehindPreposition(word)) return false;
  return !(VERB_AFTER_LAM.test(word) && !givenNames().byWord.has(word) && !finder.namesLikeVerbs.has(word.slice(1)));
}

/** An honorific of one word, with its article or without ("الدكتور", "دكتور"; not "أول" of "الفريق أول"). */
const honorific = (word: string): boolean => (word.startsWith('ال') ? lexicon.honorifics.has(word) : lexicon.honorifics.has(`ال${word}`));

/**
 * The word before token k makes a name of what follows, even a common word's ("صالح", "خالد"): a speech verb
 * ("وقال صالح"), "أما" ("أما حميد، …") or an honorific ("دكتور وليد").
 */
export function nameSlotAfter(tokens: Token[], k: number, finder: ActorFinder): boolean {
  const before = tokens[k - 1];
  return !!before?.joinsNext && (before.text === 'اما' || speechVerbToken(finder, before) || procliticReadings(before.text).some(([, stem]) => honorific(stem)));
}

/** A plural noun in ات of six letters or more ("دراسات", "عائلات"; not "رينات"), no given name of ours: no name opens with it. */
export const pluralNounInAt = (word: string): boolean => word.length >= 6 && word.endsWith('ات') && !givenNames().byWord.has(word);

/** A normalized word that is ل or ب on a verbal noun (VERBAL_NOUN_AFTER_PREPOSITION), no given name of ours; the speaker stage asks it too. */
export function verbalNounBehindPreposition(word: string): boolean {
  return VERBAL_NOUN_AFTER_PREPOSITION.test(word) && !givenNames().byWord.has(word);
}

/**
 * "لمكافحة", "لإعادة", "لاستعادة", "لتنسيق", "بتثبيت", "بإزالة", "لتبادل": the preposition ل or ب on a verbal
 * noun (مفاعلة، إفعالة، استفعالة، تفعيل، تفاعل) says what a body is for or what was asked, never opens a name
 * (a given name of ours that reads so, "باسمة", still does).
 */
const VERBAL_NOUN_AFTER_PREPOSITION = /^[لب](?:[مات][\u0621-\u064a]{2,}ه|است[\u0621-\u064a]{3,}|ت[\u0621-\u064a]{2}ي[\u0621-\u064a]|ت[\u0621-\u064a]ا[\u0621-\u064a]{2})$/;

/** "ليحمي", "ليصبح": ل of purpose on an imperfect verb (ي and three letters, no ا: "ليسان" is a name), no first name (a given name of ours is). */
const VERB_AFTER_LAM = /^لي[\u0621-\u0626\u0628-\u064a]{3}$/;

const PREPOSITION_ON_NOUN_IN_TA = /^[بكل][\u0621-\u064a]{3,}ة$/;
const NOUN_IN_TA = /^[\u0621-\u064a]{3,}ة$/;
/**
 * "بلهجة حادة", "بعربية ركيكة", "كحالة طارئة", "لحالة طارئة": ب, ك or ل on a noun in ة
 * with an adjective in ة after it is how something was done, never a name's
 * first words (as printed: ة is ه once normalized). The person rules and the
 * speaker stage ask it.
 */
export function prepositionalPhrase(printed: string, nextPrinted: string): boolean {
  if (!PREPOSITION_ON_NOUN_IN_TA.test(printed) || !NOUN_IN_TA.test(nextPrinted)) return false;
  const names = givenNames().byWord;
  return !names.has(normalizeText(printed)) && !names.has(normalizeText(printed.slice(1)));
}

/** "مزارعي الجنوب", "معلمي المدرسة": a person noun's plural before its complement (ين → ي) is no first name. */
export function isPluralOfPersonNoun(word: string): boolean {
  return word.length >= 5 && word.endsWith('ي') && givenNames().personNouns.has(`ال${word.slice(0, -1)}`);
}

/**
 * A first name shaped like an imperfect verb ("نوفا", "تيرزا", "أناهيد"): only
 * in a name of two words whose second is a plain name word with no article
 * ("نوفا شتاين"), which a verb seldom has ("يبحث الوزير", "تؤكد أن").
 */
export function verbShapedFirstName(tokens: Token[], j: number, finder: ActorFinder, scan: { free(k: number): boolean }): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!t.joinsNext || !next || !scan.free(j + 1) || !ARABIC_LETTERS_ONLY.test(t.text) || !looksLikeImperfectVerb(t.text, finder)) return false;
  if (inSetBehindConjunction(finder.stopWords, t.text) || isConjunction(t.text[0]) || speechVerbToken(finder, t)) return false;
  // ("ناشئة متخصصة": an adjective with ة; "يوجد نقص كبير": the two words end no name;
  // "يقضي ساعات": a plural in ات after a verb is its object.)
  // ("يعمل بجدية", "يعمل بصمت": ب on a noun says how, no family name; "باكيروفا", "بوريسوفا" are names.)
  if (t.text.endsWith('ه') || (next.text.length >= 5 && next.text.endsWith('ات')) || mannerBehindBa(next.text) || !endsLikeName(tokens, j + 2, finder)) return false;
  return !next.text.startsWith('ال') && looksLikeNameStart(next.text, finder) && !finder.roles.longestAt(tokens, j + 1, j + 2);
}

/** "بجدية", "بحذر": ب on a noun in ة or of three letters (no long vowel after ب), no given name of ours. */
const mannerBehindBa = (w: string): boolean => /^ب[^\u0627\u0648\u064a](?:[\u0621-\u064a]{2}|[\u0621-\u064a]+ه)$/.test(w) && !givenNames().byWord.has(w);

/** Imperfect verbs ("يبحث", "وتؤكد", "يكافحون") look like names; real names of that shape are listed (namesLikeVerbs). */
export function looksLikeImperfectVerb(word: string, finder: Pick<ActorFinder, 'namesLikeVerbs'> = lexicon): boolean {
  const bare = isConjunction(word[0]) && IMPERFECT_PREFIXES.has(word[1] ?? '') ? word.slice(1) : word;
  // (A given name of ours is none: "ياروسلاف", "تاكوهي".)
  // ("يقف", "يصل": ي and two letters is a verb of a hollow or weak root; "نور" and "تقى" are names; "فيبر" is no ف + verb.)
  return IMPERFECT_PREFIXES.has(bare[0] ?? '') && (bare.length >= 4 || (bare === word && word.length === 3 && word[0] === 'ي')) && !finder.namesLikeVerbs.has(bare) && !givenNames().byWord.has(word);
}

/**
 * What follows a name introduced by role: punctuation or the end, a function
 * word ("إن", "في", "خلال"), a speech verb, a word with a proclitic and the
 * article ("بالجائزة", "والقوات") or with the preposition ل ("لوكالة", "للصحفيين"). "طالب رئيس الحكومة بضرورة وقف إطلاق النار" fails.
 */
export function endsLikeName(tokens: Token[], after: number, finder: ActorFinder): boolean {
  const next = tokens[after];
  if (!next || !tokens[after - 1]!.joinsNext) return true;
  const w = next.text;
  // ("أما المعلمة X Y فقد حولت": ف on a function word answers أما after the name.)
  if (finder.stopWords.has(w) || (w[0] === 'ف' && finder.stopWords.has(w.slice(1))) || inSetBehindConjunction(finder.speechVerbs, w)) return true;
  // "X Y (40 عاما)": an age in brackets; "X Y مدرب المنتخب", "X Y سائق الفريق": a role or a person noun in apposition;
  // "X Y ست ساعات": a number word.
  if (/^[0-9]/.test(w) || givenNames().ageNumberWords.has(w) || finder.roles.longestAt(tokens, after, after + 1) || givenNames().personNouns.has(`ال${w}`)) return true;
  // "... محمد سمير ندا بالجائزة": a proclitic with the article never goes on a name;
  // "آرون بوشنيل يكافحون", "X Y يروي": an imperfect verb (plural or dual, or of the third person) follows the name it has for subject.
  // ("X Y بمواصلة العمليات", "X Y لإعادة الإعمار": ب or ل on a verbal noun says what was vowed or asked.)
  // (Not "با…": Hadrami surnames, "باعوضة", read like "بإزالة" once normalized.)
  if (startsWithProcliticArticle(w) || (verbalNounBehindPreposition(w) && !w.startsWith('با')) || /^[وف]?[يت][\u0621-\u064a]{2,}(ون|ان)$/.test(w)) return true;
  if (/^[وف]?ي[\u0621-\u064a]{3,}$/.test(w) && !finder.namesLikeVerbs.has(w.replace(/^[وف]/, ''))) return true;
  if (verbAfterName(w, finder) || lexicon.pastVerbsAfterNames.has(w) || lexicon.pastVerbsAfterNames.has(withoutConjunction(w))) return true;
  // "X Y ونظيره", "X Y وزوجته", "X Y بنظيره": a kin or person noun with its pronoun joined on by و or ب follows the name.
  if (/^[وب]/.test(w) && givenNames().personNouns.has(w.slice(1))) return true;
  // ("X ليسينكو": a Slavic surname's ending says the ل is the name's own letter.)
  return w.length > 2 && w[0] === 'ل' && !w.startsWith('لا') && !lexicon.foreignSurnameEndings.some((ending) => w.endsWith(ending));
}

/**
 * "سجل X Y هدف الفوز", "ألقى X Y كلمة الافتتاح": after two plain name words
 * (no particle, no preposition on the first), a word without the article or
 * a preposition ("قوائم محدثة بأسماء المحتجزين" is no name)
 * joined to a plain definite noun that is no role is a noun in construct, the
 * verb's object, not a third name word; not after or on an imperfect verb
 * ("يوسف يلعب قرب الخيمة")
 * nor the start of a compound given name ("عوض الله", "نور الدين").
 */
export function nounInConstruct(tokens: Token[], nameStart: number, finder: ActorFinder): boolean {
  const [first, second, word, next] = tokens.slice(nameStart, nameStart + 4);
  if (!first || !second || !word || !next || !word.joinsNext || !next.text.startsWith('ال') || next.text.length < 4) return false;
  if ([first, second].some((w) => finder.nameConnectors.has(w.text)) || [first, word].some((w) => isPreposition(w.text[0]))) return false;
  if (word.text.startsWith('ال') || ![second, word].every((w) => looksLikeNameStart(w.text, finder))) return false;
  if (finder.roles.longestAt(tokens, nameStart + 3, nameStart + 4) || givenNames().byWord.has(`${word.text} ${next.text}`)) return false;
  return !lexicon.compoundNameTails.has(next.text);
}

/**
 * "X Y يقف", "X Y تبكي": a short imperfect verb of the third person that is no
 * given name ends the name before it: ي and two letters, or ت, a consonant and
 * one to three letters, or تت and three or four ("تتعافى", "تتحدث"), or one with "me" as its object. Not "تيراب" (a long vowel after ت: a foreign surname)
 * nor "تحقيق" (تفعيل, a verbal noun).
 */
export function verbAfterName(word: string, finder: ActorFinder): boolean {
  if (!presentWithMeShaped(word) && (!/^ي[\u0621-\u064a]{2}$|^ت[^\u0627\u0648\u064a][\u0621-\u064a]{1,3}$|^تت[\u0621-\u064a]{3,4}$/.test(word) || /^ت..ي.$/.test(word))) return false;
  return !finder.namesLikeVerbs.has(word) && !givenNames().byWord.has(word);
}

/**
 * "سلوى تحب الرسم", "ريم تتعافى", "نادر يقترب": an imperfect verb right after a given name of ours alone is its verb, no
 * family name; not one of four letters in ي, which a nisba family name shares ("جيهان ترزي"), nor one in ي with a long
 * vowel ("مراد يلماز"). `lone`: the name's word when it has one so far (undefined when none or more).
 */
export const verbOfGivenName = (lone: Token | undefined, word: string, finder: ActorFinder): boolean =>
  lone !== undefined && givenNames().byWord.has(lone.text) && !(word.length === 4 && word.endsWith('ي')) && (verbAfterName(word, finder) || (/^ي[^\u0627\u0648\u064a]+$/.test(word) && looksLikeImperfectVerb(word, finder)));

const APPOSITION_GAP: ReadonlySet<string> = new Set(['،', ',', '(']);
/** An apposition opens at token k, after a comma or a bracket ("، 35 عاما،", "، ابنة محمود"): what came before is a person's name. */
export function appositionAt(doc: PreparedText, tokens: Token[], k: number, finder: ActorFinder): boolean {
  const before = tokens[k - 1];
  return !!before && !!tokens[k] && APPOSITION_GAP.has(doc.norm.text.slice(before.end, tokens[k]!.start).trim()) && describesPersonAt(tokens, k, finder);
}

/** Token k says who a person is: an age ("(40 عاما)"), a kin word or "وهو"/"وهي", a person noun ("طالبة") or a role ("مدرب الفريق"). */
export function describesPersonAt(tokens: Token[], k: number, finder: ActorFinder): boolean {
  const t = tokens[k];
  const names = givenNames();
  // ("X Y، والرئيس سيطلع": a role behind و is someone else joined on, no apposition.)
  return !!t && (ageAt(tokens, k) || names.appositionWords.has(t.text) || names.personNouns.has(`ال${t.text}`) || finder.roles.longestAt(tokens, k, k + 1)?.proclitic === '');
}

/** Words before a surname that are not a first name: "وأضاف", "العميد". */
export function isRoleOrVerbLike(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const word = tokens[at]!.text;
  if (finder.stopWords.has(word) || inSetBehindConjunction(finder.speechVerbs, word)) return true;
  return finder.roles.longestAt(tokens, at, at + 1) !== null;
}

/**
 * Token k is a verb or a word no name holds, so a name after it starts after it
 * ("غادرت X، البالغة…", "ويقف X، 41 عاما"): a speech verb, a stop word, a short
 * imperfect verb ("يقف", "وتعمل") or a short past verb of a woman in ت ("جلست");
 * no given name of ours ("مدحت"). True also before the text's first word, or
 * where a mark parts k from the next word.
 */
export function verbLike(tokens: Token[], k: number, finder: ActorFinder): boolean {
  const t = tokens[k];
  if (!t || !t.joinsNext) return true;
  const word = t.text;
  const bare = withoutConjunction(word, 3);
  const names = givenNames().byWord;
  if (names.has(word) || names.has(bare)) return false;
  if (inSetBehindConjunction(finder.speechVerbs, word) || inSetBehindConjunction(finder.stopWords, word)) return true;
  // (Five letters with ي before the ت are a name's, "جانيت", "سوزيت"; a verb's are "غادرت".)
  return (/^[يت]/.test(bare) && bare.length <= 5 && !finder.namesLikeVerbs.has(bare)) || (bare.endsWith('ت') && bare.length <= 5 && !(bare.length === 5 && bare[3] === 'ي'));
}

/** A name's first word behind ب ("بسعاد" → "سعاد"): the token with ب left out, when its stem is a given name of ours and the word itself none; else null. */
export function givenNameBehindBa(t: Token): Token | null {
  if (t.text[0] !== 'ب' || !givenNames().byWord.has(t.text.slice(1)) || givenNames().byWord.has(t.text)) return null;
  return withoutProclitic(t, 1);
}

/** The token without the `length` letters of a proclitic glued to it ("بسعاد" → "سعاد"): a name starts after them. */
export const withoutProclitic = (t: Token, length: number): Token => ({ start: t.start + length, end: t.end, text: t.text.slice(length), joinsNext: t.joinsNext });

/** "بخط صغير", "بعين أخرى", "لحماية": one of `prepositions` on a common word (data/common-words.json) is no name word ("باسم", "لبنى" are given names of ours). */
export const commonWordBehind = (prepositions: string, word: string): boolean =>
  prepositions.includes(word[0] ?? ' ') && lexicon.commonWords.has(word.slice(1)) && !givenNames().byWord.has(word);
