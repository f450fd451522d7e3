// The analyzer, run where it stays warm: in the background (Chromium's
// service worker, Firefox's event page), once for all tabs. The page script
// sends the article's text (`sada:analyze`) and gets the analysis back; it no
// longer carries the analyzer, its data, or the gazetteer index (the per-tab
// cold start of issue 11).
import { analyze, defaultActorFinder, defaultFinderStep } from '../core';
import type { AnalysisAnswer } from '../shared/analysis-wire';
import { markWorker } from './timing';

let warm = false;

/**
 * A sentence of our own with a speaker, a quote and a conflict: analyzing it
 * once runs every stage of the analyzer, so their code is compiled before the
 * first article arrives (about 50–150 ms of cold code otherwise paid by it).
 */
const WARM_UP_TEXT = 'قال المتحدث باسم الحكومة، في بيان صدر مساء الأحد، إن "القوات صدت هجوما على أطراف المدينة"، وأكد أن المفاوضات مع قوات الدعم السريع في السودان لم تتوقف.';

/**
 * Builds the analyzer's lazy data (the gazetteer index) once and runs it on
 * a short sentence, ahead of the first article: called as soon as a page's
 * first stage says "Arabic script", while the page runs the rest of the check.
 */
export function warmUpAnalyzer(): void {
  if (warm) return;
  warm = true;
  markWorker('warm-up');
  defaultActorFinder();
  markWorker('index');
  try {
    analyze(WARM_UP_TEXT);
  } catch {
    // A warm-up that fails changes nothing: the article's own analysis reports its error.
  }
  markWorker('warm');
}

/**
 * The same warm-up when nothing asked for it yet (a browser start, an install or update: the background has
 * just started and the reader's first article is near), in tasks of a few ms each — the index a step at a
 * time (core defaultFinderStep), then the short analysis — so that an event arriving meanwhile (an Arabic
 * page's probe) is handled between two of them. A probe or an analysis asked meanwhile finishes the index
 * at once (the same build, taken over), and then nothing more happens here.
 */
export function warmUpSoon(): void {
  const step = () => {
    if (warm) return;
    if (defaultFinderStep()) setTimeout(warmUpAnalyzer, 0);
    else setTimeout(step, 0);
  };
  markWorker('index-soon');
  setTimeout(step, 0);
}

/** Analyzes one text; an analyzer failure is an answer, not a thrown error. */
export function analyzeForPage(text: string, stopEarly: boolean): AnalysisAnswer {
  try {
    warm = true;
    return { ok: true, analysis: analyze(text, { stopEarly }) };
  } catch (error) {
    return { ok: false, error: String(error).slice(0, 300) };
  }
}
