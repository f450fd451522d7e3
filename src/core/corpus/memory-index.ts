// The memory's search index, kept up to date page by page. Pages live in
// chunks; each chunk is one corpus segment. New pages go to the open (last)
// chunk; when it holds CHUNK_STATEMENTS it is sealed and merged with its
// sealed neighbours of alike size (log-structured: 1k+1k → 2k, 2k+2k → 4k…),
// so there are O(log n) chunks and a search visits few of them. Adding or
// forgetting a page rebuilds only its chunk (a merge rebuilds the merged one),
// never the whole index. A full chunk's index is
// kept in storage too (pendingWrites), so that a restart loads it instead of
// indexing its pages again. Pure.
import { buildCorpus, type SerializedCorpus } from './build';
import { pageStatements, type MemoryPage } from './memory-schema';
import { CorpusSegment, loadCorpus } from './segment';

/** Statements per chunk: small enough that rebuilding one is quick, big enough that search visits few. */
export const CHUNK_STATEMENTS = 1000;

/** A sealed chunk is merged into the one before it when that one is at most this many times its size. */
export const MERGE_RATIO = 1.5;

/** A full chunk as stored: its pages' addresses and its index without the statements' text (the pages hold it). */
export interface StoredChunk {
  id: string;
  urls: string[];
  index: SerializedCorpus;
}

interface Chunk {
  id: string;
  urls: Set<string>;
  statements: number;
  segment: CorpusSegment | null;
  data: SerializedCorpus | null;
  /** Its index as built now is in storage. */
  saved: boolean;
}

let chunkSerial = 0;
const newChunk = (): Chunk => ({ id: `${Date.now().toString(36)}-${(chunkSerial++).toString(36)}`, urls: new Set(), statements: 0, segment: null, data: null, saved: false });

export class MemoryIndex {
  private readonly pages = new Map<string, { page: MemoryPage; chunk: Chunk }>();
  private chunks: Chunk[] = [];
  private statementCount = 0;
  /** Stored chunks that no longer hold what their pages say (to delete from storage). */
  private stale = new Set<string>();

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
    if (!open || open.statements >= CHUNK_STATEMENTS) {
      this.mergeSealed();
      this.chunks.push((open = newChunk()));
    }
    open.urls.add(page.url);
    open.statements += page.statements.length;
    this.changed(open);
    this.pages.set(page.url, { page, chunk: open });
    this.statementCount += page.statements.length;
  }

  /** Merges the last chunk into the one before it while their sizes are alike. */
  private mergeSealed(): void {
    while (this.chunks.length >= 2) {
      const last = this.chunks[this.chunks.length - 1]!;
      const before = this.chunks[this.chunks.length - 2]!;
      if (before.statements > last.statements * MERGE_RATIO) return;
      for (const url of last.urls) {
        before.urls.add(url);
        this.pages.get(url)!.chunk = before;
      }
      before.statements += last.statements;
      this.changed(before);
      before.id = newChunk().id; // a new stored key: the old ones are deleted, never overwritten
      if (last.saved) this.stale.add(last.id);
      this.chunks.pop();
    }
  }

  private changed(chunk: Chunk): void {
    chunk.segment = null;
    chunk.data = null;
    if (chunk.saved) this.stale.add(chunk.id);
    chunk.saved = false;
  }

  /** Forgets a page; returns it, or undefined when it was not remembered. */
  remove(url: string): MemoryPage | undefined {
    const entry = this.pages.get(url);
    if (!entry) return undefined;
    const { chunk, page } = entry;
    chunk.urls.delete(url);
    chunk.statements -= page.statements.length;
    this.changed(chunk);
    this.pages.delete(url);
    this.statementCount -= page.statements.length;
    if (chunk.urls.size === 0) this.chunks = this.chunks.filter((c) => c !== chunk);
    return page;
  }

  clear(): void {
    for (const chunk of this.chunks) if (chunk.saved) this.stale.add(chunk.id);
    this.pages.clear();
    this.chunks = [];
    this.statementCount = 0;
  }

  /**
   * Loads pages read back from storage, reusing each stored chunk whose pages
   * are all there with the same number of statements (else its pages are
   * indexed again and the stored chunk is dropped).
   */
  restore(pages: readonly MemoryPage[], stored: readonly StoredChunk[]): void {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    for (const s of stored) {
      const members = s.urls.map((url) => byUrl.get(url));
      const count = members.reduce((n, p) => n + (p ? p.statements.length : 0), 0);
      let segment: CorpusSegment | null = null;
      if (members.every((p) => p) && count === s.index?.count) {
        try {
          const context = (members as MemoryPage[]).flatMap((p) => p.statements.map((st) => st.context));
          segment = loadCorpus({ ...s.index, context }, 'user');
        } catch {
          segment = null;
        }
      }
      if (!segment) {
        this.stale.add(s.id);
        continue;
      }
      const chunk: Chunk = { id: s.id, urls: new Set(s.urls), statements: count, segment, data: null, saved: true };
      for (const page of members as MemoryPage[]) {
        this.pages.set(page.url, { page, chunk });
        byUrl.delete(page.url);
      }
      this.statementCount += count;
      this.chunks.unshift(chunk);
    }
    // Biggest first, so that merging (which looks at the last ones) goes on as before the restart.
    this.chunks.sort((a, b) => b.statements - a.statements);
    for (const page of byUrl.values()) this.put(page);
  }

  /** One segment per chunk; chunks changed since the last call are rebuilt now. */
  segments(): CorpusSegment[] {
    return this.chunks.map((chunk) => {
      if (!chunk.segment) {
        const statements = [...chunk.urls].flatMap((url) => pageStatements(this.pages.get(url)!.page));
        chunk.data = buildCorpus(statements);
        chunk.segment = new CorpusSegment(chunk.data, 'user');
      }
      return chunk.segment;
    });
  }

  /** Full chunks whose index is built but not stored yet, and stored chunks to delete. */
  pendingWrites(): { write: StoredChunk[]; remove: string[] } {
    const write = this.chunks
      .filter((c) => !c.saved && c.data && c.statements >= CHUNK_STATEMENTS)
      .map((c) => ({ id: c.id, urls: [...c.urls], index: { ...c.data!, context: [] } }));
    return { write, remove: [...this.stale] };
  }

  /** The storage now holds these chunks (as they were when pendingWrites gave them), and no longer the removed ones. */
  markWritten(written: readonly StoredChunk[], removed: readonly string[]): void {
    for (const id of removed) this.stale.delete(id);
    for (const stored of written) {
      const chunk = this.chunks.find((c) => c.id === stored.id);
      // Changed meanwhile: what was stored is already out of date.
      if (chunk && chunk.data && chunk.data.terms === stored.index.terms) chunk.saved = true;
      else this.stale.add(stored.id);
    }
  }
}
