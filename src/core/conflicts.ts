// Which conflicts the main article is about. Evidence comes from the conflict
// profiles (data/conflicts/*.json: places, fronts, coined terms) and from the
// gazetteer actors named in the article (their `conflicts` field). Only the
// main article counts (teasers, tags and footers never do); the headline and
// lead count more; repeated mentions add less and less.
//
// A conflict is reported when
// - its evidence is strong for the article's length (score ≥ MIN_SCORE),
// - part of it is its own (places of weight 3, actors of that conflict alone):
//   Russia, the UN or Israel, parties to several conflicts, never decide alone,
// - it is in the headline or runs through a good share of the paragraphs,
// - and it is not dwarfed by the leading topic, which may be one Sada does not
//   cover (Lebanon, Iran, Iraq, Libya: data/conflicts/others.json).
import type { ConflictData } from './knowledge';
import { normalizeText, PhraseMatcher, prepare, type PreparedText } from './matcher';
import type { ActorResult, ConflictId, ConflictScore, Span } from './types';

/** Conflicts Sada does not cover ("other:lebanon"): they compete for the page, never reported. */
type OtherId = `other:${string}`;
type AnyId = ConflictId | OtherId;
const isCovered = (id: AnyId): boolean => !id.startsWith('other:');

/** Weight of one mention of an actor, shared among the conflicts it belongs to. */
const ACTOR_WEIGHT: Record<string, number> = { person: 2, organization: 1.5, group: 2.5, state: 1.2, media: 0 };
/** Multipliers by position: the headline line, then the lead. */
const HEADLINE_FACTOR = 3;
const LEAD_FACTOR = 2;
const LEAD_CHARS = 500;
/** A headline is a short line of at least three Arabic words, among the first lines. */
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_SEARCH_LINES = 4;
/**
 * Evidence needed grows with the article's length, as repeated mentions add
 * less and less: score = 1 - exp(-raw / (BASE + sqrt(words) / ROOT_DIVISOR)).
 */
const BASE = 4;
const ROOT_DIVISOR = 8;
/** Reported when the score reaches this … */
const MIN_SCORE = 0.5;
/** … and its evidence is at least this share of the leading conflict's … */
const MIN_SHARE_OF_TOP = 0.35;
/**
 * … and its own evidence at least this share: a Houthi strike on Eilat "for
 * Gaza" is Yemen news; a page on two wars names both wars' places alike.
 */
const MIN_OWN_SHARE_OF_TOP = 0.5;
/** How much of a profile signal, by weight, is the conflict's own evidence. */
const SPECIFIC_SHARE: Record<number, number> = { 3: 1, 2: 0.5, 1: 0 };
/** Evidence of its own a conflict needs (about one place name of the conflict). */
const MIN_SPECIFIC = 3;
/** Share of paragraphs a conflict must run through when the headline does not name it. */
const MIN_COVERAGE = 0.3;
/** Evidence kept when the article has no word of war, violence or diplomacy. */
const NO_WAR_FACTOR = 0.35;

interface Signal {
  conflict: AnyId;
  weight: number;
  term: string;
}

/** The conflict profiles as matchers, built once per set of knowledge files (the actor finder holds it). */
export interface ConflictModel {
  /** Every profile's id, covered first, then the others. */
  ids: AnyId[];
  signals: PhraseMatcher<Signal>;
  war: PhraseMatcher<true>;
}

/** What the conflict stage needs to know: the model and the conflicts of each gazetteer actor. */
export interface ConflictKnowledge {
  conflictModel: ConflictModel;
  conflictsOf: (id: string) => ConflictId[];
}

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
  const war = new PhraseMatcher<true>();
  for (const t of data.warTerms) war.add(t, true);
  return { ids: [...data.covered.map((p) => p.id), ...data.others.map((p) => p.id)], signals, war };
}

/** Position factor for an original offset, given the headline end and lead end. */
function positionFactor(at: number, headline: Span | null, leadEnd: number): number {
  if (headline && at >= headline.start && at < headline.end) return HEADLINE_FACTOR;
  if (at < leadEnd) return LEAD_FACTOR;
  return 1;
}

function inRegions(regions: Span[], at: number): boolean {
  // Regions are few and sorted: binary search.
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The headline: among the first few lines of the article, the first short line
 * of Arabic words (a site name, a date or "RT Arabic:" before it is skipped).
 */
function findHeadline(text: string, first: Span): Span | null {
  let at = first.start;
  for (let n = 0; n < HEADLINE_SEARCH_LINES && at < first.end; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > first.end) end = first.end;
    const line = text.slice(at, end).trim();
    if (line !== '') {
      const words = line.split(/\s+/).length;
      const arabicWords = line.split(/\s+/).filter((w) => /[\u0621-\u064A]{2}/.test(w)).length;
      if (words > HEADLINE_MAX_WORDS) return null;
      // A line that ends like a sentence is the lead paragraph: headlines carry no full stop.
      if (/[.。]$/.test(line) && !/\.\.$/.test(line) && arabicWords >= 3) return null;
      if (arabicWords >= 3) return { start: at, end };
    }
    at = end + 1;
  }
  return null;
}

