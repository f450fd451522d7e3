// Per-tab page reports. Kept in memory for speed and mirrored in
// storage.session so that a service worker the browser stopped and restarted
// (Chromium does this after ~30 s idle) still knows what each tab holds.
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';

const memory = new Map<number, PageReport>();
const keyOf = (tabId: number) => `report:${tabId}`;

/** storage.session where the browser has it (Chromium 102+, Firefox 115+); otherwise memory only. */
function sessionArea(): browser.Storage.StorageArea | null {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
}

export async function getReport(tabId: number): Promise<PageReport | null> {
  const known = memory.get(tabId);
  if (known) return known;
  const area = sessionArea();
  if (!area) return null;
  try {
    const items = await area.get(keyOf(tabId));
    const stored = items[keyOf(tabId)] as PageReport | undefined;
    if (stored) memory.set(tabId, stored);
    return stored ?? null;
  } catch {
    return null;
  }
}

export async function setReport(tabId: number, report: PageReport): Promise<void> {
  memory.set(tabId, report);
  await sessionArea()?.set({ [keyOf(tabId)]: report }).catch(() => undefined);
}

export async function clearReport(tabId: number): Promise<void> {
  memory.delete(tabId);
  await sessionArea()?.remove(keyOf(tabId)).catch(() => undefined);
}
