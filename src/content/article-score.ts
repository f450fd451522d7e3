// The article finder's one walk over the page (see article.ts): the text,
// link text and commas of every block, and Readability's scores: every block
// with enough prose of its own ("paragraph") scores by its length and
// commas, unless it is mostly links, and passes its score to its parent,
// grandparent and great-grandparent.

import { isSiteChrome } from './page-parts';
import type { Steps } from './slices';
import { isBlockElement, isSkippedElement } from './text-map';

/** Characters (trimmed) a block needs to count as a paragraph. */
const MIN_PARAGRAPH_CHARS = 25;
/** A container with more than this share of link text and little else is a teaser list or a promo. */
export const MAX_LINK_SHARE = 0.5;

/** Text, link text and commas of one block's own text (its descendant blocks count for themselves). */
export interface BlockStats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** Nodes visited between two yields of the article finder. */
export const NODES_PER_STEP = 256;

/** Scores the page's paragraphs in one walk and returns the best container with its score map. */
export function* scoreCandidates(body: Element): Steps<{ best: Element | null; scores: Map<Element, number>; stats: Map<Element, BlockStats> }> {
  const stats = new Map<Element, BlockStats>();
  // Depth first, without recursion, so that the walk can stop at any node and go on later.
  interface Frame {
    next: ChildNode | null;
    block: Element;
    inLink: boolean;
  }
  const stack: Frame[] = [{ next: body.firstChild, block: body, inLink: false }];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      continue;
    }
    frame.next = child.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
    if (child.nodeType === 3) {
      // Native string operations only (fast even before the engine has compiled this code),
      // and no arrays: this loop sees every text node of the page.
      const data = (child as Text).data;
      const chars = data.trim().length;
      if (chars === 0) continue;
      let commas = 0;
      for (let at = data.indexOf(','); at >= 0; at = data.indexOf(',', at + 1)) commas++;
      for (let at = data.indexOf('،'); at >= 0; at = data.indexOf('،', at + 1)) commas++;
      const block = frame.block;
      let s = stats.get(block);
      if (!s) stats.set(block, (s = { chars: 0, linkChars: 0, commas: 0 }));
      s.chars += chars;
      if (frame.inLink) s.linkChars += chars;
      s.commas += commas;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (isSkippedElement(el) || isSiteChrome(el)) continue;
      stack.push({ next: el.firstChild, block: isBlockElement(el) ? el : frame.block, inLink: frame.inLink || el.tagName === 'A' });
    }
  }

  const scores = new Map<Element, number>();
  const add = (el: Element | null, value: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + value);
  };
  for (const [block, s] of stats) {
    if (s.chars < MIN_PARAGRAPH_CHARS || s.linkChars / s.chars > MAX_LINK_SHARE) continue;
    const score = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
    // A block with its own prose counts for itself too (the article may be one <div> with <br>s).
    add(block, score);
    add(block.parentElement, score);
    add(block.parentElement?.parentElement ?? null, score / 2);
    add(block.parentElement?.parentElement?.parentElement ?? null, score / 3);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (el === body.ownerDocument.documentElement) continue;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return { best, scores, stats };
}

/** Text and link characters of an element's whole subtree, from the scoring walk's per-block counts (memoized; no recursion, whatever the depth). */
export function subtreeCounter(stats: Map<Element, BlockStats>): (element: Element) => BlockStats {
  const memo = new Map<Element, BlockStats>();
  interface Open {
    element: Element;
    next: Element | null;
    total: BlockStats;
  }
  const open = (element: Element): Open => {
    const own = stats.get(element);
    return { element, next: element.firstElementChild, total: { chars: own?.chars ?? 0, linkChars: own?.linkChars ?? 0, commas: own?.commas ?? 0 } };
  };
  const addTo = (total: BlockStats, part: BlockStats) => {
    total.chars += part.chars;
    total.linkChars += part.linkChars;
  };
  return (element) => {
    const known = memo.get(element);
    if (known) return known;
    const stack: Open[] = [open(element)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next;
      if (child) {
        top.next = child.nextElementSibling;
        const counted = memo.get(child);
        if (counted) addTo(top.total, counted);
        else stack.push(open(child));
        continue;
      }
      stack.pop();
      memo.set(top.element, top.total);
      if (stack.length > 0) addTo(stack[stack.length - 1]!.total, top.total);
    }
    return memo.get(element)!;
  };
}

export const linkShareOf = (counts: BlockStats) => (counts.chars ? counts.linkChars / counts.chars : 0);
