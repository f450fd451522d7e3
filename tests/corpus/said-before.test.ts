// "Said before": the speaker's statements closest to a quote; and the corpus
// builder leaving out quotes of "read also" lists.
import { describe, expect, it } from 'vitest';
import { statementsFromArticle } from '../../src/core/corpus/build';
import { saidBefore } from '../../src/core/corpus/related';
import type { Analysis } from '../../src/core/types';
import { PESKOV, ZAKHAROVA, corpusOf, statement } from './helpers';

describe('saidBefore', () => {
  const corpus = corpusOf([
    statement('العقوبات الغربية لن تغير موقف موسكو من المفاوضات', { speaker: PESKOV, source: 'https://a.example/1', date: '2024-01-01' }),
    statement('الرئيس بوتين سيزور الصين في مايو', { speaker: PESKOV, source: 'https://a.example/2', date: '2024-04-01' }),
    statement('المفاوضات ممكنة إذا رفعت العقوبات', { speaker: PESKOV, source: 'https://b.example/3', date: '2024-02-01' }),
    statement('العقوبات الغربية غير قانونية والمفاوضات متوقفة', { speaker: ZAKHAROVA, source: 'https://c.example/4', date: '2024-03-01' }),
  ]);

  it('ranks the same speaker by closeness in wording, never another speaker, and leaves out this page', () => {
    const hits = saidBefore(corpus, 'dmitry-peskov', 'لن تؤثر العقوبات على موقفنا في المفاوضات', { excludeSource: 'https://b.example/3' });
    expect(hits.map((h) => h.statement.source)).toEqual(['https://a.example/1']);
    expect(saidBefore(corpus, 'dmitry-peskov', 'العقوبات والمفاوضات').every((h) => h.statement.speaker?.id === 'dmitry-peskov')).toBe(true);
    expect(saidBefore(corpus, 'nobody-here', 'العقوبات')).toEqual([]);
  });
});

describe('the corpus builder and "read also" lists', () => {
  it('keeps the article\'s quotes and leaves out those of a teaser list after it', () => {
    const body = 'أعلن وزير الدفاع أن "القوات ستنسحب من المنطقة العازلة خلال أسبوع"، مؤكدا التزام بلاده بالاتفاق الموقع مع الجانب الآخر في العاصمة.';
    const teaser = 'الخارجية: "لن نقبل بأي تدخل أجنبي في شؤوننا"';
    const text = `${body}\n\nاقرأ أيضاً\n\n• ${teaser}\n• وزير المالية يعلن موازنة جديدة`;
    const at = (s: string, inner: string) => ({ start: text.indexOf(inner, text.indexOf(s)), end: text.indexOf(inner, text.indexOf(s)) + inner.length });
    const analysis: Analysis = {
      language: 'ar',
      conflicts: [{ id: 'syria', score: 1 }],
      actors: [],
      quotes: [
        { ...at(body, 'القوات ستنسحب من المنطقة العازلة خلال أسبوع'), kind: 'direct', speaker: null },
        { ...at(teaser, 'لن نقبل بأي تدخل أجنبي في شؤوننا'), kind: 'direct', speaker: null },
      ],
    };
    const kept = statementsFromArticle(text, analysis, { file: 'x.txt' });
    expect(kept.map((s) => s.context.slice(s.quoteStart, s.quoteEnd))).toEqual(['القوات ستنسحب من المنطقة العازلة خلال أسبوع']);
  });
});
