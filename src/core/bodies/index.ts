// Bodies the gazetteer lacks, found by their head noun: "وزارة النقل
// الجورجية", "نقابة المعلمين في حلب", "المحكمة العسكرية في دمشق"; with
// every later mention of the same name. A bare head ("الوزارة") is none.
import type { ActorFinder } from '../finder';
import { lexicon } from '../lexicon';
import { PhraseMatcher, tokenReadings, type PreparedText, type Token } from '../matcher';
import type { KnownMentions, Mention } from '../persons';
import type { ActorType } from '../types';
import { WordAnswers } from '../text/vocabulary';
import { bracketed } from './acronyms';
import { bodyHeads, type BodyHeads } from './heads';
import { complementEnd, namesABody, placesOf, plainGap, type BodyScan } from './complement';

export interface FoundBodies {
  mentions: Mention[];
  /** The type of each body found, by key. */
  types: Map<string, ActorType>;
  /** Gazetteer mentions inside a body's name ("مصر" in "صندوق تنمية مصر للمشروعات"): the longer name wins. */
  swallowed: Set<Mention>;
}

type HeadKind = 'plain' | 'anchored' | 'definite';

/** The kind of head a token's word is, behind a proclitic or not ("لوزارة", "والمحكمة"), or null (once per word). */
const headOf = new WordAnswers((token) => headIn(token, bodyHeads()));

function headIn(token: Token, heads: BodyHeads): { kind: HeadKind; stem: string } | null {
  for (const [, stem] of tokenReadings(token)) {
    if (heads.heads.has(stem)) return { kind: 'plain', stem };
    if (heads.anchored.has(stem)) return { kind: 'anchored', stem };
    if (heads.definite.has(stem)) return { kind: 'definite', stem };
  }
  return null;
}

/** A definite head's first adjective names a body: a nisba ("العسكرية") or a naming adjective, not a plain one ("المعنية"). */
function namingAdjectiveAt(scan: BodyScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || !plainGap(scan, k) || scan.owner[k] !== 0) return false;
  const w = t.text;
  if (!w.startsWith('ال') || scan.heads.plainAdjectives.has(w) || scan.finder.stopWords.has(w) || scan.finder.formerQualifiers.has(w)) return false;
  return namesABody(scan, w);
}

/**
 * "وزير الطوارئ وإدارة الكوارث": a head behind و after a minister's title (data/morphology.json ministerWords) or another
 * plain head, and its definite complement, is a second portfolio of that title or body ("وزارة الطوارئ وإدارة الكوارث"), no
 * body of its own; not a head with the article ("جماعة الحوثي والقوات الحكومية": a second actor).
 */
function secondPortfolio(scan: BodyScan, k: number, head: string): boolean {
  const [title, complement] = [scan.tokens[k - 2], scan.tokens[k - 1]];
  if (!title || head.startsWith('ال') || !complement?.text.startsWith('ال') || !tokenReadings(scan.tokens[k]!).some(([proclitic, stem]) => proclitic === 'و' && stem === head)) return false;
  return headOf.of(title)?.kind === 'plain' || tokenReadings(title).some(([, stem]) => lexicon.ministerWords.has(stem));
}

/** Owner of each token: 0 free, 1 a gazetteer mention of no person, 2 a person's name. */
function owners(n: number, known: KnownMentions, persons: Mention[]): { owner: Uint8Array; starts: Map<number, Mention>; bodyStarts: Set<number> } {
  const owner = new Uint8Array(n);
  const starts = new Map<number, Mention>();
  const bodyStarts = new Set<number>();
  for (const m of known.mentions) {
    const type = known.byKey.get(m.key)?.type;
    owner.fill(type === 'person' ? 2 : 1, m.first, m.end);
    if (type !== 'person') starts.set(m.first, m);
    if (type === 'organization') bodyStarts.add(m.first);
  }
  for (const m of persons) owner.fill(2, m.first, m.end);
  return { owner, starts, bodyStarts };
}

