// A body named in full with its place or nation ("الدفاع المدني في غزة",
// "الحرس الوطني الأوكراني") and elsewhere in the same text without it
// ("المتحدث باسم الدفاع المدني", "وأعلن الحرس الوطني") is the same body. The
// short name keeps at least two words and opens with the article; one that
// two bodies of the text would share names neither.
import type { ActorFinder } from '../finder';
import { lexicon } from '../lexicon';
import { PhraseMatcher, tokenReadings, type PreparedText, type Token } from '../matcher';
import type { Mention } from '../persons';
import { placesOf } from './complement';

const MIN_WORDS = 2;

/** Where the name of mention m ends before its places ("في غزة", "بغزة") and nation ("الأوكراني", "اليمني في عدن"), or -1. */
function placeCut(tokens: Token[], places: Uint8Array, m: Mention): number {
  let cut = m.end;
  for (;;) {
    const k = cut - 1;
    if (k <= m.first) break;
    if (lexicon.nationalities.has(tokens[k]!.text)) cut = k;
    else if (places[k]) {
      let j = k;
      while (j > m.first && places[j]) j--;
      cut = tokens[j]!.text === 'في' ? j : j + 1;
    } else break;
  }
  return cut === m.end ? -1 : cut;
}

/** The words of mention m before `cut`, the first without its proclitic ("والدفاع" → "الدفاع"), or null when they do not open with the article. */
function shortName(tokens: Token[], m: Mention, cut: number): string | null {
  // One letter off at most, or لل read as ل + ال: "وكالة" is no و + ك + "الة".
  const first = tokenReadings(tokens[m.first]!).find(([p, stem]) => p.length <= 1 && stem.startsWith('ال') && stem.length > 4)?.[1];
  if (!first) return null;
  return [first, ...tokens.slice(m.first + 1, cut).map((t) => t.text)].join(' ');
}

/** A nation or a place follows at token k ("الحرس الوطني الكويتي", "الدفاع المدني في رفح"): another body. */
function placeOrNationAt(tokens: Token[], places: Uint8Array, k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return lexicon.nationalities.has(t.text) || places[k] === 1 || (t.text === 'في' && places[k + 1] === 1);
}

/**
 * The mentions of `bodies` (known or found bodies; no persons, no states)
 * by their names without place or nation, on tokens no mention of `others`
 * takes.
 */
export function placelessMentions(doc: PreparedText, finder: ActorFinder, bodies: readonly Mention[], others: readonly Mention[]): Mention[] {
  const { tokens } = doc;
  let places: Uint8Array | null = null;
  const keysByName = new Map<string, Set<string>>();
  /** Where each name opens the full name it comes from. */
  const sources = new Set<number>();
  for (const m of bodies) {
    if (m.end - m.first <= MIN_WORDS) continue;
    places ??= placesOf(tokens, finder);
    const cut = placeCut(tokens, places, m);
    if (cut - m.first < MIN_WORDS) continue;
    const name = shortName(tokens, m, cut);
    if (!name) continue;
    const keys = keysByName.get(name) ?? new Set<string>();
    keysByName.set(name, keys.add(m.key));
    sources.add(m.first);
  }
  if (keysByName.size === 0) return [];
  const names = new PhraseMatcher<string>();
  for (const [name, keys] of keysByName) if (keys.size === 1) names.add(name, [...keys][0]!);
  const matches = names.scan(tokens);
  // The name with another place or nation elsewhere ("البنك المركزي اليمني في عدن" beside "البنك المركزي في صنعاء") is two bodies': neither's.
  const shared = new Set(matches.filter((m) => !sources.has(m.firstToken) && placeOrNationAt(tokens, places!, m.endToken)).map((m) => m.values[0]!));
  const taken = new Uint8Array(tokens.length);
  for (const m of [...bodies, ...others]) taken.fill(1, m.first, m.end);
  const out: Mention[] = [];
  for (const m of matches) {
    if (shared.has(m.values[0]!) || taken.subarray(m.firstToken, m.endToken).some((x) => x === 1) || placeOrNationAt(tokens, places!, m.endToken)) continue;
    out.push({ first: m.firstToken, end: m.endToken, start: m.start, stop: m.end, key: m.values[0]! });
  }
  return out;
}
