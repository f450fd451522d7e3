// content-check.js: runs on every http(s) page at document_idle. It must be
// tiny and cheap: it reads a bounded sample of the page, decides whether the
// page may be Arabic news about one of the six conflicts, and either asks the
// background to inject the analyzer (content-main.js) or stops. A page it
// leaves alone keeps no node, attribute, listener or observer of Sada's.

import { runContentCheck } from './check-flow';

// Run once per document, also if the background injects this file again.
const scope = globalThis as unknown as { __sadaCheckStarted?: boolean };
if (typeof document !== 'undefined' && !scope.__sadaCheckStarted && /^https?:$/.test(location.protocol)) {
  scope.__sadaCheckStarted = true;
  void runContentCheck().catch(() => {});
}
