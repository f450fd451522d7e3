// Actor mentions: gazetteer names and titles (one trie, one linear scan,
// longest match wins), then persons the gazetteer lacks but the text
// introduces by a role ("المتحدث باسم وزارة الصحة أنيس الأصبحي"), with later
// mentions of their surname.
import { unknownBodies, type FoundBodies } from './bodies';
import { shortNameMentions } from './bodies/acronyms';
import { placelessMentions } from './bodies/without-place';
import { nameUsedAsNoun } from './common-noun-names';
import { afterMinisterWord, afterSpeechVerb, beforeSpeechVerb, capitalAsPlace, dateline, isTitleBlocker, stateAsAdjective } from './mention-context';
import { defaultActorFinder, type ActorFinder, type Hit } from './finder';
import { normalizeText, prepare, toOriginal, type PhraseMatch, type PreparedText, type Token } from './matcher';
import { unknownPersons, type KnownMentions, type Mention, type PersonFoundBy } from './persons';
import { afterVenueNoun, familyOfAnother, hamzaInsideUnlike, nisbaAdjective, surnameMentions, tailOfLongerName } from './persons/known-persons';
import { dropOtherSurnameHolders } from './persons/surname-holders';
import { looksLikeNameStart, softGap } from './persons/words';
import { sortByStart } from './text/search';
import type { ActorEntry, ActorResult, Gender, Span } from './types';

export { caseForms, createActorFinder, defaultActorFinder, type ActorFinder } from './finder';

/** Every actor mention in the text, grouped by actor (gazetteer + persons introduced by role). */
export function findActors(text: string, finder: ActorFinder = defaultActorFinder(), prepared?: PreparedText, onPersonFound?: PersonFoundBy): ActorResult[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc = prepared ?? prepare(text);
  const known = gazetteerMentions(text, doc, finder);
  known.mentions.push(...surnameMentions(text, doc, finder, known));
  dropOtherSurnameHolders(text, doc, finder, known);
  const genders = new Map<string, Gender>();
  const unknown = unknownPersons(text, doc, finder, known, genders, onPersonFound);
  const bodies = unknownBodies(doc, finder, known, unknown);

  const groups = new Map<string, ActorResult>();
  // (The makers take the key: three functions for the whole text, not a closure made per mention.)
  const add = (key: string, make: (key: string) => ActorResult, m: Mention) => {
    let group = groups.get(key);
    if (!group) {
      group = make(key);
      groups.set(key, group);
    }
    const span = toOriginal(doc, m.start, m.stop);
    group.mentions.push({ start: span.start, end: span.end, surface: text.slice(span.start, span.end) });
  };
  const knownResult = (key: string) => resultFor(known.byKey.get(key)!);
  for (const m of known.mentions) if (!bodies.swallowed.has(m)) add(m.key, knownResult, m);
  const unknownResult = (key: string): ActorResult => {
    const gender = genders.get(key);
    return { id: null, type: 'person', name: { ar: '', en: '' }, about: null, ...(gender ? { gender } : {}), mentions: [] };
  };
  for (const m of unknown) add(m.key, unknownResult, m);
  const shortNamed = bracketedShortNames(text, doc, known, unknown, bodies);
  const placeless = placelessMentions(doc, finder, namedBodies(known, bodies), [...known.mentions, ...unknown, ...bodies.mentions, ...shortNamed]);
  const bodyResult = (key: string): ActorResult => {
    const entry = known.byKey.get(key);
    return entry ? resultFor(entry) : { id: null, type: bodies.types.get(key)!, name: { ar: '', en: '' }, about: null, mentions: [] };
  };
  for (const m of [...bodies.mentions, ...shortNamed, ...placeless]) add(m.key, bodyResult, m);
  const results = [...groups.values()];
  // A person or body the gazetteer lacks is named by the longest way the text wrote them.
  for (const r of results) {
    if (r.id === null) r.name.ar = r.mentions.reduce((a, b) => (b.surface.length > a.length ? b.surface : a), '');
  }
  for (const r of results) sortByStart(r.mentions);
  results.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return results;
}

