// The popup's side of the corpus messages; every answer is validated on arrival.
import browser from 'webextension-polyfill';
import { parseCardAnswer, parseHits, parseMemoryAnswer, type CardAnswer, type MemoryAnswer, type StatementHit } from '../../core';
import type { CorpusFilters, MemoryAction, Message } from '../../shared/messages';

async function ask(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export async function searchStatements(query: string, filters: CorpusFilters): Promise<StatementHit[]> {
  const hits = parseHits(await ask({ type: 'sada:search', query, filters }));
  if (!hits) throw new Error('malformed answer');
  return hits;
}

export async function relatedToTab(tabId: number): Promise<StatementHit[]> {
  const hits = parseHits(await ask({ type: 'sada:related', tabId }));
  if (!hits) throw new Error('malformed answer');
  return hits;
}

export async function memory(action: MemoryAction): Promise<MemoryAnswer> {
  const answer = parseMemoryAnswer(await ask({ type: 'sada:memory', action }));
  if (!answer) throw new Error('malformed answer');
  return answer;
}

/** An actor's statements over time (memory, bundled corpus, packs), newest first. */
export async function timeline(actorId: string, filters: CorpusFilters): Promise<StatementHit[]> {
  const hits = parseHits(await ask({ type: 'sada:timeline', actorId, filters }));
  if (!hits) throw new Error('malformed answer');
  return hits;
}

/** What the hover card shows from the statements: the actor's latest, and for a quote the closest earlier ones. */
export async function cardStatements(actorId: string | null, quote: string | null): Promise<CardAnswer> {
  const answer = parseCardAnswer(await ask({ type: 'sada:card', actorId, quote }));
  if (!answer) throw new Error('malformed answer');
  return answer;
}

/** Opens a result's source in a new tab: only http(s) addresses (bundled articles are file names). */
export function openSource(source: string): boolean {
  if (!/^https?:\/\//i.test(source)) return false;
  void browser.tabs.create({ url: source });
  return true;
}
