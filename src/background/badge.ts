// The toolbar button's look for one tab: the number of quotes on an
// annotated page, a grey icon with "off" where the site (or Sada) is switched
// off, nothing otherwise.
import browser from 'webextension-polyfill';
import type { BadgeLook } from './badge-look';

const SIZES = [16, 32, 48, 128] as const;
const iconSet = (suffix: string) => Object.fromEntries(SIZES.map((size) => [String(size), `icons/icon${suffix}-${size}.png`]));
const ICON_ON = iconSet('');
const ICON_OFF = iconSet('-off');
const BADGE_COLOR = '#0d7a6f';
const BADGE_OFF_COLOR = '#6b7078';

export async function paintBadge(tabId: number, look: BadgeLook): Promise<void> {
  const action = browser.action;
  const off = look.kind === 'off';
  const text = off ? browser.i18n.getMessage('badgeOff') || 'off' : look.kind === 'count' ? String(look.count) : '';
  // A tab can close between the decision and the paint: ignore those errors.
  await Promise.all([
    action.setIcon({ tabId, path: off ? ICON_OFF : ICON_ON }),
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: off ? BADGE_OFF_COLOR : BADGE_COLOR }),
  ]).catch(() => undefined);
}
