// The memory's chunks merge log-structured (alike sizes merge), so a search
// visits O(log n) segments; merging never changes what a search finds.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/corpus/build';
import { CHUNK_STATEMENTS, MemoryIndex } from '../../src/core/corpus/memory-index';
import { pageStatements, type MemoryPage } from '../../src/core/corpus/memory-schema';
import { Corpus } from '../../src/core/corpus/search';
import { CorpusSegment } from '../../src/core/corpus/segment';

const SPEAKERS = [
  { id: 'abdel-fattah-al-burhan', name: 'البرهان' },
  { id: 'volodymyr-zelensky', name: 'زيلينسكي' },
];
const VERBS = ['سيواصل', 'يرفض', 'يدعو إلى', 'يحذر من', 'يطالب ب'];
const THINGS = ['وقف إطلاق النار', 'المفاوضات', 'الهدنة الإنسانية', 'فتح المعابر', 'تبادل الأسرى', 'الانسحاب من المدينة'];
const PER_PAGE = 25;

function page(n: number): MemoryPage {
  const statements = Array.from({ length: PER_PAGE }, (_, i) => {
    const k = n * PER_PAGE + i;
    const words = `الجيش ${VERBS[k % VERBS.length]} ${THINGS[(k * 7) % THINGS.length]} في المنطقة ${k % 97}`;
    return { kind: 'direct' as const, context: `وقال المتحدث: "${words}".`, quoteStart: 15, quoteEnd: 15 + words.length, speaker: SPEAKERS[k % 2]! };
  });
  return { url: `https://site${n % 4}.example/a/${n}`, title: `خبر ${n}`, date: `2024-0${1 + (n % 9)}-1${n % 10}`, dateSource: 'meta', savedAt: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(), outlet: `منفذ ${n % 3}`, conflict: 'sudan', statements };
}

const QUERIES = ['وقف إطلاق النار', 'المفاوضات', 'الهدنة', 'تبادل الأسرى المنطقة 5', 'يحذر', 'الانسحاب من المدينة'];
const found = (corpus: Corpus, q: string) => corpus.search(q, {}, { limit: 1000 }).map((r) => [r.statement.context, r.statement.source]).sort();

describe('merging the memory\'s chunks', () => {
  const pageCount = Math.ceil((CHUNK_STATEMENTS * 8) / PER_PAGE) + 3;
  const pages = Array.from({ length: pageCount }, (_, n) => page(n));
  const index = new MemoryIndex();
  for (const p of pages) index.put(p);

  it('keeps O(log n) segments, the biggest first', () => {
    const sizes = index.segments().map((s) => s.size);
    expect(sizes.length).toBeLessThanOrEqual(Math.ceil(Math.log2(pageCount * PER_PAGE / CHUNK_STATEMENTS)) + 2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(pageCount * PER_PAGE);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
  });

  it('a search over merged segments finds what one over a single whole index finds', () => {
    const whole = new Corpus([new CorpusSegment(buildCorpus(pages.flatMap(pageStatements)), 'user')]);
    const merged = new Corpus(index.segments());
    for (const q of QUERIES) {
      const expected = found(whole, q);
      expect(expected.length).toBeGreaterThan(0);
      expect(found(merged, q)).toEqual(expected);
    }
  });

  it('a search over merged segments equals one over the unmerged chunks', () => {
    const unmerged: CorpusSegment[] = [];
    const perChunk = CHUNK_STATEMENTS / PER_PAGE;
    for (let i = 0; i < pages.length; i += perChunk) unmerged.push(new CorpusSegment(buildCorpus(pages.slice(i, i + perChunk).flatMap(pageStatements)), 'user'));
    expect(unmerged.length).toBeGreaterThan(index.segments().length);
    for (const q of QUERIES) expect(found(new Corpus(index.segments()), q)).toEqual(found(new Corpus(unmerged), q));
  });

  it('forgetting a page after merges removes it from search; a restart keeps the merged chunks', () => {
    const copy = new MemoryIndex();
    for (const p of pages) copy.put(p);
    copy.segments();
    const { write } = copy.pendingWrites();
    expect(write.length).toBeGreaterThan(0);
    const restarted = new MemoryIndex();
    restarted.restore(pages, JSON.parse(JSON.stringify(write)));
    for (const q of QUERIES) expect(found(new Corpus(restarted.segments()), q)).toEqual(found(new Corpus(copy.segments()), q));
    const gone = pages[3]!;
    restarted.remove(gone.url);
    const after = found(new Corpus(restarted.segments()), 'المفاوضات');
    expect(after.some(([, source]) => source === gone.url)).toBe(false);
    expect(after.length).toBeGreaterThan(0);
  });
});