/** The actor types namedBodies leaves out (a set made once: an array literal per mention asked was made at every call). */
const NO_BODY: ReadonlySet<string> = new Set(['person', 'media', 'state']);

/** The mentions of bodies, known or found: no person, outlet or state (a state or its capital has no short name: "القاهرة (خاص)" is a dateline and its byline). */
function namedBodies(known: KnownMentions, bodies: FoundBodies): Mention[] {
  const isBody = (m: Mention) => !bodies.swallowed.has(m) && !NO_BODY.has(known.byKey.get(m.key)?.type ?? '');
  return [...known.mentions.filter(isBody), ...bodies.mentions];
}

/** Bodies named again by the short name the text gives them in brackets ("منظمة الأغذية والزراعة (فاو)"). */
function bracketedShortNames(text: string, doc: PreparedText, known: KnownMentions, persons: Mention[], bodies: FoundBodies): Mention[] {
  return shortNameMentions(text, doc, namedBodies(known, bodies), [...known.mentions, ...persons, ...bodies.mentions]);
}

function resultFor(entry: ActorEntry): ActorResult {
  return {
    id: entry.id,
    type: entry.type,
    name: { ar: entry.ar, en: entry.en },
    about: entry.about,
    gender: entry.gender,
    mentions: [],
  };
}

/**
 * A one-word name printed with a hamza inside it that none of its actors' spellings has
 * ("لأمي" is no "لامي", "ترأس" no "تراس"): another word, the same once normalized.
 */
function hamzaNotInName(text: string, doc: PreparedText, match: PhraseMatch<Hit>): boolean {
  if (match.endToken !== match.firstToken + 1) return false;
  const span = toOriginal(doc, match.start, match.end);
  // (The printed word first, the same for every actor: most words have no hamza inside, and no actor's names are read, nor the word sliced.)
  if (match.values.length > 0 && !hamzaInsideAt(text, span.start, span.end)) return false;
  const printed = text.slice(span.start, span.end);
  return match.values.every((h) => h.entry.type === 'person' && hamzaInsideUnlike(printed, h.entry.names.filter((n) => !n.includes(' '))));
}

/** hamzaInsideUnlike(text.slice(start, end), []) without the slice: a hamza (أ إ ؤ ئ) after the word's first character, on the same line. */
function hamzaInsideAt(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x623 || c === 0x625 || c === 0x624 || c === 0x626) && !isLineTerminator(text.charCodeAt(i - 1))) return true;
  }
  return false;
}
/** What a regex's `.` does not match. */
const isLineTerminator = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * Tanween on the last word ("نائبا بريطانيًّا") marks an indefinite adjective or
 * noun; a proper name never takes it, so such a word is not the country.
 */
