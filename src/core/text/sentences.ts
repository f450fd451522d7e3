// The one sentence rule (data/punctuation.json): which marks end a sentence or
// a clause, and when a period ends nothing ("العربية.نت", "3.5").
import punctuation from '../../../data/punctuation.json';

const SENTENCE_ENDS: ReadonlySet<string> = new Set(punctuation.sentenceEnds);
const CLAUSE_MARKS: ReadonlySet<string> = new Set(punctuation.clauseMarks);

const escape = (marks: string[]) => marks.map((m) => m.replace(/[\\\]^-]/g, '\\$&')).join('');
/** The sentence-end marks as a character class, for callers that test a stretch. */
export const SENTENCE_END = new RegExp(`[${escape(punctuation.sentenceEnds)}]`);

export const isSentenceEnd = (ch: string | undefined): boolean => ch !== undefined && SENTENCE_ENDS.has(ch);
const SENTENCE_END_CODES: ReadonlySet<number> = new Set(punctuation.sentenceEnds.map((m) => m.charCodeAt(0)));
/** isSentenceEnd by code unit, for loops over every character (no string made). */
export const isSentenceEndCode = (code: number): boolean => SENTENCE_END_CODES.has(code);
export const isClauseMark = (ch: string | undefined): boolean => ch !== undefined && CLAUSE_MARKS.has(ch);

/** Does a sentence end at text[i]? A sentence-end mark, but not a period between two digits ("3.5"). */
export function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (!isSentenceEnd(ch)) return false;
  return !(ch === '.' && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

/** ASCII and Arabic-Indic digits. */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}
