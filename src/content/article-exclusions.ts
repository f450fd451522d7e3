// What inside the article is not its text (see article.ts): site chrome,
// captions (unless they carry the story: a gallery), forms, bylines, teaser
// lists and promos (mostly links, however marked up), labelled "read also"
// blocks and related/comments sections, and boilerplate lines (comment
// policies, "تابعونا…", app promotions).

import labels from '../../data/article-sections.json';
import boilerplate from '../../data/boilerplate.json';
import { type BlockStats, linkShareOf, MAX_LINK_SHARE, NODES_PER_STEP, subtreeCounter } from './article-score';
import { foldForKeywords } from './fold';
import { partKind } from './page-parts';
import type { Steps } from './slices';
import { isBlockElement, isSkippedElement } from './text-map';

/** A teaser list or promo is mostly links with little else: at most this much text outside its links. */
const TEASER_MAX_OWN_CHARS = 200;
/** A byline or a boilerplate line is short. */
const BYLINE_MAX_CHARS = 120;
const TAIL_MAX_CHARS = 400;

const sectionLabels = labelPattern(labels.sectionLabels);
const inlineLabels = labelPattern(labels.inlineLabels);
const bylineLabels = labelPattern(boilerplate.bylineLabels);
const footerStarts = labelPattern([...boilerplate.footerPhrases, ...boilerplate.footerMarkers.map((marker) => `${marker}:`)]);
const tailPhrases = phrasePattern(boilerplate.tailPhrases);
/** Attribute words that name a byline. */
const BYLINE_WORDS = /(?:^|[^a-z])(?:byline|author|authors|writer|reporter|dateline)(?:$|[^a-z])/i;

/** The first `max` characters of an element's text, whitespace collapsed, without reading all of it (depth first, stops early). */
export function leadingText(element: Element, max = 60): string {
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
export function* findExclusions(root: Element, excluded: Set<Element>, stats: Map<Element, BlockStats>): Steps<void> {
  const counts = subtreeCounter(stats);
  const keepCaptions = captionsAreTheStory(root, counts);
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
    const verdict = judge(child, counts(child), next ? counts(next) : null, keepCaptions);
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
const CAPTION_TAGS = new Set(['FIGURE', 'FIGCAPTION']);
/** Captions holding this share of an article's text make a photo story: they are its text. */
const GALLERY_CAPTION_SHARE = 0.5;

/** A photo story (a gallery): its captions hold most of its text, so they are the article, not asides to it. */
function captionsAreTheStory(root: Element, counts: (element: Element) => BlockStats): boolean {
  let captions = 0;
  for (const caption of root.querySelectorAll('figcaption')) captions += counts(caption).chars;
  return captions > 0 && captions >= counts(root).chars * GALLERY_CAPTION_SHARE;
}

/** What to do with one element inside the article (and, for a label, with what follows it). */
function judge(element: Element, counts: BlockStats, nextCounts: BlockStats | null, keepCaptions: boolean): Verdict {
  if (isSkippedElement(element)) return 'skipped';
  const kind = partKind(element);
  if (kind === 'chrome') return 'out';
  if (kind === 'mixed' && linkShareOf(counts) > MAX_LINK_SHARE) return 'out';
  const tag = element.tagName.toUpperCase();
  if (tag === 'FORM' || (CAPTION_TAGS.has(tag) && !keepCaptions)) return 'out';
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
