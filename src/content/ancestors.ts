// "Is this element, or one above it, such that …?" asked of many elements
// of one page. Walking up from each element is O(depth) per question: on a
// page nested 5,000 deep, thousands of questions make millions of steps in
// one task. Here each element is judged once: a question walks up only to
// the first element already judged, then fills in the verdicts on the way
// down (top-down, each carrying its parent's verdict).

/**
 * A memoized test: true when `test` holds for `element` or for an element
 * above it, below `top` (exclusive; null: up to the document). Each element
 * is tested at most once over all calls.
 */
export function ancestorOrSelf(test: (element: Element) => boolean, top: Element | null = null): (element: Element | null) => boolean {
  const known = new Map<Element, boolean>();
  const chain: Element[] = [];
  return (element) => {
    let verdict = false;
    for (let el: Element | null = element; el && el !== top; el = el.parentElement) {
      const seen = known.get(el);
      if (seen !== undefined) {
        verdict = seen;
        break;
      }
      chain.push(el);
    }
    while (chain.length > 0) {
      const el = chain.pop()!;
      verdict ||= test(el);
      known.set(el, verdict);
    }
    return verdict;
  };
}
