// Search over one or more loaded segments (the bundled corpus and the reader's
// own) with shared statistics: BM25, clitic/stem matching, prefix matching of
// the word being typed, filters, near-duplicate folding. Pure.
import type { CorpusSegment } from './segment';
import { isStopword, jaccard, prefixOfWord, shingles, termsOfWord, tokenize } from './text';
import { dateKey, type SearchFilters, type StatementHit } from './types';

const K1 = 1.2;
const B = 0.75;
/** Weight of a term reached only by stripping a letter clitic, and of a prefix completion. */
const CLITIC_WEIGHT = 0.9;
const PREFIX_WEIGHT = 0.8;
/** Completions considered for the word being typed (the most frequent ones). */
const MAX_COMPLETIONS = 40;
/** Two quotes whose word shingles overlap this much are the same statement. */
export const DUPLICATE_JACCARD = 0.5;

/** One word of a query: the index terms it may match, each with a weight. */
export type QueryWord = Array<{ term: string; weight: number }>;

export interface SearchOptions {
  limit?: number;
  /** Treat the last word as still being typed (prefix match). Default: true unless the query ends in a space. */
  prefix?: boolean;
}

interface Candidate {
  seg: number;
  doc: number;
  key: number;
  score: number;
}

export class Corpus {
  readonly size: number;
  private readonly avgLength: number;
  private readonly scratch: Array<{ total: Float32Array; word: Float32Array; coverage: Uint8Array }>;

  constructor(readonly segments: readonly CorpusSegment[]) {
    this.size = segments.reduce((n, s) => n + s.size, 0);
    const totalLength = segments.reduce((n, s) => n + s.totalLength, 0);
    this.avgLength = this.size ? totalLength / this.size : 1;
    this.scratch = segments.map((s) => ({
      total: new Float32Array(s.size),
      word: new Float32Array(s.size),
      coverage: new Uint8Array(s.size),
    }));
  }

  df(term: string): number {
    let df = 0;
    for (const s of this.segments) df += s.df(term);
    return df;
  }

  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The query's words as weighted index terms. */
  parseQuery(query: string, prefix = !/[\s\p{P}]$/u.test(query)): QueryWord[] {
    const tokens = tokenize(query);
    const words: QueryWord[] = [];
    tokens.forEach((t, i) => {
      const typing = prefix && i === tokens.length - 1;
      if (isStopword(t.norm) && !typing) return;
      const [main, ...alternatives] = termsOfWord(t.norm);
      const word: QueryWord = [];
      // The word as written when the corpus knows it; its clitic-stripped forms otherwise.
      if (this.df(main!) > 0 || alternatives.length === 0) word.push({ term: main!, weight: 1 });
      else for (const a of alternatives) word.push({ term: a, weight: CLITIC_WEIGHT });
      if (typing) {
        const stem = prefixOfWord(t.norm);
        if (stem.length >= 2) {
          const completions = new Set<string>();
          for (const s of this.segments) for (const term of s.termsWithPrefix(stem)) completions.add(term);
          const ranked = [...completions].filter((c) => !word.some((w) => w.term === c));
          if (ranked.length > MAX_COMPLETIONS) {
            const df = new Map(ranked.map((c) => [c, this.df(c)]));
            ranked.sort((a, b) => df.get(b)! - df.get(a)!);
            ranked.length = MAX_COMPLETIONS;
          }
          for (const c of ranked) word.push({ term: c, weight: PREFIX_WEIGHT });
        }
      }
      words.push(word);
    });
    return words;
  }

