// What the toolbar button should show for a tab. Pure: badge.ts paints it.
import type { PageReport } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { webHostname } from '../shared/web-url';

export type BadgeLook = { kind: 'off' } | { kind: 'count'; count: number } | { kind: 'none' };

/** The switches decide "off" (a report saying "off" can be a moment behind them); the page report decides the count. */
export function badgeLook(settings: Settings, url: string | undefined, report: PageReport | null): BadgeLook {
  const hostname = webHostname(url);
  if (hostname !== null && !isSiteEnabled(settings, hostname)) return { kind: 'off' };
  if (report?.state === 'annotated') return { kind: 'count', count: report.quotes.length };
  return { kind: 'none' };
}
