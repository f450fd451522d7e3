// "Is this element, or one above it, such that …?" (and "how many of them
// are?") asked of many elements of one page. Walking up from each element is
// O(depth) per question: on a page nested 5,000 deep, thousands of questions
// make millions of steps in one task. Here each element is judged once: a
// question walks up only to the first element already judged, then fills in
// the answers on the way down (top-down, each carrying its parent's).

/**
 * A memoized count: how many of `element` and the elements above it, below
 * `top` (exclusive; null: up to the document), pass `test`. Each element is
 * tested at most once over all calls.
 */
export function ancestorCounter(test: (element: Element) => boolean, top: Element | null = null): (element: Element | null) => number {
  const known = new Map<Element, number>();
  const chain: Element[] = [];
  return (element) => {
    let count = 0;
    for (let el: Element | null = element; el && el !== top; el = el.parentElement) {
      const seen = known.get(el);
      if (seen !== undefined) {
        count = seen;
        break;
      }
      chain.push(el);
    }
    while (chain.length > 0) {
      const el = chain.pop()!;
      if (test(el)) count++;
      known.set(el, count);
    }
    return count;
  };
}

/** A memoized test: true when `test` holds for `element` or an element above it, below `top` (see ancestorCounter). */
export function ancestorOrSelf(test: (element: Element) => boolean, top: Element | null = null): (element: Element | null) => boolean {
  const count = ancestorCounter(test, top);
  return (element) => count(element) > 0;
}
