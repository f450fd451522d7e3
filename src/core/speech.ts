// Speech cues on a text's words: a speech verb, an attribution phrase, a
// complementizer (the words themselves are the lexicon's, src/core/lexicon.ts).
import { withoutConjunction } from './clitics';
import { lexicon, type CueGender, type Lexicon, type VerbInfo } from './lexicon';
import { readDocument, type LineWords } from './text/document';
import { lastWordIn, oncePerWord, stems, wordsIn, type Word } from './text/tokens';
import { perTextWord, perWord } from './text/vocabulary';

// The text layer's words and the lexicon, for the stages that import them from here.
export { lastWordIn, oncePerWord, stems, wordsIn, type LineWords, type Word };
export { lexicon, type CueGender, type VerbInfo } from './lexicon';
export type SpeechLexicon = Lexicon;

/** The words of each line of a text (the document's lines, for callers that were given none). */
export function lineWords(text: string): LineWords {
  return readDocument(text).lines;
}

/** Is the normalized word a complementizer (أن، إن، بأن، وأن, with or without an attached pronoun)? */
export function isComplementizer(w: string, lex: SpeechLexicon = lexicon): boolean {
  return lex === lexicon ? isBundledComplementizer(w) : complementizerIn(w, lex);
}

/** isComplementizer of a text's word, by its id (asked of every word after a speech verb). */
export const isComplementizerWord = perTextWord((w) => isComplementizer(w));

/** isComplementizer of the bundled lexicon, once per word. */
const isBundledComplementizer = oncePerWord((w) => complementizerIn(w, lexicon));

function complementizerIn(w: string, lex: SpeechLexicon): boolean {
  for (const suffix of lex.complementizerSuffixes) {
    if (suffix && !w.endsWith(suffix)) continue;
    const stem = suffix ? w.slice(0, -suffix.length) : w;
    if (lex.complementizers.has(stem)) return true;
    // أنّه and أنه normalize alike; "لان" (because) is not listed, so it never matches.
  }
  return false;
}

/** The speech verb at words[i], also behind و / ف ('وقال', 'فأكدت'), or null. */
export function verbAt(words: Word[], i: number, lex: SpeechLexicon = lexicon): { length: number; value: VerbInfo } | null {
  return lex.verbs.matchBehindConjunction(words, i);
}

/** May a speech verb or an attribution phrase of the bundled lexicon start at the word (verbAt or attributionAt find one)? False for most words: one test by the word's id. */
export function mayOpenCue(word: Word): boolean {
  return word.token ? opensCue(word.token) : true;
}

const opensCue = perWord((w) => lexicon.verbs.mayStart(w) || lexicon.attribution.mayStart(w) || attributionPronounOf(w) !== null);

/** The gender an attribution word with its pronoun refers back to ('بحسبها' f, 'وحسبه' m), also behind و / ف; null for any other word. */
export function attributionPronounOf(word: string, lex: SpeechLexicon = lexicon): CueGender | null {
  return lex.attributionWithPronoun.get(word) ?? lex.attributionWithPronoun.get(withoutConjunction(word)) ?? null;
}

/** "في حديثه"، "وفي كلمتها" at words[i]: the gender its pronoun refers back to; null for anything else. */
export function speechNounPronounAt(words: Word[], i: number, lex: SpeechLexicon = lexicon): CueGender | null {
  const first = words[i]?.norm;
  if (first !== 'في' && first !== 'وفي') return null;
  return lex.speechNounWithPronoun.get(words[i + 1]?.norm ?? '') ?? null;
}

/** The attribution phrase at words[i] ('بحسب', 'وفقا ل', 'نقلا عن', 'جاء في'), also behind و / ف. */
export function attributionAt(words: Word[], i: number, lex: SpeechLexicon = lexicon): { length: number } | null {
  // ("وفقا لوزارة": "وفقا" is a phrase of its own, for the ل glued to the next word.)
  return lex.attribution.matchBehindConjunction(words, i);
}

/** A speech verb in the first person, with or without "و"/"ف" before it ("وقلنا", "أقول"): the text's own speaker talks. */
export function isFirstPersonSpeech(norm: string, lex: SpeechLexicon = lexicon): boolean {
  return lex === lexicon ? isBundledFirstPersonSpeech(norm) : firstPersonSpeechIn(norm, lex);
}

/** isFirstPersonSpeech of the bundled lexicon, once per word (quote rules ask it of every word of a sentence). */
const isBundledFirstPersonSpeech = oncePerWord((w) => firstPersonSpeechIn(w, lexicon));

function firstPersonSpeechIn(norm: string, lex: SpeechLexicon): boolean {
  return lex.firstPersonSpeech.has(norm) || (/^[وف]/.test(norm) && lex.firstPersonSpeech.has(norm.slice(1)));
}

/** "قالها", "تقولها", "اعتبره": a speech verb with its object pronoun attached (the object: what was said, or whom). */
export const isVerbWithObjectPronoun = oncePerWord((w) =>
  lexicon.thirdPersonSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s) && lexicon.verbWords.has(withoutConjunction(w.slice(0, -s.length)))),
);
