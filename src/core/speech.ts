// The speech lexicon of data/speech-verbs.json, normalized once, and the word
// scanner that quotes.ts and speakers.ts share.
import morphology from '../../data/morphology.json';
import raw from '../../data/speech-verbs.json';
import { CONJUNCTIONS } from './clitics';
import { readDocument, type LineWords } from './text/document';
import { normalizeText } from './text/normalize';
import { stems, wordsIn, type Word } from './text/tokens';

// The text layer's words, for the stages that import them from here.
export { stems, wordsIn, type LineWords, type Word };

export type CueGender = 'm' | 'f' | 'p';

/** The words of each line of a text (the document's lines, for callers that were given none). */
export function lineWords(text: string): LineWords {
  return readDocument(text).lines;
}

const norm = (s: string) => normalizeText(s.trim());
const normList = (xs: unknown): string[] =>
  (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map(norm);

interface PhraseEntry<T> {
  words: string[];
  value: T;
}

/** Multi-word phrases keyed by their first word as printed, bare or behind و/ف; longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { bare: PhraseEntry<T>[]; behindConjunction: PhraseEntry<T>[] }>();

  add(phrase: string, value: T): void {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const entry = { words, value };
    insertLongestFirst(this.slot(words[0]!).bare, entry);
    // "وقال", "فأكدت": the first word behind a conjunction (a word of three letters or more).
    if (words[0]!.length >= 2) for (const c of CONJUNCTIONS) insertLongestFirst(this.slot(c + words[0]!).behindConjunction, entry);
  }

  private slot(first: string) {
    let slot = this.byFirst.get(first);
    if (!slot) {
      slot = { bare: [], behindConjunction: [] };
      this.byFirst.set(first, slot);
    }
    return slot;
  }

  /** The longest phrase starting at words[i] (its first word possibly written as `first`), bare. */
  match(words: Word[], i: number, first = words[i]?.norm): { length: number; value: T } | null {
    return first === undefined ? null : longestOf(this.byFirst.get(first)?.bare, words, i);
  }

  /** The longest phrase starting at words[i], bare or else behind و/ف ('قال', 'وقال'). One lookup per word. */
  matchBehindConjunction(words: Word[], i: number): { length: number; value: T } | null {
    const w = words[i]?.norm;
    const slot = w === undefined ? undefined : this.byFirst.get(w);
    if (!slot) return null;
    return longestOf(slot.bare, words, i) ?? longestOf(slot.behindConjunction, words, i);
  }
}

function insertLongestFirst<T>(list: PhraseEntry<T>[], entry: PhraseEntry<T>): void {
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
}

function longestOf<T>(list: PhraseEntry<T>[] | undefined, words: Word[], i: number): { length: number; value: T } | null {
  if (!list) return null;
  for (const entry of list) {
    let ok = true;
    for (let k = 1; k < entry.words.length && ok; k++) ok = words[i + k]?.norm === entry.words[k];
    if (ok) return { length: entry.words.length, value: entry.value };
  }
  return null;
}

interface RawData {
  verbs?: Array<{ masculine?: unknown; feminine?: unknown; plural?: unknown }>;
  attributionPhrases?: { phrases?: unknown };
  pronounSources?: { nouns?: unknown };
  complementizers?: { words?: unknown; prepositions?: unknown; timeWords?: unknown };
  relativeWords?: { pronouns?: unknown; adverbs?: unknown };
  bodyGender?: { masculine?: unknown; feminine?: unknown };
  subjectStops?: { words?: unknown };
  titleWords?: { words?: unknown };
  spokespersonWords?: { words?: unknown };
  anonymousSources?: { words?: unknown };
  institutionNouns?: { words?: unknown };
  documentNouns?: { words?: unknown };
  scareCues?: { words?: unknown };
  relayVerbs?: { words?: unknown };
  quoteFollowers?: { words?: unknown };
  pageLabels?: { words?: unknown };
  mediaNouns?: { words?: unknown };
  descriptionVerbs?: { words?: unknown };
  commonObjects?: { words?: unknown };
  weakVerbs?: { words?: unknown };
  objectPronounVerbs?: { verbs?: unknown; suffixes?: unknown };
}

export interface VerbInfo {
  gender: CueGender;
}

