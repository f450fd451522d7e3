// Who an actor is, from the bundled gazetteer (data/actors/*.json).
import { loadGazetteer } from '../core';
import type { ActorEntry } from '../core';

let byId: Map<string, ActorEntry> | null = null;

export function actorById(id: string | null): ActorEntry | null {
  if (!id) return null;
  byId ??= new Map(loadGazetteer().map((a) => [a.id, a]));
  return byId.get(id) ?? null;
}
