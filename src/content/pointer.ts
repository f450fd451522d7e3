// Reaching highlights that are ranges, not elements: which mark is under the
// pointer (the caret position at the point, then the range's boxes), and
// which mark comes next for the keyboard.

import type { Annotation } from './annotate';
import type { Highlighter, Mark } from './highlights';

/** The caret position (text node and offset) under a viewport point, or null. */
export type CaretLocator = (x: number, y: number) => { node: Node; offset: number } | null;

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** caretPositionFromPoint (standard; Firefox, Chromium 128+), else caretRangeFromPoint. */
export function browserCaretLocator(doc: Document): CaretLocator {
  const d = doc as unknown as CaretDocument;
  return (x, y) => {
    if (typeof d.caretPositionFromPoint === 'function') {
      const position = d.caretPositionFromPoint.call(doc, x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const range = d.caretRangeFromPoint.call(doc, x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
    return null;
  };
}

/** A point lies on one of the range's line boxes (a caret near the text, in a margin, does not count). */
function pointOnRange(range: Range, x: number, y: number): boolean {
  if (typeof range.getClientRects !== 'function') return true; // jsdom: no layout
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The mark under a viewport point: an actor before the quote around it. */
export function markAt(highlighter: Highlighter, caretAt: CaretLocator, x: number, y: number): Mark | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  return highlighter.at(caret.node, caret.offset).find((mark) => pointOnRange(mark.range, x, y)) ?? null;
}

export interface PointerOptions {
  caretAt?: CaretLocator;
  /** True when the event target is Sada's card. */
  isCard: (target: EventTarget | null) => boolean;
}

/**
 * Turns the reader's pointer moves into "over this mark" / "over nothing" /
 * "over the card", hit-testing at most once per animation frame.
 */
export class PointerTracker {
  private readonly caretAt: CaretLocator;
  private pending: { x: number; y: number } | null = null;
  private scheduled = false;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly onChange: (mark: Mark | null, overCard: boolean) => void,
    private readonly options: PointerOptions,
  ) {
    this.caretAt = options.caretAt ?? browserCaretLocator(doc);
  }

  moved(event: MouseEvent): void {
    if (this.options.isCard(event.target)) {
      this.pending = null;
      this.onChange(null, true);
      return;
    }
    this.pending = { x: event.clientX, y: event.clientY };
    if (this.scheduled) return;
    this.scheduled = true;
    const frame = this.doc.defaultView?.requestAnimationFrame?.bind(this.doc.defaultView) ?? ((cb: () => void) => setTimeout(cb, 16));
    frame(() => {
      this.scheduled = false;
      const point = this.pending;
      this.pending = null;
      if (point) this.onChange(markAt(this.highlighter, this.caretAt, point.x, point.y), false);
    });
  }
}

/**
 * The stops of the keyboard path: each direct quote and each actor mention
 * once (its first piece), in text order; a quote before an actor it holds.
 */
export function keyboardStops(annotation: Annotation): Mark[] {
  const stops: Mark[] = [];
  for (const marks of [...annotation.quoteMarks, ...annotation.actorMarks]) {
    for (const mark of marks ?? []) if (mark.first && !mark.range.collapsed && mark.range.startContainer.isConnected) stops.push(mark);
  }
  return stops.sort((a, b) => a.at - b.at || (a.kind === 'quote' ? -1 : 1));
}

/** The stop after (direction 1) or before (-1) `from`; the first or last stop when there is none. */
export function nextMark(annotation: Annotation, from: Mark | null, direction: 1 | -1): Mark | null {
  const stops = keyboardStops(annotation);
  if (stops.length === 0) return null;
  const at = from ? stops.indexOf(from) : -1;
  if (at < 0) return direction === 1 ? stops[0]! : stops[stops.length - 1]!;
  return stops[at + direction] ?? null;
}
