// A given name that is also a common word ("صالح", "خالد", "آمنة") names alone
// the person found with it in full only where the text plainly uses it as a
// name: right after a speech verb ("وقال صالح في كلمته", "وأضاف قاسم:"), after
// "أما" ("أما حميد، …"), an honorific ("دكتور وليد", "للواء فايز"), a word that addresses them ("شكرا فايز") or an
// interview's verb in the first person ("سألنا سعيد"), set off before an apposition ("أسماء، 26 عاما،"),
// or alone before a colon at a line's start (a transcript's turn, "وليد: …"); a woman's name right after a
// verb of the feminine ("تعود آمنة"), or right after a role ("لاعب الوسط كرم").
// Anywhere else it is read as the common word ("عمل صالح", "ممرات آمنة").
import { lexicon } from '../lexicon';
import { femininePastShaped, presentShaped } from '../text/verb-shapes';
import { givenNames } from '../lexicon/given-names';
import type { Mention, PersonScan } from './scan';
import { appositionAt, nameSlotAfter } from './words';

/** Notes the first word of a full name found when it is a common word: that person's, or '' when two persons share it. */
export function noteCommonAlias(aliases: Map<string, string>, first: string, key: string): void {
  if (givenNames().byWord.get(first)?.common !== true) return;
  aliases.set(first, aliases.has(first) && aliases.get(first) !== key ? '' : key);
}

/** Token k, a common word given name, is plainly a name here. */
export function plainlyAName(scan: PersonScan, k: number): boolean {
  const { tokens, finder } = scan;
  const before = tokens[k - 1];
  const addressed = !!before?.joinsNext && givenNames().vocatives.has(before.text); // "شكرا فايز", "يا سعيد"
  // "سألنا سعيد", "التقينا أمل": the object of a verb of the interview in the first person.
  const interviewed = !!before?.joinsNext && before.text.endsWith('نا') && lexicon.interviewWords.has(before.text);
  return addressed || interviewed || nameSlotAfter(tokens, k, finder) || appositionAt(scan.doc, tokens, k + 1, finder) || turnLabel(scan, k) || womansVerbBefore(scan, k) || roleBefore(scan, k);
}

/**
 * "وأشار لاعب الوسط كرم إلى …", "قالت الممرضة آمنة": a role right before the word introduces the person by it
 * ("المتحدث باسم": a word that links the role to its body is none).
 */
function roleBefore(scan: PersonScan, k: number): boolean {
  return !!scan.tokens[k - 1]?.joinsNext && !scan.finder.linkers.has(scan.tokens[k]!.text) && roleEnds(scan).has(k);
}

/** Where the scan's roles end, read once per scan (asked of every common-word given name of a text). */
function roleEnds(scan: PersonScan): ReadonlySet<number> {
  let ends = roleEndsRead.get(scan);
  if (!ends) roleEndsRead.set(scan, (ends = new Set(scan.roles.map((role) => role.endToken))));
  return ends;
}
const roleEndsRead = new WeakMap<PersonScan, ReadonlySet<number>>();

/**
 * "تعود آمنة إلى …", "عادت آمنة", "تقولها آمنة": a woman's given name right after a verb of the feminine third
 * person is its subject ("ممرات آمنة", "تجربة آمنة": a noun in ات or ة before it is no verb).
 */
function womansVerbBefore(scan: PersonScan, k: number): boolean {
  const before = scan.tokens[k - 1];
  if (!before?.joinsNext || givenNames().byWord.get(scan.tokens[k]!.text)?.gender !== 'f' || scan.printed(before).endsWith('ة')) return false;
  const w = before.text.replace(/^[وف]/, '');
  return !scan.finder.stopWords.has(w) && (presentShaped(w.replace(/(ها|ه)$/, ''), 'f') || femininePastShaped(w));
}

/** "وليد: الجبهات ليست هادئة": the word alone on its line before a colon labels a transcript's turn. */
function turnLabel(scan: PersonScan, k: number): boolean {
  const { tokens, doc } = scan;
  const t = tokens[k]!;
  return aloneFromLineStart(doc.norm.text, t.start) && doc.norm.text.slice(t.end, t.end + 4).trimStart().startsWith(':');
}

/**
 * Only white space stands between the line's start and `at`: read back from `at`
 * to the first other character, not the whole line (a text without line breaks
 * was read back to its start at every such word, findActors on 1 MB of one
 * paragraph 2.4 s, on the same with line breaks 0.5 s).
 */
function aloneFromLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) !== 0x0a; i--) if (!/\s/.test(text[i]!)) return false;
  return true;
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
