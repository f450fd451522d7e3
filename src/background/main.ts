// Background: injects the highlighter into pages that passed the cheap check,
// analyzes their article text for them (src/background/analysis.ts), keeps each tab's page report for the popup and the toolbar badge, and
// switches the current site from the keyboard shortcut.
import browser from 'webextension-polyfill';
import { parseMessage, type Message, type PageReport } from '../shared/messages';
import { isSiteEnabled, loadSettings, onSettingsChanged, saveSettings, toggleSite, type Settings } from '../shared/settings';
import { webHostname } from '../shared/web-url';
import { badgeShown, paintBadge } from './badge';
import { badgeLook } from './badge-look';
import { analyzeForPage, warmUpAnalyzer, warmUpSoon } from './analysis';
import { installCorpus } from './corpus';
import { createKeepWarm } from './keep-warm';
import { createSettingsCache } from './settings-cache';
import { TabOrigins } from './url-changes';
import { askLeftAlone } from './left-alone';
import { rememberPage } from './memory';
import { markWorker } from './timing';
import { clearReport, getReport, setReport } from './reports';

/** The second stage, for a page the first (content-check.js) found written in the Arabic script: the rest of the check, then the highlighter. */
const CONTENT_MAIN = 'content-main.js';
/** Re-checks a page that content-check left alone, once its single-page site moved to another URL. */
const CONTENT_RECHECK = 'content-recheck.js';

// Statement search, related statements and the reader's corpus (loaded on first use).
installCorpus({ getReport });
const extensionOrigin = browser.runtime.getURL('');

/** While the reader reads Arabic-script pages, the analyzer stays warm for the next article (keep-warm.ts). */
const keepWarm = createKeepWarm(() => void browser.runtime.getPlatformInfo().catch(() => undefined));

/** The settings, read once per background life and again after any change (settings-cache.ts): read now, ahead of the first page. */
const settingsCache = createSettingsCache(loadSettings);
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync') settingsCache.forget();
});
void settingsCache.get().then(() => markWorker('settings'));

/** Per tab, the last paint queued: paints run one after another, so a slow one cannot overwrite a newer one. */
const paintQueue = new Map<number, Promise<void>>();

/** Paints a tab's badge from the report and settings as they are when the paint runs. */
function repaint(tabId: number, url: string | undefined, settings?: Settings): Promise<void> {
  const paint = async () => {
    const [current, report] = await Promise.all([settings ?? settingsCache.get(), getReport(tabId)]);
    await paintBadge(tabId, badgeLook(current, url, report));
  };
  const next = (paintQueue.get(tabId) ?? Promise.resolve()).then(paint).catch(() => undefined);
  paintQueue.set(tabId, next);
  void next.then(() => {
    if (paintQueue.get(tabId) === next) paintQueue.delete(tabId);
  });
  return next;
}

async function repaintAllTabs(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : repaint(tab.id, tab.url, settings))));
}

/** Tell an open popup that a tab's report changed (no popup open → nobody listens; that is fine). */
function announce(tabId: number): void {
  const message: Message = { type: 'sada:report-updated', tabId };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The first stage found the Arabic script: inject the second stage at once (the page is past document_end). */
async function injectMain(tabId: number, frameId: number): Promise<void> {
  const injection = { target: { tabId, frameIds: [frameId] }, files: [CONTENT_MAIN], injectImmediately: true };
  const injected = browser.scripting.executeScript(injection as browser.Scripting.ScriptInjection);
  try {
    await injected;
    markWorker('injected');
  } catch (error) {
    // The tab navigated away or closed, or the page is one we may not script.
    console.warn('Sada: could not inject the check', error);
  }
}

/** The page passed the check and is being annotated: until the analyzer reports, the popup says "reading the page". */
async function markPending(tabId: number, url: string | undefined): Promise<void> {
  const pending: PageReport = { state: 'pending', url: (url ?? '').slice(0, 8192), language: null, conflicts: [], actors: [], quotes: [] };
  await setReport(tabId, pending);
  announce(tabId);
}

async function receiveReport(tabId: number, url: string | undefined, report: PageReport): Promise<void> {
  await setReport(tabId, report);
  await repaint(tabId, url);
  announce(tabId);
}

type Sender = browser.Runtime.MessageSender;
/** Content scripts of our own extension, in a web page tab. */
const fromContent = (sender: Sender) => sender.id === browser.runtime.id && sender.tab?.id !== undefined;
/** Our own extension pages (the popup, also when opened in a tab). */
const fromExtensionPage = (sender: Sender) =>
  sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);

/**
 * Answers go through `sendResponse` + `return true` rather than a returned
 * promise: Chromium has a native `browser` namespace (webextension-polyfill
 * then steps aside), and only recent versions honour returned promises.
 */
