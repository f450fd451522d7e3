// From the live page to highlights and back: find the article, build its
// text, analyze it, wrap actor mentions and direct quotes, and undo it all.

import { quotesInContext, type ActorResult, type Analysis, type QuoteResult, type QuoteContext } from '../core';
import type { PageReport, ReportActor, ReportQuote } from '../shared/messages';
import { findArticleSteps } from './article';
import { TYPE_LABELS } from './labels';
import { runSliced, runToEnd, SLICE_MS, type Steps } from './slices';
import { textMapSteps, type TextMap } from './text-map';
import { unwrap, WrapJob, type WrapSpan, type Wrapping } from './wrap';

export type Analyzer = (text: string, options?: { stopEarly?: boolean }) => Analysis;

/** Articles longer than this are analyzed in parts (a news article is far shorter: it is analyzed whole). */
export const ANALYZE_WHOLE_MAX_CHARS = 40_000;
/** The size of a part: the page gets the main thread back between parts (a part takes ~10–20 ms to analyze). */
export const ANALYZE_CHUNK_CHARS = 2_000;

/**
 * Analyzes a very long article (a live blog, a 3 MB page) in parts cut at
 * paragraph breaks, so that no single task blocks the page for seconds, and
 * merges the parts: offsets shifted, an actor's mentions gathered under one
 * entry, a conflict's best score kept. Short articles go in one piece.
 */
export async function analyzeInParts(text: string, analyze: Analyzer, yieldToPage?: () => Promise<void>): Promise<Analysis> {
  if (text.length <= ANALYZE_WHOLE_MAX_CHARS || !yieldToPage) return analyze(text);
  const merged: Analysis = { language: 'und', conflicts: [], actors: [], quotes: [] };
  const actorByKey = new Map<string, ActorResult>();
  const conflictScores = new Map<string, number>();
  const languages = new Map<string, number>();
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + ANALYZE_CHUNK_CHARS);
    if (to < text.length) {
      // Cut at the paragraph break nearest the part's size (a quote and its speaker stay together).
      const after = text.indexOf('\n\n', to);
      const before = text.lastIndexOf('\n\n', to);
      if (after >= 0 && after - from <= ANALYZE_CHUNK_CHARS * 1.5) to = after;
      else if (before > from) to = before;
    }
    const part = analyze(text.slice(from, to), { stopEarly: false });
    languages.set(part.language, (languages.get(part.language) ?? 0) + (to - from));
    for (const c of part.conflicts) conflictScores.set(c.id, Math.max(conflictScores.get(c.id) ?? 0, c.score));
    for (const actor of part.actors) {
      const key = actor.id ?? `?${actor.name.ar}`;
      let entry = actorByKey.get(key);
      if (!entry) {
        entry = { ...actor, mentions: [] };
        actorByKey.set(key, entry);
        merged.actors.push(entry);
      }
      for (const m of actor.mentions) entry.mentions.push({ ...m, start: m.start + from, end: m.end + from });
    }
    for (const q of part.quotes) {
      merged.quotes.push({ ...q, start: q.start + from, end: q.end + from, speaker: q.speaker ? { ...q.speaker, start: q.speaker.start + from, end: q.speaker.end + from } : null });
    }
    from = to;
    await yieldToPage();
  }
  merged.language = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  merged.conflicts = [...conflictScores].map(([id, score]) => ({ id, score }) as Analysis['conflicts'][number]).sort((a, b) => b.score - a.score);
  if (merged.language !== 'ar' || merged.conflicts.length === 0) return { ...merged, actors: [], quotes: [] };
  return merged;
}

export interface Annotation {
  analysis: Analysis;
  map: TextMap;
  wrapping: Wrapping;
  /** Block elements of the article. */
  roots: Element[];
  /** For each actor index, its highlight elements in document order. */
  actorElements: Element[][];
  /** For each quote index (analysis.quotes), its highlight elements (direct quotes only). */
  quoteElements: Element[][];
}

export type AnnotateOutcome =
  | { state: 'annotated'; annotation: Annotation }
  | { state: 'not-arabic' | 'not-conflict'; analysis: Analysis | null; reason: string };

const MAX_REPORT_QUOTE_CHARS = 300;

type SpansAndOwners = { spans: WrapSpan[]; owners: Array<{ kind: 'actor' | 'quote'; index: number }> };

/** The page's spans to wrap: every actor mention and every direct quote, with the attribute contract. */
export function spansOf(analysis: Analysis): SpansAndOwners {
  return runToEnd(spansSteps(analysis));
}

