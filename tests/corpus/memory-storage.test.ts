// The memory in the background against an in-memory storage.local that
// behaves as the browser's (values stored as structured clones, get(null),
// quota errors on set), with settings in storage.sync.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/core/corpus/build';
import type { PageReport, ReportQuote } from '../../src/shared/messages';
import { PESKOV, statement } from './helpers';

const local = new Map<string, unknown>();
const sync = new Map<string, unknown>();
let quotaBytes = Infinity;
let setCalls = 0;
const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const bytes = () => [...local.values()].reduce<number>((n, v) => n + JSON.stringify(v).length, 0);
const pick = (area: Map<string, unknown>, keys: unknown) => {
  const list = keys === null || keys === undefined ? [...area.keys()] : Array.isArray(keys) ? keys : [keys];
  return Object.fromEntries(list.filter((k) => area.has(k)).map((k) => [k, clone(area.get(k))]));
};

const localArea = {
  async get(keys: unknown) {
    return pick(local, keys);
  },
  async set(items: Record<string, unknown>) {
    setCalls++;
    await new Promise((r) => setTimeout(r, Math.random() * 3)); // writes take time: interleaving shows
    if (bytes() + JSON.stringify(items).length > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) local.set(k, clone(v));
  },
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) local.delete(k);
  },
};
const syncArea = { get: async (k: unknown) => pick(sync, k), set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => sync.set(k, clone(v))) };
const api = { storage: { local: localArea, sync: syncArea, onChanged: { addListener() {}, removeListener() {} } }, tabs: { get: async () => ({ title: 'عنوان التبويب', incognito: false }) }, runtime: { getURL: (p: string) => `ext://id/${p}` } };
(globalThis as unknown as { chrome: unknown }).chrome = api;
vi.mock('webextension-polyfill', () => ({ default: (globalThis as unknown as { chrome: unknown }).chrome }));

type MemoryModule = typeof import('../../src/background/memory');
let memory: MemoryModule;

beforeEach(async () => {
  local.clear();
  sync.clear();
  quotaBytes = Infinity;
  setCalls = 0;
  vi.resetModules();
  memory = await import('../../src/background/memory');
});

const quote = (text: string, before = 'وقال بيسكوف للصحفيين إن "', after = '" بحسب الوكالة.'): ReportQuote => ({
  index: 0,
  kind: 'direct',
  text,
  speaker: PESKOV,
  context: { text: `${before}${text}${after}`, start: before.length, end: before.length + text.length },
});

function report(url: string, quotes: ReportQuote[], published: { date: string | null; source: 'json-ld' | 'visit' } = { date: '2024-03-02', source: 'json-ld' }): PageReport {
  return {
    state: 'annotated',
    url,
    language: 'ar',
    conflicts: [{ id: 'russia-ukraine', score: 1 }],
    actors: [],
    quotes: quotes.map((q, index) => ({ ...q, index })),
    page: { url, title: 'الكرملين يعلق على المفاوضات', outlet: 'وكالة المثال', published },
  };
}

const tab = { incognito: false, title: 'عنوان' };
const deps = { getReport: async () => null };
const list = () => memory.handleMemory({ kind: 'list', limit: 100 }, deps);

describe('remembering pages as they are read', () => {
  it('keeps each quote with its sentence, speaker, outlet, stated date and conflict', async () => {
    const now = new Date('2024-03-05T10:00:00Z');
    expect(await memory.rememberPage(report('https://news.example/a/1?utm_source=x#top', [quote('لا نرى أي تقدم في المفاوضات')]), tab, now)).toBe('remembered');
    const state = await list();
    expect(state).toMatchObject({ totalPages: 1, totalStatements: 1, pages: [{ url: 'https://news.example/a/1', outlet: 'وكالة المثال', date: '2024-03-02', dateSource: 'json-ld' }] });
    const exported = JSON.parse((await memory.handleMemory({ kind: 'export' }, deps)).file!);
    expect(exported.pages[0].statements[0]).toMatchObject({ context: expect.stringContaining('بحسب الوكالة'), speaker: PESKOV, kind: 'direct' });
    expect(exported.pages[0].conflict).toBe('russia-ukraine');
  });

  it('marks the visit day when the page states no date, and uses the host when it names no outlet', async () => {
    const r = report('https://www.site.example/x', [quote('الوضع خطير جدا في المنطقة')], { date: null, source: 'visit' });
    r.page!.outlet = '';
    await memory.rememberPage(r, tab, new Date('2024-05-01T12:00:00Z'));
    expect((await list()).pages[0]).toMatchObject({ dateSource: 'visit', outlet: 'site.example' });
  });

  it('a revisit updates the page instead of adding it twice', async () => {
    await memory.rememberPage(report('https://news.example/a/2', [quote('العبارة الأولى عن الحرب')]), tab);
    await memory.rememberPage(report('https://news.example/a/2#comments', [quote('العبارة الأولى عن الحرب'), quote('عبارة ثانية أضيفت لاحقا')]), tab);
    expect(await list()).toMatchObject({ totalPages: 1, totalStatements: 2 });
  });

  it('keeps nothing when remembering is off, the site is off, the window is private, or quotes are teasers', async () => {
    const r = report('https://blocked.example/a', [quote('تصريح لا يجب حفظه أبدا')]);
    expect(await memory.rememberPage(r, { ...tab, incognito: true })).toBe('skipped');
    sync.set('settings', { enabled: true, disabledSites: ['blocked.example'] });
    expect(await memory.rememberPage(r, tab)).toBe('skipped');
    sync.set('settings', { enabled: true, disabledSites: [], remember: false });
    expect(await memory.rememberPage(r, tab)).toBe('skipped');
    sync.set('settings', { enabled: true, disabledSites: [] });
    expect(await memory.rememberPage(report('https://news.example/t', [{ ...quote('عنوان خبر آخر في قائمة اقرأ أيضا'), context: null }]), tab)).toBe('skipped');
    expect((await list()).totalPages).toBe(0);
  });
});

