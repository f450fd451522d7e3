// Which state a nationality adjective names ("الإماراتي", "الإماراتية" → uae),
// from the `adjectives` of the states of data/actors (the bundled gazetteer),
// made once, when first asked.
import { gazetteerFiles } from './gazetteer.generated';
import { normalizeText } from './text/normalize';

let byAdjective: Map<string, string> | null = null;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of Object.values(gazetteerFiles) as Array<{ actors?: unknown } | null>) {
    for (const raw of Array.isArray(file?.actors) ? file.actors : []) {
      const r = raw as { id?: unknown; type?: unknown; adjectives?: unknown };
      if (r.type !== 'state' || typeof r.id !== 'string' || !Array.isArray(r.adjectives)) continue;
      for (const a of r.adjectives) if (typeof a === 'string' && !out.has(normalizeText(a))) out.set(normalizeText(a), r.id);
    }
  }
  return out;
}

/** The state id of a normalized nationality adjective, masculine or feminine (ة, normalized ه), or null. */
export function stateOfAdjective(adjective: string): string | null {
  byAdjective ??= build();
  return byAdjective.get(adjective) ?? (adjective.endsWith('ه') ? (byAdjective.get(adjective.slice(0, -1)) ?? null) : null);
}
