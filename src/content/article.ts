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
import boilerplate from '../../data/boilerplate.json';
import { ancestorOrSelf } from './ancestors';
import { foldForKeywords } from './fold';
import { partKind } from './page-parts';
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

/** Characters (trimmed) a block needs to count as a paragraph. */
const MIN_PARAGRAPH_CHARS = 25;
/** A container with more than this share of link text and little else is a teaser list or a promo. */
const MAX_LINK_SHARE = 0.5;
/** …"little else": at most this much text outside its links. */
const TEASER_MAX_OWN_CHARS = 200;
/** A byline or a boilerplate line is short. */
const BYLINE_MAX_CHARS = 120;
const TAIL_MAX_CHARS = 400;
/** A sibling block this long with this little link text is part of the article (a lead above the body). */
const LEAD_MIN_CHARS = 80;
const LEAD_MAX_LINK_SHARE = 0.25;
const LEAD_MIN_WORDS = 8;

const sectionLabels = labelPattern(labels.sectionLabels);
const inlineLabels = labelPattern(labels.inlineLabels);
const bylineLabels = labelPattern(boilerplate.bylineLabels);
const footerStarts = labelPattern([...boilerplate.footerPhrases, ...boilerplate.footerMarkers.map((marker) => `${marker}:`)]);
const tailPhrases = phrasePattern(boilerplate.tailPhrases);
/** Attribute words that name a byline. */
const BYLINE_WORDS = /(?:^|[^a-z])(?:byline|author|authors|writer|reporter|dateline)(?:$|[^a-z])/i;

/** A part of the page that is never article text, judged by its tag, role and class/id (see page-parts.ts). */
export function isBoilerplate(element: Element): boolean {
  return partKind(element) === 'chrome';
}

interface BlockStats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** The first `max` characters of an element's text, whitespace collapsed, without reading all of it (depth first, stops early). */
function leadingText(element: Element, max = 60): string {
  let out = '';
  let node: Node | null = element.firstChild;
  while (node && out.length < max + 20) {
    // Indentation is not text: a pretty-printed block reads as its words.
    if (node.nodeType === 3) out = (out + (node as Text).data).replace(/\s+/g, ' ').replace(/^ /, '');
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded, lower case, longest first (so "اقرأ أيضا" wins over "اقرأ"). */
function foldedList(list: readonly string[]): string[] {
  return [...new Set(list.map((label) => foldForKeywords(label).replace(/\s+/g, ' ').trim().toLowerCase()))].sort((a, b) => b.length - a.length);
}

/** One anchored pattern per label list, on folded text: a label at the start of a block. */
function labelPattern(list: readonly string[]): RegExp {
  return new RegExp(`^(?:${foldedList(list).map(escapeRegExp).join('|')})`);
}

/** One pattern for phrases anywhere in a block's folded text. */
function phrasePattern(list: readonly string[]): RegExp {
  return new RegExp(foldedList(list).map(escapeRegExp).join('|'));
}

function startsWithLabel(element: Element, pattern: RegExp, chars = 40): boolean {
  return pattern.test(foldForKeywords(leadingText(element, chars)).toLowerCase());
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

/** Text and link characters of an element's whole subtree, from the scoring walk's per-block counts (memoized; no recursion, whatever the depth). */
function subtreeCounter(stats: Map<Element, BlockStats>): (element: Element) => BlockStats {
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

const linkShareOf = (counts: BlockStats) => (counts.chars ? counts.linkChars / counts.chars : 0);

/** Whether an element is a byline: named so (class, id, aria-labelledby, rel, itemprop), or a short line that opens with a byline label ("بقلم", "حوار:"). */
function isByline(element: Element, chars: number): boolean {
  if (chars > BYLINE_MAX_CHARS) return false;
  return namedByline(element) || startsWithLabel(element, bylineLabels, 20) || holdsNamedByline(element);
}

const namedByline = (element: Element) => ['class', 'id', 'aria-labelledby', 'rel', 'itemprop'].some((name) => BYLINE_WORDS.test(element.getAttribute(name) ?? ''));

/** Elements looked at inside a short block for a byline (a meta line holds a few). */
const BYLINE_INSIDE_MAX = 24;

/** A short line that holds an element named as a byline ("entry-meta" with <span class="byline">): the whole line is the byline. */
function holdsNamedByline(element: Element): boolean {
  let seen = 0;
  for (const inside of element.querySelectorAll('[class], [id], [rel], [itemprop]')) {
    if (namedByline(inside)) return true;
    if (++seen >= BYLINE_INSIDE_MAX) return false;
  }
  return false;
}

/** A promo with a skip link: its first text is a link to a place on the same page ("تخطى … وواصل القراءة"). */
function opensWithSkipLink(element: Element): boolean {
  for (let el: Element | null = element.firstElementChild; el; el = el.firstElementChild) {
    if (el.tagName === 'A') return (el.getAttribute('href') ?? '').startsWith('#');
  }
  return false;
}

/**
 * Elements inside `root` that are not article text: site chrome, captions,
 * forms, bylines, teaser lists and promos (mostly links, however marked
 * up), labelled "read also" blocks and related/comments sections, and
 * boilerplate lines (comment policies, "تابعونا…", app promotions).
 */
function* findExclusions(root: Element, excluded: Set<Element>, stats: Map<Element, BlockStats>): Steps<void> {
  const counts = subtreeCounter(stats);
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
    const verdict = judge(child, counts(child), next ? counts(next) : null);
    if (verdict === 'rest') {
      // The rest of this container is the related/comments section.
      for (let rest: Element | null = child; rest; rest = rest.nextElementSibling) excluded.add(rest);
      stack[stack.length - 1] = null;
    } else if (verdict === 'with-next') {
      excluded.add(child);
      excluded.add(next!);
      stack[stack.length - 1] = next!.nextElementSibling;
    } else if (verdict === 'out') {
      excluded.add(child);
    } else if (verdict === 'in') {
      stack.push(child.firstElementChild);
    }
  }
}

type Verdict = 'in' | 'out' | 'rest' | 'with-next' | 'skipped';
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'TABLE']);
const CAPTION_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'FORM']);

