// The content check's keyword pattern: the prefilter keywords folded and
// shaped as one trie-like regular expression (see keywordPatternSource).
//
// Building it takes a few milliseconds of cold code, too much for a script
// that runs on every page: build.mjs computes this module's value once and
// bundles only the resulting string into content-check.js (plugin
// "sada-prefilter-pattern"). Tests and the CLI compute it here.
import { foldForKeywords, VARIANTS } from './fold';
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

/**
 * The source of one regular expression for all keywords, shaped as a trie
 * ((?:غز[هة]|...)): the engine tries a handful of first letters at each
 * position instead of hundreds of alternatives (about 30× faster). Letters
 * are spelled with their variants ([اأإآٱ]), so the page's text is matched
 * as printed, without folding it first; marks (diacritics, tatweel) are not
 * in the pattern: text that has them is matched again without them.
 */
export function keywordPatternSource(keywords: readonly string[]): string {
  const folded = new Set<string>();
  for (const keyword of keywords) {
    const k = foldForKeywords(keyword).trim();
    if (!k) continue;
    folded.add(k);
    // "ال…" is written "لل…" behind the preposition ل ("للحوثيين").
    if (k.startsWith('ال')) folded.add(`لل${k.slice(2)}`);
  }
  // Matching is by substring: a keyword that contains another adds nothing.
  const list = [...folded];
  const minimal = list.filter((k) => !list.some((other) => other !== k && k.includes(other)));
  type TrieNode = { children: Map<string, TrieNode> };
  const root: TrieNode = { children: new Map() };
  for (const word of minimal) {
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map() }));
      node = next;
    }
  }
  // A node that ends a keyword has no children (the list is minimal): no optional tails.
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.children].map(([ch, child]) => letterPattern(ch) + emit(child));
    if (alternatives.length <= 1) return alternatives[0] ?? '';
    return `(?:${alternatives.join('|')})`;
  };
  return emit(root);
}

export const KEYWORD_PATTERN_SOURCE: string = keywordPatternSource(PREFILTER_KEYWORDS);
