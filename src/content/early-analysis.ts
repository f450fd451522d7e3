// The article's analysis, asked for early. content-main.js sends the article's
// text to the background as soon as it starts, before the rest of the check
// (check-flow.ts) runs on the page, so that the background analyzes while the
// page checks itself; annotate then finds the same text (articleTextSteps, one
// function for both) and takes the answer already on its way instead of
// asking again. A page whose text changed in between, or that fails the
// check, asks anew or not at all: the early answer is only ever a head start.

import { analysisParts } from '../core';
import { articleTextSteps } from './annotate';
import { SLICE_MS, type Steps } from './slices';

/** Asks the background for the analysis of `text` (its answer, unvalidated). */
export type AskAnalysis = (text: string, stopEarly: boolean) => Promise<unknown>;

/** Runs `steps` to their end, or gives up at a yield once `budgetMs` have passed (null). */
function runWithin<T>(steps: Steps<T>, budgetMs: number): T | null {
  const deadline = performance.now() + budgetMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > deadline) return null;
  }
}

/**
 * Finds the article and, when it is one analysis part found within one slice
 * of work (an article page; not a 3 MB page, which is analyzed part by part,
 * the visible part first, once it passed the check), asks for its analysis
 * now. Returns `ask` as it should be called from then on: the first request
 * for that same text (stopEarly, as annotate asks for a one-part text) takes
 * the early answer; any other request, and any later one, asks.
 */
export function askEarly(doc: Document, ask: AskAnalysis, budgetMs = SLICE_MS): AskAnalysis {
  const found = doc.designMode === 'on' ? null : runWithin(articleTextSteps(doc), budgetMs);
  const text = found?.map.text ?? '';
  let early = text && analysisParts(text).length === 1 ? { text, answer: ask(text, true) } : null;
  return (asked, stopEarly) => {
    const taken = early;
    early = null;
    return taken && taken.text === asked && stopEarly ? taken.answer : ask(asked, stopEarly);
  };
}
