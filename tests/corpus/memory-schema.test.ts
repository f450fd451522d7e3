import { describe, expect, it } from 'vitest';
import { mergePage, planImport } from '../../src/core/corpus/memory-merge';
import {
  LIMITS,
  exportMemoryFile,
  pageStatements,
  parseMemoryFile,
  validateMemoryFile,
  validatePage,
  type MemoryFile,
} from '../../src/core/corpus/memory-schema';

const good = (): MemoryFile => ({
  format: 'sada-memory',
  version: 2,
  pages: [
    {
      url: 'https://arabic.example.com/news/1',
      title: 'بيسكوف: لا أساس للحديث عن تطهير عرقي',
      date: '2023-09-20',
      dateSource: 'json-ld',
      savedAt: '2023-09-21T10:00:00.000Z',
      outlet: 'arabic.example.com',
      conflict: 'karabakh',
      statements: [{ kind: 'direct', context: 'لا أساس للحديث عن تطهير عرقي', quoteStart: 0, quoteEnd: 'لا أساس للحديث عن تطهير عرقي'.length, speaker: { id: 'dmitry-peskov', name: 'بيسكوف' } }],
    },
  ],
});

describe('import validation', () => {
  it('accepts its own export and round-trips it', () => {
    const file = exportMemoryFile(good().pages);
    const parsed = parseMemoryFile(file);
    expect(parsed).toEqual({ ok: true, value: good() });
    expect(pageStatements(good().pages[0]!)[0]).toMatchObject({ source: 'https://arabic.example.com/news/1', date: '2023-09-20', conflict: 'karabakh' });
  });

  const refuse = (text: string, message: RegExp) => {
    const result = parseMemoryFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  };

  it('refuses what is not JSON or not a Sada corpus', () => {
    refuse('not json', /not valid JSON/);
    refuse('[]', /not a Sada memory file/);
    refuse(JSON.stringify({ ...good(), format: 'other' }), /not a Sada memory file/);
    refuse(JSON.stringify({ ...good(), version: 3 }), /unsupported version/);
    refuse(JSON.stringify({ ...good(), pages: {} }), /"pages" must be a list/);
  });

  it('refuses prototype-pollution keys at any depth', () => {
    refuse('{"__proto__":{"polluted":true},"format":"sada-memory","version":2,"pages":[]}', /forbidden key "__proto__"/);
    const nested = JSON.stringify(good()).replace('"kind":"direct"', '"kind":"direct","constructor":{"prototype":{"x":1}}');
    refuse(nested, /forbidden key "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses script and markup in any text, and non-http URLs', () => {
    const withScript = good();
    withScript.pages[0]!.statements[0]!.context = 'قال <script>alert(1)</script>';
    withScript.pages[0]!.statements[0]!.quoteEnd = 10;
    refuse(JSON.stringify(withScript), /markup or script/);
    const withHandler = good();
    withHandler.pages[0]!.title = '<img src=x onerror="alert(1)">';
    refuse(JSON.stringify(withHandler), /markup or script/);
    const jsUrl = good();
    jsUrl.pages[0]!.url = 'javascript:alert(1)';
    refuse(JSON.stringify(jsUrl), /markup or script|http/);
    const fileUrl = good();
    fileUrl.pages[0]!.url = 'file:///etc/passwd';
    refuse(JSON.stringify(fileUrl), /http\(s\)/);
  });

  it('refuses huge files and oversized fields before doing anything', () => {
    refuse(' '.repeat(LIMITS.fileChars + 1), /too large/);
    const long = good();
    long.pages[0]!.statements[0]!.context = 'ا'.repeat(LIMITS.contextChars + 1);
    refuse(JSON.stringify(long), /too long/);
    const many = good();
    many.pages = Array.from({ length: LIMITS.pages + 1 }, (_, i) => ({ ...good().pages[0]!, url: `https://e.com/${i}` }));
    refuse(JSON.stringify(many), /too many pages/);
  });

  it('refuses inconsistent statements, unknown conflicts and duplicate pages', () => {
    const badSpan = good();
    badSpan.pages[0]!.statements[0]!.quoteEnd = 999;
    refuse(JSON.stringify(badSpan), /quoteStart\/quoteEnd/);
    const badConflict = good();
    badConflict.pages[0]!.conflict = 'atlantis';
    refuse(JSON.stringify(badConflict), /unknown conflict/);
    const twice = good();
    twice.pages.push(good().pages[0]!);
    refuse(JSON.stringify(twice), /appears twice/);
    const badDate = good();
    badDate.pages[0]!.date = 'yesterday';
    refuse(JSON.stringify(badDate), /YYYY-MM-DD/);
    const badSpeaker = good();
    badSpeaker.pages[0]!.statements[0]!.speaker = { id: 'Robert"); drop', name: 'x' };
    refuse(JSON.stringify(badSpeaker), /speaker id/);
  });

  it('keeps nothing of the input by reference and drops unknown fields', () => {
    const input = { ...good(), extra: 'ignored' } as unknown;
    const checked = validateMemoryFile(input);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value).not.toHaveProperty('extra');
      expect(checked.value.pages[0]).not.toBe((input as MemoryFile).pages[0]);
    }
  });

  it('reads version 1 (pages saved by hand) and marks its dates', () => {
    const legacy = { format: 'sada-user-corpus', version: 1, pages: good().pages.map(({ dateSource: _, ...p }) => p) };
    const sameDay = { ...legacy, pages: [{ ...legacy.pages[0]!, date: '2023-09-21' }] };
    const read = parseMemoryFile(JSON.stringify(legacy));
    expect(read.ok && read.value.pages[0]!.dateSource).toBe('meta');
    const visit = parseMemoryFile(JSON.stringify(sameDay));
    expect(visit.ok && visit.value.pages[0]!.dateSource).toBe('visit');
    expect(parseMemoryFile(JSON.stringify({ ...legacy, version: 2 })).ok).toBe(false);
  });

  it('validates one page on its own (a damaged page is set aside, not the memory)', () => {
    expect(validatePage(good().pages[0]).ok).toBe(true);
    expect(validatePage({ ...good().pages[0], dateSource: 'guess' })).toMatchObject({ ok: false, error: expect.stringMatching(/dateSource/) });
    expect(validatePage({ ...good().pages[0], statements: 'x' }).ok).toBe(false);
  });

  it('merges an import into a remembered page without losing its statements, and plans it first', () => {
    const base = good().pages[0]!;
    const more = { kind: 'indirect' as const, context: 'أكد أن روسيا تتابع الوضع بقلق', quoteStart: 4, quoteEnd: 29, speaker: null };
    const incoming = { ...base, title: 'عنوان جديد', statements: [more] };
    const merged = mergePage(base, incoming);
    expect(merged.statements).toEqual([...base.statements, more]);
    expect(merged.title).toBe('عنوان جديد');
    // A visit-day date never replaces a date the page stated.
    expect(mergePage(base, { ...incoming, date: '2026-01-01', dateSource: 'visit' }).date).toBe('2023-09-20');
    const plan = planImport((url) => (url === base.url ? base : undefined), [incoming, { ...base, url: 'https://e.com/2' }, base]);
    expect(plan).toEqual({ added: 1, extended: 1, unchanged: 1, newStatements: 2, overLimit: 0 });
  });

  it('counts what a full page cannot take', () => {
    const st = (i: number) => ({ kind: 'direct' as const, context: `قال إن العدد ${i} كبير`, quoteStart: 4, quoteEnd: 12, speaker: null });
    const full = { ...good().pages[0]!, statements: Array.from({ length: LIMITS.statementsPerPage }, (_, i) => st(i)) };
    const extra = { ...full, statements: [st(1000), st(1001)] };
    expect(planImport(() => full, [extra])).toMatchObject({ extended: 1, newStatements: 0, overLimit: 2 });
    expect(mergePage(full, extra).statements).toHaveLength(LIMITS.statementsPerPage);
  });
});
