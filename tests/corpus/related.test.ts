import { describe, expect, it } from 'vitest';
import { analysisOfQuotes, relatedStatements, statementsBySpeaker } from '../../src/core/corpus/related';
import type { Analysis } from '../../src/core/types';
import { PESKOV, ZAKHAROVA, corpusOf, statement } from './helpers';

const guterres = { id: 'antonio-guterres', name: 'غوتيريش' };
const corpus = corpusOf([
  statement('لا يوجد أساس للحديث عن تطهير عرقي في قره باغ', { speaker: PESKOV, date: '2023-09-20', source: 'https://rt.example/1', outlet: 'RT Arabic' }),
  statement('لا يوجد أساس للحديث عن تطهير عرقي في قره باغ', { speaker: PESKOV, date: '2023-09-20', source: 'https://sputnik.example/9', outlet: 'Sputnik' }, 'وأكد بيسكوف أن "', '"'),
  statement('روسيا تتابع الأوضاع هناك بانتباه شديد', { speaker: PESKOV, date: '2021-01-01', source: 'https://rt.example/2' }),
  statement('ندعو الطرفين المتنازعين إلى وقف إراقة الدماء فورا', { speaker: ZAKHAROVA, date: '2023-09-19', source: 'https://rt.example/3' }),
  statement('الأمم المتحدة قلقة من التصعيد في قره باغ', { speaker: guterres, date: '2023-09-21', source: 'https://un.example/4' }),
  statement('الوضع الإنساني في غزة كارثي', { speaker: guterres, date: '2023-11-01', conflict: 'gaza', source: 'https://un.example/5' }),
]);

function page(quotes: Array<[string, typeof PESKOV | null]>, conflict = 'karabakh'): { analysis: Analysis; text: string } {
  return analysisOfQuotes(
    quotes.map(([text, speaker]) => ({ text, kind: 'direct' as const, speaker })),
    [{ id: conflict as Analysis['conflicts'][number]['id'], score: 1 }],
  );
}

describe('related statements', () => {
  it("lists the page's speaker's statements first, closest words first, duplicates folded", () => {
    const { analysis, text } = page([['نحن لا نرى أساسا للحديث عن تطهير عرقي', PESKOV]]);
    const hits = relatedStatements(analysis, text, corpus);
    expect(hits[0]!.statement.speaker?.id).toBe('dmitry-peskov');
    expect(hits[0]!.statement.context).toContain('تطهير عرقي');
    expect(hits[0]!.sources.map((s) => s.outlet)).toEqual(['RT Arabic', 'Sputnik']);
    // Peskov's other statement before other speakers on the conflict
    expect(hits[1]!.statement.context).toContain('بانتباه شديد');
    // other speakers on the same conflict follow; another conflict never appears
    expect(hits.map((h) => h.statement.conflict)).not.toContain('gaza');
    expect(hits.map((h) => h.statement.speaker?.id)).toEqual(expect.arrayContaining(['maria-zakharova', 'antonio-guterres']));
  });

  it('prefers newer statements when closeness is equal', () => {
    const { analysis, text } = page([['كلام لا يشبه شيئا', null]]);
    const hits = relatedStatements(analysis, text, corpus);
    const dates = hits.map((h) => h.statement.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("leaves out the page's own statements", () => {
    const { analysis, text } = page([['لا يوجد أساس للحديث عن تطهير عرقي', PESKOV]]);
    const hits = relatedStatements(analysis, text, corpus, { excludeSource: 'https://rt.example/1' });
    expect(hits.flatMap((h) => h.sources.map((s) => s.source))).not.toContain('https://rt.example/1');
    expect(hits[0]!.sources.map((s) => s.source)).toEqual(['https://sputnik.example/9']);
  });

  it('returns nothing for a page without speakers or conflicts', () => {
    const empty: Analysis = { language: 'ar', conflicts: [], actors: [], quotes: [] };
    expect(relatedStatements(empty, '', corpus)).toEqual([]);
  });

  it("gives a speaker's earlier statements newest first", () => {
    expect(statementsBySpeaker(corpus, 'dmitry-peskov').map((h) => h.statement.date)).toEqual(['2023-09-20', '2021-01-01']);
    expect(statementsBySpeaker(corpus, 'nobody')).toEqual([]);
  });
});
