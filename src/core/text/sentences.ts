// The one sentence rule (data/punctuation.json): which marks end a sentence or
// a clause, and when a period ends nothing ("العربية.نت", "3.5", "د.").
import punctuation from '../../../data/punctuation.json';
import { normalizeText } from './normalize';

const SENTENCE_ENDS: ReadonlySet<string> = new Set(punctuation.sentenceEnds);
const CLAUSE_MARKS: ReadonlySet<string> = new Set(punctuation.clauseMarks);

const escape = (marks: string[]) => marks.map((m) => m.replace(/[\\\]^-]/g, '\\$&')).join('');
/** The marks that open a list item at a line's start ("- …", "• …"), as the inside of a character class. */
export const LIST_MARKS_CLASS = escape(punctuation.listMarks);

/** The sentence-end marks as a character class, for callers that test a stretch. */
export const SENTENCE_END = new RegExp(`[${escape(punctuation.sentenceEnds)}]`);

export const isSentenceEnd = (ch: string | undefined): boolean => ch !== undefined && SENTENCE_ENDS.has(ch);
/** 1 for each sentence-end mark's code unit (a table: its loops ask at every character). */
const SENTENCE_END_CODES = new Uint8Array(0x10000);
for (const m of punctuation.sentenceEnds) SENTENCE_END_CODES[m.charCodeAt(0)] = 1;
/** isSentenceEnd by code unit, for loops over every character (no string made). */
export const isSentenceEndCode = (code: number): boolean => SENTENCE_END_CODES[code] === 1;
export const isClauseMark = (ch: string | undefined): boolean => ch !== undefined && CLAUSE_MARKS.has(ch);
/** 1 for each clause mark's code unit. */
const CLAUSE_MARK_CODES = new Uint8Array(0x10000);
for (const m of punctuation.clauseMarks) CLAUSE_MARK_CODES[m.charCodeAt(0)] = 1;
/** isClauseMark by code unit. */
export const isClauseMarkCode = (code: number): boolean => CLAUSE_MARK_CODES[code] === 1;

/** Does a sentence end at text[i]? A sentence-end mark, but not a period between two digits ("3.5"). (By code: no string made.) */
export function endsSentenceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!isSentenceEndCode(code)) return false;
  return !(code === 0x2e && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

/** Titles written short with a period ("د." for doctor): data/punctuation.json abbreviatedTitles, normalized. */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(punctuation.abbreviatedTitles.map(normalizeText));

/**
 * The stricter reading of where a sentence ends, for where a speaker's sentence
 * starts: endsSentenceAt, but a period glued inside a word ("العربية.نت", no space
 * before it and neither space nor quotation mark after it) or written after an
 * abbreviated title ("قالت د. منى") ends nothing.
 */
export function endsWholeSentenceAt(text: string, i: number): boolean {
  if (!endsSentenceAt(text, i)) return false;
  return text[i] !== '.' || !(isGluedPeriod(text, i) || followsAbbreviatedTitle(text, i));
}

/** A regex's \s, by code unit (what /\s/ matches in one character). */
export const isJsSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** " ' “ ” « » by code. */
const QUOTE_AFTER_PERIOD: ReadonlySet<number> = new Set([0x22, 0x27, 0x201c, 0x201d, 0xab, 0xbb]);
/** A period with a letter or digit right before it and no space or quotation mark after it. */
function isGluedPeriod(text: string, i: number): boolean {
  // (By code: /[^\s.]/ and /[^\s"'“”«»]/ on the characters around; NaN off the text's edges, as a space was.)
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before === before && !isJsSpace(before) && before !== 0x2e && after === after && !isJsSpace(after) && !QUOTE_AFTER_PERIOD.has(after);
}

const SHORT_WORD_AT_END = /(?:^|[\s،,])([\u0621-\u064a]{1,3})$/;
/** Does the word right before text[i] (one to three letters, after a space, a comma or the text's start) stand in abbreviatedTitles? */
export function followsAbbreviatedTitle(text: string, i: number): boolean {
  const m = SHORT_WORD_AT_END.exec(text.slice(Math.max(0, i - 4), i));
  return !!m && ABBREVIATED_TITLES.has(normalizeText(m[1]!));
}

/** ASCII and Arabic-Indic digits. */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}
