// The evidence for each conflict found in the main article: gazetteer actors
// (their `conflicts`), profile terms (places, fronts, coined terms) and words of
// war, weighted by position; repeated mentions add less and less.
import type { PreparedText } from '../matcher';
import type { ActorResult, ConflictId } from '../types';
import { inHeadline, inMain, paragraphOf, positionFactor, type ArticleShape } from './article';
import type { AnyId, ConflictModel, Signal } from './model';

/** Weight of one mention of an actor, shared among the conflicts it belongs to. */
const ACTOR_WEIGHT: Record<string, number> = { person: 2, organization: 1.5, group: 2.5, state: 1.2, media: 0 };
/** How much of a profile signal, by weight, is the conflict's own evidence. */
const SPECIFIC_SHARE: Record<number, number> = { 3: 1, 2: 0.5, 1: 0 };

/** Evidence per conflict, summed as the stage reads the article. */
export class Tally {
  readonly raw = new Map<AnyId, number>();
  /** The part that belongs to the conflict alone: profile signals and single-conflict actors. */
  readonly specific = new Map<AnyId, number>();
  /** Evidence from actors of the conflict alone. */
  readonly ownActors = new Map<AnyId, number>();
  /** Paragraphs with a strong hit (a signal of weight 2 or 3, or an actor of at most three conflicts). */
  readonly strongParagraphs = new Map<AnyId, Set<number>>();
  readonly strongHeadline = new Set<AnyId>();
  /** Paragraphs that name the conflict's own places or terms (profile signals of weight 2 or 3, actors aside). */
  readonly placeParagraphs = new Map<AnyId, Set<number>>();
  /** The headline names the conflict's own places or terms. */
  readonly placeHeadline = new Set<AnyId>();

  constructor(ids: AnyId[], private readonly shape: ArticleShape) {
    for (const id of ids) {
      this.raw.set(id, 0);
      this.specific.set(id, 0);
      this.ownActors.set(id, 0);
      this.strongParagraphs.set(id, new Set());
      this.placeParagraphs.set(id, new Set());
    }
  }

  add(into: Map<AnyId, number>, id: AnyId, amount: number): void {
    into.set(id, into.get(id)! + amount);
  }

  strongHit(id: AnyId, offset: number): void {
    this.strongParagraphs.get(id)!.add(paragraphOf(this.shape, offset));
    if (inHeadline(this.shape, offset)) this.strongHeadline.add(id);
  }

  placeNamed(id: AnyId, offset: number): void {
    this.placeParagraphs.get(id)!.add(paragraphOf(this.shape, offset));
    if (inHeadline(this.shape, offset)) this.placeHeadline.add(id);
  }
}

/** Where an actor was named in the main article, so that a profile term on the same words is not counted twice. */
export interface ActorSpan {
  start: number;
  end: number;
  conflicts: ConflictId[];
  /** A non-state actor of one conflict: that conflict's own evidence. */
  specific: boolean;
}

