// "ما تسميه الجماعة «…»": a verb of naming (data/speech-verbs.json scareCues.namingVerbs) among the three
// words before a quotation. Asked before most quotations, and almost always false: the stretch before
// the quotation is first scanned by code for the two letters every naming verb holds side by side
// ("سم"), and its words are read only where they occur so.
import { lexicon } from '../speech';
import { normalizeText } from '../text/normalize';
import { lastWordsIn } from '../text/tokens';

/** How far back of the quotation the naming verb may stand, and in how many words. */
const NAMING_BACK = 60;
const NAMING_WORDS = 3;

/** Per UTF-16 code unit, what its normalization may give (bits), NOT_READ until read. */
const MAY_END = 1;
const MAY_START = 2;
const MAY_DROP = 4;
const HOLDS_PAIR = 8;
const NOT_READ = 0xff;

interface NamingPair {
  verbs: ReadonlySet<string>;
  /** Two letters every naming verb holds side by side ("سم"), or null when they share none. */
  pair: string | null;
  codes: Uint8Array;
}
let naming: NamingPair | null = null;

/** The first two letters side by side in every naming verb, kept for the lexicon's set they came from. */
function namingPair(): NamingPair {
  const verbs = lexicon.scareNamingVerbs;
  if (naming?.verbs === verbs) return naming;
  const list = [...verbs];
  let pair: string | null = null;
  for (let i = 0; list.length > 0 && pair === null && i + 1 < list[0]!.length; i++) {
    const two = list[0]!.slice(i, i + 2);
    if (list.every((v) => v.includes(two))) pair = two;
  }
  naming = { verbs, pair, codes: new Uint8Array(0x10000).fill(NOT_READ) };
  return naming;
}

/** What the code unit may give in a normalized word: its fold (text/normalize.ts), or itself where kept as printed. */
function readCode(code: number, pair: string): number {
  const ch = String.fromCharCode(code);
  const norm = normalizeText(ch);
  let bits = 0;
  if (ch === pair[0] || norm.endsWith(pair[0]!)) bits |= MAY_END;
  if (ch === pair[1] || norm.startsWith(pair[1]!)) bits |= MAY_START;
  if (norm === '') bits |= MAY_DROP;
  if (norm.includes(pair)) bits |= HOLDS_PAIR;
  return bits;
}

/**
 * Might text[from, to) hold a naming verb? False only when the two letters every naming verb holds side by
 * side never stand so: the analysis normalizes a word a code unit at a time (text/normalize.ts: each unit
 * folded, dropped, or, after a high surrogate, kept as printed), so a word that normalizes to a naming verb
 * holds a unit that may give the first letter, then units that may be dropped, then one that may give the
 * second (or one unit that gives both).
 */
function mayHoldNamingVerb(text: string, from: number, to: number): boolean {
  const { pair, codes } = namingPair();
  if (pair === null) return true;
  let afterFirst = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let bits = codes[code]!;
    if (bits === NOT_READ) codes[code] = bits = readCode(code, pair);
    if ((bits & HOLDS_PAIR) !== 0 || (afterFirst && (bits & MAY_START) !== 0)) return true;
    // (A unit that may be dropped keeps a first letter before it waiting.)
    afterFirst = (bits & MAY_END) !== 0 || (afterFirst && (bits & MAY_DROP) !== 0);
  }
  return false;
}

/** A verb of naming among the three words before the quotation that starts at `outerStart`. */
export function namedBy(text: string, outerStart: number): boolean {
  const from = Math.max(0, outerStart - NAMING_BACK);
  if (!mayHoldNamingVerb(text, from, outerStart)) return false;
  return lastWordsIn(text, from, outerStart, NAMING_WORDS).some((w) => lexicon.scareNamingVerbs.has(w.norm));
}
