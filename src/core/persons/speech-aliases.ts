import { speechVerbToken } from './words';
// The first word of a person's name, alone, where it speaks: "تقول سهى: ..."
// after "سهى الأيوبي" was introduced; so a surname that is also a common word
// ("وأضاف الحكيم" after "فراس الحكيم"). A given name that is also a common word
// (نور, أمل) or one we do not list (a foreign name) names the person alone only
// next to a speech verb, or as the subject between a verb of being and an
// imperfect verb ("وكانت هبة تحاول"), where a common word would not stand.
import { lexicon } from '../lexicon';
import type { Token } from '../matcher';
import type { Mention, PersonScan } from './scan';

/**
 * The first word of each person's name of two words or more, and its surname where that is also a common word
 * ("الحكيم" of "فراس الحكيم": data/ambiguous.json, so not a mention everywhere), to the person's key; words two
 * persons share name neither.
 */
function wordsAlone(scan: PersonScan, found: readonly Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  const { finder } = scan;
  const add = (word: string, key: string) => out.set(word, out.has(word) && out.get(word) !== key ? '' : key);
  for (const m of found) {
    if (m.end - m.first < 2) continue;
    const word = scan.tokens[m.first]!.text;
    const surname = scan.tokens[m.end - 1]!.text;
    if (finder.ambiguous.has(surname) && standsAlone(scan, surname)) add(surname, m.key);
    if (standsAlone(scan, word)) add(word, m.key);
  }
  return out;
}

/** A word that may name a person alone: no connector or stop word ("علي" reads as "على" once normalized). */
function standsAlone(scan: PersonScan, word: string): boolean {
  return word.length >= 3 && word !== 'علي' && !scan.finder.nameConnectors.has(word) && !scan.finder.stopWords.has(word);
}

/** A speech verb ("تقول", "ويتابع", "وتروي") joined to the token. */
function speechVerbNextTo(scan: PersonScan, t: Token | undefined, joined: boolean): boolean {
  return !!t && joined && speechVerbToken(scan.finder, t);
}

/** Token k stands between a verb of being and an imperfect verb, joined to both ("وكانت هبة تحاول"): it is their subject. */
function subjectOfAuxiliary(scan: PersonScan, k: number): boolean {
  const { tokens } = scan;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!before?.joinsNext && !!after && tokens[k]!.joinsNext && lexicon.auxiliaryVerbs.has(before.text) && /^[يت][\u0621-\u064a]{3,}$/.test(after.text);
}

/** Mentions of a person by one word of their name alone (wordsAlone), next to a speech verb, where no other mention is. */
export function speechAliasMentions(scan: PersonScan, found: readonly Mention[]): Mention[] {
  const byWord = wordsAlone(scan, found);
  if (byWord.size === 0) return [];
  const taken = new Uint8Array(scan.tokens.length);
  for (const m of found) taken.fill(1, m.first, m.end);
  const out: Mention[] = [];
  const { tokens } = scan;
  // (A loop, not forEach: a callback per token of the text cost more than the tests in it.)
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (The array tests first: a token taken or covered is passed without its word looked up.)
    if (taken[k] || !scan.free(k)) continue;
    const key = byWord.get(t.text);
    if (!key) continue;
    const before = tokens[k - 1];
    const speaks = speechVerbNextTo(scan, before, !!before?.joinsNext) || speechVerbNextTo(scan, tokens[k + 1], t.joinsNext) || subjectOfAuxiliary(scan, k);
    if (speaks) out.push({ first: k, end: k + 1, start: t.start, stop: t.end, key });
  }
  return out;
}
