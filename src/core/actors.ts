import type { ActorResult } from './types';

/** Every actor mention in the text, grouped by actor (gazetteer + persons introduced by role). */
export function findActors(_text: string): ActorResult[] {
  return [];
}
