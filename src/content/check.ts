// content-check.js: runs on every http(s) page at document_end (the DOM is
// complete; no need to wait for the renderer's idle time: an Arabic article is
// told 20–30 ms sooner), so it must be
// tiny and cheap: the first stage of the check (check-first.ts) looks at the
// page's title, then if need be a bounded sample of its text, and stops
// unless the page is written in the Arabic script; then the background
// injects the second stage (content-main.js: the rest of the check, then the highlighter). A page it leaves alone
// keeps no node, attribute, listener or observer of Sada's.
//
// A single-page site may later move (history.pushState) from a page left
// alone to a conflict article: the background then injects
// content-recheck.js, which calls the function left here for that (a plain
// function in the extension's isolated world: no listener, nothing on the page).
//
// document_idle was measured beside it (bench/first-article.mjs, three runs of 8 browser starts,
// builds identical but for run_at): after a stopped service worker 23–134 ms later, the next
// article 0–71 ms later, the first after a browser start mixed (−51 to +136 ms).
//
// What it touches counts (see page-probe.ts probeTitle): `document.URL` rather
// than `location`, and no promise on a page its title decides.

import { leaveRecheck } from './check-again';
import { quickVerdict, runFirstCheck } from './check-first';
import { markStep } from './timing';

// Run once per document, also if the background injects this file again.
const scope = globalThis as unknown as { __sadaCheckStarted?: boolean };
if (typeof document !== 'undefined' && !scope.__sadaCheckStarted && /^https?:/.test(document.URL)) {
  scope.__sadaCheckStarted = true;
  markStep('check');
  const check = (afterNavigation: boolean) => {
    const checkedUrl = document.URL;
    void runFirstCheck(document, { afterNavigation })
      .then((script) => {
        // Arabic script: the second stage takes the page from here.
        if (script !== 'arabic') leaveRecheck(checkedUrl, check);
      })
      .catch(() => {});
  };
  if (quickVerdict(document)) leaveRecheck(document.URL, check);
  else check(false);
}
