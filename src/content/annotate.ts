// From the live page to highlights and back: find the article, build its
// text, have it analyzed (in the background, where the analyzer stays warm),
// and paint actor mentions and direct quotes as ranges (highlights.ts). A
// long article is analyzed in parts and painted part by part, the part the
// reader sees first (viewport.ts), then the others nearest first.

import { analysisParts, mergeParts, quotesInContext, type ActorResult, type Analysis, type PartResult, type QuoteResult, type QuoteContext, type Span } from '../core';
import type { PageReport, ReportActor, ReportQuote } from '../shared/messages';
import { findArticleSteps } from './article';
import { editableChecker, isEditable } from './editable';
import { Highlighter, type Mark } from './highlights';
import { runSliced, runToEnd, type Steps } from './slices';
import { piecesOf, textMapSteps, type TextMap } from './text-map';
import { partOrder, visibleSpan } from './viewport';

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

export interface PartsAnalysis {
  /** The same result as core's analyze(text). */
  analysis: Analysis;
  /** For each part, in text order: where its actors and quotes sit in `analysis`. */
  placements: Placement[];
}

/**
 * Analyzes the article text in core's parts (one for a news article; a live
 * blog or a 3 MB page has many), one `analyze` call per part, the parts
 * holding the `visible` text first, and merges them as core does: the same
 * result as analyze(text) in any surface. `onPart` hears of each part as it
 * arrives (its analysis, offset and index in text order), so that its
 * highlights can be painted at once.
 */
