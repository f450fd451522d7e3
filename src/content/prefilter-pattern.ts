// The content check's keyword pattern: the prefilter keywords folded and
// shaped as one trie-like regular expression (see keywordPatternSource).
//
// Building it takes a few milliseconds of cold code, too much for a script
// that runs on every page: build.mjs computes this module's value once and
// bundles only the resulting string into content-check.js (plugin
// "sada-prefilter-pattern"). Tests and the CLI compute it here.
import { foldForKeywords, VARIANTS } from './fold';
import { hasKeyword, WORD_CHAR_SOURCE } from './keyword-match';
import { PREFILTER_KEYWORDS } from './prefilter-keywords';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each folded letter with the letters that fold to it: ا → [اأإآٱ]. */
const spellings = new Map<string, string>();
for (const [variant, folded] of Object.entries(VARIANTS)) spellings.set(folded, (spellings.get(folded) ?? folded) + variant);

/** A folded letter as the pattern spells it: every letter that folds to it. */
const letterPattern = (ch: string) => {
  const all = spellings.get(ch);
  return all ? `[${all}]` : escapeRegExp(ch);
};

/** Folded endings a name may carry: "فلسطين" → "فلسطيني", "فلسطينية"; "الإسرائيلي" → "الإسرائيليين". */
const SUFFIXES = '(?:[يىی]?(?:[هة]|ين|ون|ات)?)';
/** A name this long (without ال) may take them; a shorter one, unless it ends in ي, would reach common words ("حماس" → "حماسة", "الشرع" → "الشرعي"). */
const MIN_LETTERS_FOR_SUFFIX = 5;

/** Whether a folded keyword may carry SUFFIXES. */
const takesSuffix = (keyword: string) =>
  keyword.endsWith('ي') || (keyword.replace(/^(?:ال|لل)/, '').length >= MIN_LETTERS_FOR_SUFFIX && !keyword.includes(' '));

/**
 * The source of one regular expression for all keywords. Keywords match
 * whole words: each ends where the word ends, or after a suffix it may take,
 * so "ميدي" does not match in "ميديا"; where a match starts is checked by
 * the caller (proclitics, see page-check's hasKeyword), so "ابين" inside
 * "المصابين" is rejected there.
 *
 * Each half (names that take a suffix, names that don't) is shaped as a trie
 * ((?:غز[هة]|...)): the engine tries a handful of first letters at each
 * position instead of hundreds of alternatives (about 30× faster). Letters
 * are spelled with their variants ([اأإآٱ]), so the page's text is matched
 * as printed, without folding it first; marks (diacritics, tatweel) are not
 * in the pattern: text that has them is matched again without them.
 */
export function keywordPatternSource(keywords: readonly string[]): string {
  const folded = new Set<string>();
  for (const keyword of keywords) {
    const k = foldForKeywords(keyword).replace(/\s+/g, ' ').trim();
    if (!k) continue;
    folded.add(k);
    // "ال…" is written "لل…" behind the preposition ل ("للحوثيين").
    if (k.startsWith('ال')) folded.add(`لل${k.slice(2)}`);
  }
  // A keyword that holds another as a word ("قطاع غزة", "الحوثيين") adds nothing.
  const all = [...folded];
  const needed = all.filter((k) => !all.some((other) => other !== k && k.includes(other) && hasKeyword(new RegExp(wordPattern([other]), 'g'), k)));
  return wordPattern(needed);
}

/** The pattern for these folded keywords, without leaving any out. */
function wordPattern(keywords: readonly string[]): string {
  const end = `(?!${WORD_CHAR_SOURCE})`;
  const withSuffix = keywords.filter(takesSuffix);
  const plain = keywords.filter((k) => !takesSuffix(k));
  const halves: string[] = [];
  if (withSuffix.length) halves.push(`${trieSource(withSuffix)}(?=${SUFFIXES}${end})`);
  if (plain.length) halves.push(`${trieSource(plain)}${end}`);
  return halves.join('|');
}

/** One alternation for the words, shaped as a trie; a word that is also the start of a longer one comes last (the longer is tried first). */
function trieSource(words: readonly string[]): string {
  type TrieNode = { children: Map<string, TrieNode>; ends: boolean };
  const root: TrieNode = { children: new Map(), ends: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), ends: false }));
      node = next;
    }
    node.ends = true;
  }
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.children].map(([ch, child]) => letterPattern(ch) + emit(child));
    if (alternatives.length === 0) return '';
    if (node.ends) alternatives.push('');
    return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  };
  return `(?:${emit(root)})`;
}

export const KEYWORD_PATTERN_SOURCE: string = keywordPatternSource(PREFILTER_KEYWORDS);
