// The little of the extension runtime API the content scripts use, straight
// from the browser (`browser` in Firefox, `chrome` in Chromium MV3; both take
// promises), so content-check.js does not carry webextension-polyfill.

import type { Message, PageReport, PageState } from '../shared/messages';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

interface RuntimeApi {
  runtime: {
    getURL?(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
  };
}

function runtimeApi(): RuntimeApi | null {
  const scope = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  return api?.runtime?.sendMessage ? api : null;
}

/** Sends a message to the background; a missing receiver is not an error for a content script. */
export async function sendToBackground(message: Message): Promise<void> {
  try {
    await runtimeApi()?.runtime.sendMessage(message);
  } catch {
    // No listener (background restarting, extension reloaded): nothing to do.
  }
}

/** Sends a message to the background and returns its answer (undefined when nobody answered). */
export async function askBackground(message: Message): Promise<unknown> {
  try {
    return await runtimeApi()?.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** The URL of one of the extension's own files (card.html…); a relative path where there is no runtime (tests). */
export function extensionUrl(path: string): string {
  return runtimeApi()?.runtime.getURL?.(path) ?? path;
}

/** Listens for messages from the extension; returns a function that stops listening. */
export function onExtensionMessage(listener: Listener): () => void {
  const api = runtimeApi();
  if (!api) return () => {};
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}

const MAX_URL = 8192;

/** A report with no analysis in it (left alone, switched off, failed). `document.URL`, not `location`: content-check.js reads no more of the page than it must. */
export function emptyReport(state: PageState, language: string | null, reason?: string): PageReport {
  const report: PageReport = { state, url: document.URL.slice(0, MAX_URL), language, conflicts: [], actors: [], quotes: [] };
  if (reason) report.reason = reason.slice(0, 500);
  return report;
}
