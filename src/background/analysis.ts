// The analyzer, run where it stays warm: in the background (Chromium's
// service worker, Firefox's event page), once for all tabs. The page script
// sends the article's text (`sada:analyze`) and gets the analysis back; it no
// longer carries the analyzer, its data, or the gazetteer index (the per-tab
// cold start of issue 11).
import { analyze, defaultActorFinder } from '../core';
import type { AnalysisAnswer } from '../shared/analysis-wire';

let warm = false;

/** Builds the analyzer's lazy data (the gazetteer index) once, ahead of the first article. */
export function warmUpAnalyzer(): void {
  if (warm) return;
  warm = true;
  defaultActorFinder();
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
