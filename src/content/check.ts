// content-check.js: runs on every http(s) page at document_idle. It must be
// tiny and cheap: it reads a bounded sample of the page, decides whether the
// page may be Arabic news about one of the six conflicts, and either asks the
// background to inject the analyzer (content-main.js) or stops. A page it
// leaves alone keeps no node, attribute, listener or observer of Sada's.
//
// A single-page site may later move (history.pushState) from a page left
// alone to a conflict article: the background then injects
// content-recheck.js, which calls the function left here for that (a plain
// function in the extension's isolated world: no listener, nothing on the page).

import { runContentCheck } from './check-flow';
import { RECHECK_KEY, type RecheckScope } from './recheck-scope';

// Run once per document, also if the background injects this file again.
const scope = globalThis as unknown as { __sadaCheckStarted?: boolean } & RecheckScope;
if (typeof document !== 'undefined' && !scope.__sadaCheckStarted && /^https?:$/.test(location.protocol)) {
  scope.__sadaCheckStarted = true;
  const check = (afterNavigation: boolean) => {
    const checkedUrl = location.href;
    void runContentCheck(document, { afterNavigation })
      .then((result) => {
        // Passed: the analyzer (or the switch-on listener) takes the page from here.
        if (result.verdict === 'pass') return;
        scope[RECHECK_KEY] = () => {
          if (location.href === checkedUrl) return;
          delete scope[RECHECK_KEY];
          check(true);
        };
      })
      .catch(() => {});
  };
  check(false);
}
