// What the words around a gazetteer mention say of it: a capital named as a place,
// a dateline, a state name read as an adjective, a title that is someone else's, a speech verb before or after it.
import type { ActorFinder, Hit } from './finder';
import { isJsSpace } from './chars';
import { inSetBehindConjunction } from './clitics';
import { lexicon } from './lexicon';
import { procliticReadings, type PhraseMatch, type PreparedText, type Token } from './matcher';

/**
 * A capital as a place, not its government: after a place word ("في دمشق", "من
 * بيروت", "في القاهرة أو بيروت"), with ب ("بطهران"), or as a dateline that opens
 * a paragraph ("القاهرة – ...").
 */
export function capitalAsPlace(doc: PreparedText, match: PhraseMatch<Hit>): boolean {
  if (match.proclitic.endsWith('ب')) return true;
  const { tokens } = doc;
  const before = tokens[match.firstToken - 1];
  // ("وفي موسكو قالت X": behind و too.)
  return (before?.joinsNext && inSetBehindConjunction(lexicon.capitalPlaceWords, before.text)) || dateline(doc, match);
}

/** [from, to) opens with spaces at most, then a dash (/^\s*[-–—]/ on the slice, read by code: asked after most mentions). */
function dashFirst(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  let i = from;
  while (i < end && isJsSpace(text.charCodeAt(i))) i++;
  const c = i < end ? text.charCodeAt(i) : -1;
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}
/** "القاهرة – ...", "تونس - فاز ...": a place that opens a paragraph before a dash says where the report was filed. */
export function dateline(doc: PreparedText, match: PhraseMatch<Hit>): boolean {
  const text = doc.norm.text;
  if (!dashFirst(text, match.end, doc.tokens[match.endToken]?.start ?? match.end + 3)) return false;
  // Only spaces back to the line's start. (Walked back over spaces alone: a search for the line break ran
  // back over the whole text for every mention of a text with few line breaks, quadratic on a long one.)
  let i = match.start - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  return i < 0 || text[i] === '\n';
}

export function afterMinisterWord(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const prev = tokens[at - 1];
  return !!prev && prev.joinsNext && inSetBehindConjunction(finder.ministerWords, prev.text);
}

/** The token before `at` is a speech verb ("قالت", "وحذرت") joined to it by a space. */
export function afterSpeechVerb(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const before = tokens[at - 1];
  return !!before?.joinsNext && inSetBehindConjunction(finder.speechVerbs, before.text);
}

/** "وكييف ترد:": the mention ending at `end` is followed by a speech verb (a headline's subject, then its verb). */
export function beforeSpeechVerb(tokens: Token[], end: number, finder: ActorFinder): boolean {
  const after = tokens[end];
  return !!after && tokens[end - 1]!.joinsNext && finder.speechVerbs.has(after.text);
}

/** "نائب", "مستشار", "باسم" before a title make it someone else's role. */
export function isTitleBlocker(word: string, finder: ActorFinder): boolean {
  return procliticReadings(word).some(([, stem]) => finder.titleBlockers.has(stem));
}

/**
 * "شركات سورية", "قوات سورية": a state's one-word name printed like a feminine adjective (in ة) right after
 * an indefinite noun in ة or ات is that noun's adjective (Syrian), no mention of the state.
 */
export function stateAsAdjective(doc: PreparedText, match: PhraseMatch<Hit>): boolean {
  const { tokens } = doc;
  const before = tokens[match.firstToken - 1];
  const name = tokens[match.firstToken]!.text;
  // (Indefinite, as an adjective of an indefinite noun is: "بقيادة السعودية" is led by the state.)
  if (match.endToken !== match.firstToken + 1 || match.proclitic !== '' || !before?.joinsNext || !name.endsWith('ه') || name.startsWith('ال')) return false;
  const noun = before.text;
  return !noun.startsWith('ال') && (noun.endsWith('ه') || noun.endsWith('ات')) && noun.length >= 4 && !lexicon.stopWords.has(noun);
}
