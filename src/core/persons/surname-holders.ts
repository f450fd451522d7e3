// A surname the gazetteer knows, borne by someone else: "نيلس فريدريكسن" is
// not Mette Frederiksen. The other person is left to the person rules, and the
// surname alone later names whoever the text named last.
import type { ActorFinder } from '../finder';
import { lexicon } from '../lexicon';
import { commonAsPrinted, givenNames } from '../lexicon/given-names';
import { normalizeText } from '../text/normalize';
import { consonantSkeleton } from '../text/tokens';
import { toOriginal, type PreparedText, type Token } from '../matcher';
import type { ActorEntry } from '../types';
import type { KnownMentions, Mention } from './scan';
import { isRoleOrVerbLike, looksLikeNameStart, verbLike } from './words';

/** The first words of a gazetteer person's names of two words or more, by their first two consonants ("ميته", "ميت": one). */
function givenNameStarts(entry: ActorEntry): Set<string> {
  const out = new Set<string>();
  for (const name of entry.names) {
    const words = normalizeText(name).split(' ');
    if (words.length >= 2) out.add(consonantSkeleton(words[0]!).slice(0, 2));
  }
  return out;
}

/** Token k opens a person noun, a role or a nationality, joined to the next word ("الدنماركي", "مدرب"). */
function introducesPerson(tokens: Token[], k: number, finder: ActorFinder): boolean {
  const t = tokens[k];
  if (!t?.joinsNext) return false;
  return lexicon.nationalities.has(t.text) || givenNames().personNouns.has(t.text) || finder.roles.longestAt(tokens, k, k + 1) !== null;
}

/** The token as the text prints it. */
function printed(originalText: string, doc: PreparedText, t: Token): string {
  const { start, end } = toOriginal(doc, t.start, t.end);
  return originalText.slice(start, end);
}

/**
 * The one-word mention m of a gazetteer person comes right after another given
 * name: a given name of ours, or a name word a role, person noun or nationality
 * introduces ("الدنماركي نيلس فريدريكسن"); none of the person's own given names.
 */
function otherGivenNameBefore(originalText: string, doc: PreparedText, m: Mention, entry: ActorEntry, finder: ActorFinder, covered: Uint8Array): boolean {
  const { tokens } = doc;
  const k = m.first - 1;
  const prev = tokens[k];
  // ("وفريدريكسن": a proclitic on the surname joins it to no given name.)
  if (!prev?.joinsNext || covered[k] || m.start !== tokens[m.first]!.start) return false;
  // (A foreign given name may look like a verb, "نيلس": what comes before it decides below.)
  if (prev.text.startsWith('ال') || !looksLikeNameStart(prev.text, finder, true) || isRoleOrVerbLike(tokens, k, finder) || verbLike(tokens, k, finder)) return false;
  if (givenNameStarts(entry).has(consonantSkeleton(prev.text).slice(0, 2))) return false;
  const given = givenNames().byWord.get(prev.text);
  return given ? !commonAsPrinted(given, printed(originalText, doc, prev)) : introducesPerson(tokens, k - 1, finder) || otherGivenNameTwoBefore(originalText, doc, k - 1, entry, covered);
}

/** "أولينا بتروفنا كوفالينكو": a given name of ours (none of the person's own) and a middle name before the surname. */
function otherGivenNameTwoBefore(originalText: string, doc: PreparedText, k: number, entry: ActorEntry, covered: Uint8Array): boolean {
  const t = doc.tokens[k];
  const given = t?.joinsNext && !covered[k] ? givenNames().byWord.get(t.text) : undefined;
  // (No given name that is also a common word as printed: "على" is no "علي" in "عام على سقوط الأسد".)
  const asPrinted = given ? printed(originalText, doc, t!) : '';
  return !!given && !given.common && !commonAsPrinted(given, asPrinted) && !asPrinted.endsWith('ى') && !givenNameStarts(entry).has(consonantSkeleton(t!.text).slice(0, 2));
}

/**
 * Drops from the gazetteer's mentions a person's surname that names someone
 * else ("نيلس فريدريكسن"), and the same surname alone after it until the
 * gazetteer person is named in full again; gives a surname alone to the
 * gazetteer person last named in full with it ("محمد البشير" … "البشير").
 */
export function dropOtherSurnameHolders(originalText: string, doc: PreparedText, finder: ActorFinder, known: KnownMentions): void {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of known.mentions) covered.fill(1, m.first, m.end);
  const otherNamedLast = new Set<string>();
  const dropped = new Set<Mention>();
  // The gazetteer person last named in full with each surname ("محمد البشير"), by the surname.
  const lastInFull = new Map<string, string>();
  for (const m of [...known.mentions].sort((a, b) => a.first - b.first)) {
    const entry = known.byKey.get(m.key);
    if (entry?.type !== 'person') continue;
    const surname = doc.tokens[m.end - 1]!.text;
    if (m.end - m.first > 1) {
      otherNamedLast.delete(m.key);
      lastInFull.set(surname, m.key);
      continue;
    }
    // "وأضاف البشير" after "محمد البشير": the one named last, not the other "البشير" of the gazetteer.
    const holder = lastInFull.get(surname);
    if (holder && holder !== m.key) m.key = holder;
    if (holder) continue;
    if (otherGivenNameBefore(originalText, doc, m, entry, finder, covered)) {
      otherNamedLast.add(m.key);
      dropped.add(m);
    } else if (otherNamedLast.has(m.key)) dropped.add(m);
  }
  if (dropped.size === 0) return;
  known.mentions = known.mentions.filter((m) => !dropped.has(m));
  for (const m of dropped) known.personStarts.delete(m.first);
}
