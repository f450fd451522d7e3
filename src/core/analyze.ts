// The analyzer's entry point: text in, Analysis out. Pure: no DOM, no extension APIs.
//
// The pipeline, each stage taking the document and what the stages before it found:
//   language → regions → actors → conflicts → quotes → speakers
// A long text (a live blog, a 3 MB page) is analyzed in parts cut at paragraph
// breaks and merged into one result (analysis/parts.ts); every surface (the
// extension, the CLI, the corpus builder) gets the same result for the same text.
import { withoutCountriesAsPlaces, withoutFlags } from './countries-as-places';
import { defaultActorFinder, findActors, type ActorFinder } from './actors';
import { scoreConflicts } from './conflicts';
import { detectLanguage } from './language';
import { findQuotations, findQuotes, namesAsScare } from './quotes';
import { mainArticleRanges } from './regions';
import { addSpeakersToActors, attributeSpeakers, type OnDecision } from './speakers';
import type { OnSubject } from './speakers/subject';
import { analysisParts, mergeParts, type PartResult } from './parts';
import { readDocument } from './text/document';
import type { Analysis } from './types';

export interface AnalyzeOptions {
  /** Stop after language and conflicts when the page is not Arabic conflict news (default true). */
  stopEarly?: boolean;
  /** The actor finder (default: the bundled gazetteer's). */
  finder?: ActorFinder;
  /** Diagnostics (explain-speakers.ts): told which rules decided each quote and each cue's subject, offsets in the part analyzed. */
  observe?: { onDecision?: OnDecision; onSubject?: OnSubject };
}

/** Analyzes a text of any length. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analyze() as a job: it yields between the parts of a long text, so that a
 * caller on a page's main thread can give the page its turn (a text of up to
 * ANALYZE_WHOLE_MAX_CHARS is one part). Same result as analyze().
 */
export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const stopEarly = options.stopEarly ?? true;
  const parts = analysisParts(text);
  if (parts.length === 1) return analyzeWhole(text, stopEarly, options.finder, options.observe);
  const results: PartResult[] = [];
  for (const part of parts) {
    results.push({ from: part.start, length: part.end - part.start, analysis: analyzeWhole(text.slice(part.start, part.end), false, options.finder, options.observe) });
    yield;
  }
  return mergeParts(results);
}

/** analyzeSteps run to the end, giving the page its turn between parts through `yieldToPage`. */
export async function analyzeInSlices(text: string, yieldToPage: () => Promise<void>, options: AnalyzeOptions = {}): Promise<Analysis> {
  const steps = analyzeSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/** One text analyzed as a whole: the pipeline. */
function analyzeWhole(text: string, stopEarly: boolean, finder: ActorFinder = defaultActorFinder(), observe: AnalyzeOptions['observe'] = {}): Analysis {
  const language = detectLanguage(text);
  if (language !== 'ar') return { language, conflicts: [], actors: [], quotes: [] };
  const doc = readDocument(text);
  const regions = mainArticleRanges(text);
  const found = findActors(text, finder, doc);
  const conflicts = scoreConflicts(text, regions, found, doc, finder);
  if (stopEarly && conflicts.length === 0) return { language, conflicts, actors: [], quotes: [] };
  const actors = withoutFlags(doc, conflicts.length === 0 ? withoutCountriesAsPlaces(doc, found) : found);
  const quotations = namesAsScare(findQuotations(text, doc), actors);
  const quotes = attributeSpeakers(text, findQuotes(text, quotations, doc.lines), actors, quotations, doc.lines, observe.onDecision, observe.onSubject);
  return { language, conflicts, actors: addSpeakersToActors(text, actors, quotes), quotes };
}
