// Finds the main article on the live page: the block elements that hold it
// (in document order) and the parts inside them to leave out.
//
// Scoring follows Readability's idea, on the live DOM in one pass
// (article-score.ts). The best-scored element is the article; siblings that
// score well join it; the page's headline joins too. Inside, navigation,
// sidebars, comments, share bars, teaser lists ("اقرأ أيضاً", "مقالات
// مشابهة"), bylines and link lists are excluded (article-exclusions.ts).

import { ancestorOrSelf } from './ancestors';
import { findExclusions, leadingText } from './article-exclusions';
import { type BlockStats, linkShareOf, scoreCandidates, subtreeCounter } from './article-score';
import { isSiteChrome, partKind } from './page-parts';
import { runToEnd, type Steps } from './slices';
import { isSkippedElement } from './text-map';

export interface Article {
  /** Block elements holding the article, in document order (the headline first when it stands outside). */
  roots: Element[];
  /** Elements inside the roots that are not article text. */
  excluded: Set<Element>;
  /** Pass as TextMapOptions.exclude. */
  exclude: (element: Element) => boolean;
}

/** A sibling block this long with this little link text is part of the article (a lead above the body). */
const LEAD_MIN_CHARS = 80;
const LEAD_MAX_LINK_SHARE = 0.25;
const LEAD_MIN_WORDS = 8;

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
      if (sib === best || (!isSiteChrome(sib) && !isSkippedElement(sib) && joinsArticle(sib, scores.get(sib) ?? 0, threshold, counts(sib)))) roots.push(sib);
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
