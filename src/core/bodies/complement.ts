// Where a body's name ends after its head noun: a construct chain of
// indefinite nouns ("قناة", "محافظة") to a definite noun or a place, then its
// adjectives, a coordination ("والسكان"), a complement with ل ("للتنمية") and
// "في" + a place ("في كييف"). Eight words at most; punctuation ends it.
import type { ActorFinder } from '../finder';
import { lexicon } from '../lexicon';
import { STATE_FORM_NOUNS } from '../state-names';
import type { PreparedText, Token } from '../matcher';
import type { Mention } from '../persons';
import type { BodyHeads } from './heads';

export interface BodyScan {
  doc: PreparedText;
  tokens: Token[];
  finder: ActorFinder;
  heads: BodyHeads;
  /** 0 free, 1 a gazetteer mention of no person, 2 a person's name. */
  owner: Uint8Array;
  /** Gazetteer mentions of no person, by first token. */
  starts: Map<number, Mention>;
  /** The first tokens of those that are organizations. */
  bodyStarts: ReadonlySet<number>;
  places: Uint8Array;
}

const MAX_WORDS = 8;
/** Indefinite nouns in a row before the definite noun or place ("هيئة ميناء عدن", "صندوق تنمية مصر"). */
const MAX_CHAIN = 2;

/** The tokens inside a place the conflict profiles name ("غزة", "بغزة"), read once per text (the bodies and the placeless names ask): not to be written. */
export function placesOf(tokens: Token[], finder: ActorFinder): Uint8Array {
  const known = placesRead.get(tokens);
  if (known?.finder === finder && known.places.length === tokens.length) return known.places;
  const places = new Uint8Array(tokens.length);
  for (const m of finder.namedPlaces.scan(tokens)) places.fill(1, m.firstToken, m.endToken);
  placesRead.set(tokens, { finder, places });
  return places;
}

/** placesOf's answer per token list (weakly: a text's tokens are not kept alive by it). */
const placesRead = new WeakMap<Token[], { finder: ActorFinder; places: Uint8Array }>();

/** Token k follows token k - 1 across spaces only (no quotation mark, bracket or punctuation). */
export function plainGap(scan: BodyScan, k: number): boolean {
  const before = scan.tokens[k - 1];
  const t = scan.tokens[k];
  return !!before && !!t && before.joinsNext && scan.doc.norm.text.slice(before.end, t.start).trim() === '';
}

/** A place or a gazetteer actor (no person) at token k: where it ends, else 0. */
function anchorEnd(scan: BodyScan, k: number): number {
  if (scan.owner[k] === 1) return scan.starts.get(k)?.end ?? 0;
  if (!scan.places[k] || scan.owner[k] !== 0) return 0;
  let j = k;
  while (j < scan.tokens.length && scan.places[j] && scan.owner[j] === 0) j++;
  return j;
}

/** "في محافظة مأرب": a noun of a place's kind right before the place's name. */
const placeNounAt = (scan: BodyScan, k: number): boolean => scan.heads.placeNouns.has(scan.tokens[k]!.text) && plainGap(scan, k + 1);

/** A gazetteer actor behind the conjunction و at token k ("وجهاز الردع"), not a name that opens with و ("وزارة"). */
function coordinatedActor(scan: BodyScan, k: number): boolean {
  const m = scan.owner[k] === 1 ? scan.starts.get(k) : undefined;
  const t = scan.tokens[k]!;
  return !!m && t.text.startsWith('و') && m.start > t.start;
}

/** An adjective with the article that may go on a body's name: a nisba ("العسكرية"), a nationality or a naming adjective ("العليا"). */
export const namesABody = (scan: BodyScan, w: string): boolean => /يه?$/.test(w) || scan.heads.namingAdjectives.has(w) || lexicon.nationalities.has(w);

/** An adjective or a word that goes on a body's name after its first definite noun. */
function goesOn(scan: BodyScan, w: string): boolean {
  if (w.startsWith('ال')) return namesABody(scan, w);
  // "والسكان", "للتنمية", "لشؤون".
  return (w.startsWith('وال') || w.startsWith('لل')) && w.length > 4;
}

/**
 * "لإعادة الإعمار", "لشؤون الأسرى", "لنقل وتوزيع الكهرباء": ل on an indefinite
 * noun (one more joined by و) and the definite noun it governs say what a body
 * is for; where they end, else k.
 */
