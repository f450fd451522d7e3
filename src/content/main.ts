// content-main.js: the second stage, injected by the background only into
// pages whose first stage (content-check.js) found the Arabic script. It
// first checks whether the page is Arabic news about one of the six conflicts
// (check-flow.ts); a page that is not is left alone, with a function to check
// again after a same-document navigation. A page that is gets the
// highlighter and the hover card at once, with no further injection: not the
// analyzer, though: the article's text goes to the background, which
// analyzes it where the analyzer stays warm (src/background/analysis.ts),
// and the answer comes back validated. See controller.ts for what it does on the page.

import { parseAnalysisAnswer } from '../shared/analysis-wire';
import type { Message } from '../shared/messages';
import type { Analyzer } from './annotate';
import { leaveRecheck } from './check-again';
import { runContentCheck } from './check-flow';
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

function startAnnotating(): void {
  if (scope.__sadaMain) return;
  const controller = new PageController(document, { analyze: analyzeInBackground });
  scope.__sadaMain = controller;
  void controller.start();
}

if (!scope.__sadaMain && typeof document !== 'undefined') {
  const check = (afterNavigation: boolean) => {
    const checkedUrl = document.URL;
    void runContentCheck(document, { afterNavigation, onPass: startAnnotating })
      .then((result) => {
        // Passed: the controller (or the switch-on listener) takes the page from here.
        if (result.verdict !== 'pass') leaveRecheck(checkedUrl, check);
      })
      .catch(() => {});
  };
  check(false);
}
