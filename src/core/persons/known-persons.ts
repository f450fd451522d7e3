// Gazetteer persons in the text: when a name is not theirs ("بن سلمان" in a
// longer name, "الحوثي" as an adjective), and their surname alone later on.
import { givenNames } from '../lexicon/given-names';
import type { Hit, ActorFinder } from '../finder';
import { PhraseMatcher, procliticReadings, tokenReadings, toOriginal, type PhraseMatch, type PreparedText, type Token } from '../matcher';
import { lexicon } from '../lexicon';
import type { KnownMentions, Mention } from './scan';
import { isRoleOrVerbLike, looksLikeNameStart, nameSlotAfter } from './words';

/** A name opening with "بن"/"ابن" right after a first name ("عبد العزيز بن سلمان", "خالد بن سلمان"), or with "أبو" right after a given name of ours. */
export function tailOfLongerName(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const first = tokens[at]!.text;
  const prev = tokens[at - 1];
  if (givenNames().kunyas.has(first)) return familyOfAnother(tokens, at);
  if (!finder.patronymics.has(first)) return false;
  if (!prev || !prev.joinsNext) return false;
  if (tokens[at - 2]?.joinsNext && finder.compoundNameHeads.has(tokens[at - 2]!.text)) return true;
  return looksLikeNameStart(prev.text, finder) && !isRoleOrVerbLike(tokens, at - 1, finder);
}

/** "رنا أبو سلمية": a family name opened by "أبو" at token `at`, after a given name of ours (not its bearer's), is another person's. */
export function familyOfAnother(tokens: Token[], at: number): boolean {
  return !!tokens[at - 1]?.joinsNext && givenNames().kunyas.has(tokens[at]!.text) && givenNames().names.longestAt(tokens, at - 1, at)?.proclitic === '';
}

/**
 * A name right after a venue noun in construct names the place ("طريق ترامب",
 * "مطار الملك خالد", "مستشفى الملك X"), not the person.
 */
export function afterVenueNoun(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before?.joinsNext || !tokenReadings(before).some(([, stem]) => lexicon.venueNouns.has(stem))) return false;
  const preposition = tokens[at - 2]; // "عن طريق الرئيس": through the president (but 'عن "طريق ترامب"' is about the road)
  return !(preposition?.joinsNext && before.start - preposition.end === 1 && lexicon.venueNounsNotAfter.has(preposition.text));
}

/**
 * A one-word name shaped like a nisba ("الحوثي") right after a definite noun
 * ("الانقلاب الحوثي", "بالوفد الحوثي") is an adjective, unless that noun phrase
 * goes back to a role ("وزير الخارجية الشيباني", "الرئيس العليمي") or a
 * person head ("السيد الحوثي"). A conjunction glued to the name ("والحوثي")
 * coordinates it: the person.
 */
export function nisbaAdjective(tokens: Token[], match: PhraseMatch<unknown>, finder: ActorFinder): boolean {
  const at = match.firstToken;
  if (match.endToken !== at + 1 || match.proclitic !== '') return false;
  const word = tokens[at]!.text;
  if (!word.startsWith('ال') || !finder.nisbaEndings.some((e) => word.endsWith(e))) return false;
  const definite = (w: string) => procliticReadings(w).some(([, stem]) => stem.startsWith('ال') && stem.length > 3);
  const isHead = (j: number) =>
    tokenReadings(tokens[j]!).some(([, stem]) => finder.nisbaPersonHeads.has(stem)) || finder.roles.longestAt(tokens, j, j + 1) !== null;
  const prev = at - 1;
  if (prev < 0 || !tokens[prev]!.joinsNext || !definite(tokens[prev]!.text)) return false;
  // Back through the noun phrase (definite words, complement heads) to what governs it.
  for (let j = prev; j >= 0 && j >= prev - 6; j--) {
    if (isHead(j)) return false;
    const w = tokens[j]!.text;
    const inPhrase = definite(w) || procliticReadings(w).some(([, stem]) => finder.complementHeads.has(stem));
    if (!inPhrase || j === 0 || !tokens[j - 1]!.joinsNext) break;
  }
  return true;
}

