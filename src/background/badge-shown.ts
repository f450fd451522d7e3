// What the toolbar button shows in each tab, as far as the background knows,
// so that painting a tab calls only what changes. Setting the icon from its
// files is the costly call (Chromium's service worker fetches and decodes the
// four PNGs on its own thread for every call): painted on every navigation, it
// held up the next Arabic page's check by about 20 ms (bench/content-live.mjs).
// Both browsers reset a tab's icon and badge to the manifest's when a new
// document commits, and keep them on a same-document URL change; a tab's
// status events do not tell which of the two happened, nor exactly when: so
// at each of them a tab's look is known only where both outcomes agree (the
// manifest's icon, no badge text). A tab the background has not seen since it
// started is unknown: its first paint sets everything — except after a browser
// start or a fresh install (`freshStart`): no tab can show anything but the
// manifest's look then, so the tabs open at that moment (a restored session,
// the reader's first article) set nothing for a page with nothing to show.
// Without it, the first paint of each of them set the icon: four PNGs
// fetched and decoded on the service worker's thread while the first article
// probes and asks for its analysis (bench/first-article.mjs, issue 11).
import type { BadgeLook } from './badge-look';

/** One tab's look in calls: the icon (on / off), the badge text and its colour. */
export interface BadgePaint {
  icon: 'on' | 'off';
  text: string;
  color: string;
}

/** The look a tab has with nothing set: the manifest's icon, no badge text. */
const MANIFEST_LOOK: Partial<BadgePaint> = { icon: 'on', text: '' };

export class BadgeShown {
  private readonly tabs = new Map<number, Partial<BadgePaint>>();
  /** Set by `freshStart`: a tab never seen shows the manifest's look. */
  private fresh = false;
  /** Tabs forgotten since (closed, or a paint failed): unknown even after a fresh start. */
  private readonly lost = new Set<number>();

  /** The browser just started, or the extension was just installed: no tab shows a look of ours. */
  freshStart(): void {
    this.fresh = true;
  }

  /** What the tab shows as far as known: nothing known is an empty look. */
  private known(tabId: number): Partial<BadgePaint> | undefined {
    return this.tabs.get(tabId) ?? (this.fresh && !this.lost.has(tabId) ? MANIFEST_LOOK : undefined);
  }

  /** A new tab shows the manifest's look. */
  created(tabId: number): void {
    this.lost.delete(tabId);
    this.tabs.set(tabId, { ...MANIFEST_LOOK });
  }

  /** The tab started or finished loading: a new document may have reset its look (see above). */
  mayHaveReset(tabId: number): void {
    const shown = this.known(tabId);
    if (!shown) return;
    this.tabs.set(tabId, {
      icon: shown.icon === MANIFEST_LOOK.icon ? shown.icon : undefined,
      text: shown.text === MANIFEST_LOOK.text ? shown.text : undefined,
    });
  }

  /** The tab closed, or a paint failed: unknown again. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
    if (this.fresh) this.lost.add(tabId);
  }

  /** The parts of `paint` the tab does not show yet (all of it for an unknown tab), taken as shown from now on. */
  changes(tabId: number, paint: BadgePaint): Partial<BadgePaint> {
    const shown = this.known(tabId) ?? {};
    const changes: Partial<BadgePaint> = {};
    if (shown.icon !== paint.icon) changes.icon = paint.icon;
    if (shown.text !== paint.text) changes.text = paint.text;
    // The colour shows only behind a text.
    if (paint.text !== '' && shown.color !== paint.color) changes.color = paint.color;
    this.tabs.set(tabId, { ...shown, ...changes });
    return changes;
  }
}

/** The calls that paint `look` (`offText`: the localized "off"). */
export function badgePaint(look: BadgeLook, offText: string): BadgePaint {
  const off = look.kind === 'off';
  return {
    icon: off ? 'off' : 'on',
    text: off ? offText : look.kind === 'count' ? String(look.count) : '',
    color: off ? '#6b7078' : '#0d7a6f',
  };
}
