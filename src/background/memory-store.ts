// The memory in storage.local (with unlimitedStorage): one key per page, so
// remembering a page writes that page only. Every write goes through one
// queue (two writes never interleave), a failed write changes nothing, and
// whatever is read back is validated page by page: a damaged page is set
// aside (counted, never read, removable) while the sound ones stay.
// Schema version in MEMORY_META_KEY; version 1 (the hand-saved "userCorpus")
// is migrated on first load.
import browser from 'webextension-polyfill';
import { LEGACY_FORMAT, MEMORY_VERSION, validatePage, type MemoryPage, type StoredChunk } from '../core';
import { mergePage } from '../core';

export const PAGE_PREFIX = 'memory:page:';
export const MEMORY_META_KEY = 'memory:meta';
/** Where version 1 kept the pages the reader saved by hand. */
export const LEGACY_KEY = 'userCorpus';

export const pageKey = (url: string) => PAGE_PREFIX + url;
/** A full chunk's index (memory-index.ts): speed only, the pages are the truth. */
export const CHUNK_PREFIX = 'memory:chunk:';
/** Stored data that failed validation, kept as it was (never read) until the reader removes it. */
export const DAMAGED_PREFIX = 'memory:damaged:';

export class StorageFullError extends Error {
  constructor() {
    super("the browser's storage for Sada is full: forget some pages or sites and try again (nothing was changed)");
  }
}

export interface LoadedMemory {
  pages: MemoryPage[];
  chunks: StoredChunk[];
  /** Keys of stored pages that failed validation. */
  damaged: string[];
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it (one at a time, in order). */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function asStorageError(err: unknown): Error {
  const message = (err as Error)?.message ?? String(err);
  if (/quota|QUOTA_BYTES|storage.*full|disk/i.test(message)) return new StorageFullError();
  return new Error(`nothing was changed: ${message}`);
}

export async function writePages(pages: readonly MemoryPage[]): Promise<void> {
  if (pages.length === 0) return;
  try {
    await browser.storage.local.set(Object.fromEntries(pages.map((p) => [pageKey(p.url), p])));
  } catch (err) {
    throw asStorageError(err);
  }
}

export async function removeKeys(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await browser.storage.local.remove([...keys]);
  } catch (err) {
    throw asStorageError(err);
  }
}

function isStoredChunk(v: unknown, key: string): v is StoredChunk {
  const c = v as Partial<StoredChunk> | null;
  return !!c && typeof c.id === 'string' && key === CHUNK_PREFIX + c.id && Array.isArray(c.urls) && c.urls.every((u) => typeof u === 'string') && typeof c.index === 'object';
}

/** Stores full chunks' indexes and deletes stale ones. Best effort: a failure only costs speed at the next start. */
export async function writeChunks(write: readonly StoredChunk[], remove: readonly string[]): Promise<boolean> {
  try {
    if (remove.length) await browser.storage.local.remove(remove.map((id) => CHUNK_PREFIX + id));
    if (write.length) await browser.storage.local.set(Object.fromEntries(write.map((c) => [CHUNK_PREFIX + c.id, c])));
    return true;
  } catch {
    return false;
  }
}

/** Version 1's pages, each validated on its own: the sound ones, and the damaged ones as they were. */
function legacyPages(raw: unknown): { pages: MemoryPage[]; damaged: unknown[] } {
  const list = (raw as { format?: unknown; version?: unknown; pages?: unknown } | null) ?? null;
  if (!list || list.format !== LEGACY_FORMAT || list.version !== 1 || !Array.isArray(list.pages)) return { pages: [], damaged: [raw] };
  const pages: MemoryPage[] = [];
  const damaged: unknown[] = [];
  list.pages.forEach((p, i) => {
    const checked = validatePage(p, `saved page ${i + 1}`, true);
    if (checked.ok) pages.push(checked.value);
    else damaged.push(p);
  });
  return { pages, damaged };
}

/**
 * Moves version 1's saved pages into the memory (merged with any page already
 * remembered under the same URL) and its damaged pages aside (DAMAGED_PREFIX),
 * then removes the old key. Returns the keys set aside.
 */
async function migrate(items: Record<string, unknown>, pages: Map<string, MemoryPage>): Promise<string[]> {
  const { pages: legacy, damaged } = legacyPages(items[LEGACY_KEY]);
  const merged = legacy.map((p) => {
    const have = pages.get(p.url);
    return have ? mergePage(have, p) : p;
  });
  const aside = Object.fromEntries(damaged.map((raw, i) => [`${DAMAGED_PREFIX}v1-${i}`, raw ?? null]));
  await browser.storage.local.set(aside);
  await writePages(merged);
  for (const p of merged) pages.set(p.url, p);
  await browser.storage.local.remove(LEGACY_KEY);
  await browser.storage.local.set({ [MEMORY_META_KEY]: { version: MEMORY_VERSION } });
  return Object.keys(aside);
}

/**
 * Reads every stored page (validated one by one), migrating version 1 first.
 * Never throws on bad data. Run it through `serialized`.
 */
export async function readStoredMemory(): Promise<LoadedMemory> {
  {
    const items = (await browser.storage.local.get(null)) as Record<string, unknown>;
    const pages = new Map<string, MemoryPage>();
    const damaged: string[] = [];
    const chunks: StoredChunk[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (key.startsWith(CHUNK_PREFIX) && isStoredChunk(value, key)) chunks.push(value);
      if (key.startsWith(DAMAGED_PREFIX)) damaged.push(key);
      if (!key.startsWith(PAGE_PREFIX)) continue;
      const checked = validatePage(value, 'a remembered page');
      if (checked.ok && pageKey(checked.value.url) === key) pages.set(checked.value.url, checked.value);
      else damaged.push(key);
    }
    if (items[LEGACY_KEY] !== undefined) {
      try {
        damaged.push(...(await migrate(items, pages)));
      } catch {
        damaged.push(LEGACY_KEY); // could not write (storage full): the old data stays where it was, retried next time
      }
    } else if (items[MEMORY_META_KEY] === undefined) {
      await browser.storage.local.set({ [MEMORY_META_KEY]: { version: MEMORY_VERSION } }).catch(() => undefined);
    }
    return { pages: [...pages.values()], chunks, damaged };
  }
}