export async function analyzeInParts(
  text: string,
  analyze: Analyzer,
  onPart?: (part: Analysis, from: number, index: number) => Promise<void> | void,
  visible: Span | null = null,
): Promise<PartsAnalysis> {
  const parts = analysisParts(text);
  if (parts.length === 1) {
    const whole = await analyze(text);
    await onPart?.(whole, 0, 0);
    return { analysis: whole, placements: [new Placer().place(whole)] };
  }
  const analyses: Analysis[] = [];
  for (const i of partOrder(parts, visible)) {
    const { start, end } = parts[i]!;
    const analysis = (analyses[i] = await analyze(text.slice(start, end), { stopEarly: false }));
    await onPart?.(analysis, start, i);
  }
  const placer = new Placer();
  const results: PartResult[] = parts.map(({ start, end }, i) => ({ from: start, length: end - start, analysis: analyses[i]! }));
  return { analysis: mergeParts(results), placements: analyses.map((analysis) => placer.place(analysis)) };
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

/** A direct quote or an actor mention to paint, under its index in the part's analysis. */
interface MarkSpan {
  kind: Mark['kind'];
  index: number;
  type: Mark['type'];
  start: number;
  end: number;
}

/** The part's direct quotes and actor mentions, offsets shifted by `from` (quotes first: they paint under actors). */
function markSpans(part: Analysis, from: number): MarkSpan[] {
  const spans: MarkSpan[] = [];
  part.quotes.forEach((quote: QuoteResult, index) => {
    if (quote.kind === 'direct' && quote.end > quote.start) spans.push({ kind: 'quote', index, type: null, start: quote.start + from, end: quote.end + from });
  });
  part.actors.forEach((actor: ActorResult, index) => {
    for (const { start, end } of actor.mentions) if (end > start) spans.push({ kind: 'actor', index, type: actor.type, start: start + from, end: end + from });
  });
  return spans;
}

/** Marks painted between two yields of marksSteps. */
const MARKS_PER_STEP = 200;

/**
 * Paints one analyzed part (its offsets from `from` in the article's text):
 * every direct quote and actor mention, one range per text node it covers,
 * none in editable content; those in the `visible` text first. Each mark
 * goes into `into` under its index in the PART's analysis (fileMarks gives
 * it its index in the merged analysis once every part is in).
 */
export function* marksSteps(annotation: Pick<Annotation, 'map' | 'highlighter'>, part: Analysis, from: number, into: Mark[], visible: Span | null = null): Steps<void> {
  const { map, highlighter } = annotation;
  const editable = editableChecker(map.segments[0]?.node.ownerDocument ?? document);
  const spans = markSpans(part, from);
  const seen = (span: MarkSpan) => visible !== null && span.start < visible.end && span.end > visible.start;
  let painted = 0;
  for (const firstPass of visible ? [true, false] : [false]) {
    for (const span of spans) {
      if (visible && seen(span) !== firstPass) continue;
      let first = true;
      for (const piece of piecesOf(map, span.start, span.end)) {
        if (editable(piece.node.parentElement) || piece.end > piece.node.length) continue;
        const range = piece.node.ownerDocument.createRange();
        range.setStart(piece.node, piece.start);
        range.setEnd(piece.node, piece.end);
        const mark: Mark = { kind: span.kind, index: span.index, type: span.type, range, at: span.start, first };
        first = false;
        highlighter.add(mark);
        into.push(mark);
      }
      if (++painted % MARKS_PER_STEP === 0) yield;
    }
    if (painted > 0) yield;
  }
}

/** Files every part's marks under their index in the merged analysis, each list in text order. */
function fileMarks(annotation: Annotation, partMarks: ReadonlyArray<Mark[] | undefined>, placements: readonly Placement[]): void {
  const { actorMarks, quoteMarks } = annotation;
  partMarks.forEach((marks, i) => {
    const placement = placements[i]!;
    for (const mark of marks ?? []) {
      mark.index = mark.kind === 'actor' ? placement.actors[mark.index]! : placement.quoteBase + mark.index;
      ((mark.kind === 'actor' ? actorMarks : quoteMarks)[mark.index] ??= []).push(mark);
    }
  });
  // Stable: the pieces of one mention or quote keep their order.
  for (const list of [...actorMarks, ...quoteMarks]) list?.sort((a, b) => a.at - b.at);
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
  /** The text the reader sees, analyzed and painted first (default: measured on the page, viewport.ts). */
  visibleText?: (map: TextMap) => Span | null;
}

/** The article's block elements (none that the reader may edit) and their text, as the analysis reads it. */
export interface ArticleText {
  roots: Element[];
  map: TextMap;
}

/**
 * Finds the article and builds its text map (null: no article text on the page). One place for both
 * annotate and the early request for its analysis (early-analysis.ts): the same page gives the same text.
 */
export function* articleTextSteps(doc: Document, onPhase?: AnnotateOptions['onPhase']): Steps<ArticleText | null> {
  onPhase?.('article');
  const article = yield* findArticleSteps(doc);
  const roots = article?.roots.filter((root) => !isEditable(root)) ?? [];
  if (!article || roots.length === 0) return null;
  onPhase?.('text map');
  return { roots, map: yield* textMapSteps(roots, { exclude: article.exclude }) };
}

/** Runs a job in time slices when the caller lets the page breathe, else in one go. */
function run<T>(steps: Steps<T>, options: AnnotateOptions): Promise<T> | T {
  return options.yieldToPage ? runSliced(steps, options.yieldToPage, options.chunkMs) : runToEnd(steps);
}

/**
 * Analyzes the article's text part by part, the visible part first, and
 * paints each part as it arrives (its visible marks first) once some part
 * reads as conflict news; parts analyzed before that wait for it.
 */
async function analyzeAndPaint(annotation: Annotation, analyze: Analyzer, visible: Span | null, options: AnnotateOptions) {
  const partMarks: Mark[][] = [];
  const unpainted: Array<[Analysis, number, number]> = [];
  let paintable = false;
  const parts = await analyzeInParts(
    annotation.map.text,
    analyze,
    async (part, from, index) => {
      unpainted.push([part, from, index]);
      paintable ||= isConflictNews(part);
      if (!paintable) return;
      options.onPhase?.('painting');
      for (const [p, f, i] of unpainted.splice(0)) await run(marksSteps(annotation, p, f, (partMarks[i] = []), visible), options);
      if (annotation.highlighter.size > 0) options.onFirstPaint?.(annotation);
    },
    visible,
  );
  return { ...parts, partMarks };
}

/** Finds, analyzes and highlights the page's article. */
export async function annotate(doc: Document, analyze: Analyzer, options: AnnotateOptions = {}): Promise<AnnotateOutcome> {
  if (doc.designMode === 'on') return { state: 'not-conflict', analysis: null, reason: 'the page is being edited' };
  const found = await run(articleTextSteps(doc, options.onPhase), options);
  if (!found) return { state: 'not-conflict', analysis: null, reason: 'no article text found on the page' };
  const { roots, map } = found;
  // No yield here: the analysis runs in the background, and the page has its thread while it waits for the answer.
  options.onPhase?.('analysis');
  const annotation: Annotation = {
    analysis: { language: 'und', conflicts: [], actors: [], quotes: [] },
    map,
    roots,
    highlighter: new Highlighter(doc),
    actorMarks: [],
    quoteMarks: [],
  };
  const visible = (options.visibleText ?? ((m) => visibleSpan(m, doc.defaultView)))(map);
  const { analysis, placements, partMarks } = await analyzeAndPaint(annotation, analyze, visible, options);
  annotation.analysis = analysis;
  if (!isConflictNews(analysis)) {
    annotation.highlighter.clear();
    const reason = analysis.language !== 'ar' ? `article language: ${analysis.language}` : 'the article is not about one of the six conflicts';
    return { state: analysis.language !== 'ar' ? 'not-arabic' : 'not-conflict', analysis, reason };
  }
  annotation.actorMarks = analysis.actors.map(() => []);
  annotation.quoteMarks = analysis.quotes.map(() => []);
  fileMarks(annotation, partMarks, placements);
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
