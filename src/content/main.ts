// content-main.js: the second stage, injected by the background only into
// pages whose first stage (content-check.js) found the Arabic script. It
// first checks whether the page is Arabic news about one of the six conflicts
// (check-flow.ts); a page that is not is left alone, with a function to check
// again after a same-document navigation. A page that is gets the
// highlighter and the hover card at once, with no further injection: not the
// analyzer, though: the article's text goes to the background, which
// analyzes it where the analyzer stays warm (src/background/analysis.ts),
// and the answer comes back validated. The article's text is sent before the
// rest of the check runs (early-analysis.ts): the background analyzes while
// the page checks itself. See controller.ts for what it does on the page.

import { parseAnalysisAnswer } from '../shared/analysis-wire';
import type { Message } from '../shared/messages';
import type { Analyzer } from './annotate';
import { leaveRecheck } from './check-again';
import { runContentCheck } from './check-flow';
import { askEarly, type AskAnalysis } from './early-analysis';
import { PageController } from './controller';
import { SITE_ON_KEY, type SiteOnScope } from './recheck-scope';
import { askBackground } from './runtime';
import { markStep } from './timing';

/** Asks the background for an analysis; once the site is known to be on, the article's is asked for early (early-analysis.ts). */
let askAnalysis: AskAnalysis = (text, stopEarly) => {
  const message: Message = { type: 'sada:analyze', text, stopEarly };
  return askBackground(message);
};

/** Analysis by the background; a missing, failed or malformed answer is an error (the page reports it). */
const analyzeInBackground: Analyzer = async (text, options) => {
  markStep('ask');
  const answer = await askAnalysis(text, options?.stopEarly ?? true);
  markStep('answer');
  const analysis = parseAnalysisAnswer(answer, text.length);
  if (!analysis) throw new Error('the background did not analyze the article');
  return analysis;
};

// The background may inject this file more than once into the same document.
const scope = globalThis as unknown as { __sadaMain?: PageController };

function startAnnotating(): void {
  if (scope.__sadaMain) return;
  markStep('passed');
  const controller = new PageController(document, { analyze: analyzeInBackground });
  scope.__sadaMain = controller;
  void controller.start();
}

if (!scope.__sadaMain && typeof document !== 'undefined') {
  markStep('main');
  const check = (afterNavigation: boolean) => {
    const checkedUrl = document.URL;
    void runContentCheck(document, { afterNavigation, onPass: startAnnotating })
      .then((result) => {
        // Passed: the controller (or the switch-on listener) takes the page from here.
        if (result.verdict !== 'pass') leaveRecheck(checkedUrl, check);
      })
      .catch(() => {});
  };
  // The first stage's probe asked whether the site is on (the background answers before it injects this script,
  // so the answer is usually here): if it is, the article's text goes to the background before the rest of the check runs.
  void Promise.resolve((globalThis as SiteOnScope)[SITE_ON_KEY]).then((siteOn) => {
    if (siteOn === true) {
      askAnalysis = askEarly(document, askAnalysis);
      markStep('early');
    }
    check(false);
  });
}
