// The first stage of the content check, all that content-check.js runs on
// every page: the page's title (page-probe.ts probeTitle), then if need be
// the bounded probe of its first texts, tell whether it is written in the
// Arabic script at all. A page that is not, or that plainly writes Persian or
// Urdu, is left alone here: no storage read, no message, no
// regular-expression table, nothing left running. Only an Arabic-script page
// asks the background (`sada:probe-arabic`) for the second stage,
// content-main.js (check-flow.ts: language, conflict names, the site switch; then the highlighter).
//
// Most pages are told from the title, synchronously (quickVerdict): no
// promise, no text node read.

import { TITLE_WORDS_NEVER_ARABIC_RE } from '../core';
import { waitForQuiet, waitForText } from './check-wait';
import { MIN_PROSE_CHARS, probePage, probeScript, probeTitle, type PageProbe, type ProbeScript } from './page-probe';
import { LEFT_ALONE_KEY, SITE_ON_KEY, type LeftAloneScope, type SiteOnScope } from './recheck-scope';
import { askBackground, emptyReport } from './runtime';
import { markStep } from './timing';

export interface FirstCheckOptions {
  /** The page moved to another URL in the same document: let it render first. */
  afterNavigation?: boolean;
}

/** A page this short that the probe read to its end may still be rendering its article. */
const mayBeLoading = (probe: PageProbe) => probe.proseChars < MIN_PROSE_CHARS && probe.readAll;

/** The page's first texts tell (waiting once, boundedly, for a page still rendering). */
async function probeText(doc: Document): Promise<ProbeScript> {
  const probe = probePage(doc);
  const script = probeScript(probe);
  if (script !== 'other' || !mayBeLoading(probe)) return script;
  await waitForText(doc, () => !mayBeLoading(probePage(doc)));
  return probeScript(probePage(doc));
}

/** Keeps why the page was left alone, for the popup (the language is named only if it asks: content-explain.js). */
function leaveAlone(script: Exclude<ProbeScript, 'arabic'>): void {
  const reason = script === 'other' ? 'the page is not written in the Arabic script' : 'the page is written in Persian or Urdu';
  (globalThis as LeftAloneScope)[LEFT_ALONE_KEY] = emptyReport('not-arabic', null, reason);
}

/** Leaves the page alone at once if its title tells (returns the verdict), else null: the full first stage decides. */
export function quickVerdict(doc: Document): ProbeScript | null {
  delete (globalThis as LeftAloneScope)[LEFT_ALONE_KEY];
  const script = probeTitle(doc, TITLE_WORDS_NEVER_ARABIC_RE);
  if (script === null || script === 'arabic') return null;
  leaveAlone(script);
  return script;
}

/** Probes the page (title, then first texts), then hands it over or leaves it alone. */
export async function runFirstCheck(doc: Document = document, options: FirstCheckOptions = {}): Promise<ProbeScript> {
  delete (globalThis as LeftAloneScope)[LEFT_ALONE_KEY];
  if (options.afterNavigation) await waitForQuiet(doc);
  const script = quickVerdict(doc) ?? (await probeText(doc));
  if (script === 'arabic') {
    // The background injects the second stage and answers whether the site is on: the second stage takes the answer.
    markStep('probe');
    const siteOn = askBackground({ type: 'sada:probe-arabic' });
    (globalThis as SiteOnScope)[SITE_ON_KEY] = siteOn;
    await siteOn;
    markStep('probed');
    return script;
  }
  leaveAlone(script);
  return script;
}
