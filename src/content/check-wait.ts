// The two waits of the content check, shared by its two stages
// (content-check.js and content-main.js). Each watches the page with one
// MutationObserver and a timer or two, and disconnects and clears them all when done.

/** How long a page with too little text is watched for its article to arrive. */
export const WAIT_FOR_TEXT_MS = 10_000;
/** Re-check at most this often while waiting. */
const RECHECK_MS = 500;

/**
 * Watches the page's body until `ready()` holds when the timer fires, or for
 * `maxMs` at most. The timer (`ms`) starts at the first change, or, for a
 * `quiet` wait, at once and again at every change. The observer is
 * disconnected and the timers are cleared either way.
 */
function watchPage(doc: Document, maxMs: number, ms: number, quiet: boolean, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve();
    };
    const check = () => {
      timer = undefined;
      if (ready()) finish();
    };
    let timer = quiet ? setTimeout(check, ms) : undefined;
    const observer = new MutationObserver(() => {
      if (quiet) {
        clearTimeout(timer);
        timer = undefined;
      }
      timer ??= setTimeout(check, ms);
    });
    const deadline = setTimeout(finish, maxMs);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

/** Resolves once `enoughText()` says the page has enough prose to judge (looked at after changes), or after `timeoutMs`. */
export const waitForText = (doc: Document, enoughText: () => boolean, timeoutMs = WAIT_FOR_TEXT_MS): Promise<void> =>
  watchPage(doc, timeoutMs, RECHECK_MS, false, enoughText);

/** After a same-document navigation: the new page is taken as rendered once the DOM has been quiet this long. */
export const NAVIGATION_QUIET_MS = 600;
/** …or after this long at most (a page with a ticker is never quiet). */
export const NAVIGATION_WAIT_MS = 5_000;

/**
 * Resolves once the page has made no change for `quietMs`, or after `maxMs`.
 * A single-page site changes its URL before or after it renders the new
 * page: checking at once could read the old one.
 */
export const waitForQuiet = (doc: Document, quietMs = NAVIGATION_QUIET_MS, maxMs = NAVIGATION_WAIT_MS): Promise<void> =>
  watchPage(doc, maxMs, quietMs, true, () => true);
