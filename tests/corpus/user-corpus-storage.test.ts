// The reader's corpus against an in-memory storage.local with the browser's
// behaviour (values stored as structured clones, quota errors on set).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/shared/messages';

const store = new Map<string, unknown>();
let quotaBytes = Infinity;
const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        async get(key: string) {
          return store.has(key) ? { [key]: clone(store.get(key)) } : {};
        },
        async set(items: Record<string, unknown>) {
          const size = JSON.stringify(items).length;
          if (size > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
          for (const [k, v] of Object.entries(items)) store.set(k, clone(v));
        },
        async remove(key: string) {
          store.delete(key);
        },
      },
    },
    tabs: { async get() { return { title: 'بيسكوف: لا أساس للحديث عن تطهير عرقي' }; } },
  },
}));

const { USER_CORPUS_KEY, handleUserCorpus, readUserCorpus } = await import('../../src/background/user-corpus');

const report: PageReport = {
  state: 'annotated',
  url: 'https://www.news.example/a/1',
  language: 'ar',
  conflicts: [{ id: 'karabakh', score: 0.9 }],
  actors: [],
  quotes: [
    { index: 0, kind: 'direct', text: 'لا أساس للحديث عن تطهير عرقي', speaker: { id: 'dmitry-peskov', name: 'بيسكوف' } },
    { index: 1, kind: 'indirect', text: 'روسيا تتابع الأوضاع بانتباه', speaker: null },
  ],
};
let changes = 0;
const deps = { getReport: async (tabId: number) => (tabId === 7 ? report : null), changed: () => void changes++ };

beforeEach(() => {
  store.clear();
  quotaBytes = Infinity;
  changes = 0;
});

describe("the reader's corpus in storage", () => {
  it('saves a page, lists it, exports it, removes it', async () => {
    const saved = await handleUserCorpus({ kind: 'save', tabId: 7 }, deps);
    expect(saved).toMatchObject({ ok: true, pages: [{ url: report.url, statements: 2 }] });
    expect(changes).toBe(1);
    const exported = await handleUserCorpus({ kind: 'export' }, deps);
    expect(exported.ok && JSON.parse(exported.file!).pages[0].statements[0].speaker.id).toBe('dmitry-peskov');
    const removed = await handleUserCorpus({ kind: 'remove', url: report.url }, deps);
    expect(removed).toMatchObject({ ok: true, pages: [] });
  });

  it('refuses to save a page without statements', async () => {
    expect(await handleUserCorpus({ kind: 'save', tabId: 8 }, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/no statements/) });
  });

  it('reports a full storage clearly and changes nothing', async () => {
    await handleUserCorpus({ kind: 'save', tabId: 7 }, deps);
    const before = JSON.stringify(store.get(USER_CORPUS_KEY));
    quotaBytes = 10;
    const other = { ...report, url: 'https://news.example/a/2' };
    const answer = await handleUserCorpus({ kind: 'save', tabId: 9 }, { ...deps, getReport: async () => other });
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/storage for Sada is full/) });
    expect(JSON.stringify(store.get(USER_CORPUS_KEY))).toBe(before);
  });

  it('detects corrupt stored data, reports it, never overwrites it, and lets the reader reset', async () => {
    store.set(USER_CORPUS_KEY, { format: 'sada-user-corpus', version: 1, pages: [{ url: 42 }] });
    const read = await readUserCorpus();
    expect(read.corpus.pages).toEqual([]);
    expect(read.problem).toMatch(/damaged/);
    const listed = await handleUserCorpus({ kind: 'list' }, deps);
    expect(listed).toMatchObject({ ok: true, pages: [], problem: expect.stringMatching(/damaged/) });
    const save = await handleUserCorpus({ kind: 'save', tabId: 7 }, deps);
    expect(save.ok).toBe(false);
    expect(store.get(USER_CORPUS_KEY)).toEqual({ format: 'sada-user-corpus', version: 1, pages: [{ url: 42 }] });
    expect(await handleUserCorpus({ kind: 'reset' }, deps)).toMatchObject({ ok: true, problem: null });
    expect(store.has(USER_CORPUS_KEY)).toBe(false);
  });

  it('treats stored garbage of any type as corrupt, never throwing', async () => {
    for (const garbage of ['text', 12, null, [], { format: 'sada-user-corpus', version: 1, pages: 'x' }]) {
      store.set(USER_CORPUS_KEY, garbage);
      const read = await readUserCorpus();
      expect(read.problem).toMatch(/damaged/);
    }
  });

  it('refuses a hostile import and changes nothing', async () => {
    await handleUserCorpus({ kind: 'save', tabId: 7 }, deps);
    const before = JSON.stringify(store.get(USER_CORPUS_KEY));
    changes = 0;
    const hostile = '{"format":"sada-user-corpus","version":1,"pages":[],"__proto__":{"admin":true}}';
    const answer = await handleUserCorpus({ kind: 'import', file: hostile }, deps);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/import refused: .*__proto__/) });
    expect(JSON.stringify(store.get(USER_CORPUS_KEY))).toBe(before);
    expect(changes).toBe(0);
  });

  it('imports an exported file into an empty corpus', async () => {
    await handleUserCorpus({ kind: 'save', tabId: 7 }, deps);
    const file = (await handleUserCorpus({ kind: 'export' }, deps)) as { file: string };
    await handleUserCorpus({ kind: 'reset' }, deps);
    const answer = await handleUserCorpus({ kind: 'import', file: file.file }, deps);
    expect(answer).toMatchObject({ ok: true, pages: [{ url: report.url, statements: 2 }], message: 'imported 1 pages' });
  });
});

describe('saving a page whose words look like markup', () => {
  it('leaves those statements out instead of refusing the page', async () => {
    const odd: PageReport = { ...report, quotes: [...report.quotes, { index: 2, kind: 'direct', text: 'قال <script>x</script>', speaker: null }] };
    const answer = await handleUserCorpus({ kind: 'save', tabId: 1 }, { ...deps, getReport: async () => odd });
    expect(answer).toMatchObject({ ok: true, pages: [{ statements: 2 }] });
  });
});
