// Search over one or more loaded segments (the bundled corpus and the reader's
// own) with shared statistics: BM25, clitic/stem matching, prefix matching of
// the word being typed, filters, near-duplicate folding. Pure.
import type { CorpusSegment } from './segment';
import { isStopword, jaccard, prefixOfWord, termsOfWord, tokenize } from './text';
import { dateKey, type SearchFilters, type StatementHit } from './types';

const K1 = 1.2;
const B = 0.75;
/** Weight of a term reached only by stripping a letter clitic, and of a prefix completion. */
const CLITIC_WEIGHT = 0.9;
const PREFIX_WEIGHT = 0.8;
/** Completions considered for the word being typed (the most frequent ones). */
const MAX_COMPLETIONS = 20;
/** Postings the completions of one word may scan together. */
const COMPLETION_POSTINGS = 20_000;
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

/**
 * Reusable score accumulators (no allocation per query, none per Corpus): one
 * set, grown to the biggest segment scored so far, shared by every Corpus.
 * Scoring leaves them zeroed; a nested score (a visit that searches) gets its own.
 */
class Scratch {
  total = new Float64Array(0);
  word = new Float64Array(0);
  coverage = new Uint8Array(0);
  touched = new Int32Array(0);
  wordTouched = new Int32Array(0);
  busy = false;

  clear(): void {
    for (const a of [this.total, this.word, this.coverage]) a.fill(0);
  }

  fit(size: number): this {
    if (this.total.length < size) {
      const n = Math.max(size, this.total.length * 2);
      this.total = new Float64Array(n);
      this.word = new Float64Array(n);
      this.coverage = new Uint8Array(n);
      this.touched = new Int32Array(n);
      this.wordTouched = new Int32Array(n);
    }
    return this;
  }
}

const sharedScratch = new Scratch();

export class Corpus {
  readonly size: number;
  /** BM25 length norm of a statement of length l: normBase + normPerWord × l (from the average length). */
  private readonly normBase: number;
  private readonly normPerWord: number;
  private readonly largest: number;

  /** Cheap: O(number of segments). Segments are reused as they are; nothing is sized to the whole corpus. */
  constructor(readonly segments: readonly CorpusSegment[]) {
    this.size = segments.reduce((n, s) => n + s.size, 0);
    const totalLength = segments.reduce((n, s) => n + s.totalLength, 0);
    const avgLength = this.size ? totalLength / this.size || 1 : 1;
    this.normBase = K1 * (1 - B);
    this.normPerWord = (K1 * B) / avgLength;
    this.largest = segments.reduce((n, s) => Math.max(n, s.size), 0);
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
          const df = new Map([...completions].filter((c) => !word.some((w) => w.term === c)).map((c) => [c, this.df(c)]));
          const ranked = [...df.keys()].sort((a, b) => df.get(b)! - df.get(a)!);
          // The most frequent completions, within a budget of postings to scan (a two-letter
          // prefix of a big corpus would otherwise touch most of it on every keystroke).
          let budget = COMPLETION_POSTINGS;
          for (const c of ranked.slice(0, MAX_COMPLETIONS)) {
            if (df.get(c)! > budget) continue;
            budget -= df.get(c)!;
            word.push({ term: c, weight: PREFIX_WEIGHT });
          }
        }
      }
      words.push(word);
    });
    return words;
  }

  /**
   * BM25 per word (a word's score in a statement is its best term's), summed;
   * calls `visit` for every statement that matched at least one word (with
   * `only`, per segment a flag per statement: just the flagged ones).
   */
  score(words: readonly QueryWord[], visit: (seg: number, doc: number, score: number, coverage: number) => void, only?: readonly Uint8Array[]): void {
    const idfs = words.map((w) => w.map(({ term, weight }) => this.idf(term) * weight * (K1 + 1)));
    const scratch = sharedScratch.busy ? new Scratch() : sharedScratch;
    scratch.fit(this.largest).busy = true;
    try {
      this.scoreWith(scratch, words, idfs, visit, only);
    } catch (err) {
      scratch.clear(); // a visit threw half way: accumulators may hold scores
      throw err;
    } finally {
      scratch.busy = false;
    }
  }

  private scoreWith(scratch: Scratch, words: readonly QueryWord[], idfs: number[][], visit: (seg: number, doc: number, score: number, coverage: number) => void, only?: readonly Uint8Array[]): void {
    const { total, word: wordScore, coverage, touched, wordTouched } = scratch;
    const { normBase, normPerWord } = this;
    for (let si = 0; si < this.segments.length; si++) {
      const segment = this.segments[si]!;
      const lengths = segment.lengths;
      const wanted = only?.[si];
      let touchedCount = 0;
      for (let wi = 0; wi < words.length; wi++) {
        const word = words[wi]!;
        let wordCount = 0;
        for (let ti = 0; ti < word.length; ti++) {
          const { docs, tfs } = segment.postings(word[ti]!.term);
          const idf = idfs[wi]![ti]!;
          for (let i = 0, n = docs.length; i < n; i++) {
            const doc = docs[i]!;
            if (wanted && !wanted[doc]) continue;
            const tf = tfs[i]!;
            const s = (idf * tf) / (tf + normBase + normPerWord * lengths[doc]!);
            const before = wordScore[doc]!;
            if (before === 0) {
              wordTouched[wordCount++] = doc;
              wordScore[doc] = s;
            } else if (s > before) wordScore[doc] = s;
          }
        }
        for (let k = 0; k < wordCount; k++) {
          const doc = wordTouched[k]!;
          if (coverage[doc] === 0) touched[touchedCount++] = doc;
          total[doc]! += wordScore[doc]!;
          coverage[doc]!++;
          wordScore[doc] = 0;
        }
      }
      for (let k = 0; k < touchedCount; k++) {
        const doc = touched[k]!;
        visit(si, doc, total[doc]!, coverage[doc]!);
        total[doc] = 0;
        coverage[doc] = 0;
      }
    }
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
    const top = new TopK(limit * 2);
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
    const kept: Array<{ seg: number; doc: number; length: number }> = [];
    for (const c of candidates) {
      const segment = this.segments[c.seg]!;
      const st = segment.statement(c.doc);
      const length = segment.lengths[c.doc]!;
      // Another quote of the very same sentence, or the same words by the same speaker elsewhere.
      // Shingles only for pairs that could match (same speaker, similar length): they cost a tokenization.
      const same = hits.findIndex((h, i) => {
        if (h.statement.source === st.source && h.statement.context === st.context) return true;
        const k = kept[i]!;
        if (h.statement.speaker?.id !== st.speaker?.id || length > 2 * k.length + 2 || k.length > 2 * length + 2) return false;
        return jaccard(this.segments[k.seg]!.quoteShingles(k.doc), segment.quoteShingles(c.doc)) >= DUPLICATE_JACCARD;
      });
      const source = { outlet: st.outlet, source: st.source, title: st.title, date: st.date, ...(st.visitDate ? { visitDate: true } : {}) };
      if (same >= 0) {
        const hit = hits[same]!;
        if (!hit.sources.some((s) => s.source === source.source)) hit.sources.push(source);
        continue;
      }
      if (hits.length >= limit) continue;
      hits.push({ statement: st, sources: [source], score: c.score, ...matchesIn(st.context, terms), origin: segment.origin });
      kept.push({ seg: c.seg, doc: c.doc, length });
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