describe('forgetting, undo, storage full, damaged pages', () => {
  beforeEach(async () => {
    await memory.rememberPage(report('https://one.example/a', [quote('تصريح من الموقع الأول')]), tab);
    await memory.rememberPage(report('https://one.example/b', [quote('تصريح آخر من الموقع الأول')]), tab);
    await memory.rememberPage(report('https://two.example/c', [quote('تصريح من الموقع الثاني')]), tab);
  });

  it('forgets a page, a site or everything, and undo puts them back', async () => {
    expect(await memory.handleMemory({ kind: 'forget-page', url: 'https://two.example/c' }, deps)).toMatchObject({ ok: true, totalPages: 2, undoable: 1 });
    expect(await memory.handleMemory({ kind: 'undo' }, deps)).toMatchObject({ ok: true, totalPages: 3, undoable: 0 });
    expect(await memory.handleMemory({ kind: 'forget-site', host: 'www.one.example' }, deps)).toMatchObject({ totalPages: 1 });
    expect(await memory.handleMemory({ kind: 'forget-all' }, deps)).toMatchObject({ totalPages: 0, undoable: 1 });
    expect([...local.keys()].filter((k) => k.startsWith('memory:page:'))).toEqual([]);
    expect(await memory.handleMemory({ kind: 'undo' }, deps)).toMatchObject({ totalPages: 1 });
  });

  it('storage full: a clear message, nothing stored or indexed changes', async () => {
    const before = clone(Object.fromEntries(local));
    quotaBytes = bytes() + 10;
    expect(await memory.rememberPage(report('https://three.example/d', [quote('تصريح لن يجد مكانا')]), tab)).toBe('failed');
    expect(Object.fromEntries(local)).toEqual(before);
    const state = await list();
    expect(state.totalPages).toBe(3);
    expect(state.message).toMatch(/storage for Sada is full/);
    const imported = await memory.handleMemory({ kind: 'import-pages', pages: [JSON.parse(JSON.stringify({ ...state, url: 'x' }))], dryRun: false }, deps);
    expect(imported.ok).toBe(false);
  });

  it('a damaged stored page is set aside; the others stay searchable; it can be removed', async () => {
    local.set('memory:page:https://bad.example/x', { url: 'https://bad.example/x', statements: 'broken' });
    vi.resetModules();
    memory = await import('../../src/background/memory');
    expect(await list()).toMatchObject({ ok: true, totalPages: 3, damaged: 1 });
    expect((await memory.memorySegments()).reduce((n, s) => n + s.size, 0)).toBe(3);
    expect(await memory.handleMemory({ kind: 'drop-damaged' }, deps)).toMatchObject({ damaged: 0 });
    expect(local.has('memory:page:https://bad.example/x')).toBe(false);
  });
});

