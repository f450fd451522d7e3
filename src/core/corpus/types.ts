// The statement corpus: shapes shared by the builder, the index, search and the
// reader's own corpus. Pure.

/** One quote as the corpus keeps it. */
export interface Statement {
  kind: 'direct' | 'indirect';
  /** The sentence(s) around the quote, as printed. */
  context: string;
  /** The quote inside `context`: context.slice(quoteStart, quoteEnd). */
  quoteStart: number;
  quoteEnd: number;
  speaker: { id: string | null; name: string } | null;
  /** Publication date 'YYYY-MM-DD', or null when unknown. */
  date: string | null;
  outlet: string | null;
  /** Where it was read: the article's URL, or its file name. */
  source: string;
  title: string | null;
  /** The page's main conflict id, or null. */
  conflict: string | null;
  /** True when `date` is the day the page was read (it stated no date of its own). */
  visitDate?: boolean;
}

/** Metadata of one article (the shape of ../shared/corpus/articles.json, plus url/title). */
export interface ArticleMeta {
  file?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
}

export interface SearchFilters {
  speaker?: string;
  conflict?: string;
  /** Inclusive 'YYYY-MM-DD' bounds. */
  from?: string;
  to?: string;
}

export type SegmentOrigin = 'bundled' | 'user' | 'pack';

/** One place a statement was reported. */
export interface StatementSource {
  outlet: string | null;
  source: string;
  title: string | null;
  date: string | null;
  /** True when `date` is the day the page was read. */
  visitDate?: boolean;
}

/** A result: one statement (near-duplicates folded in), with where it was reported. */
export interface StatementHit {
  statement: Statement;
  /** Every outlet/page that reported it, the representative's first. */
  sources: StatementSource[];
  score: number;
  /** Spans in statement.context of the words that matched the query (for highlighting). */
  matches: Array<{ start: number; end: number }>;
  /** The distinct matched words as printed. */
  matchedWords: string[];
  /** Which corpus it came from: the bundled one, the reader's memory, an imported pack. */
  origin: SegmentOrigin;
}

/** 'YYYY-MM-DD' → yyyymmdd integer, or 0 when absent or malformed. */
export function dateKey(date: string | null | undefined): number {
  if (!date) return 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

export function dateFromKey(key: number): string | null {
  if (!key) return null;
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
