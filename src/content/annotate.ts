// From the live page to highlights and back: find the article, build its
// text, have it analyzed (in the background, where the analyzer stays warm),
// and paint actor mentions and direct quotes as ranges (highlights.ts). A
// long article is analyzed in parts and painted part by part, its top first.

import { quotesInContext, type ActorResult, type Analysis, type QuoteResult, type QuoteContext } from '../core';
import type { PageReport, ReportActor, ReportQuote } from '../shared/messages';
import { findArticleSteps } from './article';
import { isEditable } from './editable';
import { Highlighter, type Mark } from './highlights';
import { runSliced, runToEnd, type Steps } from './slices';
import { piecesOf, textMapSteps, type TextMap } from './text-map';

/** Text in, analysis out: the background's analyzer (main.ts) or, in tests, a local one. */
export type Analyzer = (text: string, options?: { stopEarly?: boolean }) => Analysis | Promise<Analysis>;

/** Articles longer than this are analyzed in parts (a news article is far shorter: it is analyzed whole). */
export const ANALYZE_WHOLE_MAX_CHARS = 40_000;
/** The first part of a long article: small, so the top of the page is painted soon. */
export const FIRST_PART_CHARS = 6_000;
/** Later parts. */
export const PART_CHARS = 30_000;

/** Where a long text is cut: at the paragraph break nearest `size` characters after `from`. */
function partEnd(text: string, from: number, size: number): number {
  const to = Math.min(text.length, from + size);
  if (to >= text.length) return text.length;
  const after = text.indexOf('\n\n', to);
  const before = text.lastIndexOf('\n\n', to);
  if (after >= 0 && after - from <= size * 1.5) return after;
  return before > from ? before : to;
}

/** Merges analyses of consecutive parts: offsets shifted, one entry per actor, each conflict's best score. */
class PartMerger {
  readonly merged: Analysis = { language: 'und', conflicts: [], actors: [], quotes: [] };
  private readonly actorByKey = new Map<string, ActorResult>();
  private readonly conflictScores = new Map<string, number>();
  private readonly languages = new Map<string, number>();

  add(part: Analysis, from: number, length: number): void {
    this.languages.set(part.language, (this.languages.get(part.language) ?? 0) + length);
    for (const c of part.conflicts) this.conflictScores.set(c.id, Math.max(this.conflictScores.get(c.id) ?? 0, c.score));
    for (const actor of part.actors) {
      const key = actor.id ?? `?${actor.name.ar}`;
      let entry = this.actorByKey.get(key);
      if (!entry) {
        entry = { ...actor, mentions: [] };
        this.actorByKey.set(key, entry);
        this.merged.actors.push(entry);
      }
      for (const m of actor.mentions) entry.mentions.push({ ...m, start: m.start + from, end: m.end + from });
    }
    for (const q of part.quotes) {
      const speaker = q.speaker ? { ...q.speaker, start: q.speaker.start + from, end: q.speaker.end + from } : null;
      this.merged.quotes.push({ ...q, start: q.start + from, end: q.end + from, speaker });
    }
    this.merged.language = [...this.languages].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
    this.merged.conflicts = [...this.conflictScores]
      .map(([id, score]) => ({ id, score }) as Analysis['conflicts'][number])
      .sort((a, b) => b.score - a.score);
  }
}

/** Arabic news about one of the conflicts: the analysis is worth painting. */
export const isConflictNews = (analysis: Analysis) => analysis.language === 'ar' && analysis.conflicts.length > 0;

/**
 * Analyzes a very long article (a live blog, a 3 MB page) in parts cut at
 * paragraph breaks, the first one small, and merges them; `onPart` hears of
 * each part as it arrives, with the merged analysis so far. Short articles go
 * in one piece.
 */
