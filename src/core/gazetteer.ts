// The gazetteer: every actor of data/actors/*.json, loaded through the
// generated index (scripts/gazetteer-index.mjs), checked for shape once.
import type { ActorEntry, ActorType, ConflictId } from './types';
import { gazetteerFiles } from './gazetteer.generated';
import { CONFLICT_IDS } from './knowledge';
import { stateNames } from './state-names';
import { normalizeText } from './text/normalize';

const TYPES: ReadonlySet<string> = new Set<ActorType>(['person', 'state', 'organization', 'group', 'media']);

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** The entry when it has the shape ActorEntry needs (conflicts not in `conflictIds` dropped), else null. */
export function toActorEntry(raw: unknown, conflictIds: ReadonlySet<string> = new Set(CONFLICT_IDS)): ActorEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.type !== 'string' || !TYPES.has(r.type)) return null;
  if (!isStringArray(r.names)) return null;
  const about = (r.about ?? {}) as Record<string, unknown>;
  return {
    id: r.id,
    type: r.type as ActorType,
    ar: typeof r.ar === 'string' ? r.ar : (r.names[0] ?? r.id),
    en: typeof r.en === 'string' ? r.en : r.id,
    about: { ar: typeof about.ar === 'string' ? about.ar : '', en: typeof about.en === 'string' ? about.en : '' },
    gender: r.gender === 'f' ? 'f' : 'm',
    conflicts: (isStringArray(r.conflicts) ? r.conflicts : []).filter((c): c is ConflictId => conflictIds.has(c)),
    names: r.type === 'state' && isStringArray(r.adjectives) ? withoutRepeats([...r.names, ...stateNames(r.adjectives)]) : r.names,
    titles: isStringArray(r.titles) ? r.titles : [],
    ...(r.type === 'state' && isStringArray(r.adjectives) ? { adjectives: r.adjectives } : {}),
  };
}

/** The names, each spelling once after normalization (the first kept). */
function withoutRepeats(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = normalizeText(n);
    return !seen.has(k) && !!seen.add(k);
  });
}

/** Actors of the given files (default: the bundled gazetteer) for the given conflicts; the first entry of an id wins. */
export function loadGazetteer(files: Record<string, unknown> = gazetteerFiles, conflictIds: readonly string[] = CONFLICT_IDS): ActorEntry[] {
  const byId = new Map<string, ActorEntry>();
  const known = new Set(conflictIds);
  for (const name of Object.keys(files).sort()) {
    const file = files[name] as { actors?: unknown } | null;
    const list = Array.isArray(file?.actors) ? file.actors : [];
    for (const raw of list) {
      const entry = toActorEntry(raw, known);
      if (entry && !byId.has(entry.id)) byId.set(entry.id, entry);
    }
  }
  return [...byId.values()];
}
