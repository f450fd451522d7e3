// The shape of data/speech-verbs.json as the lexicon reads it: every list optional, each checked
// where it is read (a non-programmer edits the file; a missing list is an empty one), and how a
// list of data/ is read: its strings, trimmed and normalized.
import { normalizeText } from '../text/normalize';
import { phraseWords } from '../text/tokens';

export const norm = (s: string) => normalizeText(s.trim());
export const normList = (xs: unknown): string[] =>
  (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map(norm);
/** The normalized words of every entry: a set of single words. */
export const wordSet = (xs: unknown): Set<string> => new Set(normList(xs).flatMap((x) => phraseWords(x)));

export interface RawData {
  verbs?: Array<{ verb?: unknown; masculine?: unknown; feminine?: unknown; plural?: unknown }>;
  attributionPhrases?: { phrases?: unknown; pronounWords?: unknown; pronounNouns?: unknown; voices?: unknown; leaders?: unknown; members?: unknown; ownedStatements?: unknown };
  pronounSources?: { nouns?: unknown };
  complementizers?: { words?: unknown; prepositions?: unknown; timeWords?: unknown };
  relativeWords?: { pronouns?: unknown; adverbs?: unknown; masculine?: unknown; feminine?: unknown };
  bodyGender?: { masculine?: unknown; feminine?: unknown };
  subjectStops?: { words?: unknown; beforeSubject?: unknown };
  clauseConnectors?: { words?: unknown; beforeVerb?: unknown; afterSubject?: unknown };
  toNarrator?: { words?: unknown; others?: unknown; writerMet?: unknown };
  writersClauses?: { words?: unknown };
  titleWords?: { words?: unknown };
  delegateTitles?: { words?: unknown; afterNationality?: unknown };
  questions?: { ask?: unknown; answer?: unknown };
  spokespersonWords?: { words?: unknown; bodyEnds?: unknown };
  anonymousSources?: { words?: unknown; members?: unknown };
  institutionNouns?: { words?: unknown };
  unknownBodyHeads?: { words?: unknown };
  objectFirstVerbs?: { verbs?: unknown; marks?: unknown };
  documentNouns?: { words?: unknown; issuedBy?: unknown; offices?: unknown };
  scareCues?: { words?: unknown; titleLinkers?: unknown; titleWords?: unknown; namingVerbs?: unknown; works?: unknown; interviewNouns?: unknown; interviewLinkers?: unknown };
  relayVerbs?: { words?: unknown; prepositions?: unknown };
  quoteFollowers?: { words?: unknown; afterSentenceEnd?: unknown };
  predicateOpeners?: { words?: unknown; verbPrefixes?: unknown };
  pageLabels?: { words?: unknown };
  mediaNouns?: { words?: unknown };
  descriptionVerbs?: { words?: unknown };
  commonObjects?: { words?: unknown };
  weakVerbs?: { words?: unknown };
  objectPronounVerbs?: { verbs?: unknown; suffixes?: unknown; saidIt?: unknown };
  honorifics?: { words?: unknown };
  interviews?: { questionMarks?: unknown; answerMarks?: unknown; words?: unknown; bylineWords?: unknown; askedWords?: unknown };
  firstPersonSpeech?: { words?: unknown };
  headlineAsides?: { words?: unknown };
}