describe('import, export, migration, writes sent together', () => {
  it('export → forget everything → import gives the same memory; an import merges, never replaces', async () => {
    await memory.rememberPage(report('https://news.example/1', [quote('الجملة الأولى للتجربة'), quote('الجملة الثانية للتجربة')]), tab);
    await memory.rememberPage(report('https://news.example/2', [quote('الجملة الثالثة للتجربة')]), tab);
    const file = JSON.parse((await memory.handleMemory({ kind: 'export' }, deps)).file!);
    await memory.handleMemory({ kind: 'forget-all' }, deps);
    const plan = await memory.handleMemory({ kind: 'import-pages', pages: file.pages, dryRun: true }, deps);
    expect(plan).toMatchObject({ totalPages: 0, plan: { added: 2, newStatements: 3 } });
    await memory.handleMemory({ kind: 'import-pages', pages: file.pages, dryRun: false }, deps);
    expect(JSON.parse((await memory.handleMemory({ kind: 'export' }, deps)).file!).pages).toEqual(file.pages);
    // A file holding one of these pages with a single statement adds nothing and removes nothing.
    const shrunk = { ...file.pages[0], statements: file.pages[0].statements.slice(0, 1) };
    expect(await memory.handleMemory({ kind: 'import-pages', pages: [shrunk], dryRun: false }, deps)).toMatchObject({ totalStatements: 3, plan: { unchanged: 1 } });
  });

  it('refuses a hostile page whole, changing nothing', async () => {
    const hostile = { url: 'https://e.example/', title: '<img src=x onerror="alert(1)">', date: '2024-01-01', dateSource: 'meta', savedAt: '2024-01-01T00:00:00Z', outlet: null, conflict: null, statements: [] };
    expect(await memory.handleMemory({ kind: 'import-pages', pages: [hostile], dryRun: false }, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/markup or script/), totalPages: 0 });
  });

  it('ten imports and a page read, sent together, all land', async () => {
    const page = (i: number) => ({ url: `https://bulk.example/${i}`, title: `صفحة ${i}`, date: '2024-01-01', dateSource: 'meta', savedAt: '2024-01-01T00:00:00Z', outlet: 'مثال', conflict: 'gaza', statements: [{ kind: 'direct', context: `قال إن الرقم ${i} مهم`, quoteStart: 4, quoteEnd: 18, speaker: null }] });
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => memory.handleMemory({ kind: 'import-pages', pages: [page(i)], dryRun: false }, deps)),
      memory.rememberPage(report('https://news.example/live', [quote('تصريح جاء مع الاستيرادات')]), tab),
    ]);
    expect(await list()).toMatchObject({ totalPages: 11, totalStatements: 11 });
  });

  it('migrates the version 1 saved pages (a damaged one set aside, the sound ones kept)', async () => {
    const legacyPage = { url: 'https://old.example/1', title: 'قديم', date: '2023-09-20', savedAt: '2023-09-21T10:00:00.000Z', outlet: 'old.example', conflict: 'karabakh', statements: [{ kind: 'direct', context: 'لا أساس للحديث عن تطهير', quoteStart: 0, quoteEnd: 'لا أساس للحديث عن تطهير'.length, speaker: PESKOV }] };
    local.set('userCorpus', { format: 'sada-user-corpus', version: 1, pages: [legacyPage, { url: 42 }] });
    expect(await list()).toMatchObject({ totalPages: 1, damaged: 1, pages: [{ url: 'https://old.example/1', dateSource: 'meta' }] });
    expect(local.has('userCorpus')).toBe(false);
    expect(local.get('memory:meta')).toEqual({ version: 2 });
    // Read again after a restart: the same.
    vi.resetModules();
    memory = await import('../../src/background/memory');
    expect(await list()).toMatchObject({ totalPages: 1, totalStatements: 1, damaged: 1 });
  });
});

describe('corpus packs', () => {
  const pack = buildCorpus([statement('نرحب بكل جهود السلام', { speaker: PESKOV, date: '2022-01-05', source: 'https://x.example/1' }), statement('لن نقبل بهذا', { date: '2023-06-01' })]);

  it('imports a pack built by the CLI, lists it with its size and dates, removes it', async () => {
    const added = await memory.handleMemory({ kind: 'pack-import', name: 'أرشيف', file: JSON.stringify(pack) }, deps);
    expect(added).toMatchObject({ ok: true, packs: [{ name: 'أرشيف', statements: 2, from: '2022-01-05', to: '2023-06-01' }] });
    const removed = await memory.handleMemory({ kind: 'pack-remove', id: added.packs[0]!.id }, deps);
    expect(removed).toMatchObject({ ok: true, packs: [] });
  });

  it('refuses bad or hostile packs with a clear message, changing nothing', async () => {
    await list(); // the first read stamps the schema version
    const writes = setCalls;
    const cases: Array<[string, RegExp]> = [
      ['not json', /not valid JSON/],
      [JSON.stringify({ format: 'other' }), /not a Sada corpus pack/],
      [JSON.stringify({ ...pack, context: [`${pack.context[0]} <script>alert(1)</script>`, pack.context[1]] }), /markup or script/],
      [JSON.stringify({ ...pack, speaker: [7, -1] }), /outside the dictionaries/],
      [JSON.stringify({ ...pack, postings: pack.postings.map(() => '////') }), /damaged|points at/],
    ];
    for (const [file, error] of cases) {
      expect(await memory.handleMemory({ kind: 'pack-import', name: 'x', file }, deps), file.slice(0, 60)).toMatchObject({ ok: false, error: expect.stringMatching(error), packs: [] });
    }
    expect(setCalls).toBe(writes);
  });
});

describe('a page reported again and again', () => {
  it('writes once', async () => {
    const r = report('https://news.example/storm', [quote('تصريح يتكرر مع كل حدث')]);
    await memory.rememberPage(r, tab);
    const writes = setCalls;
    for (let i = 0; i < 50; i++) await memory.rememberPage(r, tab);
    expect(setCalls).toBe(writes);
    expect((await list()).totalPages).toBe(1);
  });
});
