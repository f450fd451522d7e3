// A person's age in apposition to their name: "34 عاما", "البالغة 52 عاما", "اثنين وخمسين عاما" (data/given-names.json
// ageWords, ageOpeners, ageNumberWords).
import { givenNames } from '../lexicon/given-names';
import type { Token } from '../matcher';
import { inSetBehindConjunction } from '../clitics';
import { perWord } from '../text/vocabulary';
import { personWordBit } from './word-bits';

/** Token k is an age (ageAt): "34 عاما", "5 سنوات", or as ageInWordsAt reads. Per word, 1 a number, 2 "البالغ"، "البالغة" (given-names.json ageOpeners), 4 a number in words ("خمسين", "وخمسين"): one lookup per token, most words none. */
const ageBits = perWord((w) => (/^[0-9]{1,3}$/.test(w) ? 1 : 0) | (givenNames().ageOpeners.has(w) ? 2 : 0) | (inSetBehindConjunction(givenNames().ageNumberWords, w) ? 4 : 0));
/** Any of them (personWordBits): most words are none. */
export const AGE_WORD = personWordBit((t) => ageBits(t) !== 0);
const isAgeNumber = (t: Token) => (ageBits(t) & 1) !== 0;
const isAgeOpener = (t: Token) => (ageBits(t) & 2) !== 0;
const isAgeNumberWord = (t: Token) => (ageBits(t) & 4) !== 0;

export function ageAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || ageBits(t) === 0) return false;
  if (isAgeNumber(t)) return t.joinsNext && givenNames().ageWords.has(tokens[k + 1]?.text ?? '');
  return ageInWordsAt(tokens, k);
}

/** Words of an age are joined: no mark between them. */
const joined = (tokens: Token[], k: number): boolean => !!tokens[k]?.joinsNext && !!tokens[k + 1];

/**
 * An age that opens with "البالغ"/"البالغة" (and "من العمر"), or is written in words:
 * "البالغة 52 عاما", "البالغ من العمر ستين عاما", "اثنين وخمسين عاما" (at most three
 * number words, each behind و or not).
 */
function ageInWordsAt(tokens: Token[], k: number): boolean {
  const names = givenNames();
  let i = k;
  if (isAgeOpener(tokens[i]!)) {
    if (!joined(tokens, i)) return false;
    i++;
    if (tokens[i]!.text === 'من' && tokens[i + 1]?.text === 'العمر' && joined(tokens, i) && joined(tokens, i + 1)) i += 2;
    if (isAgeNumber(tokens[i]!)) return joined(tokens, i) && names.ageWords.has(tokens[i + 1]!.text);
  }
  const opened = i > k;
  let numbers = 0;
  for (; numbers < 3 && tokens[i] && isAgeNumberWord(tokens[i]!); i++, numbers++) if (!joined(tokens, i)) return false;
  // ("، خمس سنوات من الحرب": without "البالغة", numbers in words and "سنوات" are a span of time; "عاما" an age.)
  const word = tokens[i]?.text ?? '';
  return numbers > 0 && (opened ? names.ageWords.has(word) : word === 'عاما' || word === 'عام');
}
