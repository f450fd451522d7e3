// Pairs quotation marks into quoted stretches (outermost only), in one linear
// pass. Outlets use marks loosely: a quote over several paragraphs opens a mark
// at each paragraph and closes only at the end (or opens once and closes at the
// end), so a quote left open at a paragraph's end waits a few lines for its
// close (the next paragraph opens with a mark, or closes with an orphan mark).
import { isInvisible, isLineBreak, isLineBreakCode, isMarkOrLineBreakCode, isQuoteMarkCode } from '../chars';
import { classifyMark, isMarkAt, isSpace } from './marks';

/** A quoted stretch: the content [start, end), the marks from outerStart to outerEnd. */
export interface RawPair {
  outerStart: number;
  start: number;
  end: number;
  outerEnd: number;
}

/** A paragraph left with an open quote waits at most this many non-empty lines for its close. */
const MAX_CONTINUATION_LINES = 3;
/** …and at most this many characters. */
const MAX_CONTINUATION_CHARS = 6000;
/** Nesting deeper than this is noise (a text of only quote marks): extra openers are ignored. */
const MAX_DEPTH = 4;

interface Opening {
  markStart: number;
  contentStart: number;
}

/** The pass's state: the quote open on this line, the one left open by an earlier paragraph. */
class Pairing {
  readonly pairs: RawPair[] = [];
  private depth = 0;
  private outer: Opening | null = null;
  private lastClose = { start: -1, end: -1 };
  private pending: (Opening & { fallbackEnd: number; linesLeft: number }) | null = null;
  /**
   * A quote opened inside a paragraph while one left open before waits ('«… ⏎ … "X" …»', '"… ⏎ … "X"، … "'):
   * read as nested in the waiting one until the paragraph ends; with no close of the waiting one by then, the
   * quotes are read apart. `inner` is the nested quote open now, `closed` those closed so far.
   */
  private nested: { waiting: Opening & { fallbackEnd: number }; inner: Opening | null; closed: RawPair[] } | null = null;
  lineHasText = false;

  constructor(private readonly text: string) {}

  /** The content between the marks, without the spaces and line breaks at its edges. */
  emit(markStart: number, contentStart: number, contentEnd: number, markEnd: number): void {
    const text = this.text;
    const blank = (ch: string) => isSpace(ch) || isInvisible(ch) || isLineBreak(ch);
    let s = contentStart;
    let e = contentEnd;
    while (s < e && blank(text[s]!)) s++;
    while (e > s && blank(text[e - 1]!)) e--;
    if (e > s) this.pairs.push({ outerStart: markStart, start: s, end: e, outerEnd: markEnd });
  }

  /** The quote left open ends where its paragraph ended. */
  flushPending(): void {
    if (this.pending) this.emit(this.pending.markStart, this.pending.contentStart, this.pending.fallbackEnd, this.pending.fallbackEnd);
    this.pending = null;
  }

  endLine(at: number): void {
    if (this.nested) {
      // The quote waiting from the paragraph before did not close here: it ended with its own paragraph.
      const { waiting, inner, closed } = this.nested;
      this.emit(waiting.markStart, waiting.contentStart, waiting.fallbackEnd, waiting.fallbackEnd);
      for (const pair of closed) this.emit(pair.outerStart, pair.start, pair.end, pair.outerEnd);
      if (inner) this.pending = { markStart: inner.markStart, contentStart: inner.contentStart, fallbackEnd: at, linesLeft: MAX_CONTINUATION_LINES };
      this.depth = 0;
      this.outer = null;
    } else if (this.depth > 0 && this.outer) {
      if (this.depth > 1 && this.lastClose.start > this.outer.contentStart) {
        // An inner mark went unclosed: the outer quote ends at the line's last closer.
        this.emit(this.outer.markStart, this.outer.contentStart, this.lastClose.start, this.lastClose.end);
      } else {
        // (A literal, not a spread with keys added: a spread costs microseconds per object in Node 20.)
        this.pending = { markStart: this.outer.markStart, contentStart: this.outer.contentStart, fallbackEnd: at, linesLeft: MAX_CONTINUATION_LINES };
      }
      this.depth = 0;
      this.outer = null;
    } else if (this.pending && this.lineHasText) {
      this.pending.linesLeft -= 1;
      if (this.pending.linesLeft <= 0 || at - this.pending.fallbackEnd > MAX_CONTINUATION_CHARS) this.flushPending();
    }
    this.nested = null;
    this.lastClose = { start: -1, end: -1 };
    this.lineHasText = false;
  }

