// A given name that is also a common word ("صالح", "خالد", "آمنة") names alone
// the person found with it in full only where the text plainly uses it as a
// name: right after a speech verb ("وقال صالح في كلمته", "وأضاف قاسم:"), after
// "أما" ("أما حميد، …"), or set off before an apposition ("أسماء، 26 عاما،").
// Anywhere else it is read as the common word ("عمل صالح", "ممرات آمنة").
import { givenNames } from '../lexicon/given-names';
import type { Mention, PersonScan } from './scan';
import { appositionAt, speechVerbToken } from './words';

/** "أما", after which a name opens its own sentence ("أما ريان، فتعرف ماذا تريد"). */
const AMMA = 'اما';

/** Notes the first word of a full name found when it is a common word: that person's, or '' when two persons share it. */
export function noteCommonAlias(aliases: Map<string, string>, first: string, key: string): void {
  if (givenNames().byWord.get(first)?.common !== true) return;
  aliases.set(first, aliases.has(first) && aliases.get(first) !== key ? '' : key);
}

/** Token k, a common word given name, is plainly a name here. */
function plainlyAName(scan: PersonScan, k: number): boolean {
  const { tokens, finder } = scan;
  const before = tokens[k - 1];
  if (before?.joinsNext && (before.text === AMMA || speechVerbToken(finder, before))) return true;
  return appositionAt(scan.doc, tokens, k + 1, finder);
}

/** The mentions of persons by a common word given name alone, where the text plainly uses it as a name. */
export function commonAliasMentions(scan: PersonScan, aliases: Map<string, string>, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  if (aliases.size === 0) return out;
  scan.tokens.forEach((t, k) => {
    const key = aliases.get(t.text);
    if (!key || taken[k] || scan.covered[k] || scan.withTanween(t) || !plainlyAName(scan, k)) return;
    out.push({ first: k, end: k + 1, start: t.start, stop: t.end, key });
  });
  return out;
}