/** What to do with one element inside the article (and, for a label, with what follows it). */
function judge(element: Element, counts: BlockStats, nextCounts: BlockStats | null): Verdict {
  if (isSkippedElement(element)) return 'skipped';
  const kind = partKind(element);
  if (kind === 'chrome') return 'out';
  if (kind === 'mixed' && linkShareOf(counts) > MAX_LINK_SHARE) return 'out';
  const tag = element.tagName.toUpperCase();
  if (CAPTION_TAGS.has(tag)) return 'out';
  if (counts.chars === 0) return 'in';
  if (isByline(element, counts.chars)) return 'out';
  const heading = /^H[1-6]$/.test(tag);
  if (heading || (isBlockElement(element) && counts.chars < 35)) {
    if (startsWithLabel(element, sectionLabels)) return 'rest';
    if (startsWithLabel(element, inlineLabels)) return nextCounts && linkShareOf(nextCounts) > MAX_LINK_SHARE ? 'with-next' : 'out';
    return !heading && isBoilerplateLine(element) ? 'out' : 'in';
  }
  if (!isBlockElement(element)) return 'in';
  const ownText = counts.chars - counts.linkChars;
  // A teaser list or promo: mostly links and little else, however it is marked up.
  if (linkShareOf(counts) > MAX_LINK_SHARE && (ownText < TEASER_MAX_OWN_CHARS || LIST_TAGS.has(tag))) return 'out';
  if (ownText < TEASER_MAX_OWN_CHARS * 1.5 && opensWithSkipLink(element)) return 'out';
  if (counts.chars < 200 && startsWithLabel(element, inlineLabels)) return 'out';
  if (counts.chars < TAIL_MAX_CHARS && isBoilerplateLine(element)) return 'out';
  return 'in';
}

/** A short block of site boilerplate: "المصدر: وكالات", "تابعونا على…", a comment policy, an app promotion, "انسخ الرابط". */
function isBoilerplateLine(element: Element): boolean {
  if (startsWithLabel(element, footerStarts)) return true;
  return tailPhrases.test(foldForKeywords(leadingText(element, TAIL_MAX_CHARS)).toLowerCase());
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** An article has fewer headlines that are links to other pages than this (left in its text); a section front has more. */
const MAX_LINKED_HEADLINES = 4;

/** Headings (h2–h4) left in the article's text whose whole text is a link. */
function countLinkedHeadlines(roots: readonly Element[], excluded: ReadonlySet<Element>): number {
  let count = 0;
  for (const root of roots) {
    const isExcluded = ancestorOrSelf((el) => excluded.has(el), root);
    for (const heading of root.querySelectorAll('h2, h3, h4')) {
      const link = heading.querySelector('a[href]');
      if (!link || isExcluded(heading)) continue;
      const text = (heading.textContent ?? '').replace(/\s+/g, '');
      if (text.length > 0 && (link.textContent ?? '').replace(/\s+/g, '').length === text.length) count++;
    }
  }
  return count;
}

/** A sibling of the best block joins the article if it scores well, or is a paragraph of its own (a lead, in words) with few links. */
function joinsArticle(sibling: Element, score: number, threshold: number, counts: BlockStats): boolean {
  if (score >= threshold) return true;
  if (score === 0 || counts.chars < LEAD_MIN_CHARS || linkShareOf(counts) >= LEAD_MAX_LINK_SHARE) return false;
  return leadingText(sibling, LEAD_MIN_CHARS).split(' ').length >= LEAD_MIN_WORDS;
}

/** The page's headline: the first h1 with some text that is not in a boilerplate part. */
function findHeadline(doc: Document): Element | null {
  // A page header ("b-header") may hold the headline; navigation, sidebars and teasers may not.
  const inBoilerplate = ancestorOrSelf((el) => partKind(el, NO_WORDS) === 'chrome');
  for (const h1 of doc.querySelectorAll('h1')) {
    if ((h1.textContent ?? '').trim().length < 10 || isSiteName(h1)) continue;
    if (!inBoilerplate(h1.parentElement)) return h1;
  }
  return null;
}

/** A heading that is all one link to the site's front page: the site's name (a blog's title), not the article's. */
function isSiteName(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  if (!link || (link.textContent ?? '').replace(/\s+/g, '') !== (heading.textContent ?? '').replace(/\s+/g, '')) return false;
  try {
    const url = new URL(link.getAttribute('href')!, heading.ownerDocument.baseURI);
    return url.pathname === '/' && !url.search;
  } catch {
    return false;
  }
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
    const counts = subtreeCounter(stats);
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === best || (!isBoilerplate(sib) && !isSkippedElement(sib) && joinsArticle(sib, scores.get(sib) ?? 0, threshold, counts(sib)))) roots.push(sib);
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
  // A home page or a section front: a list of stories, each a linked headline (with or without its summary).
  if (countLinkedHeadlines(roots, excluded) >= MAX_LINKED_HEADLINES) return null;
  return { roots, excluded, exclude: (element) => excluded.has(element) };
}