function lamComplementEnd(scan: BodyScan, k: number): number {
  const { tokens, finder } = scan;
  const w = tokens[k]!.text;
  if (!w.startsWith('ل') || w.startsWith('لل') || !chainWord(scan, w.slice(1)) || finder.stopWords.has(w)) return k;
  let j = k + 1;
  if (j < tokens.length && plainGap(scan, j) && /^و[\u0621-\u064a]{3,}$/.test(tokens[j]!.text) && chainWord(scan, tokens[j]!.text.slice(1))) j++;
  const noun = tokens[j];
  return noun && plainGap(scan, j) && scan.owner[j] === 0 && noun.text.startsWith('ال') && noun.text.length > 3 && !finder.stopWords.has(noun.text) ? j + 1 : k;
}

/** A word of an outlet's name ("الأنباء", "البث", "والتلفزيون"): the head names an outlet, no body. */
const outletWord = (scan: BodyScan, w: string) => {
  const bare = w.startsWith('لل') ? `ال${w.slice(2)}` : w.startsWith('و') && w.length > 4 ? w.slice(1) : w;
  return scan.heads.outletWords.has(bare) || lexicon.mediaNouns.has(bare);
};

/** An indefinite noun in the chain: no function word, verb or word with a pronoun ("رممتها"). */
function chainWord(scan: BodyScan, w: string): boolean {
  const { finder } = scan;
  if (!/^[\u0621-\u064a]{3,}$/.test(w) || w.startsWith('ال') || finder.stopWords.has(w) || finder.speechVerbs.has(w)) return false;
  if (/(ها|هم|هما|كم|نا)$/.test(w)) return false;
  // An imperfect verb starts with ي or ت ("يعمل", "تقول"); a noun may start with ت: in ة ("تنمية") or a verbal noun تفعيل ("تحرير").
  return !(w.startsWith('ي') || (w.startsWith('ت') && !w.endsWith('ه') && !/^ت..ي.$/.test(w))) || finder.complementHeads.has(w);
}

/**
 * The end (exclusive) of the body's name whose complement starts at token k,
 * whether it names a place, a nationality or a known actor, and whether a
 * complement with لل goes on it ("الهيئة الوطنية للإغاثة"); null where
 * no definite noun or place follows the head. `definiteHead`: token k is the
 * head's adjective, already checked.
 */
export function complementEnd(scan: BodyScan, k: number, definiteHead: boolean): { end: number; anchored: boolean; linked: boolean } | null {
  const { tokens, finder } = scan;
  let end = 0;
  let anchored = false;
  let linked = false;
  let named = definiteHead;
  let chain = 0;
  for (let j = k; j < tokens.length && j - k < MAX_WORDS && plainGap(scan, j); ) {
    const w = tokens[j]!.text;
    // "حكومة الوحدة الوطنية وجهاز الردع": a known actor behind و after the name is a second actor.
    if (named && coordinatedActor(scan, j)) break;
    // ("حملت السلطة المحلية في لحج جماعة الحوثي المسؤولية": a known actor right after the name's place is the verb's object.)
    if (anchored && scan.owner[j] === 1 && j === end) break;
    const anchor = scan.owner[j] === 2 ? 0 : anchorEnd(scan, j);
    // ("وزارة التخطيط في الحكومة اليمنية": a state's government after في, data/state-forms.json, is no place of the name.)
    // ("لجنة الاستثمار في البنك الدولي": a known body after في is an actor of its own, no place.)
    const placeAfterIn = w === 'في' && named && plainGap(scan, j + 1) && !STATE_FORM_NOUNS.has(tokens[j + 1]!.text) && !scan.bodyStarts.has(j + 1) ? anchorEnd(scan, placeNounAt(scan, j + 1) ? j + 2 : j + 1) : 0;
    if (anchor > 0 || placeAfterIn > 0) {
      anchored = true;
      j = end = anchor || placeAfterIn;
      named = true;
      chain = 0;
    }
    // The person finder's stop words hold some nationalities ("اليمني"): on a body's name they are its nationality.
    else if (scan.owner[j] !== 0 || (finder.stopWords.has(w) && !(named && lexicon.nationalities.has(w)))) break;
    else if (outletWord(scan, w)) return null;
    // "مكتب الرئيس الروسي", "مكتب رئيس الوزراء": a person's office, no body.
    else if (!named && finder.roles.longestAt(tokens, j, j + 1)) return null;
    else if ((named && goesOn(scan, w)) || (!named && w.startsWith('ال') && w.length > 3)) {
      anchored ||= lexicon.nationalities.has(w);
      linked ||= named && w.startsWith('لل');
      j = end = j + 1;
      named = true;
    } else if (named && !linked && lamComplementEnd(scan, j) > j) {
      j = end = lamComplementEnd(scan, j);
      linked = true;
    } else if (!named && chain < MAX_CHAIN && chainWord(scan, w)) {
      chain++;
      j++;
    } else break;
  }
  return named && end > k ? { end, anchored, linked } : null;
}
