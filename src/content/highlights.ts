// Sada's highlights as live DOM Ranges painted by the CSS Custom Highlight
// API (`CSS.highlights`, `::highlight()`): no node of the page is created,
// split, moved or given an attribute, so a page that re-renders or rewrites
// its own text stays correct and its own removeChild/insertBefore never meet
// a node Sada moved. A range follows the page's edits (the browser keeps it
// live); a range whose text the page replaced collapses and paints nothing.
//
// Each range lies inside one text node, so hit-testing (which highlight is
// under the pointer?) is a lookup by the caret's text node. Where the
// browser has no Custom Highlight API nothing is painted, but the marks still
// exist: the keyboard path, the card and the popup's reveal keep working.
//
// The browser re-validates every registered range in each frame in which a
// highlight changed (40,000 ranges added a few hundred per frame: tasks of
// 0.1–1 s for half a minute). So a page with many marks (a 3 MB page) keeps
// only the marks near the viewport registered: an IntersectionObserver on
// the marks' parent elements adds and removes them as the reader scrolls.

import type { ActorType } from '../core';

export type MarkKind = 'actor' | 'quote';

export interface Mark {
  kind: MarkKind;
  /** Index of the actor or the quote in the page's analysis. */
  index: number;
  /** The actor's type (null for a quote). */
  type: ActorType | null;
  range: Range;
  /** Where the actor mention or quote starts in the article's text. */
  at: number;
  /** The first piece of its mention or quote (a quote across paragraphs has several). */
  first: boolean;
}

/** Registry names, documented in the README ("The DOM contract"): the ranges of each kind. */
export const HIGHLIGHT_NAMES = {
  quote: 'sada-quote',
  actor: (type: ActorType) => `sada-actor-${type}`,
  /** The mark the popup revealed, for a moment. */
  flash: 'sada-flash',
  /** The mark the keyboard moved to. */
  current: 'sada-current',
} as const;

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): boolean;
  clear(): void;
  priority: number;
  readonly size: number;
}

interface HighlightRegistry {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

interface HighlightScope {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: new (...ranges: Range[]) => HighlightLike;
}

/** The page's highlight registry and constructor, or null where the browser lacks them (jsdom, old browsers). */
function highlightApi(doc: Document): { registry: HighlightRegistry; make: () => HighlightLike } | null {
  const scope = (doc.defaultView ?? globalThis) as unknown as HighlightScope;
  const global = globalThis as unknown as HighlightScope;
  const registry = scope.CSS?.highlights ?? global.CSS?.highlights;
  const Ctor = global.Highlight ?? scope.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, make: () => new Ctor() };
}

/** Above this many marks, only those near the viewport are registered (see the top of this file). */
export const LAZY_ABOVE = 2000;
/** How far beyond the viewport marks are registered ahead of the reader's scrolling. */
const LAZY_MARGIN = '100% 0px';

/** Quotes paint under actors: an actor named inside a quote shows as an actor. */
const PRIORITY = { quote: 0, actor: 1, current: 2, flash: 3 } as const;

export class Highlighter {
  private readonly api: ReturnType<typeof highlightApi>;
  private readonly highlights = new Map<string, HighlightLike>();
  private readonly byNode = new Map<Node, Mark[]>();
  /** What the flash and the keyboard's current highlight hold (also where nothing is painted). */
  private readonly transient = new Map<string, Range[]>();
  private count = 0;
  /** Viewport-driven registration, once there are more than LAZY_ABOVE marks. */
  private lazy: { observer: IntersectionObserver; marks: Map<Element, Mark[]>; near: Set<Element> } | null = null;

  constructor(private readonly doc: Document) {
    this.api = highlightApi(doc);
  }

  /** True when the browser paints the ranges (the Custom Highlight API exists). */
  get paints(): boolean {
    return this.api !== null;
  }

  get size(): number {
    return this.count;
  }

