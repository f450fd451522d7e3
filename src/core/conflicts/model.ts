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
  /** Words of war, each with what it counts for (a backdrop or hardship word half). */
  war: PhraseMatcher<number>;
  /** Words of other matters (sport, the economy…), each with its matter's index. */
  otherMatters: PhraseMatcher<number>;
}

/** What the conflict stage needs to know: the model and the conflicts of each gazetteer actor. */
export interface ConflictKnowledge {
  conflictModel: ConflictModel;
  conflictsOf: (id: string) => ConflictId[];
}

/**
 * A word naming the war itself ('since the war') or life under it (a power cut,
 * a queue, cholera) counts half a word of its matter: each is the backdrop of
 * other stories too, several of them make a page on the war's daily life.
 */
const HALF_WEIGHT = 0.5;

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
  const endings: TermEndings = { added: normalizedAll(data.termEndings), stem: normalizedAll(data.stemEndings) };
  for (const t of data.warTerms) for (const form of inflectedForms(t, endings)) war.add(form, 1);
  for (const t of [...data.backdropTerms, ...data.hardshipTerms]) for (const form of inflectedForms(t, endings)) war.add(form, HALF_WEIGHT);
  const otherMatters = new PhraseMatcher<number>();
  Object.values(data.otherMatters).forEach((terms, index) => {
    for (const t of terms) for (const form of inflectedForms(t, endings)) otherMatters.add(form, index);
  });
  return { ids: [...data.covered.map((p) => p.id), ...data.others.map((p) => p.id)], signals, war, otherMatters };
}

/** Normalized endings: those every one-word term takes, and those taken off to find its stem. */
export interface TermEndings {
  added: string[];
  stem: string[];
}
const normalizedAll = (xs: string[]) => xs.map((x) => normalizeText(x)).filter(Boolean);
const ARTICLE = 'ال';
/** Below this many letters a stem is too short to take endings safely ("غار" of "غارة" is a cave). */
const MIN_STEM = 3;

/**
 * A one-word term with and without the article and with each ending
 * (data/conflicts/common.json `termEndings`), from its stem: the term less the
 * article and less one of its `stemEndings` ("النازحين" → نازح →
 * نازحة، النازحون، نازحا…). The bare stem is added only when the term had no
 * ending, so a listed "غارة" never matches "غار". Phrases stay as written.
 */
export function inflectedForms(term: string, endings: TermEndings): string[] {
  const word = normalizeText(term).trim();
  if (!word || /\s/.test(word)) return [term];
  const bare = word.startsWith(ARTICLE) && word.length > ARTICLE.length + 2 ? word.slice(ARTICLE.length) : word;
  const ending = endings.stem.find((e) => bare.endsWith(e) && bare.length - e.length >= MIN_STEM);
  const stem = ending ? bare.slice(0, -ending.length) : bare;
  const forms = new Set<string>([bare]);
  if (stem.length >= MIN_STEM) for (const e of endings.added) forms.add(stem + e);
  if (!ending) forms.add(stem);
  return [...forms].flatMap((f) => [f, ARTICLE + f]);
}
