// Which state a nationality adjective names ("الإماراتي", "الإماراتية" → uae),
// from the states' \`adjectives\` in the bundled gazetteer (loadGazetteer, the one
// reader of data/actors), made once, when first asked.
import { loadGazetteer } from './gazetteer';
import { normalizeText } from './text/normalize';

let byAdjective: Map<string, string> | null = null;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of loadGazetteer()) for (const a of entry.adjectives ?? []) if (!out.has(normalizeText(a))) out.set(normalizeText(a), entry.id);
  return out;
}

/** The state id of a normalized nationality adjective, masculine or feminine (ة, normalized ه), or null. */
export function stateOfAdjective(adjective: string): string | null {
  byAdjective ??= build();
  return byAdjective.get(adjective) ?? (adjective.endsWith('ه') ? (byAdjective.get(adjective.slice(0, -1)) ?? null) : null);
}