export async function analyzeInParts(
  text: string,
  analyze: Analyzer,
  onPart?: (merged: Analysis, from: number, to: number) => Promise<void> | void,
): Promise<Analysis> {
  if (text.length <= ANALYZE_WHOLE_MAX_CHARS) {
    const whole = await analyze(text);
    await onPart?.(whole, 0, text.length);
    return whole;
  }
  const merger = new PartMerger();
  for (let from = 0; from < text.length; ) {
    const to = partEnd(text, from, from === 0 ? FIRST_PART_CHARS : PART_CHARS);
    merger.add(await analyze(text.slice(from, to), { stopEarly: false }), from, to - from);
    await onPart?.(merger.merged, from, to);
    from = to;
  }
  const merged = merger.merged;
  return isConflictNews(merged) ? merged : { ...merged, actors: [], quotes: [] };
}

export interface Annotation {
  analysis: Analysis;
  map: TextMap;
  /** Block elements of the article. */
  roots: Element[];
  highlighter: Highlighter;
  /** For each actor index, its marks in text order. */
  actorMarks: Mark[][];
  /** For each quote index (analysis.quotes), its marks (direct quotes only). */
  quoteMarks: Mark[][];
}

export type AnnotateOutcome =
  | { state: 'annotated'; annotation: Annotation }
  | { state: 'not-arabic' | 'not-conflict'; analysis: Analysis | null; reason: string };

