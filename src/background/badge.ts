// The toolbar button's look for one tab: the number of quotes on an
// annotated page, a grey icon with "off" where the site (or Sada) is switched
// off, nothing otherwise. Only what the tab does not show yet is set
// (badge-shown.ts).
import browser from 'webextension-polyfill';
import type { BadgeLook } from './badge-look';
import { badgePaint, BadgeShown } from './badge-shown';

const SIZES = [16, 32, 48, 128] as const;
const iconSet = (suffix: string) => Object.fromEntries(SIZES.map((size) => [String(size), `icons/icon${suffix}-${size}.png`]));
const ICONS = { on: iconSet(''), off: iconSet('-off') };

/** What each tab shows: main.ts tells it of new tabs, loads and closed tabs. */
export const badgeShown = new BadgeShown();

export async function paintBadge(tabId: number, look: BadgeLook): Promise<void> {
  const action = browser.action;
  const changes = badgeShown.changes(tabId, badgePaint(look, browser.i18n.getMessage('badgeOff') || 'off'));
  const calls: Array<Promise<void>> = [];
  if (changes.icon) calls.push(action.setIcon({ tabId, path: ICONS[changes.icon] }));
  if (changes.text !== undefined) calls.push(action.setBadgeText({ tabId, text: changes.text }));
  if (changes.color) calls.push(action.setBadgeBackgroundColor({ tabId, color: changes.color }));
  // A tab can close between the decision and the paint: ignore those errors (and know nothing of it any more).
  await Promise.all(calls).catch(() => badgeShown.forget(tabId));
}
