// content-main.js: injected by the background only into pages that passed
// content-check. Holds the analyzer and its data, the highlighter and the
// hover card; see controller.ts for what it does on the page.

import { defaultActorFinder, analyze } from '../core';
import { PageController } from './controller';

// The background may inject this file more than once into the same document.
const scope = globalThis as unknown as { __sadaMain?: PageController };
if (!scope.__sadaMain && typeof document !== 'undefined') {
  const controller = new PageController(document, {
    analyze: (text, options) => analyze(text, options),
    // The gazetteer index is built on first use: in a task of its own, not in the first analysis part's.
    warmUp: () => void defaultActorFinder(),
  });
  scope.__sadaMain = controller;
  void controller.start();
}