export function unknownBodies(doc: PreparedText, finder: ActorFinder, known: KnownMentions, persons: Mention[]): FoundBodies {
  const { tokens } = doc;
  const heads = bodyHeads();
  const { owner, starts, bodyStarts } = owners(tokens.length, known, persons);
  const scan: BodyScan = { doc, tokens, finder, heads, owner, starts, bodyStarts, places: placesOf(tokens, finder) };
  const names = new PhraseMatcher<string>();
  const types = new Map<string, ActorType>();
  const bodies: FoundName[] = [];
  const knownBodies = knownBodyNames(doc, known);
  for (let k = 0; k < tokens.length; k++) {
    const head = owner[k] === 0 ? headOf.of(tokens[k]!) : null;
    if (!head || !plainGap(scan, k + 1) || heads.plainComplements.has(tokens[k + 1]!.text)) continue;
    if (head.kind === 'definite' && !namingAdjectiveAt(scan, k + 1)) continue;
    if (secondPortfolio(scan, k, head.stem)) continue;
    const found = complementEnd(scan, k + 1, head.kind === 'definite');
    if (!found || (head.kind === 'anchored' && !found.anchored)) continue;
    // "المعارك على جبهة زابوريجيا": a front before a place is where the fighting is, no body.
    if (heads.frontHeads.has(head.stem) && scan.places[k + 1]) continue;
    if (head.kind === 'definite' && !found.anchored && !found.linked && !heads.definiteAdjectives.has(tokens[k + 1]!.text)) continue;
    // "ونقلت الوكالة العمانية عن الوزير": a country's news agency, an outlet.
    if (heads.newsAgencyHeads.has(head.stem) && found.end === k + 2) continue;
    // "جماعة الحوثيين", "حركة حماس": the head and one known actor are that actor; "مجلس إدارة البنك X": its board.
    if (starts.get(k + 1)?.end === found.end || (heads.boardComplements.has(tokens[k + 1]!.text) && starts.get(k + 2)?.end === found.end)) continue;
    const phrase = bodyPhrase(tokens, k, found.end, head.stem);
    // "وزارة الدفاع" after "وزارة الدفاع الروسية": the known body named short.
    const key = bracketedKnownAfter(scan, found.end) ?? shortFormOf(phrase, knownBodies) ?? `?body:${phrase}`;
    bodies.push({ phrase, key, type: heads.armed.has(head.stem) ? 'group' : 'organization' });
    k = found.end - 1;
  }
  const shorts = shortKnownNames(knownBodies);
  const placed = shorts.size > 0 ? shortsWithPlace(scan, shorts) : new Set<string>();
  for (const [short, key] of shorts) {
    // ("البنك المركزي في صنعاء" beside "البنك المركزي اليمني": the short name is either's.)
    if (!placed.has(short) && !bodies.some((b) => b.key !== key && b.phrase.startsWith(`${short} `))) bodies.push({ phrase: short, key, type: known.byKey.get(key)!.type });
  }
  const longer = placedNames(bodies);
  for (const { phrase, key, type } of bodies) {
    const same = longer.get(phrase) ?? key;
    names.add(phrase, same);
    types.set(same, type);
  }
  return types.size === 0 ? { mentions: [], types, swallowed: new Set() } : mentionsOf(scan, names, types);
}

/**
 * The name of the body whose head (read as `stem`) is token k, up to token `end`. (A function of its own: an arrow
 * inside the loop that read the loop's `head` made V8 allocate that variable's scope at every token, ~130 KB a part.)
 */
function bodyPhrase(tokens: readonly Token[], k: number, end: number, stem: string): string {
  if (end <= k) return '';
  let phrase = stem;
  for (let j = k + 1; j < end; j++) phrase += ` ${tokens[j]!.text}`;
  return phrase;
}

interface FoundName {
  phrase: string;
  key: string;
  type: ActorType;
}

/**
 * "نقابة الأطباء" beside "نقابة الأطباء في حلب", "نقابة الأطباء السورية" or "نقابة الأطباء والصيادلة":
 * a name found that is another found name less its place, nation or second noun is that
 * body, where one such longer name is found; phrase → the longer name's key.
 */
function placedNames(bodies: readonly FoundName[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const short of bodies) {
    if (!short.key.startsWith('?body:')) continue;
    const longer = new Set(bodies.filter((b) => b.key.startsWith('?body:') && placeOrNationAfter(b.phrase, short.phrase)).map((b) => b.key));
    if (longer.size === 1) out.set(short.phrase, [...longer][0]!);
  }
  return out;
}

