// The one binary search of the analysis: positions in lists sorted by an
// offset (words, regions, paragraphs, quotes, mentions).

/** The first index whose key is at least `x` (or, `above`, greater than `x`); the list's length when none. */
function firstIndex<T>(xs: readonly T[], x: number, key: (item: T) => number, above: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = key(xs[mid]!);
    if (k < x || (above && k === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose key is at least `x` (the list sorted by key); the list's length when none. */
export const firstAtLeast = <T>(xs: readonly T[], x: number, key: (item: T) => number): number => firstIndex(xs, x, key, false);

/** The first index whose key is greater than `x`; the list's length when none. */
export const firstAbove = <T>(xs: readonly T[], x: number, key: (item: T) => number): number => firstIndex(xs, x, key, true);

/** The first index of a sorted list of numbers whose value is at least `x` (firstAtLeast with no key to call: the speaker stage asks it at every cue and word). */
export function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans asked again and again whether one of them overlaps a stretch: sorted by start once, with the furthest end reached so far. */
export class SpanOverlaps {
  private readonly starts: number[] = [];
  /** reach[i]: the largest end among the first i + 1 spans by start. */
  private readonly reach: number[] = [];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    let reach = -Infinity;
    // (Spans of equal start may come in any order: the furthest end counts for all of them alike.)
    for (const s of sortByStartLongestFirst(spans.slice())) {
      reach = Math.max(reach, s.end);
      this.starts.push(s.start);
      this.reach.push(reach);
    }
  }

  /** Does a span overlap [start, end) (begin before its end and end after its start)? In log time. */
  any(start: number, end: number): boolean {
    const before = lowerBound(this.starts, end);
    return before > 0 && this.reach[before - 1]! > start;
  }
}

/**
 * The items sorted by start, the longer first where two start together, in
 * their given order where both are equal: what `sort((a, b) => a.start -
 * b.start || b.end - a.end)` gives, sorted natively as numbers (start, end
 * and place packed in one) where the offsets allow. In place; returns `items`.
 */
export function sortByStartLongestFirst<T extends { start: number; end: number }>(items: T[]): T[] {
  const n = items.length;
  let top = 0;
  for (const { start, end } of items) top = Math.max(top, start, end);
  const offsets = top + 1;
  if (!(Number.isInteger(top) && offsets * offsets * n < 2 ** 53) || items.some(({ start, end }) => !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= 0))) {
    return items.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (items[i]!.start * offsets + (top - items[i]!.end)) * n + i;
  keys.sort();
  const order = items.slice();
  for (let i = 0; i < n; i++) items[i] = order[keys[i]! % n]!;
  return items;
}

/** Sorts spans by start in place (a stable sort), unless they are in order already, as most lists are: V8's sort copies the list first, sorted or not. */
export function sortByStart<T extends { start: number }>(xs: T[]): T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]!.start > xs[i]!.start) return xs.sort((a, b) => a.start - b.start);
  return xs;
}
