// What content-check.js does (see check.ts), as functions that tests can run.

import { isSiteEnabled, loadSettings, onSettingsChanged } from '../shared/settings';
import { checkPage, MIN_PROSE_CHARS, samplePage, type CheckResult } from './page-check';
import { LEFT_ALONE_KEY, type LeftAloneScope } from './recheck-scope';
import { emptyReport, sendToBackground } from './runtime';

/** How long a page with too little text is watched for its article to arrive. */
export const WAIT_FOR_TEXT_MS = 10_000;
/** Re-check at most this often while waiting. */
const RECHECK_MS = 500;

/**
 * Resolves once the page has enough prose to judge or `timeoutMs` passed.
 * The observer is disconnected and the timers are cleared either way.
 */
export function waitForText(doc: Document, timeoutMs = WAIT_FOR_TEXT_MS): Promise<void> {
  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      resolve();
    };
    const recheck = () => {
      pending = undefined;
      if (samplePage(doc).proseChars >= MIN_PROSE_CHARS) finish();
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(recheck, RECHECK_MS);
    });
    const deadline = setTimeout(finish, timeoutMs);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

/** After a same-document navigation: the new page is taken as rendered once the DOM has been quiet this long. */
export const NAVIGATION_QUIET_MS = 600;
/** …or after this long at most (a page with a ticker is never quiet). */
export const NAVIGATION_WAIT_MS = 5_000;

/**
 * Resolves once the page has made no change for `quietMs`, or after `maxMs`.
 * A single-page site changes its URL before or after it renders the new
 * page: checking at once could read the old one. The observer is
 * disconnected and the timers are cleared either way.
 */
export function waitForQuiet(doc: Document, quietMs = NAVIGATION_QUIET_MS, maxMs = NAVIGATION_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
      resolve();
    };
    let quiet = setTimeout(finish, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    });
    const deadline = setTimeout(finish, maxMs);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

/** Checks the page, waiting for late text once; returns the final result. */
export async function checkWhenReady(doc: Document, timeoutMs = WAIT_FOR_TEXT_MS): Promise<CheckResult> {
  const first = checkPage(doc);
  // Too little prose: the article may still be on its way (a single-page app
  // rendering after load), and a sidebar's keywords must not decide alone.
  if (!first.tooShort) return first;
  await waitForText(doc, timeoutMs);
  return checkPage(doc);
}

export interface ContentCheckOptions {
  /** The page moved to another URL in the same document: let it render first. */
  afterNavigation?: boolean;
}

/**
 * The whole content-check: decide, then hand over to the background or stop.
 * A page left alone costs no storage read and no message: the verdict stays
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
  if (isSiteEnabled(await loadSettings(), hostname)) {
    await sendToBackground({ type: 'sada:check-passed' });
    return result;
  }
  // Switched off: say so on the page and to the popup, and wait to be switched on.
  doc.documentElement.setAttribute('data-sada-state', 'off');
  await sendToBackground({ type: 'sada:page-report', report: emptyReport('off', result.language, 'Sada is switched off for this site') });
  const stop = onSettingsChanged((next) => {
    if (!isSiteEnabled(next, hostname)) return;
    stop();
    void sendToBackground({ type: 'sada:check-passed' });
  });
  return result;
}
