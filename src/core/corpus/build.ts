// Corpus building: an article and its analysis → statements; statements → one
// compact, versioned index (dictionary-encoded columns + an inverted index of
// varint postings). Pure: the CLI reads the files, this does the rest.
import { mainArticleRanges } from '../regions';
import { endsSentenceAt } from '../text/sentences';
import type { Analysis, Span } from '../types';
import { encodeVarints } from './encoding';
import { termCounts } from './text';
import { dateKey, type ArticleMeta, type Statement } from './types';

export const CORPUS_FORMAT = 'sada-corpus';
export const CORPUS_VERSION = 1;

/** The index file. Columns hold one entry per statement; -1 means none. */
export interface SerializedCorpus {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_VERSION;
  count: number;
  speakers: Array<[string | null, string]>;
  outlets: string[];
  conflicts: string[];
  /** [source, title], then 1 when the source's date is the day it was read (no date of its own). */
  sources: Array<[string, string | null] | [string, string | null, 1]>;
  /** 'd' (direct) or 'i' (indirect), one letter per statement. */
  kind: string;
  speaker: number[];
  outlet: number[];
  source: number[];
  conflict: number[];
  /** yyyymmdd, 0 = unknown. */
  date: number[];
  context: string[];
  /** Flat [quoteStart, quoteEnd] pairs. */
  quote: number[];
  /** Sorted index terms. */
  terms: string[];
  /** Per term: varints of (docDelta << 1 | tf>1), followed by tf when tf>1. */
  postings: string[];
  /** Per term: the number of statements holding it (varints), known without decoding postings. */
  df: string;
  /** Per statement: its length in indexed words (varints). */
  lengths: string;
}

/** Longest context kept on each side of a quote, in characters. */
const CONTEXT_REACH = 240;
/** A sentence ends at a sentence-end mark (the one sentence rule) or a line break. */
const endsAt = (text: string, i: number): boolean => text[i] === '\n' || endsSentenceAt(text, i);

/** The sentence(s) holding [start, end): from the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < CONTEXT_REACH && !endsAt(text, s - 1)) s--;
  let e = end;
  // A quote often closes with its own full stop or quotation mark: take the punctuation along.
  while (e < text.length && e - end < CONTEXT_REACH && !endsAt(text, e)) e++;
  if (e < text.length && text[e] !== '\n' && e - end < CONTEXT_REACH) e++;
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Whether [start, end) begins inside the main article (not a "read also" list, teasers, tags, footer). */
export function inMainArticle(ranges: readonly Span[], start: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]!.start <= start;
}

/** A quote in the sentence(s) around it: `text.slice(start, end)` is the quote. */
export interface QuoteContext {
  text: string;
  start: number;
  end: number;
}

/**
 * Quotes with the sentence(s) around them, for the memory. Null for a quote
 * outside the main article: a teaser's or "read also" line's words are another story's.
 */
export function quotesInContext(text: string, quotes: readonly Span[]): Array<QuoteContext | null> {
  if (quotes.length === 0) return [];
  const ranges = mainArticleRanges(text);
  return quotes.map((q) => quoteInContext(text, q, ranges));
}

function quoteInContext(text: string, quote: Span, ranges: readonly Span[]): QuoteContext | null {
  if (quote.end <= quote.start || quote.end > text.length || !inMainArticle(ranges, quote.start)) return null;
  const around = sentenceAround(text, quote.start, quote.end);
  return { text: text.slice(around.start, around.end), start: quote.start - around.start, end: quote.end - around.start };
}

/**
 * Every quote of an analyzed article's main text as a statement. Quotes in
 * teaser lists and "read also" blocks (another story's headline) are left out.
 */
export function statementsFromArticle(text: string, analysis: Analysis, meta: ArticleMeta): Statement[] {
  const conflict = analysis.conflicts[0]?.id ?? null;
  const source = meta.url || meta.file || '';
  const ranges = mainArticleRanges(text);
  const out: Statement[] = [];
  for (const q of analysis.quotes) {
    if (q.end <= q.start || q.end > text.length || !inMainArticle(ranges, q.start)) continue;
    const around = sentenceAround(text, q.start, q.end);
    out.push({
      kind: q.kind,
      context: text.slice(around.start, around.end),
      quoteStart: q.start - around.start,
      quoteEnd: q.end - around.start,
      speaker: q.speaker ? { id: q.speaker.id, name: q.speaker.name } : null,
      date: dateKey(meta.date) ? meta.date! : null,
      outlet: meta.outlet ?? null,
      source,
      title: meta.title ?? null,
      conflict,
    });
  }
  return out;
}

class Dictionary<K> {
  readonly values: K[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly key: (v: K) => string) {}
  id(value: K | null): number {
    if (value === null) return -1;
    const k = this.key(value);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(k, id);
    }
    return id;
  }
}

/** Builds the index of a list of statements (their order is kept: statement i is doc i). */
export function buildCorpus(statements: readonly Statement[]): SerializedCorpus {
  const speakers = new Dictionary<[string | null, string]>((s) => `${s[0] ?? ''}\u0000${s[1]}`);
  const outlets = new Dictionary<string>((s) => s);
  const conflicts = new Dictionary<string>((s) => s);
  const sources = new Dictionary<SerializedCorpus['sources'][number]>((s) => s[0]);
  const out: SerializedCorpus = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    count: statements.length,
    speakers: speakers.values,
    outlets: outlets.values,
    conflicts: conflicts.values,
    sources: sources.values,
    kind: '',
    speaker: [],
    outlet: [],
    source: [],
    conflict: [],
    date: [],
    context: [],
    quote: [],
    terms: [],
    postings: [],
    df: '',
    lengths: '',
  };
  const kinds: string[] = [];
  const lengths: number[] = [];
  const postings = new Map<string, number[]>(); // term → [doc, tf, doc, tf, ...]
  statements.forEach((st, doc) => {
    kinds.push(st.kind === 'direct' ? 'd' : 'i');
    out.speaker.push(speakers.id(st.speaker ? [st.speaker.id, st.speaker.name] : null));
    out.outlet.push(outlets.id(st.outlet));
    out.source.push(sources.id(st.visitDate ? [st.source, st.title, 1] : [st.source, st.title]));
    out.conflict.push(conflicts.id(st.conflict));
    out.date.push(dateKey(st.date));
    out.context.push(st.context);
    out.quote.push(st.quoteStart, st.quoteEnd);
    const { counts, length } = termCounts(st.context);
    lengths.push(length);
    for (const [term, tf] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc, tf);
    }
  });
  out.kind = kinds.join('');
  out.lengths = encodeVarints(lengths);
  out.terms = [...postings.keys()].sort();
  const dfs: number[] = [];
  for (const term of out.terms) {
    const list = postings.get(term)!;
    const values: number[] = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i]!;
      const tf = list[i + 1]!;
      values.push(((doc - previous) << 1) | (tf > 1 ? 1 : 0));
      if (tf > 1) values.push(tf);
      previous = doc;
    }
    out.postings.push(encodeVarints(values));
    dfs.push(list.length / 2);
  }
  out.df = encodeVarints(dfs);
  return out;
}

/** An empty corpus (the bundled one when no source material is present). */
export function emptyCorpus(): SerializedCorpus {
  return buildCorpus([]);
}
