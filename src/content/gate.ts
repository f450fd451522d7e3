// content-gate.js: the second stage of the content check, injected by the
// background only into pages whose first stage (content-check.js) found the
// Arabic script. It decides whether the page is Arabic news about one of the
// six conflicts (check-flow.ts), then asks for the highlighter or leaves the
// page alone, with a function to check again after a same-document navigation.

import { leaveRecheck } from './check-again';
import { runContentCheck } from './check-flow';

if (typeof document !== 'undefined') {
  const check = (afterNavigation: boolean) => {
    const checkedUrl = location.href;
    void runContentCheck(document, { afterNavigation })
      .then((result) => {
        // Passed: the analyzer (or the switch-on listener) takes the page from here.
        if (result.verdict !== 'pass') leaveRecheck(checkedUrl, check);
      })
      .catch(() => {});
  };
  check(false);
}