function endsWithTanween(text: string, doc: PreparedText, token: Token): boolean {
  const span = toOriginal(doc, token.start, token.end);
  for (let i = span.start; i < Math.min(span.end + 2, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}

/** A gazetteer match and its actor, as resolveShared leaves it (it fills in the rest of the fields in place, one object per match). */
interface Resolved {
  match: PhraseMatch<Hit>;
  entry: ActorEntry;
  title: boolean;
  candidates: ActorEntry[];
  isAmbiguous: boolean;
  isCapital: boolean;
  /** A name that is also a common noun, used as the noun here ("بحماس كبير"). */
  asNoun: boolean;
}

type Picked = Resolved;

const picked = (match: PhraseMatch<Hit>, title: boolean, hits: Hit[] = match.values): Picked => {
  // (Most matches have one hit: no set made for it.)
  const candidates = hits.length === 1 ? [hits[0]!.entry] : [...new Set(hits.map((h) => h.entry))];
  return { match, entry: candidates[0]!, title, candidates, isAmbiguous: false, isCapital: false, asNoun: false };
};
const isName = (h: Hit): boolean => !h.title;

function gazetteerMentions(text: string, doc: PreparedText, finder: ActorFinder) {
  const { tokens } = doc;
  // (The scan's own array, kept matches moved up in place: no filtered copy.)
  const raw = finder.names.scan(tokens);
  let kept = 0;
  for (const m of raw) if (!endsWithTanween(text, doc, tokens[m.endToken - 1]!) && !hamzaNotInName(text, doc, m)) raw[kept++] = m;
  raw.length = kept;
  const found: Picked[] = [];
  for (let i = 0; i < raw.length; i++) {
    const match = raw[i]!;
    // (Most matches name no title: their own values, no filtered copy.)
    const names = match.values.every(isName) ? match.values : match.values.filter(isName);
    if (names.length > 0) found.push(picked(match, false, names));
    else for (const p of titleMentions(doc, finder, match, raw[i + 1])) found.push(p);
  }
  return keptMentions(doc, finder, resolveShared(doc, finder, found));
}

/**
 * A gazetteer title's mentions: an actor named inside it ("المتحدثة باسم وزارة
 * الخارجية الروسية") rather than the title; nothing where it is someone else's
 * ("الرئيس الروسي السابق", "نائب الرئيس الروسي") or a name follows it (the name
 * is the mention); else the title itself.
 */
function titleMentions(doc: PreparedText, finder: ActorFinder, match: PhraseMatch<Hit>, next: PhraseMatch<Hit> | undefined): Picked[] {
  const { tokens } = doc;
  const inner: Picked[] = [];
  for (let k = match.firstToken + 1; k < match.endToken; ) {
    const m = finder.names.longestAt(tokens, k, match.endToken, (h) => !h.title);
    if (m) {
      inner.push(picked(m, false));
      k = m.endToken;
    } else k++;
  }
  if (inner.length > 0) return inner;
  const after = tokens[match.endToken];
  if (after && tokens[match.endToken - 1]!.joinsNext && finder.formerQualifiers.has(after.text)) return [];
  const before = tokens[match.firstToken - 1];
  if (before && before.joinsNext && isTitleBlocker(before.text, finder)) return [];
  if (after && softGap(doc, tokens[match.endToken - 1]!, after)) {
    const nextIsName = next && next.firstToken === match.endToken;
    if (nextIsName && next.values.some((h) => !h.title)) return [];
    if (!nextIsName && looksLikeNameStart(after.text, finder) && after.joinsNext && looksLikeNameStart(tokens[match.endToken + 1]?.text ?? '', finder, true)) return [];
  }
  return [picked(match, true)];
}

/**
 * A name shared by several actors goes to the one the text names most otherwise.
 * On a tie, the one whose conflicts the other actors of the text belong to
 * (an actor of one conflict votes for it; one of two or three splits its vote).
 */
function resolveShared(doc: PreparedText, finder: ActorFinder, found: Picked[]): Resolved[] {
  const counts = new Map<ActorEntry, number>();
  const conflictVotes = new Map<string, number>();
  for (const p of found) {
    if (p.candidates.length !== 1) continue;
    counts.set(p.entry, (counts.get(p.entry) ?? 0) + 1);
    const own = p.entry.conflicts;
    if (own.length <= 3) for (const c of own) conflictVotes.set(c, (conflictVotes.get(c) ?? 0) + 1 / own.length);
  }
  const rank = (e: ActorEntry) => (counts.get(e) ?? 0) * 1e6 + e.conflicts.reduce((sum, c) => sum + (conflictVotes.get(c) ?? 0), 0);
  for (const p of found) {
    const entry = p.candidates.length > 1 ? p.candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a)) : p.entry;
    const surface = doc.norm.text.slice(p.match.start, p.match.end);
    p.entry = entry;
    p.isAmbiguous = finder.ambiguous.has(surface);
    // A capital stands for its state or a body seated there ("رام الله"); "الكويت" is the country
    // and its capital alike: a capital only where the actor is not named so.
    p.isCapital = finder.capitals.has(surface) && normalizeText(entry.ar) !== surface;
    p.asNoun = nameUsedAsNoun(doc, p.match, surface, finder);
  }
  return found;
}

/**
 * A name that is also a common word ("سريع") needs support: the same actor
 * named unambiguously, or two other actors of one of its conflicts.
 */
