// The statement corpus in the background: the bundled index (corpus.json in
// the package), the reader's memory and imported packs, searched together and
// loaded on the first question that needs them, never for pages Sada leaves
// alone. Answers sada:search, sada:related, sada:card, sada:timeline and
// sada:memory to extension pages only (the popup, card.html): never to a
// content script, so nothing of the reader's memory reaches a page's side.
import browser from 'webextension-polyfill';
import { analysisOfQuotes, Corpus, loadCorpus, relatedStatements, saidBefore, statementsBySpeaker, type CardAnswer, type CorpusSegment, type HereMeta, type StatementHit } from '../core';
import { parseMessage, type PageReport } from '../shared/messages';
import { hostOf, memoryUrl } from './memory-intake';
import { handleMemory, memorySegments, memoryStorageChanged, onMemoryChanged } from './memory';
import { packSegments, PACKS_KEY } from './memory-packs';
import { LEGACY_KEY } from './memory-store';

const SEARCH_LIMIT = 20;
const RELATED_LIMIT = 10;
const EARLIER_LIMIT = 5;
const TIMELINE_LIMIT = 200;

let bundled: Promise<CorpusSegment | null> | null = null;
let combined: Promise<Corpus> | null = null;

async function loadBundled(): Promise<CorpusSegment | null> {
  try {
    // A file inside the extension package: no request leaves the browser.
    const response = await fetch(browser.runtime.getURL('corpus.json'));
    return loadCorpus(await response.json(), 'bundled');
  } catch (err) {
    console.warn('Sada: the bundled corpus could not be loaded', err);
    return null;
  }
}

function bundledSegment(): Promise<CorpusSegment | null> {
  // A failed load is not remembered: the next question tries again.
  bundled ??= loadBundled().then((segment) => {
    if (!segment) bundled = null;
    return segment;
  });
  return bundled;
}

/** Everything searchable: bundled, memory, packs. */
function corpus(): Promise<Corpus> {
  combined ??= Promise.all([bundledSegment(), memorySegments().catch(() => []), packSegments().catch(() => [])]).then(([b, memory, packs]) => {
    if (!b) combined = null; // answer without it now, try the bundled one again next time
    return new Corpus([...(b ? [b] : []), ...memory, ...packs]);
  });
  return combined;
}

function corpusChanged(): void {
  combined = null;
}

export interface CorpusDeps {
  getReport(tabId: number): Promise<PageReport | null>;
}

async function related(tabId: number, deps: CorpusDeps): Promise<StatementHit[]> {
  const report = await deps.getReport(tabId);
  if (!report || report.state !== 'annotated') return [];
  const { analysis, text } = analysisOfQuotes(report.quotes, report.conflicts);
  return relatedStatements(analysis, text, await corpus(), { limit: RELATED_LIMIT, excludeSource: report.page?.url ?? report.url });
}

/** What the tab's page says about itself (for the card's citation), and its address as the memory keeps it. */
async function hereOf(tab: browser.Tabs.Tab | undefined, deps: CorpusDeps): Promise<HereMeta | null> {
  if (tab?.id === undefined) return null;
  const report = await deps.getReport(tab.id);
  const url = memoryUrl(report?.page?.url ?? report?.url ?? tab.url ?? '');
  if (!url) return null;
  const page = report?.page;
  return {
    url,
    title: page?.title ?? tab.title ?? '',
    outlet: page?.outlet || hostOf(url),
    date: page?.published.date ?? null,
    dateSource: page?.published.source ?? 'visit',
  };
}

async function card(actorId: string | null, quote: string | null, tab: browser.Tabs.Tab | undefined, deps: CorpusDeps): Promise<CardAnswer> {
  const here = await hereOf(tab, deps);
  if (!actorId) return { latest: [], similar: [], here };
  const c = await corpus();
  const exclude = here?.url;
  const notHere = (hit: StatementHit) => !exclude || !hit.sources.every((s) => s.source === exclude);
  const latest = statementsBySpeaker(c, actorId, EARLIER_LIMIT + 5).filter(notHere).slice(0, EARLIER_LIMIT);
  const similar = quote ? saidBefore(c, actorId, quote, { limit: EARLIER_LIMIT, excludeSource: exclude }) : [];
  return { latest, similar, here };
}

type Sender = browser.Runtime.MessageSender;

/** Registers the corpus and memory messages. `getReport` gives a tab's page report (background/reports.ts). */
export function installCorpus(deps: CorpusDeps): void {
  const extensionOrigin = browser.runtime.getURL('');
  /** Our own pages (popup, card.html, timeline): never a content script, never a web page. */
  const fromExtensionPage = (sender: Sender) =>
    sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin) && !isContentScript(sender);
  const isContentScript = (sender: Sender) => sender.tab !== undefined && typeof sender.url === 'string' && !sender.url.startsWith(extensionOrigin);

  const answer = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id) return undefined;
    if (!fromExtensionPage(sender)) return undefined;
    switch (message.type) {
      case 'sada:search':
        return corpus().then((c) => c.search(message.query, message.filters, { limit: SEARCH_LIMIT }));
      case 'sada:related':
        return related(message.tabId, deps);
      case 'sada:card':
        return card(message.actorId, message.quote, sender.tab, deps);
      case 'sada:timeline':
        return corpus().then((c) => c.browse({ ...message.filters, speaker: message.actorId }, TIMELINE_LIMIT));
      case 'sada:memory':
        return handleMemory(message.action, deps);
      default:
        return undefined;
    }
  };

  // sendResponse + `return true`, not a returned Promise: Chromium's native `browser`
  // namespace (which the polyfill hands back) ignores promises from listeners.
  browser.runtime.onMessage.addListener(((raw: unknown, sender: Sender, sendResponse: (x: unknown) => void) => {
    const pending = answer(raw, sender);
    if (!pending) return false;
    pending.then(sendResponse, (err: unknown) => {
      console.warn('Sada: corpus request failed', err);
      sendResponse(null);
    });
    return true;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  onMemoryChanged(corpusChanged);
  // Another window changed the memory or the packs; a pack list change reloads packs.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (PACKS_KEY in changes) corpusChanged();
    if (LEGACY_KEY in changes) memoryStorageChanged();
  });
}
