// The popup's side of the corpus messages; every answer is validated on arrival.
import browser from 'webextension-polyfill';
import { parseHits, parseUserCorpusAnswer, type UserCorpusAnswer, type StatementHit } from '../../core';
import type { CorpusFilters, Message, UserCorpusAction } from '../../shared/messages';

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

export async function userCorpus(action: UserCorpusAction): Promise<UserCorpusAnswer> {
  const answer = parseUserCorpusAnswer(await ask({ type: 'sada:user-corpus', action }));
  if (!answer) throw new Error('malformed answer');
  return answer;
}

/** Opens a result's source in a new tab: only http(s) addresses (bundled articles are file names). */
export function openSource(source: string): boolean {
  if (!/^https?:\/\//i.test(source)) return false;
  void browser.tabs.create({ url: source });
  return true;
}
