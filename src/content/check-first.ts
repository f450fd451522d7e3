// The first stage of the content check, all that content-check.js runs on
// every page: the bounded probe (page-probe.ts) tells whether the page is
// written in the Arabic script at all. A page that is not, or that plainly
// writes Persian or Urdu, is left alone here: no storage read, no message, no
// regular-expression table, nothing left running. Only an Arabic-script page
// asks the background (`sada:probe-arabic`) for the second stage,
// content-gate.js (check-flow.ts: language, conflict names, the site switch).

import { waitForQuiet, waitForText } from './check-wait';
import { MIN_PROSE_CHARS, probePage, probeScript, type PageProbe, type ProbeScript } from './page-probe';
import { LEFT_ALONE_KEY, type LeftAloneScope } from './recheck-scope';
import { emptyReport, sendToBackground } from './runtime';

export interface FirstCheckOptions {
  /** The page moved to another URL in the same document: let it render first. */
  afterNavigation?: boolean;
}

/** A page this short that the probe read to its end may still be rendering its article. */
const mayBeLoading = (probe: PageProbe) => probe.proseChars < MIN_PROSE_CHARS && probe.readAll;

/** Probes the page (waiting once, boundedly, for a page still rendering), then hands over or leaves it alone. */
export async function runFirstCheck(doc: Document = document, options: FirstCheckOptions = {}): Promise<ProbeScript> {
  const scope = globalThis as LeftAloneScope;
  delete scope[LEFT_ALONE_KEY];
  if (options.afterNavigation) await waitForQuiet(doc);
  let probe = probePage(doc);
  let script = probeScript(probe);
  if (script === 'other' && mayBeLoading(probe)) {
    await waitForText(doc, () => !mayBeLoading(probePage(doc)));
    probe = probePage(doc);
    script = probeScript(probe);
  }
  if (script === 'arabic') {
    await sendToBackground({ type: 'sada:probe-arabic' });
    return script;
  }
  // The language is named only if the popup asks (content-explain.js): not on every page.
  const reason = script === 'other' ? 'the page is not written in the Arabic script' : 'the page is written in Persian or Urdu';
  scope[LEFT_ALONE_KEY] = emptyReport('not-arabic', null, reason);
  return script;
}
