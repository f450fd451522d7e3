// Imported corpus packs in storage.local: the list under PACKS_KEY, each
// pack's index under `pack:<id>`. A pack is checked in full (pack.ts) before
// anything is written; a refused one changes nothing.
import browser from 'webextension-polyfill';
import { loadPack } from '../core';
import type { CorpusSegment } from '../core';
import type { PackSummary } from '../core';
import { serialized, StorageFullError } from './memory-store';

export const PACKS_KEY = 'packs';
const packKey = (id: string) => `pack:${id}`;

let loaded: Promise<Map<string, CorpusSegment>> | null = null;

async function readList(): Promise<PackSummary[]> {
  const raw = (await browser.storage.local.get(PACKS_KEY))[PACKS_KEY];
  return Array.isArray(raw) ? (raw as PackSummary[]).filter((p) => p && typeof p.id === 'string') : [];
}

export function listPacks(): Promise<PackSummary[]> {
  return readList().catch(() => []);
}

/** The packs' segments (loaded once; a pack that no longer loads is skipped). */
export function packSegments(): Promise<CorpusSegment[]> {
  loaded ??= (async () => {
    const segments = new Map<string, CorpusSegment>();
    for (const pack of await listPacks()) {
      const raw = (await browser.storage.local.get(packKey(pack.id)))[packKey(pack.id)];
      const checked = loadPack(raw);
      if (checked.ok) segments.set(pack.id, checked.value.segment);
    }
    return segments;
  })();
  return loaded.then((m) => [...m.values()]);
}

/** Imports a pack file; answers a message for the reader. */
export function importPack(name: string, fileText: string): Promise<string> {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    return Promise.reject(new Error('pack refused: the file is not valid JSON'));
  }
  const checked = loadPack(raw);
  if (!checked.ok) return Promise.reject(new Error(checked.error));
  const cleanName = name.replace(/[\u0000-\u001f<>]/g, '').trim().slice(0, 100) || 'pack';
  return serialized(async () => {
    const list = await readList();
    const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const summary: PackSummary = { id, name: cleanName, statements: checked.value.info.statements, bytes: fileText.length, from: checked.value.info.from, to: checked.value.info.to };
    try {
      await browser.storage.local.set({ [packKey(id)]: raw });
      await browser.storage.local.set({ [PACKS_KEY]: [...list, summary] });
    } catch (err) {
      await browser.storage.local.remove(packKey(id)).catch(() => undefined);
      if (/quota/i.test(String((err as Error)?.message))) throw new StorageFullError();
      throw err;
    }
    loaded = null;
    return `pack "${cleanName}" added: ${summary.statements} statements`;
  });
}

export function removePack(id: string): Promise<string> {
  return serialized(async () => {
    const list = await readList();
    if (!list.some((p) => p.id === id)) throw new Error('that pack is not there');
    await browser.storage.local.set({ [PACKS_KEY]: list.filter((p) => p.id !== id) });
    await browser.storage.local.remove(packKey(id));
    loaded = null;
    return 'pack removed';
  });
}
