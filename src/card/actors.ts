// Who an actor is, from the bundled gazetteer (data/actors/*.json).
import { loadGazetteer } from '../core/gazetteer';
import type { ActorEntry } from '../core/types';

let byId: Map<string, ActorEntry> | null = null;

export function actorById(id: string | null): ActorEntry | null {
  if (!id) return null;
  byId ??= new Map(loadGazetteer().map((a) => [a.id, a]));
  return byId.get(id) ?? null;
}
