// Which URL changes of a tab may have kept its document. content-recheck.js
// exists for a single-page site that moves on with history.pushState (no new
// document, so content-check does not run again); injected at every URL
// change, it also landed in every new page, left alone or not, near its load
// event, where a script of ours may have to finish the page's garbage
// collection (bench/gate.mjs: up to 2–4 ms on a 3 MB page). A same-document
// navigation (pushState, replaceState, a fragment) never changes the origin:
// a URL change to another origin, or the first one of a new tab, is a new
// document, which checks itself.

export class TabOrigins {
  private readonly origins = new Map<number, string>();

  /** A tab was created at `url` ('' or about:blank for a new tab). */
  created(tabId: number, url: string | undefined): void {
    this.origins.set(tabId, originOf(url));
  }

  /** The tab is now at `url`: whether this change may have kept its document (unknown before: it may). */
  mayKeepDocument(tabId: number, url: string): boolean {
    const before = this.origins.get(tabId);
    const now = originOf(url);
    this.origins.set(tabId, now);
    return before === undefined || before === now;
  }

  forget(tabId: number): void {
    this.origins.delete(tabId);
  }
}

function originOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').origin;
  } catch {
    return '';
  }
}
