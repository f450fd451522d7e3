import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  exportUserCorpus,
  mergeUserCorpus,
  parseUserCorpusFile,
  userStatements,
  validateUserCorpus,
  type UserCorpus,
} from '../../src/core/corpus/user-schema';

const good = (): UserCorpus => ({
  format: 'sada-user-corpus',
  version: 1,
  pages: [
    {
      url: 'https://arabic.example.com/news/1',
      title: 'بيسكوف: لا أساس للحديث عن تطهير عرقي',
      date: '2023-09-20',
      savedAt: '2023-09-21T10:00:00.000Z',
      outlet: 'arabic.example.com',
      conflict: 'karabakh',
      statements: [{ kind: 'direct', context: 'لا أساس للحديث عن تطهير عرقي', quoteStart: 0, quoteEnd: 'لا أساس للحديث عن تطهير عرقي'.length, speaker: { id: 'dmitry-peskov', name: 'بيسكوف' } }],
    },
  ],
});

describe('import validation', () => {
  it('accepts its own export and round-trips it', () => {
    const file = exportUserCorpus(good());
    const parsed = parseUserCorpusFile(file);
    expect(parsed).toEqual({ ok: true, value: good() });
    expect(userStatements(good())[0]).toMatchObject({ source: 'https://arabic.example.com/news/1', date: '2023-09-20', conflict: 'karabakh' });
  });

  const refuse = (text: string, message: RegExp) => {
    const result = parseUserCorpusFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  };

  it('refuses what is not JSON or not a Sada corpus', () => {
    refuse('not json', /not valid JSON/);
    refuse('[]', /not a Sada corpus/);
    refuse(JSON.stringify({ ...good(), format: 'other' }), /not a Sada corpus/);
    refuse(JSON.stringify({ ...good(), version: 2 }), /unsupported version/);
    refuse(JSON.stringify({ ...good(), pages: {} }), /"pages" must be a list/);
  });

  it('refuses prototype-pollution keys at any depth', () => {
    refuse('{"__proto__":{"polluted":true},"format":"sada-user-corpus","version":1,"pages":[]}', /forbidden key "__proto__"/);
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
    const checked = validateUserCorpus(input);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value).not.toHaveProperty('extra');
      expect(checked.value.pages[0]).not.toBe((input as UserCorpus).pages[0]);
    }
  });

  it('merges imports by URL, imported pages replacing saved ones', () => {
    const base = good();
    const incoming = good();
    incoming.pages[0]!.title = 'new title';
    incoming.pages.push({ ...good().pages[0]!, url: 'https://e.com/2' });
    const merged = mergeUserCorpus(base, incoming);
    expect(merged.pages.map((p) => p.title)).toEqual(['new title', good().pages[0]!.title]);
  });
});
