// The reader's own corpus in storage.local: save a page's statements, list,
// remove, export, import, reset. Whatever is read back (storage or a file) is
// validated first; a failed write changes nothing; corrupt stored data is
// reported, left untouched until the reader resets it, and never breaks search.
import browser from 'webextension-polyfill';
import {
  emptyUserCorpus,
  exportUserCorpus,
  looksLikeMarkup,
  mergeUserCorpus,
  parseUserCorpusFile,
  validateUserCorpus,
  type UserCorpus,
  type UserPage,
} from '../core';
import type { SavedPageSummary, UserCorpusAnswer } from '../core';
import type { PageReport, UserCorpusAction } from '../shared/messages';

export const USER_CORPUS_KEY = 'userCorpus';
/** Our share of storage.local (Chromium allows 10 MB without unlimitedStorage). */
export const USER_CORPUS_MAX_BYTES = 8_000_000;

export interface StoredUserCorpus {
  corpus: UserCorpus;
  /** Why the stored data could not be used, or null. */
  problem: string | null;
}

/** Reads and validates the stored corpus. Never throws. */
export async function readUserCorpus(): Promise<StoredUserCorpus> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(USER_CORPUS_KEY))[USER_CORPUS_KEY];
  } catch (err) {
    return { corpus: emptyUserCorpus(), problem: `your saved statements could not be read (${(err as Error).message})` };
  }
  if (raw === undefined) return { corpus: emptyUserCorpus(), problem: null };
  const checked = validateUserCorpus(raw);
  if (checked.ok) return { corpus: checked.value, problem: null };
  return {
    corpus: emptyUserCorpus(),
    problem: `your saved statements are damaged and were set aside (${checked.error}); reset them to start again`,
  };
}

function bytesOf(corpus: UserCorpus): number {
  return new TextEncoder().encode(JSON.stringify(corpus)).length;
}

class UserCorpusError extends Error {}

async function write(corpus: UserCorpus): Promise<void> {
  const checked = validateUserCorpus(corpus);
  if (!checked.ok) throw new UserCorpusError(`nothing was saved: ${checked.error}`);
  const size = bytesOf(checked.value);
  if (size > USER_CORPUS_MAX_BYTES) {
    throw new UserCorpusError(`not enough room: your saved statements would take ${(size / 1e6).toFixed(1)} MB (at most ${USER_CORPUS_MAX_BYTES / 1e6} MB); remove some pages first`);
  }
  try {
    await browser.storage.local.set({ [USER_CORPUS_KEY]: checked.value });
  } catch (err) {
    const message = (err as Error)?.message ?? String(err);
    if (/quota/i.test(message)) throw new UserCorpusError('the browser\'s storage for Sada is full; remove some saved pages and try again (nothing was changed)');
    throw new UserCorpusError(`nothing was saved: ${message}`);
  }
}

export function summaries(corpus: UserCorpus): SavedPageSummary[] {
  return corpus.pages
    .map((p) => ({ url: p.url, title: p.title, date: p.date, statements: p.statements.length }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

const today = (now = new Date()) => now.toISOString().slice(0, 10);
const ACTOR_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A page report's quotes as a saved page. */
export function pageFromReport(report: PageReport, title: string, now = new Date()): UserPage {
  let outlet: string | null = null;
  try {
    outlet = new URL(report.url).hostname.replace(/^www\./, '') || null;
  } catch {
    outlet = null;
  }
  return {
    url: report.url,
    // A title or quote that looks like markup would make the whole corpus fail validation: leave it out.
    title: looksLikeMarkup(title) ? '' : title.slice(0, 500),
    date: today(now),
    savedAt: now.toISOString(),
    outlet,
    conflict: report.conflicts[0]?.id ?? null,
    statements: report.quotes
      .filter((q) => q.text.trim() && !looksLikeMarkup(q.text) && !(q.speaker && looksLikeMarkup(q.speaker.name)))
      .slice(0, 300)
      .map((q) => ({
        kind: q.kind,
        context: q.text.slice(0, 2000),
        quoteStart: 0,
        quoteEnd: Math.min(q.text.length, 2000),
        speaker: q.speaker ? { id: q.speaker.id && ACTOR_ID.test(q.speaker.id) ? q.speaker.id : null, name: q.speaker.name.slice(0, 200) || '?' } : null,
      })),
  };
}

export interface UserCorpusDeps {
  getReport(tabId: number): Promise<PageReport | null>;
  /** Called after every successful change (the search index is rebuilt). */
  changed(): void;
}

/** Carries out one action; always answers (errors as { ok: false, error }). */
export async function handleUserCorpus(action: UserCorpusAction, deps: UserCorpusDeps): Promise<UserCorpusAnswer> {
  const stored = await readUserCorpus();
  const answer = (extra: { file?: string; message?: string } = {}, corpus = stored.corpus, problem = stored.problem): UserCorpusAnswer => ({
    ok: true,
    pages: summaries(corpus),
    problem,
    ...extra,
  });
  const refuse = (error: string): UserCorpusAnswer => ({ ok: false, error, pages: summaries(stored.corpus), problem: stored.problem });
  try {
    switch (action.kind) {
      case 'list':
        return answer();
      case 'export':
        if (stored.problem) return refuse('your saved statements are damaged; there is nothing sound to export');
        return answer({ file: exportUserCorpus(stored.corpus) });
      case 'reset': {
        await browser.storage.local.remove(USER_CORPUS_KEY);
        deps.changed();
        return answer({ message: 'saved statements cleared' }, emptyUserCorpus(), null);
      }
      default:
        break;
    }
    // Changes: never write over damaged data the reader has not chosen to reset.
    if (stored.problem) return refuse(`${stored.problem}`);
    if (action.kind === 'save') {
      const report = await deps.getReport(action.tabId);
      if (!report || report.quotes.length === 0) return refuse('this page has no statements to save');
      let title = '';
      try {
        title = (await browser.tabs.get(action.tabId)).title ?? '';
      } catch {
        title = '';
      }
      const page = pageFromReport(report, title);
      const next = mergeUserCorpus(stored.corpus, { ...emptyUserCorpus(), pages: [page] });
      await write(next);
      deps.changed();
      return answer({ message: `saved ${page.statements.length} statements` }, next);
    }
    if (action.kind === 'remove') {
      const next = { ...stored.corpus, pages: stored.corpus.pages.filter((p) => p.url !== action.url) };
      if (next.pages.length === stored.corpus.pages.length) return refuse('that page is not saved');
      await write(next);
      deps.changed();
      return answer({ message: 'page removed' }, next);
    }
    // import
    const parsed = parseUserCorpusFile(action.file);
    if (!parsed.ok) return refuse(parsed.error);
    const next = mergeUserCorpus(stored.corpus, parsed.value);
    await write(next);
    deps.changed();
    return answer({ message: `imported ${parsed.value.pages.length} pages` }, next);
  } catch (err) {
    if (err instanceof UserCorpusError) return refuse(err.message);
    return refuse(`something went wrong: ${(err as Error)?.message ?? String(err)}`);
  }
}
