// The two waits of the content check, shared by its two stages
// (content-check.js and content-main.js). Each watches the page with one
// MutationObserver and timers, and disconnects and clears them all when done.

/** How long a page with too little text is watched for its article to arrive. */
export const WAIT_FOR_TEXT_MS = 10_000;
/** Re-check at most this often while waiting. */
const RECHECK_MS = 500;

/**
 * Resolves once `enoughText()` says the page has enough prose to judge, or
 * after `timeoutMs`. The observer is disconnected and the timers are cleared either way.
 */
export function waitForText(doc: Document, enoughText: () => boolean, timeoutMs = WAIT_FOR_TEXT_MS): Promise<void> {
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
      if (enoughText()) finish();
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