/**
 * Surnames that belong to one gazetteer person named in full in this text, and are no common word;
 * one that is ("صالح" of "محمد ياسين صالح") only where the text plainly uses it as a name.
 */
function ownedSurnames(tokens: Token[], finder: ActorFinder, known: KnownMentions): PhraseMatcher<string> | null {
  const owners = new Map<string, Set<string>>();
  for (const m of known.mentions) {
    if (known.byKey.get(m.key)?.type !== 'person' || m.end - m.first < 2) continue;
    const last = tokens[m.end - 1]!.text;
    const before = tokens[m.end - 2]!.text;
    const surname = finder.surnameParticles.has(before) ? `${before} ${last}` : last;
    if (surname.length < 3 || finder.stopWords.has(surname) || finder.nameConnectors.has(last)) continue;
    if (!owners.has(surname)) owners.set(surname, new Set());
    owners.get(surname)!.add(m.key);
  }
  if (owners.size === 0) return null;
  const surnames = new PhraseMatcher<string>();
  for (const [surname, keys] of owners) if (keys.size === 1) surnames.add(surname, [...keys][0]!);
  return surnames;
}

/** A hamza after a word's first letter, as printed. */
const HAMZA_INSIDE = /.[أإؤئ]/;

/** Printed with a hamza inside ("لأمي" to my mother, "ترأس" chaired) where none of the names has one ("لامي", "تراس"): another word, the same once normalized. */
export function hamzaInsideUnlike(printed: string, names: readonly string[]): boolean {
  return HAMZA_INSIDE.test(printed) && !names.some((n) => HAMZA_INSIDE.test(n));
}

/** The surname at match m is printed with a hamza inside that the person's names lack. */
function hamzaApart(text: string, doc: PreparedText, m: PhraseMatch<string>, known: KnownMentions): boolean {
  const span = toOriginal(doc, m.start, m.end);
  return hamzaInsideUnlike(text.slice(span.start, span.end), known.byKey.get(m.values[0]!)?.names ?? []);
}

/**
 * A gazetteer person named in full ("أسامة حمدان") is named by the surname
 * alone later on ("وأضاف حمدان"), though the gazetteer lists no bare surname
 * (it may be shared: "حمدان" in "محمد حمدان دقلو").
 */
export function surnameMentions(text: string, doc: PreparedText, finder: ActorFinder, known: KnownMentions): Mention[] {
  const { tokens } = doc;
  const surnames = ownedSurnames(tokens, finder, known);
  if (!surnames) return [];
  const covered = new Uint8Array(tokens.length);
  for (const m of known.mentions) covered.fill(1, m.first, m.end);
  const out: Mention[] = [];
  for (const m of surnames.scan(tokens)) {
    let free = true;
    for (let k = m.firstToken; k < m.endToken; k++) if (covered[k]) free = false;
    // Another name word right before it: part of someone else's name ("محمد حمدان دقلو" is no "حمدان").
    const prev = tokens[m.firstToken - 1];
    if (prev && prev.joinsNext && m.proclitic === '' && looksLikeNameStart(prev.text, finder) && !isRoleOrVerbLike(tokens, m.firstToken - 1, finder)) free = false;
    const next = tokens[m.endToken];
    if (next && tokens[m.endToken - 1]!.joinsNext && covered[m.endToken]) free = false;
    // ("وقال صالح في كلمته": a surname that is a common word only where it is plainly a name, ./words.ts nameSlotAfter.)
    if (finder.ambiguous.has(doc.norm.text.slice(m.start, m.end)) && (m.proclitic !== '' || !nameSlotAfter(tokens, m.firstToken, finder) || hamzaApart(text, doc, m, known))) free = false;
    if (free) out.push({ first: m.firstToken, end: m.endToken, start: m.start, stop: m.end, key: m.values[0]! });
  }
  return out;
}
