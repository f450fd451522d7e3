// Why content-check left a page alone. The check sends nothing for such a
// page (no message wakes the background for every page the reader opens);
// it keeps its verdict in the extension's isolated world of the page, and
// this reads it when the popup asks about a tab the background knows nothing of.
import browser from 'webextension-polyfill';
import { LEFT_ALONE_KEY } from '../content/recheck-scope';
import { parseMessage, type PageReport } from '../shared/messages';

/** The left-alone report of the tab's top frame, or null (no check ran there, or the page is not scriptable). */
export async function askLeftAlone(tabId: number): Promise<PageReport | null> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      // Runs in the isolated world of content-check: self-contained, reads one property.
      func: (key: string) => (globalThis as Record<string, unknown>)[key] ?? null,
      args: [LEFT_ALONE_KEY],
    });
    const checked = parseMessage({ type: 'sada:page-report', report: first?.result });
    return checked?.type === 'sada:page-report' ? checked.report : null;
  } catch {
    return null;
  }
}
