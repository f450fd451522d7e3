import { plainlyAName } from '../common-aliases';
import { foreignGivenName, personKey } from '../name-shapes';
import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import { perWord, tokensOfWords } from '../../text/vocabulary';
import type { Token } from '../../matcher';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { speechVerbFlags } from '../verb-flags';
import { endsLikeName, looksLikeNameStart, nounInConstruct, speechVerbToken } from '../words';

/** Object and possessive pronouns as printed ("مخبزها", "بيتهم"): no surname ends so. */
const WITH_PRONOUN = /(ها|هم|هما|كم|نا|ه)$/;

/** "علي" (Ali) only printed with ي: "على" (on) is the same word once normalized. */
const printedAsName = (scan: PersonScan, t: Token): boolean => t.text !== 'علي' || scan.printedWith(t, 0x64a);

const PLURAL_ENDING = /(ون|ين)$/;
/** Word k may be a given name: one of ours that is no common word, or a foreign one by its shape (../name-shapes.ts foreignGivenName). */
function givenNameShaped(scan: PersonScan, t: Token): boolean {
  if (!printedAsName(scan, t)) return false;
  const given = givenNames().byWord.get(t.text);
  if (given) return !given.common && !given.name.startsWith('ال');
  if (lexicon.anonymous.has(t.text) || lexicon.mediaNouns.has(t.text) || lexicon.institutionNouns.has(t.text) || lexicon.documentNouns.has(t.text)) return false;
  // ("قال مسؤولون", "قال شهود": a plural speaks for many.)
  return !PLURAL_ENDING.test(t.text) && foreignGivenName(scan, t);
}

/**
 * A speech verb joined to token k, before it ("تقول X") or after it ("X تقول"), with nothing after X that may be a name's ("X إن", "X:").
 * `verbs`: speechVerbFlags of the scan's tokens.
 */
function speaksAlone(scan: PersonScan, k: number, verbs: Uint8Array): boolean {
  const { tokens, finder } = scan;
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // ("X تقول": the subject opens its clause; "أعمق مما أعلن" is no subject.)
  if (after && t.joinsNext && verbs[k + 1] === 1) return !before?.joinsNext;
  if (!before?.joinsNext || verbs[k - 1] !== 1) return false;
  return !t.joinsNext || !after || finder.stopWords.has(after.text) || lexicon.complementizers.has(after.text);
}

/**
 * The given names the text itself vouches for: persons found by one word ("X،
 * البالغة 52 عاما"), and a word that speaks alone ("تقول X إن", "X تقول").
 */
function vouchedGivenNames(scan: PersonScan): Map<string, string | null> {
  const out = new Map<string, string | null>();
  // (Persons found by one word alone, "تاكوهي" before an age, by that word, to their key.)
  for (const full of scan.fullNames) if (!full.includes(' ')) out.set(full, `?:${full}`);
  const { tokens } = scan;
  const verbs = speechVerbFlags(scan.finder, tokens);
  // Only a speech verb's neighbours may speak alone: the words before and after each verb are read, no other.
  // (Whatever the order they are read in, a word vouched for is the same null: out.has keeps a lone name's key.)
  for (let v = 0; v < tokens.length; v++) {
    if (verbs[v] === 0) continue;
    if (v > 0) vouchIfSpeakingAlone(scan, v - 1, verbs, out);
    if (v + 1 < tokens.length) vouchIfSpeakingAlone(scan, v + 1, verbs, out);
  }
  return out;
}

/** Adds token k's word to `out` when it speaks alone by a speech verb and is shaped like a given name. */
function vouchIfSpeakingAlone(scan: PersonScan, k: number, verbs: Uint8Array, out: Map<string, string | null>): void {
  const t = scan.tokens[k]!;
  // (The cheap tests first: alreadyNamed reads the names found.)
  if (t.text.length < 3 || !speaksAlone(scan, k, verbs) || out.has(t.text) || !scan.free(k) || scan.alreadyNamed(k) || scan.withTanween(t)) return;
  if (givenNameShaped(scan, t)) out.set(t.text, null);
}

/** A given name of ours that is also a common word, and no document's noun ("بيان") or linker ("المتحدث باسم"): asked of every token, answered once per word. */
const COMMON_GIVEN_NAME = personWordBit(perWord((word) => givenNames().byWord.get(word)?.common === true && !lexicon.documentNouns.has(word) && !lexicon.linkers.has(word)));

/**
 * Given names of ours that are also common words which the text plainly uses
 * alone as names ("تعود نور إلى", "وتقول وردة:": ../common-aliases.ts), each
 * with the ways it is printed so: the same word printed the same way with a
 * surname elsewhere ("تقف وردة الحمصي أمام") is that person ("آنا" is no "أنا").
 */
function commonNamesInUse(scan: PersonScan): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // One pass sorts the words: before a possible surname (the full names to confirm) or alone (what may vouch).
  // (Only words that stand somewhere before a possible surname are asked about: few do, and plainlyAName reads much.)
  const beforeSurname = new Set<string>();
  const alone: number[] = [];
  const bits = personWordBits(scan.tokens);
  for (let k = 0; k < bits.length; k++) {
    if ((bits[k]! & COMMON_GIVEN_NAME) === 0) continue;
    if (mayGoOnWithSurname(scan, k)) beforeSurname.add(scan.tokens[k]!.text);
    else alone.push(k);
  }
  for (const k of alone) {
    const t = scan.tokens[k]!;
    if (!beforeSurname.has(t.text) || !scan.free(k) || scan.finder.stopWords.has(t.text) || !plainlyAName(scan, k)) continue;
    const printed = out.get(t.text) ?? new Set<string>();
    out.set(t.text, printed.add(scan.printed(t)));
  }
  return out;
}

