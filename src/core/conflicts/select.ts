// Which conflicts with evidence the page is about.
import type { ConflictScore } from '../types';
import { isCovered, type AnyId } from './model';

/** Reported when the score reaches this … */
const MIN_SCORE = 0.5;
/** … and its evidence is at least this share of the leading conflict's … */
const MIN_SHARE_OF_TOP = 0.35;
/**
 * … and its own evidence at least this share: a Houthi strike on Eilat "for
 * Gaza" is Yemen news; a page on two wars names both wars' places alike.
 */
const MIN_OWN_SHARE_OF_TOP = 0.5;
/** Evidence of its own a conflict needs (about one place name of the conflict). */
const MIN_SPECIFIC = 3;
/** Share of paragraphs a conflict must run through when the headline does not name it. */
const MIN_COVERAGE = 0.3;
/**
 * A conflict with this much evidence of its own (five place names or own
 * actors and more) needs a smaller share: an interview or a transcript runs
 * through many short paragraphs of questions that name nothing.
 */
const STRONG_SPECIFIC = 15;
const MIN_COVERAGE_STRONG = 0.2;

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
  /**
   * A longer page names the conflict's own places or terms in one paragraph at most, not in the headline:
   * its parties' officials speak of another matter (a launch, an election, an anniversary) and the war is
   * named in passing.
   */
  namedInPassing?: boolean;
}

/** Keeps the conflicts with enough evidence, not dwarfed by the leading one. */
export function selectConflicts(evidence: ConflictEvidence[]): ConflictScore[] {
  const sorted = [...evidence].sort((a, b) => b.raw - a.raw);
  // Actors shared by several conflicts (Russia, the UN) never make a conflict alone,
  // and a conflict mentioned in passing (not in the headline, few paragraphs) is not the topic.
  const eligible = sorted.filter((e) => !e.namedInPassing && e.specific >= MIN_SPECIFIC && (e.inHeadline || e.coverage >= (e.specific >= STRONG_SPECIFIC ? MIN_COVERAGE_STRONG : MIN_COVERAGE)));
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
