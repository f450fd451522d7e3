import type { ActorResult, ConflictScore, Span } from './types';

/** The conflicts the main article is about, best first; empty for other pages. */
export function scoreConflicts(_text: string, _regions: Span[], _actors: ActorResult[]): ConflictScore[] {
  return [];
}
