// The check content-main.js runs first (see main.ts), as functions that tests can run.

import { waitForQuiet, waitForText, WAIT_FOR_TEXT_MS } from './check-wait';
import { isSiteEnabled, loadSettings, onSettingsChanged } from '../shared/settings';
import { checkPage, MIN_PROSE_CHARS, samplePage, type CheckResult } from './page-check';
import { LEFT_ALONE_KEY, SITE_ON_KEY, type LeftAloneScope, type SiteOnScope } from './recheck-scope';
import { emptyReport, sendToBackground } from './runtime';

/** Checks the page, waiting for late text once; returns the final result. */
export async function checkWhenReady(doc: Document, timeoutMs = WAIT_FOR_TEXT_MS): Promise<CheckResult> {
  const first = checkPage(doc);
  // Too little prose: the article may still be on its way (a single-page app
  // rendering after load), and a sidebar's keywords must not decide alone.
  if (!first.tooShort) return first;
  await waitForText(doc, () => samplePage(doc).proseChars >= MIN_PROSE_CHARS, timeoutMs);
  return checkPage(doc);
}

/**
 * Whether the page's site is switched on: the background's answer to the first stage's probe when there
 * is one (one storage round trip less before the highlights), else the stored settings. Taken once: a
 * later check of the same document (after a same-document navigation) reads the settings.
 */
async function siteIsOn(hostname: string): Promise<boolean> {
  const scope = globalThis as SiteOnScope;
  const answer = await scope[SITE_ON_KEY];
  delete scope[SITE_ON_KEY];
  return typeof answer === 'boolean' ? answer : isSiteEnabled(await loadSettings(), hostname);
}

export interface ContentCheckOptions {
  /** The page moved to another URL in the same document: let it render first. */
  afterNavigation?: boolean;
  /** Annotate the page: it passed and its site is on (at once, or once the reader switches it on). */
  onPass?: () => void;
}

/**
 * The whole check of an Arabic-script page: decide, then annotate (`onPass`, and
 * the background hears `sada:check-passed`: the popup says "reading the page") or stop.
 * A page left alone costs no storage read and no further message: the verdict stays
 * in the extension's isolated world (LEFT_ALONE_KEY), where the background
 * reads it only if the popup asks about this tab.
 */
export async function runContentCheck(doc: Document = document, options: ContentCheckOptions = {}): Promise<CheckResult> {
  const scope = globalThis as LeftAloneScope;
  delete scope[LEFT_ALONE_KEY];
  if (options.afterNavigation) await waitForQuiet(doc);
  const result = await checkWhenReady(doc);
  if (result.verdict !== 'pass') {
    scope[LEFT_ALONE_KEY] = emptyReport(result.verdict, result.language, result.reason);
    return result;
  }
  const hostname = location.hostname;
  if (await siteIsOn(hostname)) {
    options.onPass?.();
    await sendToBackground({ type: 'sada:check-passed' });
    return result;
  }
  // Switched off: say so on the page and to the popup, and wait to be switched on.
  doc.documentElement.setAttribute('data-sada-state', 'off');
  await sendToBackground({ type: 'sada:page-report', report: emptyReport('off', result.language, 'Sada is switched off for this site') });
  const stop = onSettingsChanged((next) => {
    if (!isSiteEnabled(next, hostname)) return;
    stop();
    options.onPass?.();
    void sendToBackground({ type: 'sada:check-passed' });
  });
  return result;
}