function supportedBy(clearly: Set<ActorEntry>): (entry: ActorEntry) => boolean {
  return (entry) => {
    if (clearly.has(entry)) return true;
    let others = 0;
    for (const other of clearly) {
      if (other.conflicts.length > 0 && other.conflicts.length <= 2 && other.conflicts.some((c) => entry.conflicts.includes(c))) others++;
      if (others >= 2) return true;
    }
    return false;
  };
}

/** The mentions that stand, by the text around them. */
function keptMentions(doc: PreparedText, finder: ActorFinder, resolved: Resolved[]) {
  const { tokens } = doc;
  // A capital counts where the text names its state otherwise ("روسيا" … "موسكو"); a name used as a common noun names no one clearly.
  const namedOtherwise = new Set<ActorEntry>();
  for (const p of resolved) if (!p.isCapital && !p.isAmbiguous && !p.asNoun) namedOtherwise.add(p.entry);
  const supported = supportedBy(namedOtherwise);
  const byKey = new Map<string, ActorEntry>();
  const mentions: Mention[] = [];
  const personStarts = new Set<number>();
  // ("رنا أبو سلمية … وقالت أبو سلمية": a known family name another person of the text bears is hers throughout.)
  const borne = new Set(resolved.filter((p) => p.entry.type === 'person' && familyOfAnother(tokens, p.match.firstToken)).map((p) => `${p.entry.id} ${doc.norm.text.slice(p.match.start, p.match.end)}`));
  for (const p of resolved) {
    const { entry, match } = p;
    if (borne.size > 0 && borne.has(`${entry.id} ${doc.norm.text.slice(match.start, match.end)}`)) continue;
    // ("على ملعب المملكة أرينا": a name that is also a common word, after a venue noun, names the venue.)
    if (p.isAmbiguous && (!supported(entry) || afterVenueNoun(tokens, match.firstToken))) continue;
    // "بن سلمان" in "عبد العزيز بن سلمان": the tail of someone else's name; "إنهاء الانقلاب الحوثي": a one-word
    // nisba name after a definite noun is its adjective; "طريق ترامب": a place named after the person.
    if (entry.type === 'person' && (tailOfLongerName(tokens, match.firstToken, finder) || afterVenueNoun(tokens, match.firstToken))) continue;
    // ("الطيران المسير الحوثي": so is a group's.)
    if ((entry.type === 'person' || entry.type === 'group') && nisbaAdjective(tokens, match, finder)) continue;
    // "وزيرة الخارجية البريطانية" is a minister's title, not the ministry ("الخارجية البريطانية").
    if (entry.type === 'organization' && match.proclitic === '' && tokens[match.firstToken]!.text.startsWith('ال') && afterMinisterWord(tokens, match.firstToken, finder)) continue;
    // "استقبلوه بحماس", "حماس الشباب": a name that is also a common noun, used as the noun, in a
    // text that does not name it otherwise or two other actors of its conflict (as for ambiguous names).
    if (p.asNoun && !supported(entry)) continue;
    // "حذرت أنقرة من أن ...", "وكييف ترد:": a capital right after or before a speech verb is the government speaking.
    if (p.isCapital && !afterSpeechVerb(tokens, match.firstToken, finder) && ((!namedOtherwise.has(entry) && !beforeSpeechVerb(tokens, match.endToken, finder)) || capitalAsPlace(doc, match))) continue;
    // "تونس - …", "الكويت – …": a state as a dateline is its capital of the same name, where the report was filed.
    if (entry.type === 'state' && (dateline(doc, match) || stateAsAdjective(doc, match))) continue;
    byKey.set(entry.id, entry);
    if (entry.type === 'person') personStarts.add(match.firstToken);
    mentions.push({ first: match.firstToken, end: match.endToken, start: match.start, stop: match.end, key: entry.id });
  }
  return { mentions, byKey, personStarts };
}

/** Spans of all mentions, flattened: for callers that only need where actors are named. */
export function mentionSpans(actors: ActorResult[]): Span[] {
  return actors.flatMap((a) => a.mentions.map(({ start, end }) => ({ start, end })));
}