  private highlight(name: string, priority: number): HighlightLike | null {
    if (!this.api) return null;
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = this.api.make();
      highlight.priority = priority;
      this.api.registry.set(name, highlight);
      this.highlights.set(name, highlight);
    }
    return highlight;
  }

  private nameOf(mark: Mark): string {
    return mark.kind === 'quote' ? HIGHLIGHT_NAMES.quote : HIGHLIGHT_NAMES.actor(mark.type ?? 'person');
  }

  add(mark: Mark): void {
    const node = mark.range.startContainer;
    let list = this.byNode.get(node);
    if (!list) this.byNode.set(node, (list = []));
    list.push(mark);
    this.count++;
    if (this.lazy) this.addLazily(mark);
    else if (this.count > LAZY_ABOVE && this.startLazy()) return;
    else this.register(mark);
  }

  private register(mark: Mark): void {
    this.highlight(this.nameOf(mark), PRIORITY[mark.kind])?.add(mark.range);
  }

  private unregister(mark: Mark): void {
    this.highlights.get(this.nameOf(mark))?.delete(mark.range);
  }

  /** From now on only marks near the viewport are registered; false where that cannot be done. */
  private startLazy(): boolean {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!this.api || !view || typeof view.IntersectionObserver !== 'function') return false;
    const marks = new Map<Element, Mark[]>();
    const near = new Set<Element>();
    const observer = new view.IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: LAZY_MARGIN });
    this.lazy = { observer, marks, near };
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const list of this.byNode.values()) for (const mark of list) this.addLazily(mark);
    return true;
  }

  private addLazily(mark: Mark): void {
    const lazy = this.lazy!;
    const parent = mark.range.startContainer.parentElement;
    if (!parent) return;
    let list = lazy.marks.get(parent);
    if (!list) {
      lazy.marks.set(parent, (list = []));
      lazy.observer.observe(parent);
    }
    list.push(mark);
    if (lazy.near.has(parent)) this.register(mark);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const lazy = this.lazy;
    if (!lazy) return;
    for (const entry of entries) {
      const marks = lazy.marks.get(entry.target) ?? [];
      if (entry.isIntersecting === lazy.near.has(entry.target)) continue;
      if (entry.isIntersecting) lazy.near.add(entry.target);
      else lazy.near.delete(entry.target);
      for (const mark of marks) {
        if (entry.isIntersecting) this.register(mark);
        else this.unregister(mark);
      }
    }
  }

  /** Registered with the browser (painted), as opposed to kept for later (far from the viewport). */
  isRegistered(mark: Mark): boolean {
    return !this.lazy || this.lazy.near.has(mark.range.startContainer.parentElement!);
  }

  /** Takes marks off the page (e.g. inside what the reader now edits). */
  remove(predicate: (mark: Mark) => boolean): Mark[] {
    const removed: Mark[] = [];
    for (const [node, list] of this.byNode) {
      const kept = list.filter((mark) => !predicate(mark) || (removed.push(mark), false));
      if (kept.length === list.length) continue;
      if (kept.length) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    for (const mark of removed) {
      this.unregister(mark);
      const parent = mark.range.startContainer.parentElement;
      const list = parent ? this.lazy?.marks.get(parent) : undefined;
      if (list) list.splice(list.indexOf(mark), 1);
    }
    this.count -= removed.length;
    return removed;
  }

  /** The marks whose live range holds the caret position (node, offset); actors before quotes. */
  at(node: Node, offset: number): Mark[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    return list
      .filter(({ range }) => range.startContainer === node && range.endContainer === node && range.startOffset <= offset && offset < range.endOffset)
      .sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind]);
  }

  /** Paints `ranges` as the flash or the keyboard's current mark (replacing what it held). */
  show(name: typeof HIGHLIGHT_NAMES.flash | typeof HIGHLIGHT_NAMES.current, ranges: Range[]): void {
    this.transient.set(name, ranges);
    const highlight = this.highlight(name, name === HIGHLIGHT_NAMES.flash ? PRIORITY.flash : PRIORITY.current);
    highlight?.clear();
    for (const range of ranges) highlight?.add(range);
  }

  /** What the flash or the current highlight holds. */
  shown(name: typeof HIGHLIGHT_NAMES.flash | typeof HIGHLIGHT_NAMES.current): readonly Range[] {
    return this.transient.get(name) ?? [];
  }

  /** Takes every highlight off the page and out of the registry. */
  clear(): void {
    this.lazy?.observer.disconnect();
    this.lazy = null;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.api?.registry.delete(name);
    }
    this.highlights.clear();
    this.transient.clear();
    this.byNode.clear();
    this.count = 0;
  }
}

/** Tag names a scope may hold: they fit a type selector as they are (lower case, no escapes). */
export const PLAIN_TAG = /^[a-z][a-z0-9-]*$/;
/** A scope holding more than this share of the page's elements costs more than the whole-document rules. */
const MAX_SCOPE_SHARE = 1 / 4;

/**
 * Where the highlight styles must apply: the tag names of the elements that
 * hold the article's text (a highlight is painted with the `::highlight()`
 * style of its text's parent element), or null for the whole document.
 *
 * A `::highlight()` rule for the whole document makes the browser restyle
 * every element of the page when the style arrives (a page nested 5,000
 * deep: 50 ms of thread time in Chromium, as much in Firefox). Rules for tag
 * names restyle only the elements of those tags: both browsers invalidate by
 * tag name (Firefox does not by `@scope`). Tag names, not classes or ids: a
 * page that changes an element's class must not take the highlights off.
 * When those tags are a large share of the page (text straight inside 5,000
 * nested spans), restyling each of them by its tag costs more than
 * restyling the whole page (Chromium: twice as much): null.
 */
export function highlightScope(nodes: Iterable<Text>): string[] | null {
  const tags = new Set<string>();
  let lastParent: Element | null = null;
  for (const node of nodes) {
    const parent = node.parentElement;
    if (!parent || parent === lastParent) continue;
    lastParent = parent;
    tags.add(parent.localName);
  }
  if (!lastParent || [...tags].some((tag) => !PLAIN_TAG.test(tag))) return null;
  const doc = lastParent.ownerDocument;
  let tagged = 0;
  for (const tag of tags) tagged += doc.getElementsByTagName(tag).length;
  return tagged > doc.getElementsByTagName('*').length * MAX_SCOPE_SHARE ? null : [...tags].sort();
}
