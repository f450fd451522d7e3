// Reading an import file in the popup: parsed and validated here (the same
// rules as the background, which checks every page again), then sent in
// batches, first as a dry run for the preview, then for real once the reader
// confirms. A file of any size the memory can export is re-importable.
import { parseMemoryFile, type MemoryPage } from '../../core';
import type { ImportPlanSummary, MemoryAnswer } from '../../core';
import { IMPORT_BATCH_PAGES } from '../../shared/messages';
import { memory } from '../search/client';

export type ReadFile = { ok: true; pages: MemoryPage[] } | { ok: false; error: string };

export async function readImportFile(file: File): Promise<ReadFile> {
  const parsed = parseMemoryFile(await file.text());
  return parsed.ok ? { ok: true, pages: parsed.value.pages } : { ok: false, error: parsed.error };
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const add = (a: ImportPlanSummary, b: ImportPlanSummary): ImportPlanSummary => ({
  added: a.added + b.added,
  extended: a.extended + b.extended,
  unchanged: a.unchanged + b.unchanged,
  newStatements: a.newStatements + b.newStatements,
  overLimit: a.overLimit + b.overLimit,
});

/** Sends the pages in batches; stops at the first refusal (earlier batches of a real run stay imported). */
export async function sendImport(pages: readonly MemoryPage[], dryRun: boolean): Promise<{ plan: ImportPlanSummary; last: MemoryAnswer }> {
  let plan: ImportPlanSummary = { added: 0, extended: 0, unchanged: 0, newStatements: 0, overLimit: 0 };
  let last: MemoryAnswer | null = null;
  for (const batch of batches(pages, IMPORT_BATCH_PAGES)) {
    last = await memory({ kind: 'import-pages', pages: batch, dryRun });
    if (!last.ok) throw new Error(last.error ?? 'import refused');
    if (last.plan) plan = add(plan, last.plan);
  }
  last ??= await memory({ kind: 'list', limit: 50 });
  return { plan, last };
}
