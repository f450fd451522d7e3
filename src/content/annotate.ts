// From the live page to highlights and back: find the article, build its
// text, analyze it, wrap actor mentions and direct quotes, and undo it all.

import type { ActorResult, Analysis, QuoteResult } from '../core/types';
import type { PageReport, ReportActor, ReportQuote } from '../shared/messages';
import { findArticle } from './article';
import { TYPE_LABELS } from './labels';
import { buildTextMap, type TextMap } from './text-map';
import { unwrap, WrapJob, type WrapSpan, type Wrapping } from './wrap';

export type Analyzer = (text: string, options?: { stopEarly?: boolean }) => Analysis;

/** Articles longer than this are analyzed in parts (a news article is far shorter: it is analyzed whole). */
export const ANALYZE_WHOLE_MAX_CHARS = 40_000;
/** The size of a part: the page gets the main thread back between parts. */
export const ANALYZE_CHUNK_CHARS = 8_000;

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
      const cut = text.indexOf('\n\n', to);
      to = cut < 0 || cut - from > ANALYZE_CHUNK_CHARS * 2 ? to : cut;
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

/** The page's spans to wrap: every actor mention and every direct quote, with the attribute contract. */
export function spansOf(analysis: Analysis): { spans: WrapSpan[]; owners: Array<{ kind: 'actor' | 'quote'; index: number }> } {
  const spans: WrapSpan[] = [];
  const owners: Array<{ kind: 'actor' | 'quote'; index: number }> = [];
  analysis.quotes.forEach((quote, index) => {
    if (quote.kind !== 'direct' || quote.end <= quote.start) return;
    const speaker = quote.speaker?.name ?? '';
    spans.push({
      start: quote.start,
      end: quote.end,
      kind: 'quote',
      attributes: { 'data-sada': 'quote', 'data-sada-speaker': quote.speaker?.id ?? '', 'data-sada-index': String(index) },
      firstAttributes: { tabindex: '0', role: 'button', 'aria-label': speaker ? `اقتباس على لسان ${speaker}` : 'اقتباس' },
    });
    owners.push({ kind: 'quote', index });
  });
  analysis.actors.forEach((actor, index) => {
    for (const mention of actor.mentions) {
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
  });
  return { spans, owners };
}

export interface AnnotateOptions {
  /** Called between wrapping chunks so the page stays responsive; omit to wrap in one go. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of wrapping per chunk (default 8). */
  chunkMs?: number;
  /** Called after each chunk (main.ts drops the mutation records its own wrapping caused). */
  afterChunk?: () => void;
}

/** Finds, analyzes and highlights the page's article. */
export async function annotate(doc: Document, analyze: Analyzer, options: AnnotateOptions = {}): Promise<AnnotateOutcome> {
  const article = findArticle(doc);
  if (!article) return { state: 'not-conflict', analysis: null, reason: 'no article text found on the page' };
  await options.yieldToPage?.();
  const map = buildTextMap(article.roots, { exclude: article.exclude });
  await options.yieldToPage?.();
  const analysis = await analyzeInParts(map.text, analyze, options.yieldToPage);
  if (analysis.language !== 'ar') return { state: 'not-arabic', analysis, reason: `article language: ${analysis.language}` };
  if (analysis.conflicts.length === 0) return { state: 'not-conflict', analysis, reason: 'the article is not about one of the six conflicts' };

  const { spans, owners } = spansOf(analysis);
  const job = new WrapJob(map, spans, doc);
  for (;;) {
    const done = job.step(options.yieldToPage ? (options.chunkMs ?? 8) : Infinity);
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

function reportQuote(text: string, quote: QuoteResult, index: number): ReportQuote {
  const raw = text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim();
  return {
    index,
    kind: quote.kind,
    text: raw.length > MAX_REPORT_QUOTE_CHARS ? `${raw.slice(0, MAX_REPORT_QUOTE_CHARS - 1)}…` : raw,
    speaker: quote.speaker ? { id: quote.speaker.id, name: quote.speaker.name } : null,
  };
}

/** The report the popup shows for an annotated page. */
export function reportOf(annotation: Annotation, url: string): PageReport {
  const { analysis, map } = annotation;
  return {
    state: 'annotated',
    url: url.slice(0, 8192),
    language: analysis.language,
    conflicts: analysis.conflicts.slice(0, 10),
    actors: analysis.actors.slice(0, 5000).map(reportActor),
    quotes: analysis.quotes.slice(0, 5000).map((q, i) => reportQuote(map.text, q, i)),
  };
}