/** Token k is joined to a word that may be a name's ("زهرة ماركاريان بصندوق"), not to a function word or a noun with its pronoun ("تغلق وردة صندوقها"). */
function mayGoOnWithSurname(scan: PersonScan, k: number): boolean {
  const next = scan.tokens[k + 1];
  return scan.tokens[k]!.joinsNext && !!next && looksLikeNameStart(next.text, scan.finder, true) && !WITH_PRONOUN.test(scan.printed(next));
}

/**
 * Token k, joined to the given name before it, is a plain surname: a name word with no pronoun, tanween or ة, and
 * the name ends after it; with the article ("الحمصي") only where `definite` allows it.
 */
function surnameAt(scan: PersonScan, k: number, definite = false): boolean {
  const { tokens, finder } = scan;
  const t = tokens[k];
  if (!t || !tokens[k - 1]!.joinsNext || !scan.free(k) || scan.withTanween(t) || t.text.length < 3) return false;
  const printed = scan.printed(t);
  if (printed.endsWith('ة') || WITH_PRONOUN.test(printed) || lexicon.commonWords.has(t.text) || givenNames().personNouns.has(`ال${t.text}`)) return false;
  if (finder.roles.longestAt(tokens, k, k + 1) || speechVerbToken(finder, t)) return false;
  if (!looksLikeNameStart(t.text, finder, definite && t.text.startsWith('ال'))) return false;
  // ("تعجن X Y العجين": a definite noun after the surname is the verb's object; after a father's given name it may be the family name.)
  const next = tokens[k + 1];
  // ("يفتح X Y باب الورشة": so is a noun in construct with a definite one.)
  if (endsLikeName(tokens, k + 1, finder) || nounInConstruct(tokens, k - 1, finder)) return true;
  // ("تبدأ X Y رحلتها": a noun with a possessive pronoun is the verb's object; no name word ends so.)
  if (next && t.joinsNext && next.text.length >= 4 && WITH_PRONOUN.test(scan.printed(next))) return true;
  return !definite && !!next && t.joinsNext && next.text.startsWith('ال') && !givenNames().byWord.has(t.text);
}

export const givenNameConfirmed: PersonRule = {
  name: 'given name the text confirms',
  why: 'A word the text names a person by alone ("تقول X إن", "X، البالغة 52 عاما", and a given name that is a common word where plainly used as a name) followed elsewhere by a plain surname ("تكون X Y قد أشعلت") is that person\'s full name, whatever verb introduces it.',
  examples: [
    { text: 'في الفجر تكون تاكوهي سركيسيان قد أشعلت الفرن. وتقول تاكوهي إن الطحين غال.', person: 'تاكوهي سركيسيان' },
    { text: 'ويفتح ماتفي سافتشينكو دكان الحي كل صباح. ماتفي يقول إن العمل قل.', person: 'ماتفي سافتشينكو' },
    { text: 'تعجن ملاذ كردفاني العجين قبل الشروق. غادرت ملاذ، البالغة 30 عاما، بلدتها في الصيف.', person: 'ملاذ كردفاني' },
    { text: 'تقف سحر البيطار عند جدران بيتها المهدم. رجعت سحر، وهي أم لطفلين، إلى الحي في الربيع.', person: 'سحر البيطار' },
  ],
  apply(scan) {
    const vouched = vouchedGivenNames(scan);
    const inUse = commonNamesInUse(scan);
    if (vouched.size === 0 && inUse.size === 0) return;
    const { tokens } = scan;
    const seen = new Set<string>(); // the common given names met so far
    let after = 0; // the token after a name just found is its surname, read no further
    // Only the tokens of a word in use or vouched for may open a name: the others are never read.
    for (const k of tokensOfWords(tokens, [...inUse.keys(), ...vouched.keys()])) {
      if (k < after || k + 1 >= tokens.length) continue;
      const t = tokens[k]!;
      // (A common word's full name only where the text first names it: "تغلق زهرة الصندوق" after "زهرة" alone is the verb's object.)
      const printings = inUse.get(t.text);
      const used = printings !== undefined && !seen.has(t.text) && printings.has(scan.printed(t));
      if (printings !== undefined) seen.add(t.text);
      if (!t.joinsNext || !(used || vouched.has(t.text)) || !scan.free(k) || !printedAsName(scan, t) || !surnameAt(scan, k + 1, used)) continue;
      // (Inside a name found already: "X Y" of "W X Y".)
      const known = scan.names.longestAt(tokens, k);
      if ((known && known.endToken > k + 1) || (k > 0 && tokens[k - 1]!.joinsNext && scan.names.longestAt(tokens, k - 1, k + 1))) continue;
      const given = givenNames().byWord.get(t.text)?.gender;
      const words = [t, tokens[k + 1]!];
      scan.addName(words, t, given ? { gender: given } : undefined);
      const lone = vouched.get(t.text);
      if (lone) scan.sameAsLonger(lone, personKey(words));
      after = k + 2;
    }
  },
};
