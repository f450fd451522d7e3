// The ranks and honorifics of data/speech-verbs.json that stand right before a name (read by the person rules).
import { normList, wordSet, type RawData } from './raw-data';

/** data/speech-verbs.json honorifics: ranks right before a name ("الفريق ياسر العطا"), and those of two words ("الفريق أول"). */
export function ranks(data: RawData) {
  return {
    honorifics: wordSet(data.honorifics?.words),
    /** "الفريق أول": the second word is the rank's, no name's. */
    honorificPairs: new Set(normList(data.honorifics?.words).filter((x) => x.includes(' '))),
  };
}