function build(data: RawData) {
  const verbs = new PhraseTable<VerbInfo>();
  /** Every one-word form, for the actor finder ("قال سعد الشهري، مدرب الاتفاق"). */
  const verbWords = new Set<string>();
  for (const v of data.verbs ?? []) {
    for (const [key, gender] of [['masculine', 'm'], ['feminine', 'f'], ['plural', 'p']] as const) {
      for (const form of normList(v[key])) {
        verbs.add(form, { gender });
        if (!form.includes(' ')) verbWords.add(form);
      }
    }
  }
  // "واعتبره"، "ووصفتها": a verb with its object pronoun attached, of the bare form's gender.
  const descriptionVerbs = new Set(normList(data.descriptionVerbs?.words));
  const suffixes = normList(data.objectPronounVerbs?.suffixes);
  for (const form of normList(data.objectPronounVerbs?.verbs)) {
    const bare = verbs.match([{ start: 0, end: 0, norm: form }], 0);
    if (!bare || bare.length !== 1) continue;
    const stem = form.endsWith('وا') ? form.slice(0, -1) : form;
    for (const suffix of suffixes) {
      verbs.add(stem + suffix, bare.value);
      if (descriptionVerbs.has(form)) descriptionVerbs.add(stem + suffix);
    }
  }
  const attribution = new PhraseTable<true>();
  for (const p of normList(data.attributionPhrases?.phrases)) attribution.add(p.replace(/ـ/g, ''), true);
  return {
    verbs,
    verbWords,
    attribution,
    pronounSources: new Set(normList(data.pronounSources?.nouns)),
    complementizers: new Set(normList(data.complementizers?.words)),
    complementizerPrepositions: new Set(normList(data.complementizers?.prepositions)),
    complementizerTimeWords: new Set(normList(data.complementizers?.timeWords)),
    relativePronouns: new Set(normList(data.relativeWords?.pronouns)),
    relativeAdverbs: new Set(normList(data.relativeWords?.adverbs)),
    masculineBodyHeads: normList(data.bodyGender?.masculine),
    feminineBodyHeads: normList(data.bodyGender?.feminine),
    subjectStops: new Set(normList(data.subjectStops?.words)),
    titleWords: new Set(normList(data.titleWords?.words).flatMap((w) => w.split(' '))),
    spokesperson: new Set(normList(data.spokespersonWords?.words).flatMap((w) => w.split(' '))),
    anonymous: new Set(normList(data.anonymousSources?.words).flatMap((w) => w.split(' ').slice(0, 1))),
    institutionNouns: new Set(normList(data.institutionNouns?.words)),
    documentNouns: new Set(normList(data.documentNouns?.words)),
    scareCues: new Set(normList(data.scareCues?.words)),
    relayVerbs: new Set(normList(data.relayVerbs?.words)),
    quoteFollowers: new Set(normList(data.quoteFollowers?.words)),
    pageLabels: new Set(normList(data.pageLabels?.words)),
    mediaNouns: new Set(normList(data.mediaNouns?.words)),
    descriptionVerbs,
    commonObjects: new Set(normList(data.commonObjects?.words)),
    weakVerbs: new Set(normList(data.weakVerbs?.words)),
  };
}

export type SpeechLexicon = ReturnType<typeof build>;

export const lexicon: SpeechLexicon = build(raw as RawData);

/** Pronoun suffixes that can ride on a complementizer (أنه، إنها، أنهم، أننا…; data/morphology.json), after '' for none. */
const PRONOUN_SUFFIXES = ['', ...morphology.complementizer.pronounSuffixes.map((s) => normalizeText(s))];

/** Is the normalized word a complementizer (أن، إن، بأن، وأن, with or without an attached pronoun)? */
export function isComplementizer(w: string, lex: SpeechLexicon = lexicon): boolean {
  for (const suffix of PRONOUN_SUFFIXES) {
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

/** The attribution phrase at words[i] ('بحسب', 'وفقا ل', 'نقلا عن', 'جاء في'), also behind و / ف. */
export function attributionAt(words: Word[], i: number, lex: SpeechLexicon = lexicon): { length: number } | null {
  const w = words[i]?.norm;
  if (!w) return null;
  const found = lex.attribution.matchBehindConjunction(words, i);
  if (found) return found;
  // "وفقا لوزارة": the phrase's last word is glued to the next one.
  if (w === 'وفقا' || w === 'ووفقا') return { length: 1 };
  return null;
}
