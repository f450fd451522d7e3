// The article's text as a reader sees it, built from the live page's text
// nodes, with a map from every text offset back to (text node, offset).
//
// Blocks (p, div, li, h1…) are separated by "\n\n", <br> by "\n"; runs of
// HTML whitespace collapse to one space, as the browser renders them. The map
// is a list of segments, each a run of characters that sit one-to-one in one
// text node (a newline rendered as a space still maps to its own position);
// a segment breaks only where characters were dropped.

import { EDITABLE_SELECTOR } from './editable';
import { runToEnd, type Steps } from './slices';

export interface Segment {
  /** [start, end) in the map's text. */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node` of the character at `start`. */
  nodeOffset: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** A stretch of one text node: [start, end) in node offsets. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextMapOptions {
  /** Elements whose whole subtree is left out (beyond the built-in ones: script, style, …). */
  exclude?: (element: Element) => boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'BODY',
]);

/** Elements whose text is not article text, or not text a reader sees. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'SVG', 'MATH',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** Built-in exclusions: invisible or non-text elements, editable content and Sada's own card host. */
export function isSkippedElement(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('data-sada-host') ||
    element.matches(EDITABLE_SELECTOR)
  );
}

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/** Builds the text of `roots` (in the order given; each is at least one block) and its map. */
export function buildTextMap(roots: Element | readonly Element[], options: TextMapOptions = {}): TextMap {
  return runToEnd(textMapSteps(roots, options));
}

/** Nodes visited between two yields of textMapSteps. */
const NODES_PER_STEP = 256;

/** buildTextMap as a job that yields every few hundred nodes (see slices.ts). */
export function* textMapSteps(roots: Element | readonly Element[], options: TextMapOptions = {}): Steps<TextMap> {
  const exclude = options.exclude;
  const chunks: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  /** The last character emitted is a space or a break (or nothing yet): drop leading whitespace. */
  let atSpace = true;
  let pending: '' | '\n' | '\n\n' = '';

  const emitBreak = (kind: '\n' | '\n\n') => {
    if (length === 0) return;
    // Two <br>s in a row make a paragraph break, as they do on the screen.
    pending = pending === '\n\n' || (kind === '\n' && pending === '\n') ? '\n\n' : kind;
    atSpace = true; // whitespace up to the next text is dropped
  };

  /** Trailing space before a break (or at the end) is not text a reader sees. */
  const trimTrailingSpace = () => {
    const last = chunks[chunks.length - 1];
    if (last === undefined || !last.endsWith(' ')) return;
    chunks[chunks.length - 1] = last.slice(0, -1);
    length--;
    const seg = segments[segments.length - 1];
    if (seg && seg.end > length) {
      seg.end = length;
      if (seg.end <= seg.start) segments.pop();
    }
  };

  const flushPending = () => {
    if (!pending) return;
    trimTrailingSpace();
    chunks.push(pending);
    length += pending.length;
    pending = '';
    atSpace = true;
  };

  const emit = (node: Text, nodeOffset: number, text: string) => {
    if (!text) return;
    flushPending();
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === length && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += text.length;
    } else {
      segments.push({ start: length, end: length + text.length, node, nodeOffset });
    }
    chunks.push(text);
    length += text.length;
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    let from = 0;
    WHITESPACE_RUN.lastIndex = 0;
    for (let match = WHITESPACE_RUN.exec(data); match; match = WHITESPACE_RUN.exec(data)) {
      if (match.index > from) {
        emit(node, from, data.slice(from, match.index));
        atSpace = false;
      }
      if (!atSpace) {
        // The run renders as one space; it maps to the run's first character.
        emit(node, match.index, ' ');
        atSpace = true;
      }
      from = match.index + match[0].length;
    }
    if (from < data.length) {
      emit(node, from, from === 0 ? data : data.slice(from));
      atSpace = false;
    }
  };

  // Depth first, without recursion, so that the walk can stop at any node and go on later.
  interface Frame {
    next: ChildNode | null;
    /** The frame's element is a block: a paragraph break after its last child. */
    block: boolean;
  }
  let visited = 0;
  for (const root of Array.isArray(roots) ? roots : [roots as Element]) {
    emitBreak('\n\n');
    const stack: Frame[] = [{ next: root.firstChild, block: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.next;
      if (!child) {
        stack.pop();
        if (frame.block) emitBreak('\n\n');
        continue;
      }
      frame.next = child.nextSibling;
      if (++visited % NODES_PER_STEP === 0) yield;
      if (child.nodeType === 3) {
        addText(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el) || (exclude && exclude(el))) continue;
        if (el.tagName === 'BR') {
          emitBreak('\n');
          continue;
        }
        const block = isBlockElement(el);
        if (block) emitBreak('\n\n');
        stack.push({ next: el.firstChild, block });
      }
    }
    emitBreak('\n\n');
  }
  trimTrailingSpace();
  return { text: chunks.join(''), segments };
}

/** Index of the first segment whose end is > offset (segments are sorted and disjoint). */
function firstSegmentEndingAfter(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map.segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The DOM position of a text offset. As a range start, a position in a
 * separator moves forward to the next text; as a range end (`edge: 'end'`),
 * it moves back to the end of the previous text.
 */
export function locate(map: TextMap, offset: number, edge: 'start' | 'end' = 'start'): NodePosition | null {
  if (edge === 'start') {
    const seg = map.segments[firstSegmentEndingAfter(map, offset)];
    if (!seg) return null;
    return { node: seg.node, offset: seg.nodeOffset + Math.max(0, offset - seg.start) };
  }
  const index = firstSegmentEndingAfter(map, offset - 1);
  let seg = map.segments[index];
  if (!seg || seg.start >= offset) seg = map.segments[index - 1];
  if (!seg) return null;
  return { node: seg.node, offset: seg.nodeOffset + (Math.min(offset, seg.end) - seg.start) };
}

/** The text-node stretches that [start, end) covers, in document order, skipping separators. */
export function piecesOf(map: TextMap, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  for (let i = firstSegmentEndingAfter(map, start); i < map.segments.length; i++) {
    const seg = map.segments[i]!;
    if (seg.start >= end) break;
    const from = seg.nodeOffset + Math.max(start, seg.start) - seg.start;
    const to = seg.nodeOffset + Math.min(end, seg.end) - seg.start;
    const prev = pieces[pieces.length - 1];
    const previousSeg = map.segments[i - 1];
    // Consecutive segments of one node are split only by dropped whitespace,
    // which lies inside the span when the span covers both sides of it.
    const continues =
      prev && prev.node === seg.node && previousSeg?.node === seg.node &&
      prev.end === previousSeg.nodeOffset + (previousSeg.end - previousSeg.start) && start <= seg.start;
    if (continues) prev.end = to;
    else if (to > from) pieces.push({ node: seg.node, start: from, end: to });
  }
  return pieces;
}

/** A live DOM Range for [start, end) of the map's text, or null when it holds no text. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = locate(map, start, 'start');
  const to = locate(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
