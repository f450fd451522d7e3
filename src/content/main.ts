// content-main.js: injected by the background only into pages that passed
// content-check. It holds the highlighter and the hover card, not the
// analyzer: the article's text goes to the background, which analyzes it
// where the analyzer stays warm (src/background/analysis.ts), and the
// answer comes back validated. See controller.ts for what it does on the page.

import { parseAnalysisAnswer } from '../shared/analysis-wire';
import type { Message } from '../shared/messages';
import type { Analyzer } from './annotate';
import { PageController } from './controller';
import { askBackground } from './runtime';

/** Analysis by the background; a missing, failed or malformed answer is an error (the page reports it). */
const analyzeInBackground: Analyzer = async (text, options) => {
  const message: Message = { type: 'sada:analyze', text, stopEarly: options?.stopEarly ?? true };
  const analysis = parseAnalysisAnswer(await askBackground(message), text.length);
  if (!analysis) throw new Error('the background did not analyze the article');
  return analysis;
};

// The background may inject this file more than once into the same document.
const scope = globalThis as unknown as { __sadaMain?: PageController };
if (!scope.__sadaMain && typeof document !== 'undefined') {
  const controller = new PageController(document, { analyze: analyzeInBackground });
  scope.__sadaMain = controller;
  void controller.start();
}
