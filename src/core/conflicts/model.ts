// The conflict profiles (data/conflicts/*.json) as phrase matchers, built once
// per set of knowledge files (the actor finder holds the model).
import type { ConflictData } from '../knowledge';
import { PhraseMatcher } from '../matcher';
import { normalizeText } from '../text/normalize';
import type { ConflictId } from '../types';

/** Conflicts Sada does not cover ("other:lebanon"): they compete for the page, never reported. */
export type OtherId = `other:${string}`;
export type AnyId = ConflictId | OtherId;
export const isCovered = (id: AnyId): boolean => !id.startsWith('other:');

export interface Signal {
  conflict: AnyId;
  weight: number;
  term: string;
}

export interface ConflictModel {
  /** Every profile's id, covered first, then the others. */
  ids: AnyId[];
  signals: PhraseMatcher<Signal>;
  /** Words of war, each with what it counts for (a backdrop word half). */
  war: PhraseMatcher<number>;
}

/** What the conflict stage needs to know: the model and the conflicts of each gazetteer actor. */
export interface ConflictKnowledge {
  conflictModel: ConflictModel;
  conflictsOf: (id: string) => ConflictId[];
}

/** A word naming the war itself ('since the war') counts half a word of its matter. */
const BACKDROP_WEIGHT = 0.5;

export function createConflictModel(data: ConflictData): ConflictModel {
  const signals = new PhraseMatcher<Signal>();
  for (const p of [...data.covered, ...data.others]) {
    // Spellings that normalize alike ("أوكرانيا", "اوكرانيا") are one signal, at its highest weight.
    const byKey = new Map<string, Signal>();
    for (const s of p.signals) {
      for (const term of s.terms) {
        const key = normalizeText(term).replace(/\s+/g, ' ').trim();
        const known = byKey.get(key);
        if (!known || known.weight < s.weight) byKey.set(key, { conflict: p.id, weight: s.weight, term: key });
      }
    }
    for (const [key, signal] of byKey) signals.add(key, signal);
  }
  const war = new PhraseMatcher<number>();
  for (const t of data.warTerms) war.add(t, 1);
  for (const t of data.backdropTerms) war.add(t, BACKDROP_WEIGHT);
  return { ids: [...data.covered.map((p) => p.id), ...data.others.map((p) => p.id)], signals, war };
}
