// Which stretch of the article's text the reader sees now, and the order of
// a long text's parts from it: the part holding it is analyzed and painted
// first (annotate.ts), then the others, nearest first.
// A binary search over the text map's segments (in document order, so top to
// bottom), each measured by a Range's box: about 2·log2(segments) layout
// reads on a page the browser has already laid out.

import type { Span } from '../core';
import type { Segment, TextMap } from './text-map';

type Box = Pick<DOMRect, 'top' | 'bottom' | 'height'>;

function boxOf(range: Range, segment: Segment): Box {
  const end = Math.min(segment.node.length, segment.nodeOffset + (segment.end - segment.start));
  range.setStart(segment.node, Math.min(segment.nodeOffset, end));
  range.setEnd(segment.node, end);
  return range.getBoundingClientRect();
}

/** The first segment for which `past` holds (segments in document order: `past` is false, then true). */
function firstPast(segments: readonly Segment[], past: (segment: Segment) => boolean): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (past(segments[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The text in the viewport, as [start, end) in `map.text` (empty at the end
 * when the reader is past the article, at the start when above it), or null
 * where nothing is laid out (no layout engine, a hidden article).
 */
export function visibleSpan(map: TextMap, view: Pick<Window, 'innerHeight'> | null): Span | null {
  const { segments } = map;
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last || !view || view.innerHeight <= 0) return null;
  const range = first.node.ownerDocument.createRange();
  // (jsdom has no layout: its ranges have no box at all.)
  if (typeof range.getBoundingClientRect !== 'function') return null;
  if (boxOf(range, first).height === 0 && boxOf(range, last).height === 0) return null;
  const from = firstPast(segments, (segment) => boxOf(range, segment).bottom > 0);
  const to = firstPast(segments, (segment) => boxOf(range, segment).top >= view.innerHeight);
  const start = segments[from]?.start ?? map.text.length;
  const end = Math.max(start, segments[to]?.start ?? map.text.length);
  return { start, end };
}

/** How far a part lies from the visible text (0: it holds some of it). */
function distance(part: Span, visible: Span): number {
  if (part.end <= visible.start) return visible.start - part.end + 1;
  if (part.start >= visible.end) return part.start - visible.end + 1;
  return 0;
}

/** The order in which to analyze the parts: those holding the visible text first, then the others, nearest first. */
export function partOrder(parts: readonly Span[], visible: Span | null): number[] {
  const order = parts.map((_, i) => i);
  return visible ? order.sort((a, b) => distance(parts[a]!, visible) - distance(parts[b]!, visible) || a - b) : order;
}
