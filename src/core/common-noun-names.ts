// Gazetteer names that are also common nouns (data/ambiguous.json commonNouns):
// where the text uses one as the noun ("استقبلوه بحماس", "قبيل المغرب"), not the actor.
import type { ActorFinder, Hit } from './finder';
import { inSetBehindConjunction } from './clitics';
import { lexicon } from './lexicon';
import type { PhraseMatch, PreparedText } from './matcher';
import { nisbaShaped } from './role-names';

/** The name `surface` at `match` is used as the common noun it also is. */
export function nameUsedAsNoun(doc: PreparedText, match: PhraseMatch<Hit>, surface: string, finder: ActorFinder): boolean {
  return (lexicon.commonNounNames.has(surface) && usedAsNoun(doc, match, finder)) || timeOfDay(doc, match, surface);
}

/**
 * A name of data/ambiguous.json commonNouns joined to a definite word that is no nisba
 * adjective ("حماس الشباب"), or behind ب with an indefinite adjective after it ("بحماس
 * كبير"; "قيادي بحماس أن" is a member of the movement).
 */
function usedAsNoun(doc: PreparedText, match: PhraseMatch<Hit>, finder: ActorFinder): boolean {
  const after = doc.tokens[match.endToken];
  if (!after || !doc.tokens[match.endToken - 1]!.joinsNext) return false;
  if (after.text.startsWith('ال')) return !nisbaShaped(after.text);
  return /ب$/.test(match.proclitic) && !finder.stopWords.has(after.text) && !lexicon.complementizers.has(after.text) && !/^[وفبل]/.test(after.text);
}

/** "قبيل المغرب", "بعد صلاة المغرب": a name that is also a time of day, right after a word of time. */
function timeOfDay(doc: PreparedText, match: PhraseMatch<Hit>, surface: string): boolean {
  const before = doc.tokens[match.firstToken - 1];
  return lexicon.timesOfDay.names.has(surface) && match.proclitic === '' && !!before?.joinsNext && inSetBehindConjunction(lexicon.timesOfDay.after, before.text);
}
