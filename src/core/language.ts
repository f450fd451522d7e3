// Language identification from a bounded sample of the text. Also bundled into
// the content check that runs on every page, so it imports nothing but its own
// small data file (and text/word-ids.ts, which imports nothing) and never reads
// more than `maxChars` characters.
//
// Arabic, Persian and Urdu share a script; they are told apart by function
// words (the strongest signal, even in a headline) and by letters that only
// one of them uses (Urdu ے ں ٹ, Persian-keyboard ی ک, Arabic ة ى ي).
import data from '../../data/languages.json';
import { WORD_HASH_SEED, wordHashStep, WordIds } from './text/word-ids';
import { LANGUAGE_DROPPED_RE, LANGUAGE_LETTERS, LANGUAGE_LETTERS_RE, LANGUAGE_LETTERS_TO, LANGUAGE_LOOSE, LANGUAGE_LOOSE_RE } from './fold.generated';

export const DEFAULT_SAMPLE_CHARS = 6000;

interface ScriptRange {
  code: string;
  from: number;
  to: number;
  variants?: Record<string, string>;
}

/** Persian-keyboard ی ک and final ى read as Arabic ي ك: "فی" and "علی" typed for "في" and "على". */
const toArabicLetters = (word: string) => word.replace(LANGUAGE_LOOSE_RE, (c) => LANGUAGE_LOOSE[c]!);
// The tables built from the data, each on first use: this module is bundled
// into the content check that runs on every page, and most pages need one
// of them at most (a Latin page never folds the Arabic-script words).
let arabicTables: { loose: Set<string>; ar: Set<string>; fa: Set<string>; ur: Set<string> } | undefined;
function arabicWordSets() {
  const words = data.arabicScript.functionWords;
  arabicTables ??= {
    loose: new Set(words.ar.map((w) => toArabicLetters(foldArabic(w)))),
    ar: new Set(words.ar.map(foldArabic)),
    fa: new Set(words.fa.map(foldArabic)),
    ur: new Set(words.ur.map(foldArabic)),
  };
  return arabicTables;
}
let latinTables: Array<readonly [string, Set<string>]> | undefined;
const latinWordSets = () => (latinTables ??= Object.entries(data.latin).map(([code, words]) => [code, new Set(words)] as const));
let scriptTable: ScriptRange[] | undefined;
/** Each script's Unicode block, written "0400-04FF" in the data. */
const scriptRanges = () =>
  (scriptTable ??= data.scripts.map((s) => {
    const [from, to] = s.range.split('-').map((h) => parseInt(h, 16)) as [number, number];
    return { code: s.code, from, to, variants: (s as { variants?: Record<string, string> }).variants };
  }));

/** ISO 639-1 code of the text's language: ar, fa, ur, en, … or 'und'. */
export function detectLanguage(text: string): string {
  return detectLanguageSample(text, DEFAULT_SAMPLE_CHARS);
}

/**
 * Same as detectLanguage but reads at most `maxChars` characters: three
 * slices (start, middle, two thirds) so that a navigation bar at the top of a
 * page does not decide alone.
 */
export function detectLanguageSample(text: string, maxChars = DEFAULT_SAMPLE_CHARS): string {
  if (typeof text !== 'string' || text.length === 0) return 'und';
  return identify(takeSample(text, Math.max(1, maxChars)));
}

function takeSample(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const part = Math.floor(maxChars / 3);
  const mid = Math.floor(text.length / 2);
  const late = Math.floor((text.length * 2) / 3);
  return `${text.slice(0, part)}\n${text.slice(mid, mid + part)}\n${text.slice(late, late + part)}`;
}

/** Hamza-carrying alefs and diacritics folded, so "إلى" and "الى" are one word. Keeps آ (Persian آن). Entries "in": "language" of data/normalization.json. */
function foldArabic(word: string): string {
  return word.replace(LANGUAGE_LETTERS_RE, LANGUAGE_LETTERS_TO).replace(LANGUAGE_DROPPED_RE, '');
}

