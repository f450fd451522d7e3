// The memory's index: a page added rebuilds only its chunk; forgetting removes
// its statements from search; the same words from several outlets fold.
import { describe, expect, it } from 'vitest';
import { CHUNK_STATEMENTS, MemoryIndex } from '../../src/core/corpus/memory-index';
import type { MemoryPage } from '../../src/core/corpus/memory-schema';
import { Corpus } from '../../src/core/corpus/search';

const SPEAKER = { id: 'abdel-fattah-al-burhan', name: 'البرهان' };
function page(n: number, words: string[], outlet = `منفذ ${n % 3}`): MemoryPage {
  return {
    url: `https://site${n % 5}.example/story/${n}`,
    title: `خبر ${n}`,
    date: `2024-0${1 + (n % 9)}-1${n % 10}`,
    dateSource: 'meta',
    savedAt: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(),
    outlet,
    conflict: 'sudan',
    statements: words.map((w) => ({ kind: 'direct' as const, context: `وقال البرهان: "${w}".`, quoteStart: 13, quoteEnd: 13 + w.length, speaker: SPEAKER })),
  };
}

describe('MemoryIndex', () => {
  it('adds page by page, rebuilding only the open chunk', () => {
    const index = new MemoryIndex();
    const perPage = 50;
    const pages = Math.ceil((CHUNK_STATEMENTS * 3) / perPage) + 1;
    for (let n = 0; n < pages; n++) index.put(page(n, Array.from({ length: perPage }, (_, i) => `الجيش سيواصل القتال في المدينة رقم ${n * perPage + i}`)));
    const first = index.segments();
    // Sealed chunks of 2,000 and 1,000 (the first two merged), then the open one.
    expect(first.length).toBe(3);
    index.put(page(pages, ['لا تفاوض مع الميليشيا المتمردة']));
    const second = index.segments();
    // The sealed chunks are the very same objects: only the last one was rebuilt.
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(new Corpus(second).search('الميليشيا المتمردة ')[0]!.statement.context).toContain('لا تفاوض');
  });

  it('a revisit replaces the page; forgetting removes it from search', () => {
    const index = new MemoryIndex();
    index.put(page(1, ['سنحرر الخرطوم قريبا']));
    index.put(page(1, ['سنحرر الخرطوم قريبا', 'ندعو إلى هدنة إنسانية']));
    expect(index.size).toBe(2);
    expect(index.pageCount).toBe(1);
    index.remove(page(1, []).url);
    expect(index.size).toBe(0);
    expect(new Corpus(index.segments()).search('الخرطوم ')).toEqual([]);
  });

  it('the same words from two outlets are one hit listing both', () => {
    const index = new MemoryIndex();
    index.put(page(1, ['لن نقبل بأي وساطة تساوي بين الجيش والمتمردين'], 'الصحيفة الأولى'));
    index.put(page(2, ['لن نقبل بأي وساطة تساوي بين الجيش والمتمردين'], 'القناة الثانية'));
    const [hit] = new Corpus(index.segments()).search('وساطة ');
    expect(hit!.sources.map((s) => s.outlet).sort()).toEqual(['الصحيفة الأولى', 'القناة الثانية']);
  });
});

describe('MemoryIndex across a restart', () => {
  const fill = (index: MemoryIndex, from: number, count: number) => {
    for (let n = from; n < from + count; n++) index.put(page(n, Array.from({ length: 100 }, (_, i) => `سنواصل العمليات في القطاع ${n}-${i}`)));
  };

  it('stores full chunks and reuses them after a restart; a changed chunk is indexed again', () => {
    const before = new MemoryIndex();
    fill(before, 0, 35); // 3,500 statements: full chunks of 2,000 (two merged) and 1,000, and an open one
    before.segments();
    const { write, remove } = before.pendingWrites();
    expect(write.map((c) => c.index.count)).toEqual([2 * CHUNK_STATEMENTS, CHUNK_STATEMENTS]);
    expect(remove).toEqual([]);
    before.markWritten(write, remove);
    expect(before.pendingWrites().write).toEqual([]);
    const stored = JSON.parse(JSON.stringify(write));

    const after = new MemoryIndex();
    after.restore(before.all(), stored);
    expect(after.size).toBe(before.size);
    expect(new Corpus(after.segments()).search('القطاع 3-7 ', {}, { limit: 1 })[0]!.statement.context).toBe(new Corpus(before.segments()).search('القطاع 3-7 ', {}, { limit: 1 })[0]!.statement.context);
    expect(after.pendingWrites()).toEqual({ write: [], remove: [] });

    // A page of a stored chunk forgotten: that chunk is stale (to delete) and rebuilt.
    after.remove(page(0, []).url);
    after.segments();
    expect(after.pendingWrites().remove).toEqual([stored[0].id]);
    // A stored chunk whose pages are not all there any more is not used.
    const third = new MemoryIndex();
    third.restore(after.all(), stored);
    expect(third.size).toBe(after.size);
    expect(third.pendingWrites().remove).toContain(stored[0].id);
  });
});
