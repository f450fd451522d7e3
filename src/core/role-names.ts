// Words between a role's complement and the name of the person it introduces
// (used by findActors for persons the gazetteer lacks).
import { lexicon } from './lexicon';
import { givenNames } from './lexicon/given-names';
import type { PreparedText, Token } from './matcher';

/** Titles written short with a period ("د." for doctor), data/punctuation.json abbreviatedTitles, normalized. */
const ABBREVIATED_TITLES: ReadonlySet<string> = lexicon.abbreviatedTitles;

/** An abbreviated title (normalized word) followed by its period: "د. منى الخطيب". */
export function isAbbreviatedTitle(word: string, gapAfter: string): boolean {
  return ABBREVIATED_TITLES.has(word) && /^\s*\.\s*$/.test(gapAfter);
}

/** Does a comma (alone) separate token a from token b? */
const commaBetween = (doc: PreparedText, a: Token, b: Token) => /^\s*[،,]\s*$/.test(doc.norm.text.slice(a.end, b.start));

/**
 * "الممرض بمجمع ناصر الطبي، محمد ياسين": the body's own name at token k (after an
 * indefinite head), with up to two ال adjectives, runs to a comma; the token after
 * the comma, where the person's name may start. k itself when no comma ends it.
 */
export function afterBodyName(doc: PreparedText, tokens: Token[], k: number, covered: Uint8Array): number {
  let j = k;
  const describes = (w: string | undefined) => !!w && (w.startsWith('ال') || nisbaShaped(w));
  while (j < k + 2 && tokens[j]!.joinsNext && describes(tokens[j + 1]?.text) && !covered[j + 1]) j++;
  const next = tokens[j + 1];
  return !covered[k] && !tokens[j]!.joinsNext && next && !covered[j + 1] && commaBetween(doc, tokens[j]!, next) ? j + 1 : k;
}

/** An adjective of origin or field with no article ("بحثية", "أوروبي"), no given name of ours: it describes the noun before it. */
export function nisbaShaped(word: string): boolean {
  return word.length >= 4 && /(ي|يه)$/.test(word) && !givenNames().byWord.has(word);
}

/** "د. منى الخطيب": past an abbreviated title at token k, else k. */
export function afterAbbreviatedTitle(doc: PreparedText, tokens: Token[], k: number): number {
  const next = tokens[k + 1];
  return tokens[k] && next && isAbbreviatedTitle(tokens[k]!.text, doc.norm.text.slice(tokens[k]!.end, next.start)) ? k + 1 : k;
}