function identify(sample: string): string {
  let arabic = 0;
  let latin = 0;
  const other = new Map<ScriptRange, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if ((c >= 0x0620 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else {
      const script = scriptRanges().find((s) => c >= s.from && c <= s.to);
      if (script) other.set(script, (other.get(script) ?? 0) + 1);
    }
  }
  let best: ScriptRange | null = null;
  let bestCount = 0;
  for (const [script, count] of other) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  const total = arabic + latin + bestCount;
  if (total < 2) return 'und';
  if (arabic >= latin && arabic >= bestCount) return identifyArabicScript(sample);
  if (latin >= bestCount) return identifyLatin(sample);
  return variantOf(best!, sample);
}

function variantOf(script: ScriptRange, sample: string): string {
  for (const [code, chars] of Object.entries(script.variants ?? {})) {
    for (const ch of chars) if (sample.includes(ch)) return code;
  }
  return script.code;
}

// Letter classes as bits, looked up once per character (this runs on every
// page, cold: one pass over a word instead of one string search per class).
const ARABIC_ONLY = 1;
const PERSIAN_FORMS = 2;
const PERSIAN_OR_URDU = 4;
const URDU_ONLY = 8;
const PASHTO = 16;
const KURDISH = 32;
const SINDHI = 64;
/** Alef with hamza or wasla: the word needs foldArabic. */
const HAMZA_ALEF = 128;
let letterBits: Uint8Array | undefined;
/** Each letter's class bits by code unit, built on first use (as the word sets above). */
function letterBitsTable(): Uint8Array {
  if (letterBits) return letterBits;
  const letters = data.arabicScript.letters;
  const table = new Uint8Array(0x10000);
  for (const [chars, bit] of [
    [letters.arabicOnly, ARABIC_ONLY],
    [letters.persianForms, PERSIAN_FORMS],
    [letters.persianOrUrdu, PERSIAN_OR_URDU],
    [letters.urduOnly, URDU_ONLY],
    [letters.pashto, PASHTO],
    [letters.kurdish, KURDISH],
    [letters.sindhi, SINDHI],
    [LANGUAGE_LETTERS, HAMZA_ALEF],
  ] as const) {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= bit;
  }
  letterBits = table;
  return table;
}

/** The letter-class bits of a word's characters, or-ed. */
function bitsOf(token: string): number {
  const letterBits = letterBitsTable();
  let bits = 0;
  for (let i = 0; i < token.length; i++) bits |= letterBits[token.charCodeAt(i)]!;
  return bits;
}

/**
 * What one word adds to each language's score, in the order identifyArabicScript
 * adds them (a zero where it adds nothing): Arabic 3, Persian 4, Urdu 4, then
 * Pashto, Kurdish and Sindhi.
 */
const CUES_PER_WORD = 14;

function cuesOf(raw: string, into: Float64Array, at: number): void {
  const arabicWords = arabicWordSets();
  const bits = bitsOf(raw);
  // Words hold no diacritics or tatweel (passed over by the reader): only the hamza fold can change them.
  const word = bits & HAMZA_ALEF ? foldArabic(raw) : raw;
  // Function words weigh most: they decide even a headline.
  const arFunction = arabicWords.ar.has(word) || (word.length > 3 && (word.startsWith('وال') || word.startsWith('بال'))) ? 2 : 0;
  const faFunction = arabicWords.fa.has(word) ? 2 : 0;
  // Arabic typed on a Persian keyboard: the word is no Persian word but an Arabic one.
  const arLoose = !faFunction && !arabicWords.ar.has(word) && /[یک]/.test(word) && !arabicWords.ur.has(word) && arabicWords.loose.has(toArabicLetters(word)) ? 2.5 : 0;
  // Letters: one cue per word, so a long word does not count more.
  const arLetters = bits & ARABIC_ONLY ? 0.5 : raw.startsWith('ال') && raw.length > 3 ? 0.3 : 0;
  const persianForms = bits & PERSIAN_FORMS ? 0.5 : 0;
  const persianOrUrdu = bits & PERSIAN_OR_URDU ? 0.4 : 0;
  const mi = raw.startsWith('می') && raw.length > 3 ? 0.5 : 0;
  // Pashto's genitive particle "د" stands alone; no other language here writes it so.
  const pashto = bits & PASHTO || raw === 'د' ? 1 : 0;
  const ur = [arabicWords.ur.has(word) ? 2 : 0, persianForms, persianOrUrdu, bits & URDU_ONLY ? 1.5 : 0];
  into.set([arFunction, arLoose, arLetters, faFunction, persianForms, persianOrUrdu, mi, ...ur, pashto, bits & KURDISH ? 1 : 0, bits & SINDHI ? 1 : 0], at);
}

/**
 * cuesOf per distinct word (words repeat: each is weighed once), by the word's
 * number: found from the sample's characters, no string made for a word seen
 * before. The cues lie side by side in one array (a word's are read together).
 */
let wordIds = new WordIds();
// (Empty until an Arabic-script sample asks: this runs on every page, most of them no such page.)
let cueTable = new Float64Array(0);
let cuesRead = new Uint8Array(0);

/** Where the cues of the word text[start, end) (its characters' hash `hash`) begin in cueTable. */
function cuesAt(text: string, start: number, end: number, hash: number): number {
  // Bounded: a full table starts again.
  if (wordIds.size >= 20_000) {
    wordIds = new WordIds();
    cuesRead = new Uint8Array(0);
  }
  const id = wordIds.idOfRange(text, start, end, hash);
  if (id >= cuesRead.length) cuesRead = grown(cuesRead, new Uint8Array(Math.max(256, cuesRead.length * 2)));
  if (cueTable.length < cuesRead.length * CUES_PER_WORD) cueTable = grown(cueTable, new Float64Array(cuesRead.length * CUES_PER_WORD));
  const at = id * CUES_PER_WORD;
  if (!cuesRead[id]) {
    cuesOf(wordIds.word(id), cueTable, at);
    cuesRead[id] = 1;
  }
  return at;
}

function grown<T extends Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A letter of an Arabic-script word (U+0620-064A, 0660-06FF, 0750-077F); ZWNJ splits (Persian "می‌شود" gives "می"). */
const isScriptLetter = (c: number) => (c >= 0x0620 && c <= 0x064a) || (c >= 0x0660 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f);
/** Diacritics and tatweel (LANGUAGE_DROPPED_RE): left out of a word, they split none. */
const isDroppedMark = (c: number) => (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

/** Calls `take` with where the cues of each Arabic-script word of the sample begin in cueTable, its diacritics and tatweel left out. */
function eachArabicWord(sample: string, take: (at: number) => void): void {
  let start = -1;
  let hash = WORD_HASH_SEED;
  /** The word so far when marks were left out of it (rare): its letters before the current run. */
  let marked: string | null = null;
  // (The tests and the hash step in locals: a bundle's module-level names are read from its context, with a check, at every use.)
  const [letter, dropped, step] = [isScriptLetter, isDroppedMark, wordHashStep];
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 0;
    if (letter(c)) {
      if (start < 0) start = i;
      hash = step(hash, c);
    } else if (dropped(c)) {
      if (start >= 0) marked = (marked ?? '') + sample.slice(start, i);
      start = -1;
    } else {
      if (marked !== null) {
        const word = start >= 0 ? marked + sample.slice(start, i) : marked;
        if (word !== '') take(cuesAt(word, 0, word.length, hash));
      } else if (start >= 0) take(cuesAt(sample, start, i, hash));
      start = -1;
      hash = WORD_HASH_SEED;
      marked = null;
    }
  }
}

function identifyArabicScript(sample: string): string {
  let words = 0;
  // The scores of Arabic, Persian, Urdu, Pashto, Kurdish and Sindhi (0-5), in an array: a number kept
  // in a closure's variable is boxed again at every addition.
  const scores = new Float64Array(6);
  eachArabicWord(sample, (at) => {
    words++;
    const cues = cueTable;
    // Added one by one, in the order they were always added (the same sums to the last bit).
    scores[0]! += cues[at]!;
    scores[0]! += cues[at + 1]!;
    scores[0]! += cues[at + 2]!;
    scores[1]! += cues[at + 3]!;
    scores[1]! += cues[at + 4]!;
    scores[1]! += cues[at + 5]!;
    scores[1]! += cues[at + 6]!;
    scores[2]! += cues[at + 7]!;
    scores[2]! += cues[at + 8]!;
    scores[2]! += cues[at + 9]!;
    scores[2]! += cues[at + 10]!;
    scores[3]! += cues[at + 11]!;
    scores[4]! += cues[at + 12]!;
    scores[5]! += cues[at + 13]!;
  });
  if (words === 0) return 'und';
  const [ar, fa, ur, pashto, kurdish, sindhi] = scores as unknown as [number, number, number, number, number, number];
  // Letters that Arabic, Persian and Urdu never use, on a good share of words.
  const share = words * 0.12;
  if (pashto > share && pashto >= kurdish && pashto >= sindhi) return 'ps';
  if (kurdish > share && kurdish >= sindhi) return 'ku';
  if (sindhi > share) return 'sd';
  if (fa > ar && fa >= ur) return 'fa';
  if (ur > ar && ur > fa) return 'ur';
  return 'ar';
}

function identifyLatin(sample: string): string {
  const words = sample.toLowerCase().split(/[^a-zà-ɏ]+/u);
  let bestCode = 'und';
  let bestHits = 0;
  for (const [code, set] of latinWordSets()) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      bestCode = code;
    }
  }
  return bestCode;
}
