// Finds the main article on the live page: the block elements that hold it
// (in document order) and the parts inside them to leave out.
//
// Scoring follows Readability's idea, on the live DOM in one pass: every
// block with enough prose of its own ("paragraph") scores by its length and
// commas, unless it is mostly links, and passes its score to its parent,
// grandparent and great-grandparent. The best-scored element is the article;
// siblings that score well join it; the page's headline joins too. Inside,
// navigation, sidebars, comments, share bars, teaser lists ("اقرأ أيضاً",
// "مقالات مشابهة") and link lists are excluded.

import labels from '../../data/article-sections.json';
import { foldForKeywords } from './fold';
import { runToEnd, type Steps } from './slices';
import { isBlockElement, isSkippedElement } from './text-map';

export interface Article {
  /** Block elements holding the article, in document order (the headline first when it stands outside). */
  roots: Element[];
  /** Elements inside the roots that are not article text. */
  excluded: Set<Element>;
  /** Pass as TextMapOptions.exclude. */
  exclude: (element: Element) => boolean;
}

/** Tags that never hold the article. */
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'menu', 'menubar', 'alert']);
/** Class/id words that mark a part that is never the article. */
const STRONG_BOILERPLATE = /(?:^|[\s_-])(?:comments?|commentlist|disqus|sidebar|side-bar|related|share|sharing|social|breadcrumbs?|newsletter|subscribe|outbrain|taboola|most-?read|popular|trending|recommend(?:ed|ations)?|teasers?|read-?more|read-?also|tags?|keywords|cookie|advert(?:isement)?|ads?|sponsor(?:ed)?|promo)(?:$|[\s_-])/i;
/** Weaker words: only when nothing in the name says "content". */
const WEAK_BOILERPLATE = /(?:^|[\s_-])(?:nav|navbar|menu|header|masthead|banner|footer|widget|toolbar|login|signup|modal|popup)(?:$|[\s_-])/i;
const CONTENT_NAME = /article|content|story|entry|post|body|text|main|news-?details?/i;

/** Characters (trimmed) a block needs to count as a paragraph. */
const MIN_PARAGRAPH_CHARS = 25;

const sectionLabels = labelPattern(labels.sectionLabels);
const inlineLabels = labelPattern(labels.inlineLabels);

function nameOf(element: Element): string {
  const cls = element.getAttribute('class') ?? '';
  return element.id ? `${cls} ${element.id}` : cls;
}

/** A part of the page that is never article text, judged by its tag, role and class/id. */
export function isBoilerplate(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (BOILERPLATE_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  if (element.getAttribute('itemprop') === 'articleBody') return false;
  const name = nameOf(element);
  if (!name) return false;
  if (STRONG_BOILERPLATE.test(name)) return true;
  return WEAK_BOILERPLATE.test(name) && !CONTENT_NAME.test(name);
}

interface BlockStats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** The first `max` characters of an element's text, without reading all of it (depth first, stops early). */
function leadingText(element: Element, max = 60): string {
  let out = '';
  let node: Node | null = element.firstChild;
  while (node && out.length < max + 20) {
    if (node.nodeType === 3) out += (node as Text).data;
    if (node.firstChild && node.nodeType === 1 && !isSkippedElement(node as Element)) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== element) node = node.parentNode;
    if (!node || node === element) break;
    node = node.nextSibling;
  }
  return out.trim().slice(0, max);
}

/** One anchored pattern per label list, on folded text: a label at the start of a block, then a space, a colon or the end. */
function labelPattern(list: readonly string[]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const folded = [...new Set(list.map((label) => foldForKeywords(label).replace(/\s+/g, ' ').trim()))];
  return new RegExp(`^(?:${folded.sort((a, b) => b.length - a.length).map(escape).join('|')})`);
}

function startsWithLabel(element: Element, pattern: RegExp): boolean {
  return pattern.test(foldForKeywords(leadingText(element, 40)).replace(/\s+/g, ' '));
}

