// Wraps text ranges of the live page in Sada's highlight elements, and undoes it.
//
// A range is wrapped piece by piece: each text node it touches gets its own
// element around the touched stretch, so Sada never moves or re-parents the
// page's elements and a quote across paragraphs or inline elements becomes
// several pieces. Within a text node, quote pieces are outer and actor
// pieces inner, so an actor named inside a quote nests in it.
//
// Text nodes are split with splitText, which keeps the original node as the
// first part; unwrapping moves the parts out of Sada's elements and appends
// them back onto that original node, so the page gets back the very nodes and
// text it had.

import type { Steps } from './slices';
import { piecesOf, type TextMap } from './text-map';

export type SpanKind = 'quote' | 'actor';

export interface WrapSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** Attributes set on every piece. */
  attributes: Record<string, string>;
  /** Attributes set on the first piece only (tabindex, aria-label…). */
  firstAttributes?: Record<string, string>;
}

export interface Wrapping {
  /** For each span passed in, its elements in document order (empty for a span that was dropped or held no text). */
  elements: Element[][];
  /** Text nodes created by splitting, in document order: unwrapping merges them back. */
  createdTexts: Text[];
}

/** The element name Sada wraps with: an unknown inline element, so the page's CSS for mark/span does not apply. */
export const HIGHLIGHT_TAG = 'sada-mark';

interface Interval {
  start: number;
  end: number;
  span: number;
  kind: SpanKind;
}

interface Part {
  node: Text;
  start: number;
  end: number;
  quote: Interval | null;
  actor: Interval | null;
}

/** Spans of one kind that overlap an earlier (or, at the same start, longer) one are dropped. */
function keepDisjoint(spans: readonly WrapSpan[], kind: SpanKind): number[] {
  const indices = spans
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => span.kind === kind && span.end > span.start)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: number[] = [];
  let reach = -1;
  for (const { span, index } of indices) {
    if (span.start < reach) continue;
    kept.push(index);
    reach = span.end;
  }
  return kept;
}

/** A wrapping in progress, so that a large page can be wrapped in chunks between which the page stays responsive. */
export class WrapJob {
  readonly result: Wrapping;
  private nodes: Text[] = [];
  private readonly intervals = new Map<Text, Interval[]>();
  /** Sorting the spans and finding their text nodes, until done (lazy jobs do it in step()). */
  private preparation: Steps<void> | null;
  private next = 0;

  constructor(
    map: TextMap,
    private readonly spans: readonly WrapSpan[],
    private readonly doc: Document = map.segments[0]?.node.ownerDocument ?? document,
    options: { lazy?: boolean } = {},
  ) {
    this.result = { elements: spans.map(() => []), createdTexts: [] };
    this.preparation = this.prepare(map);
    if (!options.lazy) this.finishPreparation(Infinity);
  }

  private *prepare(map: TextMap): Steps<void> {
    const spans = this.spans;
    const quotes = keepDisjoint(spans, 'quote');
    yield;
    const actors = keepDisjoint(spans, 'actor');
    yield;
    // Both lists are sorted by start: merged (quotes first at the same start), nodes enter the map in document order.
    const order: number[] = [];
    for (let q = 0, a = 0; q < quotes.length || a < actors.length; ) {
      const takeQuote = a >= actors.length || (q < quotes.length && spans[quotes[q]!]!.start <= spans[actors[a]!]!.start);
      order.push(takeQuote ? quotes[q++]! : actors[a++]!);
    }
    let count = 0;
    for (const index of order) {
      const span = spans[index]!;
      for (const piece of piecesOf(map, span.start, span.end)) {
        let list = this.intervals.get(piece.node);
        if (!list) this.intervals.set(piece.node, (list = []));
        list.push({ start: piece.start, end: piece.end, span: index, kind: span.kind });
      }
      if (++count % 256 === 0) yield;
    }
    this.nodes = [...this.intervals.keys()];
  }

  /** Goes on preparing until done or the deadline; true when prepared. */
  private finishPreparation(deadline: number): boolean {
    while (this.preparation) {
      if (this.preparation.next().done) this.preparation = null;
      else if (performance.now() >= deadline) return false;
    }
    return true;
  }

  get done(): boolean {
    return this.preparation === null && this.next >= this.nodes.length;
  }