/** Index of the first mention starting at or after `from` (mentions are in text order). */
function firstMentionFrom(mentions: ActorResult['mentions'], from: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The marks of [from, to) of the text: every direct quote and actor mention
 * starting there, one range per text node it covers, none in editable content.
 */
export function* marksSteps(annotation: Annotation, from: number, to: number): Steps<void> {
  const { analysis, map, highlighter } = annotation;
  const editable = new Map<Element | null, boolean>();
  const paint = (kind: Mark['kind'], index: number, type: Mark['type'], start: number, end: number, into: Mark[]) => {
    let first = true;
    for (const piece of piecesOf(map, start, end)) {
      const parent = piece.node.parentElement;
      let skip = editable.get(parent);
      if (skip === undefined) editable.set(parent, (skip = isEditable(parent)));
      if (skip || piece.end > piece.node.length) continue;
      const range = piece.node.ownerDocument.createRange();
      range.setStart(piece.node, piece.start);
      range.setEnd(piece.node, piece.end);
      const mark: Mark = { kind, index, type, range, at: start, first };
      first = false;
      highlighter.add(mark);
      into.push(mark);
    }
  };
  let count = 0;
  analysis.quotes.forEach((quote: QuoteResult, index) => {
    if (quote.kind === 'direct' && quote.end > quote.start && quote.start >= from && quote.start < to) {
      paint('quote', index, null, quote.start, quote.end, annotation.quoteMarks[index] ??= []);
    }
  });
  yield;
  for (let index = 0; index < analysis.actors.length; index++) {
    const actor = analysis.actors[index]!;
    const marks = (annotation.actorMarks[index] ??= []);
    for (let i = firstMentionFrom(actor.mentions, from); i < actor.mentions.length; i++) {
      const mention = actor.mentions[i]!;
      if (mention.start >= to) break;
      if (mention.end > mention.start) paint('actor', index, actor.type, mention.start, mention.end, marks);
      if (++count % 128 === 0) yield;
    }
  }
}

export interface AnnotateOptions {
  /** Called between slices of work so the page stays responsive; omit to do everything in one go. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of work per slice (default SLICE_MS). */
  chunkMs?: number;
  /** Told when each step begins (the benchmark names its long tasks by it). */
  onPhase?: (phase: 'article' | 'text map' | 'analysis' | 'painting') => void;
  /** The first highlights are on the page (before the rest of a long article is analyzed). */
  onFirstPaint?: () => void;
}

/** Runs a job in time slices when the caller lets the page breathe, else in one go. */
function run<T>(steps: Steps<T>, options: AnnotateOptions): Promise<T> | T {
  return options.yieldToPage ? runSliced(steps, options.yieldToPage, options.chunkMs) : runToEnd(steps);
}

/** Finds, analyzes and highlights the page's article. */
export async function annotate(doc: Document, analyze: Analyzer, options: AnnotateOptions = {}): Promise<AnnotateOutcome> {
  if (doc.designMode === 'on') return { state: 'not-conflict', analysis: null, reason: 'the page is being edited' };
  options.onPhase?.('article');
  const article = await run(findArticleSteps(doc), options);
  const roots = article?.roots.filter((root) => !isEditable(root)) ?? [];
  if (!article || roots.length === 0) return { state: 'not-conflict', analysis: null, reason: 'no article text found on the page' };
  options.onPhase?.('text map');
  const map = await run(textMapSteps(roots, { exclude: article.exclude }), options);
  await options.yieldToPage?.();
  options.onPhase?.('analysis');
  const annotation: Annotation = {
    analysis: { language: 'und', conflicts: [], actors: [], quotes: [] },
    map,
    roots,
    highlighter: new Highlighter(doc),
    actorMarks: [],
    quoteMarks: [],
  };
  /** Parts analyzed while the verdict was not yet "conflict news": painted once it is. */
  const unpainted: Array<[number, number]> = [];
  const analysis = await analyzeInParts(map.text, analyze, async (merged, from, to) => {
    annotation.analysis = merged;
    unpainted.push([from, to]);
    if (!isConflictNews(merged)) return;
    options.onPhase?.('painting');
    for (const [a, b] of unpainted.splice(0)) await run(marksSteps(annotation, a, b), options);
    if (annotation.highlighter.size > 0) options.onFirstPaint?.();
  });
  annotation.analysis = analysis;
  if (!isConflictNews(analysis)) {
    annotation.highlighter.clear();
    const reason = analysis.language !== 'ar' ? `article language: ${analysis.language}` : 'the article is not about one of the six conflicts';
    return { state: analysis.language !== 'ar' ? 'not-arabic' : 'not-conflict', analysis, reason };
  }
  annotation.actorMarks = analysis.actors.map((_, i) => annotation.actorMarks[i] ?? []);
  annotation.quoteMarks = analysis.quotes.map((_, i) => annotation.quoteMarks[i] ?? []);
  return { state: 'annotated', annotation };
}

/** Takes every highlight of the annotation off the page. */
export function clearAnnotation(annotation: Annotation): void {
  annotation.highlighter.clear();
  annotation.actorMarks = annotation.actorMarks.map(() => []);
  annotation.quoteMarks = annotation.quoteMarks.map(() => []);
}

const MAX_REPORT_QUOTE_CHARS = 300;

function reportActor(actor: ActorResult, index: number): ReportActor {
  return { index, id: actor.id, type: actor.type, name: actor.name, about: actor.about, count: actor.mentions.length };
}

/** Quotes sent with their sentence for the memory (src/background/memory.ts keeps at most 300 per page). */
const MAX_CONTEXT_QUOTES = 300;
const MAX_CONTEXT_CHARS = 4000;

function reportQuote(text: string, quote: QuoteResult, index: number, context: QuoteContext | null | undefined): ReportQuote {
  const raw = text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim();
  return {
    index,
    kind: quote.kind,
    text: raw.length > MAX_REPORT_QUOTE_CHARS ? `${raw.slice(0, MAX_REPORT_QUOTE_CHARS - 1)}…` : raw,
    speaker: quote.speaker ? { id: quote.speaker.id, name: quote.speaker.name } : null,
    ...(context === undefined || (context && context.text.length > MAX_CONTEXT_CHARS) ? {} : { context }),
  };
}

/** The report the popup shows for an annotated page. */
export function reportOf(annotation: Annotation, url: string): PageReport {
  const { analysis, map } = annotation;
  // The first quotes with their sentence; null for a quote in a teaser or "read also" line.
  const contexts = quotesInContext(map.text, analysis.quotes.slice(0, MAX_CONTEXT_QUOTES));
  return {
    state: 'annotated',
    url: url.slice(0, 8192),
    language: analysis.language,
    conflicts: analysis.conflicts.slice(0, 10),
    actors: analysis.actors.slice(0, 5000).map(reportActor),
    quotes: analysis.quotes.slice(0, 5000).map((q, i) => reportQuote(map.text, q, i, contexts[i])),
  };
}
