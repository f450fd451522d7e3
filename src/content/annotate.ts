// From the live page to highlights and back: find the article, build its
// text, have it analyzed (in the background, where the analyzer stays warm),
// and paint actor mentions and direct quotes as ranges (highlights.ts). A
// long article is analyzed in parts and painted part by part, its top first.

import { analysisParts, mergeParts, quotesInContext, type ActorResult, type Analysis, type PartResult, type QuoteResult, type QuoteContext } from '../core';
import type { PageReport, ReportActor, ReportQuote } from '../shared/messages';
import { findArticleSteps } from './article';
import { editableChecker, isEditable } from './editable';
import { Highlighter, type Mark } from './highlights';
import { runSliced, runToEnd, type Steps } from './slices';
import { piecesOf, textMapSteps, type TextMap } from './text-map';

/** Text in, analysis out: the background's analyzer (main.ts) or, in tests, a local one. */
export type Analyzer = (text: string, options?: { stopEarly?: boolean }) => Analysis | Promise<Analysis>;

/** Where a part's actors and quotes sit in the merged analysis. */
export interface Placement {
  /** For each actor of the part, its index in the merged analysis. */
  actors: number[];
  /** The merged index of the part's first quote. */
  quoteBase: number;
}

/**
 * Places each part's actors and quotes where core's mergeParts puts them
 * (actors in order of first appearance, one entry per actor; quotes in
 * order), so a part can be painted before the rest of the text is analyzed.
 */
class Placer {
  private readonly actorByKey = new Map<string, number>();
  private quotes = 0;

  place(part: Analysis): Placement {
    const actors = part.actors.map((actor) => {
      const key = actor.id ?? `?${actor.name.ar}`;
      let index = this.actorByKey.get(key);
      if (index === undefined) this.actorByKey.set(key, (index = this.actorByKey.size));
      return index;
    });
    const quoteBase = this.quotes;
    this.quotes += part.quotes.length;
    return { actors, quoteBase };
  }
}

/** Arabic news about one of the conflicts: the analysis is worth painting. */
export const isConflictNews = (analysis: Analysis) => analysis.language === 'ar' && analysis.conflicts.length > 0;

/**
 * Analyzes the article text in core's parts (one for a news article; a live
 * blog or a 3 MB page has many), one `analyze` call per part, and merges
 * them as core does: the same result as analyze(text) in any surface.
 * `onPart` hears of each part as it arrives (offset and placement in the
 * merged result), so that its highlights can be painted at once.
 */
export async function analyzeInParts(
  text: string,
  analyze: Analyzer,
  onPart?: (part: Analysis, from: number, placement: Placement) => Promise<void> | void,
): Promise<Analysis> {
  const parts = analysisParts(text);
  const placer = new Placer();
  if (parts.length === 1) {
    const whole = await analyze(text);
    await onPart?.(whole, 0, placer.place(whole));
    return whole;
  }
  const results: PartResult[] = [];
  for (const { start, end } of parts) {
    const analysis = await analyze(text.slice(start, end), { stopEarly: false });
    results.push({ from: start, length: end - start, analysis });
    await onPart?.(analysis, start, placer.place(analysis));
  }
  return mergeParts(results);
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

/**
 * The marks of one analyzed part (its offsets from `from` in the article's
 * text): every direct quote and actor mention, one range per text node it
 * covers, none in editable content, filed under their merged indices.
 */
export function* marksSteps(annotation: Annotation, part: Analysis, from: number, placement: Placement): Steps<void> {
  const { map, highlighter } = annotation;
  const editable = editableChecker(map.segments[0]?.node.ownerDocument ?? document);
  const paint = (kind: Mark['kind'], index: number, type: Mark['type'], start: number, end: number, into: Mark[]) => {
    let first = true;
    for (const piece of piecesOf(map, start, end)) {
      if (editable(piece.node.parentElement) || piece.end > piece.node.length) continue;
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
  part.quotes.forEach((quote: QuoteResult, i) => {
    const index = placement.quoteBase + i;
    if (quote.kind === 'direct' && quote.end > quote.start) paint('quote', index, null, quote.start + from, quote.end + from, (annotation.quoteMarks[index] ??= []));
  });
  yield;
  part.actors.forEach((actor: ActorResult, i) => {
    const index = placement.actors[i]!;
    const marks = (annotation.actorMarks[index] ??= []);
    for (const mention of actor.mentions) {
      if (mention.end > mention.start) paint('actor', index, actor.type, mention.start + from, mention.end + from, marks);
      count++;
    }
  });
  if (count > 0) yield;
}

export interface AnnotateOptions {
  /** Called between slices of work so the page stays responsive; omit to do everything in one go. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of work per slice (default SLICE_MS). */
  chunkMs?: number;
  /** Told when each step begins (the benchmark names its long tasks by it). */
  onPhase?: (phase: 'article' | 'text map' | 'analysis' | 'painting') => void;
  /** The first highlights are on the page (before the rest of a long article is analyzed); `annotation.map` holds the article's text nodes. */
  onFirstPaint?: (annotation: Annotation) => void;
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
  /** Parts analyzed before any part read as conflict news: painted once one does. */
  const unpainted: Array<[Analysis, number, Placement]> = [];
  let paintable = false;
  const analysis = await analyzeInParts(map.text, analyze, async (part, from, placement) => {
    unpainted.push([part, from, placement]);
    paintable ||= isConflictNews(part);
    if (!paintable) return;
    options.onPhase?.('painting');
    for (const [p, f, pl] of unpainted.splice(0)) await run(marksSteps(annotation, p, f, pl), options);
    if (annotation.highlighter.size > 0) options.onFirstPaint?.(annotation);
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
