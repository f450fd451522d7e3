// The memory's search index, kept up to date page by page. Pages live in
// chunks of about CHUNK_STATEMENTS statements; each chunk is one corpus
// segment. Adding or forgetting a page rebuilds only its chunk (the last,
// open one for a new page), never the whole index. Pure.
import { buildCorpus } from './build';
import { pageStatements, type MemoryPage } from './memory-schema';
import { CorpusSegment } from './segment';

/** Statements per chunk: small enough that rebuilding one is quick, big enough that search visits few. */
export const CHUNK_STATEMENTS = 1000;

interface Chunk {
  urls: Set<string>;
  statements: number;
  segment: CorpusSegment | null;
}

export class MemoryIndex {
  private readonly pages = new Map<string, { page: MemoryPage; chunk: Chunk }>();
  private chunks: Chunk[] = [];
  private statementCount = 0;

  get size(): number {
    return this.statementCount;
  }

  get pageCount(): number {
    return this.pages.size;
  }

  get(url: string): MemoryPage | undefined {
    return this.pages.get(url)?.page;
  }

  all(): MemoryPage[] {
    return [...this.pages.values()].map((e) => e.page);
  }

  /** Adds a page, or replaces the page with the same URL. */
  put(page: MemoryPage): void {
    this.remove(page.url);
    let open = this.chunks[this.chunks.length - 1];
    if (!open || open.statements >= CHUNK_STATEMENTS) this.chunks.push((open = { urls: new Set(), statements: 0, segment: null }));
    open.urls.add(page.url);
    open.statements += page.statements.length;
    open.segment = null;
    this.pages.set(page.url, { page, chunk: open });
    this.statementCount += page.statements.length;
  }

  /** Forgets a page; returns it, or undefined when it was not remembered. */
  remove(url: string): MemoryPage | undefined {
    const entry = this.pages.get(url);
    if (!entry) return undefined;
    const { chunk, page } = entry;
    chunk.urls.delete(url);
    chunk.statements -= page.statements.length;
    chunk.segment = null;
    this.pages.delete(url);
    this.statementCount -= page.statements.length;
    if (chunk.urls.size === 0) this.chunks = this.chunks.filter((c) => c !== chunk);
    return page;
  }

  clear(): void {
    this.pages.clear();
    this.chunks = [];
    this.statementCount = 0;
  }

  /** One segment per chunk; chunks changed since the last call are rebuilt now. */
  segments(): CorpusSegment[] {
    return this.chunks.map((chunk) => {
      if (!chunk.segment) {
        const statements = [...chunk.urls].flatMap((url) => pageStatements(this.pages.get(url)!.page));
        chunk.segment = new CorpusSegment(buildCorpus(statements), 'user');
      }
      return chunk.segment;
    });
  }
}