/** Adds the gazetteer actors named in the main article; returns where they were named, by start. */
export function addActorEvidence(tally: Tally, shape: ArticleShape, actors: ActorResult[], conflictsOf: (id: string) => ConflictId[]): ActorSpan[] {
  const spans: ActorSpan[] = [];
  for (const actor of actors) {
    if (!actor.id || actor.type === 'media') continue;
    const conflicts = conflictsOf(actor.id);
    if (conflicts.length === 0) continue;
    const weight = (ACTOR_WEIGHT[actor.type] ?? 1) / conflicts.length;
    // A state is a party to many things (China, India and Ukraine's trade); only
    // non-state actors of one conflict count as that conflict's own evidence.
    const specific = conflicts.length === 1 && actor.type !== 'state';
    let n = 0;
    for (const m of actor.mentions) {
      if (!inMain(shape, m.start)) continue;
      spans.push({ start: m.start, end: m.end, conflicts, specific });
      n++;
      const add = (weight * positionFactor(shape, m.start)) / Math.sqrt(n);
      for (const c of conflicts) tally.add(tally.raw, c, add);
      if (specific) {
        tally.add(tally.specific, conflicts[0]!, add);
        tally.add(tally.ownActors, conflicts[0]!, add);
      }
      // Actors of a few conflicts show where the article goes; the UN or the US, party to all, do not.
      if (conflicts.length <= 3) for (const c of conflicts) tally.strongHit(c, m.start);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Adds the profile terms of the main article; a term an actor of that conflict already counted for adds only to `specific`, or nothing. */
export function addSignalEvidence(tally: Tally, shape: ArticleShape, doc: PreparedText, model: ConflictModel, actorSpans: ActorSpan[]): void {
  const seen = new Map<Signal, number>();
  let p = 0; // sweeps actorSpans alongside the matches, both sorted by start
  for (const m of model.signals.scan(doc.tokens)) {
    const start = doc.norm.toOriginal[m.start] ?? 0;
    const end = (doc.norm.toOriginal[m.end - 1] ?? start) + 1;
    if (!inMain(shape, start)) continue;
    const factor = positionFactor(shape, start);
    while (p < actorSpans.length && actorSpans[p]!.end <= start) p++;
    for (const s of m.values) {
      if (s.weight >= 2) tally.placeNamed(s.conflict, start);
      const actor = overlappingOf(actorSpans, p, end, s.conflict);
      // Counted already as that actor's own evidence.
      if (actor?.specific) continue;
      // One Signal per conflict and term (createConflictModel): its repeats add less and less.
      const n = (seen.get(s) ?? 0) + 1;
      seen.set(s, n);
      const add = (s.weight * factor) / Math.sqrt(n);
      // The actor gave the raw evidence; the profile says the name belongs to this conflict.
      if (!actor) tally.add(tally.raw, s.conflict, add);
      tally.add(tally.specific, s.conflict, add * (SPECIFIC_SHARE[s.weight] ?? 0));
      if (s.weight >= 2) tally.strongHit(s.conflict, start);
    }
  }
}

/** The first of the actor spans from p on that starts before `end` and belongs to `conflict` (read in place: no array made per match). */
function overlappingOf(actorSpans: ActorSpan[], p: number, end: number, conflict: AnyId): ActorSpan | undefined {
  for (let q = p; q < actorSpans.length && actorSpans[q]!.start < end; q++) if ((actorSpans[q]!.conflicts as AnyId[]).includes(conflict)) return actorSpans[q];
  return undefined;
}

export interface WarWords {
  /** Words of war, a word naming the war itself counting half. */
  hits: number;
  /** How many paragraphs hold them. */
  paragraphs: number;
  /** Some are in the headline or the paragraph after it. */
  inLead: boolean;
}

/** The words of the matter of war (fighting, displacement, prisoners, peace talks) in the main article, and where they are. */
export function countWarWords(shape: ArticleShape, doc: PreparedText, model: ConflictModel): WarWords {
  let hits = 0;
  let inLead = false;
  const paragraphs = new Set<number>();
  for (const m of model.war.scan(doc.tokens)) {
    const at = doc.norm.toOriginal[m.start] ?? 0;
    if (!inMain(shape, at)) continue;
    hits += Math.max(...m.values);
    const paragraph = paragraphOf(shape, at);
    paragraphs.add(paragraph);
    // The headline and the paragraph after it.
    if (paragraph <= 1) inLead = true;
  }
  return { hits, paragraphs: paragraphs.size, inLead };
}

/** The most words of one other matter (sport, the economy…: data/conflicts/common.json otherMatters) in the main article. */
export function countOtherMatterWords(shape: ArticleShape, doc: PreparedText, model: ConflictModel): number {
  const counts = new Map<number, number>();
  for (const m of model.otherMatters.scan(doc.tokens)) {
    if (!inMain(shape, doc.norm.toOriginal[m.start] ?? 0)) continue;
    // (A term listed under two matters counts for each.)
    for (const matter of new Set(m.values)) counts.set(matter, (counts.get(matter) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}