function linkDensity(element: Element): number {
  const total = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of element.querySelectorAll('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / total;
}

/** Nodes visited between two yields of the article finder. */
const NODES_PER_STEP = 256;

/** Scores the page's paragraphs in one walk and returns the best container with its score map. */
function* scoreCandidates(body: Element): Steps<{ best: Element | null; scores: Map<Element, number>; stats: Map<Element, BlockStats> }> {
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
      if (isSkippedElement(el) || isBoilerplate(el)) continue;
      stack.push({ next: el.firstChild, block: isBlockElement(el) ? el : frame.block, inLink: frame.inLink || el.tagName === 'A' });
    }
  }

  const scores = new Map<Element, number>();
  const add = (el: Element | null, value: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + value);
  };
  for (const [block, s] of stats) {
    if (s.chars < MIN_PARAGRAPH_CHARS || s.linkChars / s.chars > 0.5) continue;
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

/**
 * Elements inside `root` that are not article text. `stats` (each block's own
 * text, from the scoring walk) spares reading every paragraph's text again:
 * only short blocks are read for a label, only containers for link density.
 */
function* findExclusions(root: Element, excluded: Set<Element>, stats: Map<Element, BlockStats>): Steps<void> {
  const isShort = (el: Element, limit: number) => {
    const own = stats.get(el);
    if (own && (el.tagName === 'P' || el.tagName === 'LI' || /^H[1-6]$/.test(el.tagName))) return own.chars < limit;
    if (own && own.chars >= limit) return false;
    // A block with no text of its own (a container) is measured by reading it.
    return leadingText(el, limit * 2).replace(/\s+/g, '').length < limit;
  };
  const linkShare = (el: Element) => {
    const own = stats.get(el);
    return own && (el.tagName === 'P' || el.tagName === 'LI') ? own.linkChars / own.chars : linkDensity(el);
  };
  // Depth first over elements, without recursion: each entry is the next child to look at in one container.
  const stack: Array<Element | null> = [root.firstElementChild];
  let visited = 0;
  while (stack.length > 0) {
    const child = stack[stack.length - 1]!;
    if (!child) {
      stack.pop();
      continue;
    }
    const next = child.nextElementSibling;
    stack[stack.length - 1] = next;
    if (++visited % NODES_PER_STEP === 0) yield;
    const visit = () => stack.push(child.firstElementChild);
    const tag = child.tagName.toUpperCase();
    if (isSkippedElement(child)) {
      // left out by the text map already
    } else if (isBoilerplate(child)) {
      excluded.add(child);
    } else if (/^H[1-6]$/.test(tag) || (isBlockElement(child) && isShort(child, 35))) {
      if (startsWithLabel(child, sectionLabels)) {
        // The rest of this container is the related/comments section.
        for (let rest: Element | null = child; rest; rest = rest.nextElementSibling) excluded.add(rest);
        stack[stack.length - 1] = null;
      } else if (startsWithLabel(child, inlineLabels)) {
        excluded.add(child);
        if (next && linkShare(next) > 0.5) excluded.add(next);
      } else {
        visit();
      }
    } else if ((tag === 'P' || tag === 'LI' || tag === 'DIV') && isShort(child, 200) && startsWithLabel(child, inlineLabels)) {
      excluded.add(child);
    } else if ((tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'P' || tag === 'LI' || tag === 'TABLE') && linkShare(child) > 0.6) {
      excluded.add(child);
    } else {
      visit();
    }
  }
}

/** The page's headline: the first h1 with some text that is not in a boilerplate part. */
function findHeadline(doc: Document): Element | null {
  for (const h1 of doc.querySelectorAll('h1')) {
    if ((h1.textContent ?? '').trim().length < 10) continue;
    let inBoilerplate = false;
    for (let el = h1.parentElement; el && !inBoilerplate; el = el.parentElement) inBoilerplate = isBoilerplate(el);
    if (!inBoilerplate) return h1;
  }
  return null;
}

/** The main article of the page, or null when the page has no prose to speak of. */
export function findArticle(doc: Document = document): Article | null {
  return runToEnd(findArticleSteps(doc));
}

/** findArticle as a job that yields every few hundred nodes (see slices.ts). */
export function* findArticleSteps(doc: Document = document): Steps<Article | null> {
  const body = doc.body;
  if (!body) return null;
  const { best, scores, stats } = yield* scoreCandidates(body);
  if (!best) return null;
  const bestScore = scores.get(best) ?? 0;

  // Siblings that score well are parts of the same article (a lead, a second body block).
  const roots: Element[] = [];
  const parent = best.parentElement;
  if (parent && best !== body) {
    const threshold = Math.max(3, bestScore * 0.2);
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === best || (!isBoilerplate(sib) && !isSkippedElement(sib) && (scores.get(sib) ?? 0) >= threshold)) roots.push(sib);
    }
  } else {
    roots.push(best);
  }

  const headline = findHeadline(doc);
  if (headline && !roots.some((root) => root.contains(headline))) {
    // Only a headline that comes before the article is its title.
    if (headline.compareDocumentPosition(roots[0]!) & 4 /* FOLLOWING */) roots.unshift(headline);
  }

  const excluded = new Set<Element>();
  for (const root of roots) yield* findExclusions(root, excluded, stats);
  return { roots, excluded, exclude: (element) => excluded.has(element) };
}
