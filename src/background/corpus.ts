// The statement corpus in the background: the bundled index (corpus.json in
// the package) and the reader's own corpus, loaded on the first question that
// needs them, never for pages Sada leaves alone. Answers sada:search,
// sada:related, sada:statements-by-speaker and sada:user-corpus.
import browser from 'webextension-polyfill';
import { buildCorpus, analysisOfQuotes, relatedStatements, statementsBySpeaker, Corpus, loadCorpus, type CorpusSegment, userStatements, type StatementHit } from '../core';
import { parseMessage, type PageReport } from '../shared/messages';
import { USER_CORPUS_KEY, handleUserCorpus, readUserCorpus } from './user-corpus';

const SEARCH_LIMIT = 20;
const RELATED_LIMIT = 10;
const EARLIER_LIMIT = 5;

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

async function loadUser(): Promise<CorpusSegment | null> {
  const { corpus } = await readUserCorpus();
  const statements = userStatements(corpus);
  return statements.length ? loadCorpus(buildCorpus(statements), 'user') : null;
}

function corpus(): Promise<Corpus> {
  // A failed load is not remembered: the next question tries again.
  bundled ??= loadBundled().then((segment) => {
    if (!segment) bundled = null;
    return segment;
  });
  combined ??= Promise.all([bundled, loadUser()]).then(([b, u]) => {
    if (!b) combined = null; // answer with the reader's corpus now, try the bundled one again next time
    return new Corpus([b, u].filter((s): s is CorpusSegment => s !== null));
  });
  return combined;
}

/** The reader's corpus changed: rebuild its part on the next question. */
function userCorpusChanged(): void {
  combined = null;
}

export interface CorpusDeps {
  getReport(tabId: number): Promise<PageReport | null>;
}

async function related(tabId: number, deps: CorpusDeps): Promise<StatementHit[]> {
  const report = await deps.getReport(tabId);
  if (!report || report.state !== 'annotated') return [];
  const { analysis, text } = analysisOfQuotes(report.quotes, report.conflicts);
  return relatedStatements(analysis, text, await corpus(), { limit: RELATED_LIMIT, excludeSource: report.url });
}

/** Registers the corpus messages. `getReport` gives a tab's page report (background/reports.ts). */
export function installCorpus(deps: CorpusDeps): void {
  const extensionOrigin = browser.runtime.getURL('');
  const fromExtensionPage = (sender: browser.Runtime.MessageSender) =>
    sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);

  const answer = (raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id) return undefined;
    switch (message.type) {
      case 'sada:search':
        if (!fromExtensionPage(sender)) return undefined;
        return corpus().then((c) => c.search(message.query, message.filters, { limit: SEARCH_LIMIT }));
      case 'sada:related':
        if (!fromExtensionPage(sender)) return undefined;
        return related(message.tabId, deps);
      case 'sada:statements-by-speaker':
        // The hover card, in a page Sada annotated, or the popup.
        return corpus().then((c) => statementsBySpeaker(c, message.actorId, EARLIER_LIMIT));
      case 'sada:user-corpus':
        if (!fromExtensionPage(sender)) return undefined;
        return handleUserCorpus(message.action, { getReport: deps.getReport, changed: userCorpusChanged });
      default:
        return undefined;
    }
  };

  // sendResponse + `return true`, not a returned Promise: Chromium's native `browser`
  // namespace (which the polyfill hands back) ignores promises from listeners.
  browser.runtime.onMessage.addListener(((raw: unknown, sender: browser.Runtime.MessageSender, sendResponse: (x: unknown) => void) => {
    const pending = answer(raw, sender);
    if (!pending) return false;
    pending.then(sendResponse, (err: unknown) => {
      console.warn('Sada: corpus request failed', err);
      sendResponse(null);
    });
    return true;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  // Another window imported or removed pages.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_CORPUS_KEY in changes) userCorpusChanged();
  });
}