export interface ConflictEvidence {
  id: AnyId;
  /** All evidence, weighted by position. */
  raw: number;
  /** The part that belongs to this conflict alone: profile signals and single-conflict actors. */
  specific: number;
  score: number;
  /** Share of the main article's paragraphs with a strong hit of this conflict. */
  coverage: number;
  /** The headline has a strong hit of this conflict. */
  inHeadline: boolean;
  /** Evidence from actors of this conflict alone (Hamas, the RSF, not states). */
  ownActors?: number;
}

/** Raw evidence and score for every conflict (for tests and diagnostics). */
export function conflictEvidence(
  text: string,
  regions: Span[],
  actors: ActorResult[],
  knowledge: ConflictKnowledge,
  prepared?: PreparedText,
): ConflictEvidence[] {
  const { conflictsOf, conflictModel: { ids: ALL_IDS, signals, war } } = knowledge;
  const raw = new Map<AnyId, number>(ALL_IDS.map((id) => [id, 0]));
  const specific = new Map<AnyId, number>(ALL_IDS.map((id) => [id, 0]));
  const ownActors = new Map<AnyId, number>(ALL_IDS.map((id) => [id, 0]));
  const main = [...regions].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  if (typeof text !== 'string' || main.length === 0) return ALL_IDS.map((id) => ({ id, raw: 0, specific: 0, score: 0, coverage: 0, inHeadline: false }));

  const first = main[0]!;
  const headline = findHeadline(text, first);
  const leadStart = headline ? headline.end : first.start;
  let leadEnd = leadStart;
  let budget = LEAD_CHARS;
  for (const r of main) {
    const from = Math.max(r.start, leadStart);
    if (from >= r.end) continue;
    const take = Math.min(budget, r.end - from);
    leadEnd = from + take;
    budget -= take;
    if (budget <= 0) break;
  }
  let mainWords = 0;
  // Paragraphs (non-empty lines) of the main article, to see how much of it a conflict runs through.
  const paragraphStarts: number[] = [];
  for (const r of main) {
    const body = text.slice(r.start, r.end);
    mainWords += body.split(/\s+/).filter(Boolean).length;
    let at = 0;
    for (const line of body.split('\n')) {
      if (line.trim() !== '') paragraphStarts.push(r.start + at);
      at += line.length + 1;
    }
  }
  const paragraphOf = (offset: number) => {
    let lo = 0;
    let hi = paragraphStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Per conflict: paragraphs with a strong hit (a signal of weight 2 or 3, or an actor of at most three conflicts), and whether the headline has one. */
  const strongParagraphs = new Map<AnyId, Set<number>>(ALL_IDS.map((id) => [id, new Set<number>()]));
  const strongHeadline = new Set<AnyId>();
  const strongHit = (c: AnyId, offset: number) => {
    strongParagraphs.get(c)!.add(paragraphOf(offset));
    if (headline && offset >= headline.start && offset < headline.end) strongHeadline.add(c);
  };

  // Actors named in the main article; remember where, so that a profile term
  // on the same words is not counted twice for the same conflict.
  const actorSpans: Array<{ start: number; end: number; conflicts: ConflictId[]; specific: boolean }> = [];
  for (const actor of actors) {
    if (!actor.id || actor.type === 'media') continue;
    const conflicts = conflictsOf(actor.id);
    if (conflicts.length === 0) continue;
    const weight = (ACTOR_WEIGHT[actor.type] ?? 1) / conflicts.length;
    let n = 0;
    for (const m of actor.mentions) {
      if (!inRegions(main, m.start)) continue;
      // A state is a party to many things (China, India and Ukraine's trade); only
      // non-state actors of one conflict count as that conflict's own evidence.
      const isSpecific = conflicts.length === 1 && actor.type !== 'state';
      actorSpans.push({ start: m.start, end: m.end, conflicts, specific: isSpecific });
      n++;
      // Repeated mentions add less and less.
      const add = (weight * positionFactor(m.start, headline, leadEnd)) / Math.sqrt(n);
      for (const c of conflicts) raw.set(c, raw.get(c)! + add);
      if (isSpecific) {
        specific.set(conflicts[0]!, specific.get(conflicts[0]!)! + add);
        ownActors.set(conflicts[0]!, ownActors.get(conflicts[0]!)! + add);
      }
      // Actors of a few conflicts show where the article goes; the UN or the US, party to all, do not.
      if (conflicts.length <= 3) for (const c of conflicts) strongHit(c, m.start);
    }
  }
  actorSpans.sort((a, b) => a.start - b.start);

  const doc = prepared ?? prepare(text);
  const seen = new Map<string, number>();
  let warHits = 0;
  for (const m of war.scan(doc.tokens)) {
    const at = doc.norm.toOriginal[m.start] ?? 0;
    if (inRegions(main, at)) warHits++;
  }
  let p = 0; // sweeps actorSpans alongside the matches, both sorted by start
  for (const m of signals.scan(doc.tokens)) {
    const start = doc.norm.toOriginal[m.start] ?? 0;
    const end = (doc.norm.toOriginal[m.end - 1] ?? start) + 1;
    if (!inRegions(main, start)) continue;
    const factor = positionFactor(start, headline, leadEnd);
    while (p < actorSpans.length && actorSpans[p]!.end <= start) p++;
    const overlapping: Array<{ conflicts: ConflictId[]; specific: boolean }> = [];
    for (let q = p; q < actorSpans.length && actorSpans[q]!.start < end; q++) overlapping.push(actorSpans[q]!);
    for (const s of m.values) {
      const actor = overlapping.find((a) => (a.conflicts as AnyId[]).includes(s.conflict));
      // Counted already as that actor's own evidence.
      if (actor?.specific) continue;
      const key = `${s.conflict}\u0000${s.term}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const add = (s.weight * factor) / Math.sqrt(n);
      // The actor gave the raw evidence; the profile says the name belongs to this conflict.
      if (!actor) raw.set(s.conflict, raw.get(s.conflict)! + add);
      specific.set(s.conflict, specific.get(s.conflict)! + add * (SPECIFIC_SHARE[s.weight] ?? 0));
      if (s.weight >= 2) strongHit(s.conflict, start);
    }
  }
  const damp = warHits > 0 ? 1 : NO_WAR_FACTOR;
  const unit = BASE + Math.sqrt(mainWords) / ROOT_DIVISOR;
  return ALL_IDS.map((id) => {
    const r = raw.get(id)! * damp;
    const coverage = paragraphStarts.length ? strongParagraphs.get(id)!.size / paragraphStarts.length : 0;
    return { id, raw: r, specific: specific.get(id)! * damp, score: 1 - Math.exp(-r / unit), coverage, inHeadline: strongHeadline.has(id), ownActors: ownActors.get(id)! * damp };
  });
}

/** The conflicts the main article is about, best first; empty for other pages. */
export function scoreConflicts(
  text: string,
  regions: Span[],
  actors: ActorResult[],
  prepared: PreparedText | undefined,
  knowledge: ConflictKnowledge,
): ConflictScore[] {
  const evidence = conflictEvidence(text, regions, actors, knowledge, prepared);
  return selectConflicts(evidence);
}

/** Keeps the conflicts with enough evidence, not dwarfed by the leading one. */
export function selectConflicts(evidence: ConflictEvidence[]): ConflictScore[] {
  const sorted = [...evidence].sort((a, b) => b.raw - a.raw);
  // Actors shared by several conflicts (Russia, the UN) never make a conflict alone,
  // and a conflict mentioned in passing (not in the headline, few paragraphs) is not the topic.
  const eligible = sorted.filter((e) => e.specific >= MIN_SPECIFIC && (e.inHeadline || e.coverage >= MIN_COVERAGE));
  // The leading conflict is the one with the most evidence of its own: actors such as
  // the Houthis, parties to two wars, add to both, places and own actors decide.
  eligible.sort((a, b) => b.specific - a.specific || b.raw - a.raw);
  // The leading topic may be one Sada does not cover (Lebanon, Iran): the others are measured against it all the same.
  const top = eligible[0];
  if (!top || top.score < MIN_SCORE) return [];
  return eligible
    .filter((e) => e.score >= MIN_SCORE && e.raw >= top.raw * MIN_SHARE_OF_TOP && e.specific >= top.specific * MIN_OWN_SHARE_OF_TOP)
    // A second conflict is one the page is about when its headline names it or
    // its own actors act in it; places and peoples alone ("الشعب الفلسطيني في
    // قطاع غزة" in a Houthi statement) are the leading conflict's background.
    .filter((e) => e === top || e.inHeadline || (e.ownActors ?? 1) > 0)
    .filter((e) => isCovered(e.id))
    .map((e) => ({ id: e.id, score: Math.round(e.score * 1000) / 1000 }));
}
