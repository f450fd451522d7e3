// A search view over the memory's reused segments (sealed chunks kept as the
// same objects, shared score accumulators) answers exactly as one built from
// scratch over the same pages, after adds and forgets.
import { describe, expect, it } from 'vitest';
import { analysisOfQuotes, relatedStatements } from '../../src/core/corpus/related';
import { MemoryIndex } from '../../src/core/corpus/memory-index';
import type { MemoryPage } from '../../src/core/corpus/memory-schema';
import { Corpus } from '../../src/core/corpus/search';

const SPEAKERS = [
  { id: 'abdel-fattah-al-burhan', name: 'البرهان' },
  { id: 'mohamed-hamdan-dagalo', name: 'حميدتي' },
];
const WORDS = ['الهدنة', 'المعابر', 'الإغاثة', 'الخرطوم', 'المفاوضات', 'الانسحاب', 'القصف', 'النازحين', 'الحدود', 'الجسر', 'المطار', 'الوقود'];

function page(n: number): MemoryPage {
  const statements = Array.from({ length: 12 }, (_, i) => {
    const w = (k: number) => WORDS[(n * 7 + i * 3 + k) % WORDS.length]!;
    const quote = `لن نقبل ${w(0)} قبل ${w(1)} وسنتحدث عن ${w(2)} رقم ${n}-${i}`;
    const context = `وقال المتحدث: "${quote}".`;
    const start = context.indexOf(quote);
    return { kind: 'direct' as const, context, quoteStart: start, quoteEnd: start + quote.length, speaker: SPEAKERS[(n + i) % 2]! };
  });
  return {
    url: `https://site${n % 4}.example/news/${n}`,
    title: `خبر ${n}`,
    date: `2023-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    dateSource: 'meta',
    savedAt: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(),
    outlet: `منفذ ${n % 3}`,
    conflict: 'sudan',
    statements,
  };
}

const QUERIES = ['الهدنة المعابر', 'الخرطوم', 'المفاوضات الانس', 'القصف النازحين الحدود', 'الوق'];

function answers(corpus: Corpus, probe: MemoryPage) {
  const quotes = probe.statements.map((s) => ({ text: s.context.slice(s.quoteStart, s.quoteEnd), kind: s.kind, speaker: s.speaker }));
  const { analysis, text } = analysisOfQuotes(quotes, [{ id: 'sudan', score: 1 }]);
  const strip = (hits: ReturnType<Corpus['search']>) => hits.map((h) => ({ context: h.statement.context, score: h.score, sources: h.sources.length }));
  return {
    search: QUERIES.map((q) => strip(corpus.search(q, {}, { limit: 10 }))),
    filtered: strip(corpus.search('الهدنة', { speaker: SPEAKERS[1]!.id }, { limit: 10 })),
    related: strip(relatedStatements(analysis, text, corpus, { limit: 10, excludeSource: probe.url })),
  };
}

describe('a search view over reused segments', () => {
  it('answers as a fresh one after adds and forgets', () => {
    const live = new MemoryIndex();
    const kept = new Map<string, MemoryPage>();
    const views: Corpus[] = [];
    for (let n = 0; n < 260; n++) {
      const p = page(n);
      live.put(p);
      kept.set(p.url, p);
      if (n % 9 === 4) {
        const gone = page(n - 3).url;
        live.remove(gone);
        kept.delete(gone);
      }
      if (n % 50 === 49) views.push(new Corpus(live.segments())); // older views stay alive and keep sharing accumulators
    }
    const fresh = new MemoryIndex();
    for (const p of kept.values()) fresh.put(p);
    const reused = new Corpus(live.segments());
    expect(reused.size).toBe(fresh.size);
    expect(reused.segments.length).toBeGreaterThan(1);
    for (const probe of [page(300), page(301)]) {
      const want = answers(new Corpus(fresh.segments()), probe);
      expect(want.search.flat().length).toBeGreaterThan(10);
      expect(want.related.length).toBe(10);
      // Searching an older view in between must not disturb the newer one.
      views[0]!.search('الهدنة');
      expect(answers(reused, probe)).toEqual(want);
      expect(answers(reused, probe)).toEqual(want);
    }
  });

  it('a visit that searches, or throws, leaves the shared accumulators clean', () => {
    const index = new MemoryIndex();
    for (let n = 0; n < 40; n++) index.put(page(n));
    const corpus = new Corpus(index.segments());
    const before = corpus.search('الهدنة المعابر', {}, { limit: 10 });
    const words = corpus.parseQuery('الخرطوم', false);
    const nested: number[] = [];
    corpus.score(words, () => nested.push(corpus.search('الهدنة المعابر', {}, { limit: 10 }).length));
    expect(nested.length).toBeGreaterThan(0);
    expect(() => corpus.score(words, () => { throw new Error('visit failed'); })).toThrow('visit failed');
    expect(corpus.search('الهدنة المعابر', {}, { limit: 10 })).toEqual(before);
  });
});
