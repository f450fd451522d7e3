import { describe, expect, it } from 'vitest';
import { buildCorpus, statementsFromArticle, sentenceAround } from '../../src/core/corpus/build';
import { CorpusFormatError, loadCorpus } from '../../src/core/corpus/segment';
import type { Analysis } from '../../src/core/types';
import { PESKOV, ZAKHAROVA, corpusOf, statement } from './helpers';

const quotes = [
  statement('نحن مقتنعون بأنه يجب ضمان جميع حقوق وأمن السكان الأرمن في قره باغ', { speaker: PESKOV, date: '2023-09-20' }),
  statement('ندعو الطرفين المتنازعين إلى وقف إراقة الدماء فورا', { speaker: ZAKHAROVA, date: '2023-09-19' }),
  statement('المفاوضات مع باكو مستمرة رغم التصعيد', { speaker: PESKOV, date: '2022-05-01', conflict: 'karabakh' }),
  statement('لا مفاوضات مع كييف في الوقت الحالي', { speaker: PESKOV, date: '2024-01-10', conflict: 'russia-ukraine' }),
  statement('الوضع الإنساني في غزة كارثي', { speaker: { id: 'antonio-guterres', name: 'غوتيريش' }, conflict: 'gaza', date: '2023-11-01' }),
];

describe('search', () => {
  const corpus = corpusOf(quotes);

  it('finds a statement through clitics, article and plural endings', () => {
    const hits = corpus.search('مفاوضة باكو ', {});
    expect(hits[0]!.statement.context).toContain('المفاوضات مع باكو');
    const byClitic = corpus.search('والسكان ');
    expect(byClitic[0]!.statement.context).toContain('السكان الأرمن');
  });

  it('lists the matched words as printed, with spans into the context', () => {
    const [hit] = corpus.search('حقوق الأرمن ');
    expect(hit!.matchedWords).toEqual(expect.arrayContaining(['حقوق', 'الأرمن']));
    for (const m of hit!.matches) expect(hit!.matchedWords).toContain(hit!.statement.context.slice(m.start, m.end));
  });

  it('ranks statements matching all words above those matching one', () => {
    const hits = corpus.search('مفاوضات كييف ');
    expect(hits.length).toBe(2);
    expect(hits[0]!.statement.context).toContain('كييف');
  });

  it('ranks by BM25: a rare word outweighs a common one', () => {
    // "الطرفين" is in one statement, "قره" in one, "في" is a stopword
    const docs = [
      statement('الحرب في قره باغ انتهت'),
      statement('الحرب الحرب مستمرة'),
      statement('الحرب في أوكرانيا مستمرة'),
    ];
    const c = corpusOf(docs);
    const hits = c.search('الحرب باغ ');
    expect(hits[0]!.statement.context).toContain('قره باغ');
    expect(hits.length).toBe(3);
  });

  it('completes the word being typed (prefix of the last word)', () => {
    expect(corpus.search('المتناز').map((h) => h.statement.context)).toEqual([expect.stringContaining('المتنازعين')]);
    // as a finished word, a prefix matches nothing
    expect(corpus.search('المتناز ')).toEqual([]);
    // "غز" completes to غزة
    expect(corpus.search('غز')[0]!.statement.context).toContain('غزة');
  });

  it('filters by speaker, conflict and date range', () => {
    expect(corpus.search('مفاوضات ', { conflict: 'russia-ukraine' }).map((h) => h.statement.conflict)).toEqual(['russia-ukraine']);
    expect(corpus.search('مفاوضات ', { speaker: ZAKHAROVA.id })).toEqual([]);
    const dated = corpus.search('مفاوضات ', { from: '2023-01-01', to: '2024-12-31' });
    expect(dated.map((h) => h.statement.date)).toEqual(['2024-01-10']);
  });

  it('browses by filter alone, newest first', () => {
    const bySpeaker = corpus.search('', { speaker: PESKOV.id });
    expect(bySpeaker.map((h) => h.statement.date)).toEqual(['2024-01-10', '2023-09-20', '2022-05-01']);
    expect(corpus.search('', {})).toEqual([]);
  });

  it('folds the same statement from several outlets into one result with its sources', () => {
    const words = 'نحن مقتنعون بأنه يجب ضمان جميع حقوق وأمن السكان الأرمن في قره باغ';
    const c = corpusOf([
      statement(words, { speaker: PESKOV, outlet: 'RT Arabic', source: 'https://rt.example/1' }),
      statement(`${words}.`, { speaker: PESKOV, outlet: 'Sputnik', source: 'https://sputnik.example/2' }, 'وأكد بيسكوف: «', '»'),
      statement('نحن نراقب الوضع بعناية شديدة', { speaker: PESKOV, outlet: 'Sputnik', source: 'https://sputnik.example/2' }),
    ]);
    const hits = c.search('حقوق السكان ');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.sources.map((s) => s.outlet)).toEqual(['RT Arabic', 'Sputnik']);
  });

  it('searches the bundled and the user corpus together, with shared statistics', () => {
    const c = corpusOf(quotes, [statement('سنواصل المفاوضات في جنيف', { source: 'https://example.org/x' })]);
    const hits = c.search('جنيف');
    expect(hits[0]!.origin).toBe('user');
    expect(c.search('مفاوضات ').length).toBe(3);
  });

  it('survives an empty corpus and punctuation-only queries', () => {
    const empty = corpusOf([]);
    expect(empty.search('غزة')).toEqual([]);
    expect(corpus.search('«»!؟')).toEqual([]);
  });
});

describe('building', () => {
  it('keeps the sentence around a quote and the quote inside it', () => {
    const text = 'خبر أول. وقال بيسكوف: "لا أساس للحديث عن تطهير عرقي". خبر آخر.';
    const q0 = text.indexOf('لا أساس');
    const q1 = text.indexOf('عرقي') + 'عرقي'.length;
    const analysis: Analysis = {
      language: 'ar',
      conflicts: [{ id: 'karabakh', score: 0.9 }],
      actors: [],
      quotes: [{ start: q0, end: q1, kind: 'direct', speaker: { id: 'dmitry-peskov', name: 'بيسكوف', start: 14, end: 20 } }],
    };
    const [st] = statementsFromArticle(text, analysis, { file: 'x.txt', outlet: 'RT Arabic', date: '2023-09-20' });
    expect(st!.context).toBe('وقال بيسكوف: "لا أساس للحديث عن تطهير عرقي".');
    expect(st!.context.slice(st!.quoteStart, st!.quoteEnd)).toBe('لا أساس للحديث عن تطهير عرقي');
    expect(st).toMatchObject({ source: 'x.txt', conflict: 'karabakh', outlet: 'RT Arabic', speaker: { id: 'dmitry-peskov' } });
    expect(sentenceAround('abc', 0, 3)).toEqual({ start: 0, end: 3 });
  });

  it('round-trips every statement field through the index file', () => {
    const original = quotes[0]!;
    const loaded = loadCorpus(JSON.parse(JSON.stringify(buildCorpus([original]))));
    expect(loaded.statement(0)).toEqual(original);
  });

  it('refuses index files of another format or version', () => {
    expect(() => loadCorpus({ format: 'other' })).toThrow(CorpusFormatError);
    expect(() => loadCorpus({ ...buildCorpus([]), version: 99 })).toThrow(/version/);
    expect(() => loadCorpus({ ...buildCorpus(quotes), context: [] })).toThrow(/malformed/);
  });
});
