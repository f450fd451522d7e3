// What the popup says about the page, from the tab's URL, the switches and
// the page report. Pure, so the rules are easy to read and to test.
import type { PageReport } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { webHostname } from '../shared/web-url';

export { webHostname };

export type PageStatus =
  | 'annotated'
  | 'pending'
  | 'off-site'
  | 'off-global'
  | 'not-arabic'
  | 'not-conflict'
  | 'not-web-page'
  | 'error'
  | 'unknown';

export const STATUS_MESSAGE: Record<PageStatus, string> = {
  annotated: 'stateAnnotated',
  pending: 'statePending',
  'off-site': 'stateOffSite',
  'off-global': 'stateOffGlobal',
  'not-arabic': 'stateNotArabic',
  'not-conflict': 'stateNotConflict',
  'not-web-page': 'stateNotWebPage',
  error: 'stateError',
  unknown: 'stateUnknown',
};

export function pageStatus(url: string | undefined, settings: Settings, report: PageReport | null): PageStatus {
  const hostname = webHostname(url);
  if (hostname === null) return 'not-web-page';
  if (!settings.enabled) return 'off-global';
  if (!isSiteEnabled(settings, hostname)) return 'off-site';
  if (!report) return 'unknown';
  switch (report.state) {
    case 'annotated':
      return 'annotated';
    case 'not-arabic':
      return 'not-arabic';
    case 'not-conflict':
      return 'not-conflict';
    case 'error':
      return 'error';
    // "off" while the switches say on: the page is coming back on.
    case 'off':
    case 'pending':
      return 'pending';
  }
}
