// Which tab the popup is about, and talking to it.
import browser from 'webextension-polyfill';
import { parseMessage, type Message, type PageReport } from '../shared/messages';

export interface TabTarget {
  tabId: number;
  url: string | undefined;
}

/**
 * The tab this popup describes: `popup.html?tabId=N` (the popup opened in a
 * tab, as tests do), otherwise the active tab of the current window.
 */
export async function resolveTab(search = location.search): Promise<TabTarget | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested >= 0 && new URLSearchParams(search).has('tabId')) {
    try {
      const tab = await browser.tabs.get(requested);
      return { tabId: requested, url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
}

export async function fetchReport(tabId: number): Promise<PageReport | null> {
  const request: Message = { type: 'sada:get-report', tabId };
  try {
    const answer = await browser.runtime.sendMessage(request);
    const checked = parseMessage({ type: 'sada:page-report', report: answer });
    return checked?.type === 'sada:page-report' ? checked.report : null;
  } catch {
    return null;
  }
}

/** Asks the page to scroll to an actor's first mention or a quote and flash it. */
export async function reveal(tabId: number, kind: 'actor' | 'quote', index: number): Promise<void> {
  const message: Message = { type: 'sada:reveal', kind, index };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

/** Calls back when the background says this tab's report changed. */
export function onReportUpdated(tabId: number, callback: () => void): () => void {
  const listener = (raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type === 'sada:report-updated' && message.tabId === tabId) callback();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Opens one of our own pages (an actor's timeline) in a new tab. */
export function openInTab(path: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}