  /**
   * BM25 per word (a word's score in a statement is its best term's), summed;
   * calls `visit` for every statement that matched at least one word.
   */
  score(words: readonly QueryWord[], visit: (seg: number, doc: number, score: number, coverage: number) => void): void {
    const idfs = words.map((w) => w.map(({ term }) => this.idf(term)));
    this.segments.forEach((segment, si) => {
      const { total, word: wordScore, coverage } = this.scratch[si]!;
      const touched: number[] = [];
      words.forEach((word, wi) => {
        const wordTouched: number[] = [];
        word.forEach(({ term, weight }, ti) => {
          const { docs, tfs } = segment.postings(term);
          const idf = idfs[wi]![ti]! * weight;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            const tf = tfs[i]!;
            const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * segment.lengths[doc]!) / this.avgLength));
            const before = wordScore[doc]!;
            if (before === 0) wordTouched.push(doc);
            if (s > before) wordScore[doc] = s;
          }
        });
        for (const doc of wordTouched) {
          if (coverage[doc] === 0) touched.push(doc);
          total[doc]! += wordScore[doc]!;
          coverage[doc]!++;
          wordScore[doc] = 0;
        }
      });
      for (const doc of touched) {
        visit(si, doc, total[doc]!, coverage[doc]!);
        total[doc] = 0;
        coverage[doc] = 0;
      }
    });
  }

  passes(seg: number, doc: number, filters: SearchFilters): boolean {
    const s = this.segments[seg]!;
    if (filters.speaker && s.speakerId(doc) !== filters.speaker) return false;
    if (filters.conflict && s.conflict(doc) !== filters.conflict) return false;
    if (filters.from || filters.to) {
      const d = s.dates[doc]!;
      if (!d) return false;
      if (filters.from && d < dateKey(filters.from)) return false;
      if (filters.to && d > dateKey(filters.to)) return false;
    }
    return true;
  }

  /**
   * Statements matching the query and filters, best first: those that match
   * more of the query's words first, then by BM25. With an empty query, the
   * statements that pass the filters, newest first.
   */
  search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): StatementHit[] {
    const limit = options.limit ?? 20;
    const words = this.parseQuery(query, options.prefix);
    if (words.length === 0) return this.browse(filters, limit);
    const top = new TopK(limit * 4);
    this.score(words, (seg, doc, score, coverage) => {
      const key = coverage * 1000 + Math.min(score, 999);
      if (top.accepts(key) && this.passes(seg, doc, filters)) top.add({ seg, doc, key, score });
    });
    const terms = new Set(words.flatMap((w) => w.map((t) => t.term)));
    return this.fold(top.sorted(), limit, terms);
  }

  /** Statements that pass the filters (at least one filter), newest first. */
  browse(filters: SearchFilters, limit = 20): StatementHit[] {
    if (!filters.speaker && !filters.conflict && !filters.from && !filters.to) return [];
    const top = new TopK(limit * 4);
    this.segments.forEach((s, seg) => {
      const docs = filters.speaker ? s.docsBySpeaker(filters.speaker) : filters.conflict ? s.docsByConflict(filters.conflict) : null;
      const visit = (doc: number) => {
        const key = s.dates[doc]! - doc * 1e-9; // newest first, then earlier in the corpus
        if (top.accepts(key) && this.passes(seg, doc, filters)) top.add({ seg, doc, key, score: 0 });
      };
      if (docs) docs.forEach(visit);
      else for (let doc = 0; doc < s.size; doc++) visit(doc);
    });
    return this.fold(top.sorted(), limit, new Set());
  }

  /** Ranked candidates → hits, near-duplicates (the same words from several outlets) folded into one. */
  fold(candidates: ReadonlyArray<{ seg: number; doc: number; score: number }>, limit: number, terms: ReadonlySet<string>): StatementHit[] {
    const hits: StatementHit[] = [];
    const keys: Array<Set<number>> = [];
    for (const c of candidates) {
      const segment = this.segments[c.seg]!;
      const st = segment.statement(c.doc);
      const sh = shingles(segment.quoteText(c.doc));
      const source = { outlet: st.outlet, source: st.source, title: st.title, date: st.date };
      // The same words by the same speaker elsewhere, or another quote of the very same sentence.
      const same = hits.findIndex(
        (h, i) =>
          (h.statement.source === st.source && h.statement.context === st.context) ||
          (jaccard(keys[i]!, sh) >= DUPLICATE_JACCARD && h.statement.speaker?.id === st.speaker?.id),
      );
      if (same >= 0) {
        const hit = hits[same]!;
        if (!hit.sources.some((s) => s.source === source.source)) hit.sources.push(source);
        continue;
      }
      if (hits.length >= limit) continue;
      hits.push({ statement: st, sources: [source], score: c.score, ...matchesIn(st.context, terms), origin: segment.origin });
      keys.push(sh);
    }
    return hits;
  }
}

/** The words of `context` that carry one of `terms`, for highlighting. */
export function matchesIn(context: string, terms: ReadonlySet<string>): Pick<StatementHit, 'matches' | 'matchedWords'> {
  const matches: StatementHit['matches'] = [];
  const words = new Set<string>();
  if (terms.size === 0) return { matches, matchedWords: [] };
  for (const t of tokenize(context)) {
    if (isStopword(t.norm)) continue;
    if (termsOfWord(t.norm).some((term) => terms.has(term))) {
      matches.push({ start: t.start, end: t.end });
      words.add(context.slice(t.start, t.end));
    }
  }
  return { matches, matchedWords: [...words] };
}

/** The k best candidates by key, kept sorted (k is small). */
class TopK {
  private readonly items: Candidate[] = [];
  constructor(private readonly k: number) {}
  accepts(key: number): boolean {
    return this.items.length < this.k || key > this.items[this.items.length - 1]!.key;
  }
  add(c: Candidate): void {
    let i = this.items.length;
    while (i > 0 && this.items[i - 1]!.key < c.key) i--;
    this.items.splice(i, 0, c);
    if (this.items.length > this.k) this.items.pop();
  }
  sorted(): Candidate[] {
    return this.items;
  }
}