function onMessage(raw: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'sada:probe-arabic':
      if (!fromContent(sender)) return undefined;
      markWorker('probe');
      keepWarm.extend();
      void injectMain(sender.tab!.id!, sender.frameId ?? 0);
      // The site switch, known here (settings-cache.ts) while the page takes content-main.js (whose check then
      // reads no storage of its own); then, while the page checks itself, the analyzer builds its index (once
      // per background life). Not before the answer: the page's check waits for it.
      void settingsCache
        .get()
        .then((settings) => {
          sendResponse(isSiteEnabled(settings, webHostname(sender.url ?? sender.tab!.url) ?? ''));
          markWorker('answered');
        })
        .catch(() => sendResponse(null))
        .finally(() => setTimeout(warmUpAnalyzer, 0));
      return true;
    case 'sada:check-passed':
      // Only the top frame speaks for the page.
      if (!fromContent(sender) || (sender.frameId ?? 0) !== 0) return undefined;
      void markPending(sender.tab!.id!, sender.tab!.url);
      return undefined;
    case 'sada:analyze':
      if (!fromContent(sender)) return undefined;
      markWorker('analyze');
      sendResponse(analyzeForPage(message.text, message.stopEarly));
      markWorker('analyzed');
      return true;
    case 'sada:page-report':
      // Only the top frame speaks for the page.
      if (!fromContent(sender) || (sender.frameId ?? 0) !== 0) return undefined;
      void receiveReport(sender.tab!.id!, sender.tab!.url, message.report);
      // The memory keeps the page's statements (unless switched off, the site is off, or the window is private).
      void rememberPage(message.report, { incognito: sender.tab!.incognito === true, title: sender.tab!.title ?? '' });
      return undefined;
    case 'sada:get-report':
      if (!fromExtensionPage(sender)) return undefined;
      // No report: the check may have left the page alone without a word; ask the page.
      void getReport(message.tabId)
        .then((report) => report ?? askLeftAlone(message.tabId))
        .then(sendResponse, () => sendResponse(null));
      return true;
    default:
      return undefined;
  }
}
browser.runtime.onMessage.addListener(onMessage as browser.Runtime.OnMessageListenerCallback);

/**
 * After a "load" the tab may still hold the same document (Chromium reports
 * history.pushState as status "loading" → "complete"): ask the page's
 * content script for its report. A new document reports by itself anyway.
 */
async function recoverReport(tabId: number, url: string | undefined): Promise<void> {
  if ((await getReport(tabId)) !== null || webHostname(url) === null) return;
  const request: Message = { type: 'sada:request-report' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
  const checked = parseMessage({ type: 'sada:page-report', report: answer });
  if (checked?.type === 'sada:page-report' && (await getReport(tabId)) === null) await receiveReport(tabId, url, checked.report);
}

/** Each tab's origin, to tell the URL changes that may have kept the document (url-changes.ts). */
const tabOrigins = new TabOrigins();

/**
 * A URL change may be a single-page site moving on with history.pushState
 * (no new document, so content-check does not run again). Host permissions
 * give us the URL of http(s) tabs, no `tabs` permission needed. The re-check
 * entry does nothing unless this document's check left an older URL alone.
 */
function recheckAfterUrlChange(tabId: number, url: string): void {
  if (!tabOrigins.mayKeepDocument(tabId, url) || webHostname(url) === null) return;
  // At once: a new document on the same origin gets it at its start (a no-op there), not near its load event.
  const injection = { target: { tabId, frameIds: [0] }, files: [CONTENT_RECHECK], injectImmediately: true };
  browser.scripting.executeScript(injection as browser.Scripting.ScriptInjection).catch(() => undefined);
}

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined) recheckAfterUrlChange(tabId, change.url);
  if (change.status === 'loading' || change.status === 'complete') badgeShown.mayHaveReset(tabId);
  if (change.status === 'loading') {
    // Probably a new document: what we knew about the old one no longer holds.
    void clearReport(tabId).then(() => repaint(tabId, tab.url)).then(() => announce(tabId));
  } else if (change.status === 'complete') {
    // Browsers may reset per-tab action state when a document commits; paint again.
    void repaint(tabId, tab.url).then(() => recoverReport(tabId, tab.url));
  } else if (change.url !== undefined) {
    void repaint(tabId, tab.url);
  }
});

browser.tabs.onCreated.addListener((tab) => {
  if (tab.id === undefined) return;
  badgeShown.created(tab.id);
  tabOrigins.created(tab.id, tab.url);
});
browser.tabs.onRemoved.addListener((tabId) => {
  badgeShown.forget(tabId);
  tabOrigins.forget(tabId);
  void clearReport(tabId);
});

onSettingsChanged((settings) => void repaintAllTabs(settings));

async function toggleSiteOf(tab: browser.Tabs.Tab | undefined): Promise<void> {
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const hostname = webHostname(target?.url);
  if (!hostname) return;
  await saveSettings(toggleSite(await loadSettings(), hostname));
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-site') void toggleSiteOf(tab);
});

// A browser start or an update: tabs that already exist get their look. And the reader's first article is
// near while the background, just started, has nothing else to do: the analyzer builds its index and
// compiles now, in steps of a few ms (analysis.ts warmUpSoon), not while that article waits for it
// (bench/first-article.mjs: the first article after an install and after a restart); a page's probe
// arriving meanwhile is answered between two steps. Pages left alone never cause it: the service worker
// stops after 30 s idle, and the keep-warm pings only follow Arabic-script pages.
function onBrowserStart(event: 'startup' | 'installed', fresh: boolean): void {
  markWorker(event);
  // No tab shows a look of ours yet (badge-shown.ts): the tabs open now set only what differs from the manifest's.
  if (fresh) badgeShown.freshStart();
  void loadSettings().then(repaintAllTabs);
  warmUpSoon();
}
browser.runtime.onStartup.addListener(() => onBrowserStart('startup', true));
// An update or a browser update keeps the tabs, which may show what the former background set.
browser.runtime.onInstalled.addListener((details) => onBrowserStart('installed', details.reason === 'install'));
markWorker('loaded');
