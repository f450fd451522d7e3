// Why content-check left a page alone. The check sends nothing for such a
// page (no message wakes the background for every page the reader opens);
// it keeps its verdict in the extension's isolated world of the page, and
// this reads it when the popup asks about a tab the background knows nothing of.
import browser from 'webextension-polyfill';
import { LEFT_ALONE_KEY } from '../content/recheck-scope';
import { parseMessage, type PageReport } from '../shared/messages';

/** Names the language of a page the first stage left alone without naming it (see src/content/explain.ts). */
const CONTENT_EXPLAIN = 'content-explain.js';

/** The left-alone report of the tab's top frame, or null (no check ran there, or the page is not scriptable). */
export async function askLeftAlone(tabId: number): Promise<PageReport | null> {
  try {
    const report = await readLeftAlone(tabId);
    if (report?.state !== 'not-arabic' || report.language !== null) return report;
    // The first stage does not name the language: the popup is open, now it may cost.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_EXPLAIN] });
    return (await readLeftAlone(tabId)) ?? report;
  } catch {
    return null;
  }
}

async function readLeftAlone(tabId: number): Promise<PageReport | null> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Runs in the isolated world of content-check: self-contained, reads one property.
    func: (key: string) => (globalThis as Record<string, unknown>)[key] ?? null,
    args: [LEFT_ALONE_KEY],
  });
  const checked = parseMessage({ type: 'sada:page-report', report: first?.result });
  return checked?.type === 'sada:page-report' ? checked.report : null;
}