/** spansOf as a job that yields every few hundred spans (a 3 MB page has tens of thousands). */
export function* spansSteps(analysis: Analysis): Steps<SpansAndOwners> {
  const spans: WrapSpan[] = [];
  const owners: Array<{ kind: 'actor' | 'quote'; index: number }> = [];
  for (let index = 0; index < analysis.quotes.length; index++) {
    const quote = analysis.quotes[index]!;
    if (index % 256 === 255) yield;
    if (quote.kind !== 'direct' || quote.end <= quote.start) continue;
    const speaker = quote.speaker?.name ?? '';
    spans.push({
      start: quote.start,
      end: quote.end,
      kind: 'quote',
      attributes: { 'data-sada': 'quote', 'data-sada-speaker': quote.speaker?.id ?? '', 'data-sada-index': String(index) },
      firstAttributes: { tabindex: '0', role: 'button', 'aria-label': speaker ? `اقتباس على لسان ${speaker}` : 'اقتباس' },
    });
    owners.push({ kind: 'quote', index });
  }
  let count = 0;
  for (let index = 0; index < analysis.actors.length; index++) {
    const actor = analysis.actors[index]!;
    for (const mention of actor.mentions) {
      if (++count % 256 === 0) yield;
      if (mention.end <= mention.start) continue;
      spans.push({
        start: mention.start,
        end: mention.end,
        kind: 'actor',
        attributes: { 'data-sada': 'actor', 'data-sada-id': actor.id ?? '', 'data-sada-type': actor.type, 'data-sada-index': String(index) },
        firstAttributes: {
          tabindex: '0',
          role: 'button',
          'aria-label': `${mention.surface}: ${actor.name.ar || mention.surface}، ${TYPE_LABELS[actor.type].ar}`,
        },
      });
      owners.push({ kind: 'actor', index });
    }
  }
  return { spans, owners };
}

export interface AnnotateOptions {
  /** Called between wrapping chunks so the page stays responsive; omit to wrap in one go. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of work per slice (default SLICE_MS). */
  chunkMs?: number;
  /**
   * Builds the analyzer's lazy data (the gazetteer index) in a task of its
   * own, so that it does not add to the first analysis part's task.
   */
  warmUp?: () => void;
  /** Told when each step begins (the benchmark names its long tasks by it). */
  onPhase?: (phase: 'article' | 'text map' | 'warm-up' | 'analysis' | 'wrapping') => void;
  /** Called after each chunk (main.ts drops the mutation records its own wrapping caused). */
  afterChunk?: () => void;
}

/** Runs a job in time slices when the caller lets the page breathe, else in one go. */
function run<T>(steps: Steps<T>, options: AnnotateOptions): Promise<T> | T {
  return options.yieldToPage ? runSliced(steps, options.yieldToPage, options.chunkMs) : runToEnd(steps);
}

/** Finds, analyzes and highlights the page's article. */
export async function annotate(doc: Document, analyze: Analyzer, options: AnnotateOptions = {}): Promise<AnnotateOutcome> {
  options.onPhase?.('article');
  const article = await run(findArticleSteps(doc), options);
  if (!article) return { state: 'not-conflict', analysis: null, reason: 'no article text found on the page' };
  options.onPhase?.('text map');
  const map = await run(textMapSteps(article.roots, { exclude: article.exclude }), options);
  await options.yieldToPage?.();
  if (options.warmUp && options.yieldToPage) {
    options.onPhase?.('warm-up');
    options.warmUp();
    await options.yieldToPage();
  }
  options.onPhase?.('analysis');
  const analysis = await analyzeInParts(map.text, analyze, options.yieldToPage);
  if (analysis.language !== 'ar') return { state: 'not-arabic', analysis, reason: `article language: ${analysis.language}` };
  if (analysis.conflicts.length === 0) return { state: 'not-conflict', analysis, reason: 'the article is not about one of the six conflicts' };

  await options.yieldToPage?.();
  options.onPhase?.('wrapping');
  const { spans, owners } = await run(spansSteps(analysis), options);
  const job = new WrapJob(map, spans, doc, { lazy: options.yieldToPage !== undefined });
  for (;;) {
    const done = job.step(options.yieldToPage ? (options.chunkMs ?? SLICE_MS) : Infinity);
    options.afterChunk?.();
    if (done) break;
    await options.yieldToPage!();
  }
  const actorElements: Element[][] = analysis.actors.map(() => []);
  const quoteElements: Element[][] = analysis.quotes.map(() => []);
  job.result.elements.forEach((elements, i) => {
    const owner = owners[i]!;
    (owner.kind === 'actor' ? actorElements : quoteElements)[owner.index]!.push(...elements);
  });
  return { state: 'annotated', annotation: { analysis, map, wrapping: job.result, roots: article.roots, actorElements, quoteElements } };
}

/** Removes every highlight of the annotation and restores the page's text nodes. */
export function clearAnnotation(annotation: Annotation): void {
  unwrap(annotation.wrapping);
  annotation.actorElements = annotation.actorElements.map(() => []);
  annotation.quoteElements = annotation.quoteElements.map(() => []);
}

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
