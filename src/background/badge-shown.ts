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
// started is unknown: its first paint sets everything.
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

  /** A new tab shows the manifest's look. */
  created(tabId: number): void {
    this.tabs.set(tabId, { ...MANIFEST_LOOK });
  }

  /** The tab started or finished loading: a new document may have reset its look (see above). */
  mayHaveReset(tabId: number): void {
    const shown = this.tabs.get(tabId);
    if (!shown) return;
    this.tabs.set(tabId, {
      icon: shown.icon === MANIFEST_LOOK.icon ? shown.icon : undefined,
      text: shown.text === MANIFEST_LOOK.text ? shown.text : undefined,
    });
  }

  /** The tab closed, or a paint failed: unknown again. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** The parts of `paint` the tab does not show yet (all of it for an unknown tab), taken as shown from now on. */
  changes(tabId: number, paint: BadgePaint): Partial<BadgePaint> {
    const shown = this.tabs.get(tabId) ?? {};
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