  /** Wraps text nodes until `budgetMs` has passed; returns true when all are done. */
  step(budgetMs = Infinity): boolean {
    const deadline = performance.now() + budgetMs;
    if (!this.finishPreparation(deadline)) return false;
    let count = 0;
    while (this.next < this.nodes.length) {
      const node = this.nodes[this.next++]!;
      this.wrapNode(node, this.intervals.get(node)!);
      // Reading the clock costs too: look every 8 nodes.
      if ((++count & 7) === 0 && performance.now() >= deadline) break;
    }
    return this.done;
  }

  private wrapNode(node: Text, intervals: Interval[]): void {
    // The page may have changed the node since the map was built.
    const length = node.length;
    if (!node.parentNode || intervals.some((iv) => iv.end > length)) return;
    const cuts = new Set<number>();
    for (const iv of intervals) {
      if (iv.start > 0) cuts.add(iv.start);
      if (iv.end < length) cuts.add(iv.end);
    }
    const sortedCuts = [...cuts].sort((a, b) => a - b);
    // Split from the end so that earlier offsets stay valid in `node`.
    const tails: Text[] = [];
    for (let i = sortedCuts.length - 1; i >= 0; i--) tails.push(node.splitText(sortedCuts[i]!));
    tails.reverse();
    for (const tail of tails) this.result.createdTexts.push(tail);

    const bounds = [0, ...sortedCuts, length];
    const parts: Part[] = [node, ...tails].map((part, i) => {
      const start = bounds[i]!;
      const end = bounds[i + 1]!;
      const covering = (kind: SpanKind) =>
        intervals.find((iv) => iv.kind === kind && iv.start <= start && iv.end >= end) ?? null;
      return { node: part, start, end, quote: covering('quote'), actor: covering('actor') };
    });

    let i = 0;
    while (i < parts.length) {
      const part = parts[i]!;
      if (part.quote) {
        const quote = part.quote;
        const quoteElement = this.createElement(quote.span);
        part.node.parentNode!.insertBefore(quoteElement, part.node);
        while (i < parts.length && parts[i]!.quote === quote) i = this.placeActorRun(parts, i, quoteElement);
      } else if (part.actor) {
        i = this.placeActorRun(parts, i, null);
      } else {
        i++;
      }
    }
  }

  /**
   * Moves parts[i] (and the following parts with the same actor and quote)
   * into `container` (or leaves them in place when null), wrapped in an actor
   * element when they belong to one. Returns the index after the run.
   */
  private placeActorRun(parts: Part[], i: number, container: Element | null): number {
    const first = parts[i]!;
    if (!first.actor) {
      container?.appendChild(first.node);
      return i + 1;
    }
    const actorElement = this.createElement(first.actor.span);
    if (container) container.appendChild(actorElement);
    else first.node.parentNode!.insertBefore(actorElement, first.node);
    let j = i;
    while (j < parts.length && parts[j]!.actor === first.actor && parts[j]!.quote === first.quote) {
      actorElement.appendChild(parts[j]!.node);
      j++;
    }
    return j;
  }

  private createElement(spanIndex: number): Element {
    const span = this.spans[spanIndex]!;
    const element = this.doc.createElement(HIGHLIGHT_TAG);
    for (const [name, value] of Object.entries(span.attributes)) element.setAttribute(name, value);
    const pieces = this.result.elements[spanIndex]!;
    if (pieces.length === 0 && span.firstAttributes) {
      for (const [name, value] of Object.entries(span.firstAttributes)) element.setAttribute(name, value);
    }
    pieces.push(element);
    return element;
  }
}

/** Wraps all spans at once. */
export function wrapSpans(map: TextMap, spans: readonly WrapSpan[]): Wrapping {
  const job = new WrapJob(map, spans);
  job.step();
  return job.result;
}

/** Removes Sada's elements and joins split text nodes back into the page's original nodes. */
export function unwrap(wrapping: Wrapping): void {
  for (const pieces of wrapping.elements) {
    for (const element of pieces) {
      const parent = element.parentNode;
      if (!parent) continue;
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
      parent.removeChild(element);
    }
  }
  for (const text of wrapping.createdTexts) {
    const previous = text.previousSibling;
    if (!text.parentNode || !previous || previous.nodeType !== 3) continue;
    (previous as Text).appendData(text.data);
    text.parentNode.removeChild(text);
  }
  wrapping.elements = wrapping.elements.map(() => []);
  wrapping.createdTexts = [];
}
