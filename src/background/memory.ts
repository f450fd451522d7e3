// The reader's memory in the background: pages remembered as they are read
// (rememberPage, from each final page report), the index searched with the
// bundled corpus and packs, and the popup's actions: list, forget a page, a
// site or everything (with undo), export, import with a preview, packs.
import browser from 'webextension-polyfill';
import { exportMemoryFile, validatePage, type MemoryPage } from '../core';
import { mergePage, planImport } from '../core';
import { MemoryIndex } from '../core';
import type { CorpusSegment } from '../core';
import type { MemoryAnswer, PageSummary } from '../core';
import type { MemoryAction, PageReport } from '../shared/messages';
import { isSiteEnabled, loadSettings } from '../shared/settings';
import { hostOf, memoryUrl, pageFromReport } from './memory-intake';
import { importPack, listPacks, removePack } from './memory-packs';
import { pageKey, readStoredMemory, removeKeys, serialized, StorageFullError, writeChunks, writePages } from './memory-store';

const index = new MemoryIndex();
let damaged: string[] = [];
/** What the last forget removed (for undo). */
let forgotten: MemoryPage[] = [];
/** The last intake failure (storage full…), shown once by the popup. */
let lastProblem: string | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Called after every change of the memory (the search index is refreshed). */
export function onMemoryChanged(listener: () => void): void {
  listeners.add(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

function load(): Promise<void> {
  loading ??= serialized(async () => {
    const stored = await readStoredMemory();
    index.clear();
    index.restore(stored.pages, stored.chunks);
    damaged = stored.damaged;
  }).catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** Another window changed storage behind our back (or storage was cleared): read again on next use. */
export function memoryStorageChanged(): void {
  loading = null;
  changed();
}

/** The memory's segments for search (chunks rebuilt only where pages changed; full ones then stored). */
export async function memorySegments(): Promise<CorpusSegment[]> {
  await load();
  const segments = index.segments();
  const { write, remove } = index.pendingWrites();
  if (write.length || remove.length) {
    void serialized(async () => {
      if (await writeChunks(write, remove)) index.markWritten(write, remove);
    });
  }
  return segments;
}

/** Adds or updates pages in storage, then in the index. */
async function store(pages: MemoryPage[]): Promise<void> {
  await writePages(pages);
  for (const page of pages) index.put(page);
  changed();
}

export interface ReadingTab {
  incognito: boolean;
  title: string;
}

/**
 * The memory's intake: a page's final report. Nothing is kept when the reader
 * switched remembering off, switched the site off, or reads in a private window.
 * A revisit replaces the page's statements (the page as it is now) and keeps
 * the better-dated metadata. Never throws.
 */
export async function rememberPage(report: PageReport, tab: ReadingTab, now = new Date()): Promise<'remembered' | 'skipped' | 'failed'> {
  if (tab.incognito || report.state !== 'annotated') return 'skipped';
  const settings = await loadSettings();
  const host = hostOf(report.url);
  if (settings.remember === false || !host || !isSiteEnabled(settings, host)) return 'skipped';
  const page = pageFromReport(report, tab.title, now);
  if (!page) return 'skipped';
  try {
    await load();
    await serialized(async () => {
      const before = index.get(page.url);
      // The same page reported again (a page can fire pageshow at will): nothing to write.
      if (before && JSON.stringify(before.statements) === JSON.stringify(page.statements) && before.title === page.title) return;
      const next = before ? { ...mergePage(before, { ...page, statements: [] }), statements: page.statements } : page;
      await store([next]);
    });
    return 'remembered';
  } catch (err) {
    lastProblem = err instanceof StorageFullError ? err.message : `a page could not be remembered: ${(err as Error)?.message ?? String(err)}`;
    return 'failed';
  }
}

function summary(page: MemoryPage): PageSummary {
  return { url: page.url, title: page.title, outlet: page.outlet, date: page.date, dateSource: page.dateSource, statements: page.statements.length };
}

async function answer(extra: Partial<MemoryAnswer> = {}, limit = 50): Promise<MemoryAnswer> {
  const newest = index.all().sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  const problem = lastProblem;
  lastProblem = null;
  return {
    ok: true,
    ...(problem && !extra.error ? { message: problem } : {}),
    pages: newest.slice(0, limit).map(summary),
    totalPages: index.pageCount,
    totalStatements: index.size,
    damaged: damaged.length,
    undoable: forgotten.length,
    packs: await listPacks(),
    ...extra,
  };
}

async function forget(pages: MemoryPage[]): Promise<string> {
  if (pages.length === 0) throw new Error('nothing to forget');
  await removeKeys(pages.map((p) => pageKey(p.url)));
  for (const page of pages) index.remove(page.url);
  forgotten = pages;
  changed();
  const statements = pages.reduce((n, p) => n + p.statements.length, 0);
  return `forgot ${pages.length} page${pages.length === 1 ? '' : 's'} (${statements} statements)`;
}

async function importPages(raw: unknown[], dryRun: boolean): Promise<Partial<MemoryAnswer>> {
  const pages: MemoryPage[] = [];
  for (let i = 0; i < raw.length; i++) {
    const checked = validatePage(raw[i], `page ${i + 1}`);
    if (!checked.ok) throw new Error(`import refused: ${checked.error}`);
    const url = memoryUrl(checked.value.url);
    if (!url) throw new Error(`import refused: page ${i + 1} has an address Sada cannot keep`);
    pages.push({ ...checked.value, url });
  }
  const plan = planImport((url) => index.get(url), pages);
  if (dryRun) return { plan };
  const merged = pages.map((p) => {
    const have = index.get(p.url);
    return have ? mergePage(have, p) : p;
  });
  await store(merged);
  return { plan, message: `imported: ${plan.added} new pages, ${plan.extended} extended, ${plan.newStatements} statements added` };
}

export interface MemoryDeps {
  getReport(tabId: number): Promise<PageReport | null>;
}

async function saveTab(tabId: number, deps: MemoryDeps): Promise<string> {
  const report = await deps.getReport(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const page = report ? pageFromReport(report, tab?.title ?? '') : null;
  if (!page) throw new Error('this page has no statements to remember');
  if (tab?.incognito) throw new Error('pages of private windows are not remembered');
  const before = index.get(page.url);
  await store([before ? mergePage(before, page) : page]);
  return `remembered ${page.statements.length} statements`;
}

async function run(action: MemoryAction, deps: MemoryDeps): Promise<MemoryAnswer> {
  switch (action.kind) {
    case 'list':
      return answer({}, action.limit);
    case 'export':
      return answer({ file: exportMemoryFile(index.all()) });
    case 'save':
      return answer({ message: await serialized(() => saveTab(action.tabId, deps)) });
    case 'forget-page':
      return answer({ message: await serialized(() => forget([index.get(action.url)].filter((p): p is MemoryPage => !!p))) });
    case 'forget-site': {
      const host = hostOf(`https://${action.host}/`);
      return answer({ message: await serialized(() => forget(index.all().filter((p) => hostOf(p.url) === host))) });
    }
    case 'forget-all':
      return answer({ message: await serialized(() => forget(index.all())) });
    case 'undo': {
      const message = await serialized(async () => {
        if (forgotten.length === 0) throw new Error('nothing to undo');
        const back = forgotten;
        await store(back.map((p) => (index.get(p.url) ? mergePage(index.get(p.url)!, p) : p)));
        forgotten = [];
        return `${back.length} page${back.length === 1 ? '' : 's'} back in memory`;
      });
      return answer({ message });
    }
    case 'import-pages':
      return answer(await serialized(() => importPages(action.pages, action.dryRun)));
    case 'drop-damaged': {
      const message = await serialized(async () => {
        await removeKeys(damaged);
        const n = damaged.length;
        damaged = [];
        return `removed ${n} damaged page${n === 1 ? '' : 's'}`;
      });
      return answer({ message });
    }
    case 'pack-import':
      return answer({ message: await importPack(action.name, action.file) });
    case 'pack-remove':
      return answer({ message: await removePack(action.id) });
  }
}

/** Carries out one action; always answers (a failure as ok: false with the reason, nothing changed). */
export async function handleMemory(action: MemoryAction, deps: MemoryDeps): Promise<MemoryAnswer> {
  try {
    await load();
    return await run(action, deps);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return answer({ ok: false, error }).catch(() => ({ ok: false, error, pages: [], totalPages: 0, totalStatements: 0, damaged: 0, undoable: 0, packs: [] }));
  }
}
