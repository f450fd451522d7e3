// Which conflicts the main article is about. Evidence comes from the conflict
// profiles (data/conflicts/*.json: places, fronts, coined terms) and from the
// gazetteer actors named in the article (their `conflicts` field). Only the
// main article counts (teasers, tags and footers never do); the headline and
// lead count more; repeated mentions add less and less (conflicts/evidence.ts).
//
// A conflict is reported when (conflicts/select.ts)
// - its evidence is strong for the article's length (score ≥ MIN_SCORE),
// - part of it is its own (places of weight 3, actors of that conflict alone):
//   Russia, the UN or Israel, parties to several conflicts, never decide alone,
// - it is in the headline or runs through a good share of the paragraphs,
// - and it is not dwarfed by the leading topic, which may be one Sada does not
//   cover (Lebanon, Iran, Iraq, Libya: data/conflicts/others.json).
// Before all of that, the article must be about the matter of war: enough words
// of fighting, arms, displacement, prisoners or peace talks for its length
// (data/conflicts/common.json `warTerms`, about one per WORDS_PER_WAR_WORD),
// and not only in one paragraph further down: a page on a match, a launch or a
// harvest that gives the war one paragraph mentions it in passing.
// A party to a conflict named many times (Azerbaijan's gas, a Sudanese club's
// match, Yemen's coffee) does not make a conflict page, nor does a page whose
// words of another matter (sport, the markets, culture, health, energy, the climate:
// common.json `otherMatters`) outnumber its words of war many times. And on a
// page of several paragraphs the conflict's own places or terms must be in the
// headline or in two paragraphs at least (conflicts/select.ts `namedInPassing`):
// a Russian minister at a launch or a Sudanese official in a corruption trial,
// with the war named once, is their matter's news, not the war's.
import { articleShape } from './conflicts/article';
import { addActorEvidence, addSignalEvidence, countOtherMatterWords, countWarWords, Tally, type WarWords } from './conflicts/evidence';
import type { ConflictKnowledge } from './conflicts/model';
import { selectConflicts, type ConflictEvidence } from './conflicts/select';
import { prepare, type PreparedText } from './matcher';
import type { ActorResult, ConflictScore, Span } from './types';

export { createConflictModel, type ConflictKnowledge, type ConflictModel } from './conflicts/model';
export { selectConflicts, type ConflictEvidence } from './conflicts/select';

/**
 * Evidence needed grows with the article's length, as repeated mentions add
 * less and less: score = 1 - exp(-raw / (BASE + sqrt(words) / ROOT_DIVISOR)).
 */
const BASE = 4;
const ROOT_DIVISOR = 8;
/** A conflict page has at least one word of war per this many words (and at least one). */
const WORDS_PER_WAR_WORD = 200;

/** A page of more paragraphs than this can mention the war in passing. */
const PASSING_MIN_PARAGRAPHS = 4;

/**
 * A page whose words of another matter (sport, the markets, culture, health, energy, the climate, crime, travel) outnumber its words of war this
 * many times, with at least OTHER_MATTER_MIN of them, is about that matter: the national team's match "since the
 * war", a cholera campaign, a gas pipeline, a summit on water. (On the 879 gold conflict pages the analyzer takes for
 * conflict news, 2026-12-07, that ratio stayed under 2.6; a vaccination drive in a host country's refugee camps was 3.1.)
 */
const OTHER_MATTER_OVER_WAR = 3;
const OTHER_MATTER_MIN = 8;
/** The fewest words of war a ratio is taken against (a page with none is no conflict news anyway). */
const WAR_FLOOR = 0.5;

/** Does another matter lead the page, its words many times the words of war? */
export function otherMatterLeads(matterWords: number, warWords: number): boolean {
  return matterWords >= OTHER_MATTER_MIN && matterWords >= OTHER_MATTER_OVER_WAR * Math.max(warWords, WAR_FLOOR);
}

/** Does the main article speak of the matter of war enough for its length? */
export function speaksOfWar(warWords: number, words: number): boolean {
  return warWords >= Math.max(1, words / WORDS_PER_WAR_WORD);
}

/** The war in one paragraph, not the headline or the paragraph after it, of a longer page. */
function warInPassing(war: WarWords, paragraphs: number): boolean {
  return !war.inLead && war.paragraphs < 2 && paragraphs >= PASSING_MIN_PARAGRAPHS;
}

/** Raw evidence and score for every conflict (for tests and diagnostics). */
export function conflictEvidence(text: string, regions: Span[], actors: ActorResult[], knowledge: ConflictKnowledge, prepared?: PreparedText): ConflictEvidence[] {
  const { conflictsOf, conflictModel: model } = knowledge;
  const shape = typeof text === 'string' ? articleShape(text, regions) : null;
  if (!shape) return model.ids.map((id) => ({ id, raw: 0, specific: 0, score: 0, coverage: 0, inHeadline: false }));
  const tally = new Tally(model.ids, shape);
  const actorSpans = addActorEvidence(tally, shape, actors, conflictsOf);
  const doc = prepared ?? prepare(text);
  // Without the matter of war, the parties' names are no evidence of their conflict.
  const war = countWarWords(shape, doc, model);
  const aboutWar = speaksOfWar(war.hits, shape.words) && !warInPassing(war, shape.paragraphStarts.length);
  const damp = aboutWar && !otherMatterLeads(countOtherMatterWords(shape, doc, model), war.hits) ? 1 : 0;
  addSignalEvidence(tally, shape, doc, model, actorSpans);
  const unit = BASE + Math.sqrt(shape.words) / ROOT_DIVISOR;
  const paragraphs = shape.paragraphStarts.length;
  return model.ids.map((id) => {
    const raw = tally.raw.get(id)! * damp;
    const coverage = paragraphs ? tally.strongParagraphs.get(id)!.size / paragraphs : 0;
    const namedInPassing = paragraphs >= PASSING_MIN_PARAGRAPHS && !tally.placeHeadline.has(id) && tally.placeParagraphs.get(id)!.size < 2;
    return { id, raw, specific: tally.specific.get(id)! * damp, score: 1 - Math.exp(-raw / unit), coverage, inHeadline: tally.strongHeadline.has(id), ownActors: tally.ownActors.get(id)! * damp, namedInPassing };
  });
}

/** The conflicts the main article is about, best first; empty for other pages. */
export function scoreConflicts(text: string, regions: Span[], actors: ActorResult[], prepared: PreparedText | undefined, knowledge: ConflictKnowledge): ConflictScore[] {
  return selectConflicts(conflictEvidence(text, regions, actors, knowledge, prepared));
}