  /**
   * A mark (a run of adjacent marks) at [i, j). A closing run of different glyphs
   * (`›"`, `"»`) closes that many open quotes when that many are open: a quote
   * ending an outer quote. An opening run opens one.
   */
  mark(i: number, j: number, glyphs = 1): void {
    let role = classifyMark(this.text, i, j);
    if (role === 'either') role = this.depth > 0 || this.pending ? 'close' : 'open';
    const firstOnLine = !this.lineHasText;
    this.lineHasText = true;
    if (this.nested) {
      this.markInNested(role, i, j, glyphs);
    } else if (this.pending && firstOnLine && role === 'open') {
      // The paragraph opens with a mark: the quote of the paragraph before goes on.
      this.outer = { markStart: this.pending.markStart, contentStart: this.pending.contentStart };
      this.depth = 1;
      this.pending = null;
    } else if (role === 'open' && this.pending && this.depth === 0) {
      this.nested = { waiting: this.pending, inner: { markStart: i, contentStart: j }, closed: [] };
      this.outer = { markStart: this.pending.markStart, contentStart: this.pending.contentStart };
      this.depth = 2;
      this.pending = null;
    } else if (role === 'open') {
      if (this.pending) this.flushPending();
      if (this.depth === 0) this.outer = { markStart: i, contentStart: j };
      if (this.depth < MAX_DEPTH) this.depth++;
    } else if (this.depth > 0 && this.outer) {
      const closes = Math.min(this.depth, glyphs);
      this.depth -= closes;
      this.lastClose = { start: i, end: j };
      if (this.depth === 0) {
        // The inner quote's closing glyphs stay inside the outer quote's words.
        this.emit(this.outer.markStart, this.outer.contentStart, closes > 1 ? lastGlyphStart(this.text, i, j) : i, j);
        this.outer = null;
      }
    } else if (this.pending) {
      // An orphan closer in a later paragraph closes the quote left open.
      this.emit(this.pending.markStart, this.pending.contentStart, i, j);
      this.pending = null;
    }
  }

  /**
   * A mark while the quote of the paragraph before waits with one nested in it: an opener opens a nested one;
   * a closer closes the nested one open (at depth two) or, at depth one, the waiting quote (the nested ones stay
   * inside it). A run of different glyphs (`"»`) closes that many.
   */
  private markInNested(role: 'open' | 'close', i: number, j: number, glyphs: number): void {
    const nested = this.nested!;
    if (role === 'open') {
      if (this.depth === 1) nested.inner = { markStart: i, contentStart: j };
      if (this.depth < MAX_DEPTH) this.depth++;
      return;
    }
    let closes = Math.min(this.depth, glyphs);
    for (; closes > 0 && this.depth > 1; closes--, this.depth--) {
      if (this.depth === 2 && nested.inner) nested.closed.push({ outerStart: nested.inner.markStart, start: nested.inner.contentStart, end: i, outerEnd: j });
      if (this.depth === 2) nested.inner = null;
    }
    if (closes === 0) return;
    // The waiting quote closes (with the nested quote's glyphs, if any, inside its words).
    this.emit(nested.waiting.markStart, nested.waiting.contentStart, glyphs > 1 ? lastGlyphStart(this.text, i, j) : i, j);
    this.nested = null;
    this.outer = null;
    this.depth = 0;
  }
}

/** Where the last glyph of the mark run [i, j) begins ("›»" → the "»"). */
function lastGlyphStart(text: string, i: number, j: number): number {
  let k = j - 1;
  while (k > i && text[k - 1] === text[j - 1]) k--;
  return k;
}

/** Pairs quotation marks into quoted stretches (outermost only). Linear time. */
export function pairQuotationMarks(text: string): RawPair[] {
  const pairing = new Pairing(text);
  // (The loop in a function of its own: compiled on the stack as the loop ran (OSR), the code after it had no
  // type feedback and deoptimized at every call, some 20 times in 4 analyses of the bench page.)
  readMarks(text, pairing);
  pairing.endLine(text.length);
  pairing.flushPending();
  return outermost(pairing.pairs);
}

/** pairQuotationMarks' loop: the marks and line ends of the text, in order, told to `pairing`. */
function readMarks(text: string, pairing: Pairing): void {
  const n = text.length;
  // (The stop test in a local: a bundle's module-level names are read from its context, with a check, at every use.)
  const stops = isMarkOrLineBreakCode;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (isLineBreakCode(code)) {
      pairing.endLine(i++);
    } else if (!isQuoteMarkCode(code) || !isMarkAt(text, i)) {
      if (!pairing.lineHasText && !isSpace(text[i]!) && !isInvisible(text[i]!)) pairing.lineHasText = true;
      i++;
      // (Most characters are neither a line break nor a mark, on a line with text: passed here, a test each.)
      if (pairing.lineHasText) while (i < n && !stops(text.charCodeAt(i))) i++;
    } else {
      // A run of adjacent marks ("" or «« or "“) acts as one mark.
      let j = i + 1;
      let glyphs = 1;
      while (j < n && isMarkAt(text, j)) {
        if (text[j] !== text[j - 1]) glyphs++;
        j++;
      }
      pairing.mark(i, j, glyphs);
      i = j;
    }
  }
}

/** A quote continued over paragraphs may swallow quotes found inside it: keep the outer one. */
function outermost(pairs: RawPair[]): RawPair[] {
  pairs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawPair[] = [];
  for (const p of pairs) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    out.push(p);
  }
  return out;
}