/** `name` is `short` and a place ("في حلب"), a nation ("السورية") or a second noun of its complement ("للمعارض والأسواق الدولية"). */
function placeOrNationAfter(name: string, short: string): boolean {
  if (!name.startsWith(`${short} `)) return false;
  const next = name.slice(short.length + 1).split(' ')[0]!;
  return next === 'في' || lexicon.nationalities.has(next) || (next.startsWith('وال') && next.length >= 5);
}

/**
 * "الوكالة الوطنية … (أناما)": a known body's short name alone in brackets
 * after the name, or up to three free words after it ("… المعنية بالألغام
 * (أناما)"), names that body: its key, else null.
 */
function bracketedKnownAfter(scan: BodyScan, k: number): string | null {
  for (let j = k; j < k + 4 && j < scan.tokens.length; j++) {
    const m = scan.starts.get(j);
    if (m && m.end === j + 1 && bracketed(scan.doc, j)) return m.key;
    if (scan.owner[j] !== 0 || !plainGap(scan, j)) return null;
  }
  return null;
}

/** The names the text gives known bodies (no person, no state), normalized, to their keys. */
function knownBodyNames(doc: PreparedText, known: KnownMentions): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of known.mentions) {
    const type = known.byKey.get(m.key)?.type;
    if (type === 'organization' || type === 'group') out.set(doc.norm.text.slice(m.start, m.stop), m.key);
  }
  return out;
}

/**
 * "البنك المركزي الروسي" → "البنك المركزي": the known bodies' names in the text less a last nationality
 * adjective, two words at least left, each to its body's key where only one body gives it
 * ("وزارة الخارجية" of two nations' ministries is neither).
 */
function shortKnownNames(knownBodies: Map<string, string>): Map<string, string> {
  const keys = new Map<string, Set<string>>();
  for (const [name, key] of knownBodies) {
    const words = name.split(' ');
    if (words.length < 3 || !lexicon.nationalities.has(words[words.length - 1]!)) continue;
    const short = words.slice(0, -1).join(' ');
    keys.set(short, (keys.get(short) ?? new Set()).add(key));
  }
  const out = new Map<string, string>();
  for (const [short, of] of keys) if (of.size === 1) out.set(short, [...of][0]!);
  return out;
}

/** The short names the text also prints with a place after them ("البنك المركزي في صنعاء"): another body's. */
function shortsWithPlace(scan: BodyScan, shorts: Map<string, string>): Set<string> {
  const matcher = new PhraseMatcher<string>();
  for (const short of shorts.keys()) matcher.add(short, short);
  const out = new Set<string>();
  for (const m of matcher.scan(scan.tokens)) if (scan.tokens[m.endToken]?.text === 'في' && scan.places[m.endToken + 1] === 1) out.add(m.values[0]!);
  return out;
}

/** The key of the one known body whose name in the text opens with `phrase`, or null. */
function shortFormOf(phrase: string, knownBodies: Map<string, string>): string | null {
  const keys = new Set<string>();
  for (const [name, key] of knownBodies) if (name.startsWith(`${phrase} `)) keys.add(key);
  return keys.size === 1 ? [...keys][0]! : null;
}

/** Every mention of the bodies found, and the gazetteer mentions inside them. */
function mentionsOf(scan: BodyScan, names: PhraseMatcher<string>, types: Map<string, ActorType>): FoundBodies {
  const mentions: Mention[] = [];
  const swallowed = new Set<Mention>();
  for (const m of names.scan(scan.tokens)) {
    let free = true;
    for (let k = m.firstToken; k < m.endToken; k++) if (scan.owner[k] === 2 || (scan.owner[k] === 1 && k === m.firstToken)) free = false;
    // ("للقوات المسلحة البولندية" beside "القوات المسلحة الأوكرانية" named short: another nation's body.)
    const next = scan.tokens[m.endToken];
    if (!free || (next && plainGap(scan, m.endToken) && lexicon.nationalities.has(next.text))) continue;
    for (let k = m.firstToken; k < m.endToken; k++) {
      const inner = scan.starts.get(k);
      if (inner) swallowed.add(inner);
    }
    mentions.push({ first: m.firstToken, end: m.endToken, start: m.start, stop: m.end, key: m.values[0]! });
  }
  return { mentions, types, swallowed };
}

