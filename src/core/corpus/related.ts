// Related statements for a page: what the page's speakers said elsewhere and
// what was said on its conflicts, ranked by closeness to the page's own quotes
// and by date, near-duplicates folded. Pure.
import type { Analysis } from '../types';
import type { Corpus, QueryWord } from './search';
import { isStopword, termsOfWord, tokenize } from './text';
import type { StatementHit } from './types';

export interface RelatedOptions {
  limit?: number;
  /** The page's own URL: its statements are not "related" to it. */
  excludeSource?: string;
}

/** Most distinctive words of the page's quotes used to measure closeness. */
const MAX_PAGE_TERMS = 40;
const WEIGHT_CLOSENESS = 0.55;
const WEIGHT_SPEAKER = 0.3;
const WEIGHT_DATE = 0.15;

export function relatedStatements(analysis: Analysis, text: string, index: Corpus, options: RelatedOptions = {}): StatementHit[] {
  const limit = options.limit ?? 10;
  const speakers = new Set(analysis.quotes.map((q) => q.speaker?.id).filter((id): id is string => !!id));
  const conflicts = new Set(analysis.conflicts.map((c) => c.id as string));
  if (speakers.size === 0 && conflicts.size === 0) return [];

  // Candidates: statements by the page's speakers (2) or on its conflicts (1), flagged per segment;
  // only candidates are visited from here on (a big memory is mostly other speakers and conflicts).
  const flags = index.segments.map((s) => new Uint8Array(s.size));
  const candidates = index.segments.map((s, seg) => {
    const f = flags[seg]!;
    const list: number[] = [];
    const mark = (doc: number, flag: number) => {
      if (!f[doc]) list.push(doc);
      if (flag > f[doc]!) f[doc] = flag;
    };
    for (const id of conflicts) for (const doc of s.docsByConflict(id)) mark(doc, 1);
    for (const id of speakers) for (const doc of s.docsBySpeaker(id)) mark(doc, 2);
    if (!options.excludeSource) return list;
    return list.filter((doc) => (s.source(doc) === options.excludeSource ? ((f[doc] = 0), false) : true));
  });
  if (candidates.every((list) => list.length === 0)) return [];

  // Closeness: BM25 of the page's quote words (tf × idf, the most distinctive ones) against each candidate.
  const pageTerms = new Map<string, number>();
  for (const q of analysis.quotes) {
    for (const t of tokenize(text.slice(q.start, q.end))) {
      if (isStopword(t.norm)) continue;
      const term = termsOfWord(t.norm)[0]!;
      pageTerms.set(term, (pageTerms.get(term) ?? 0) + 1);
    }
  }
  const words: QueryWord[] = [...pageTerms]
    .filter(([term]) => index.df(term) > 0)
    .map(([term, tf]) => ({ term, weight: Math.min(tf, 3), rank: Math.min(tf, 3) * index.idf(term) }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, MAX_PAGE_TERMS)
    .map(({ term, weight }) => [{ term, weight }]);
  const closeness = index.segments.map((s) => new Float64Array(s.size));
  let best = 0;
  index.score(
    words,
    (seg, doc, score) => {
      closeness[seg]![doc] = score;
      if (score > best) best = score;
    },
    flags, // candidates only: a big memory's postings are mostly other statements
  );

  let minDate = Infinity;
  let maxDate = -Infinity;
  index.segments.forEach((s, seg) => {
    for (const doc of candidates[seg]!) {
      const d = s.dates[doc]!;
      if (!d) continue;
      minDate = Math.min(minDate, dayIndex(d));
      maxDate = Math.max(maxDate, dayIndex(d));
    }
  });
  // The best few candidates, kept as they come (a big memory has tens of thousands: no full sort).
  const keep = limit * 6;
  let ranked: Array<{ seg: number; doc: number; score: number }> = [];
  let floor = -Infinity;
  const byScore = (a: { seg: number; doc: number; score: number }, b: { seg: number; doc: number; score: number }) => b.score - a.score || a.seg - b.seg || a.doc - b.doc;
  index.segments.forEach((s, seg) => {
    const f = flags[seg]!;
    const close = closeness[seg]!;
    for (const doc of candidates[seg]!) {
      const d = s.dates[doc]!;
      const recency = d && maxDate > minDate ? (dayIndex(d) - minDate) / (maxDate - minDate) : d ? 1 : 0;
      const score = WEIGHT_CLOSENESS * (best > 0 ? close[doc]! / best : 0) + WEIGHT_SPEAKER * (f[doc] === 2 ? 1 : 0) + WEIGHT_DATE * recency;
      if (score < floor) continue;
      ranked.push({ seg, doc, score });
      if (ranked.length >= keep * 8) {
        ranked = ranked.sort(byScore).slice(0, keep);
        floor = ranked[keep - 1]!.score;
      }
    }
  });
  ranked.sort(byScore);
  return index.fold(ranked.slice(0, limit * 6), limit, new Set(words.map((w) => w[0]!.term)));
}

/** Statements by one speaker, newest first (the hover card's "earlier statements"). */
export function statementsBySpeaker(index: Corpus, actorId: string, limit = 5): StatementHit[] {
  return index.browse({ speaker: actorId }, limit);
}

/** Longest part of a quote used as the query for its speaker's closest earlier statements. */
const SAID_BEFORE_QUERY_CHARS = 600;

/**
 * The speaker's statements closest to `quote` in wording and topic (those
 * sharing more of its words first, then BM25), leaving out the page it is on.
 * The hover card's "said before".
 */
export function saidBefore(index: Corpus, actorId: string, quote: string, options: RelatedOptions = {}): StatementHit[] {
  const limit = options.limit ?? 5;
  const hits = index.search(quote.slice(0, SAID_BEFORE_QUERY_CHARS), { speaker: actorId }, { limit: limit + 5, prefix: false });
  const elsewhere = hits.filter((hit) => !options.excludeSource || !hit.sources.every((s) => s.source === options.excludeSource));
  return elsewhere.slice(0, limit);
}

/** yyyymmdd → a day count that grows with the date (months as 31 days: enough to scale recency). */
function dayIndex(key: number): number {
  return Math.floor(key / 10000) * 372 + (Math.floor(key / 100) % 100) * 31 + (key % 100);
}

/** A page known only by its quotes' words (the popup's page report), as an Analysis over their joined text. */
export function analysisOfQuotes(
  quotes: ReadonlyArray<{ text: string; kind: 'direct' | 'indirect'; speaker: { id: string | null; name: string } | null }>,
  conflicts: Analysis['conflicts'],
): { analysis: Analysis; text: string } {
  let text = '';
  const out: Analysis['quotes'] = [];
  for (const q of quotes) {
    if (text) text += '\n\n';
    const start = text.length;
    text += q.text;
    out.push({ start, end: text.length, kind: q.kind, speaker: q.speaker ? { ...q.speaker, start, end: start } : null });
  }
  return { analysis: { language: 'ar', conflicts, actors: [], quotes: out }, text };
}
