// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, LAZY_ABOVE, type Mark } from '../../src/content/highlights';

/** Stand-ins for what jsdom lacks: the highlight registry, Highlight, and an IntersectionObserver the test drives. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}
let observers: FakeObserver[] = [];
class FakeObserver {
  observed = new Set<Element>();
  constructor(private readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void) {
    observers.push(this);
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  disconnect() {
    this.observed.clear();
  }
  /** The page scrolled: these elements are now near the viewport, the others not. */
  scrollTo(near: Element[]) {
    this.callback([...this.observed].map((target) => ({ target, isIntersecting: near.includes(target) })));
  }
}

const registry = () => (globalThis as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
const registered = () => [...registry().values()].reduce((n, h) => n + h.size, 0);

function marksIn(paragraphs: HTMLElement[], perParagraph: number): Mark[] {
  const marks: Mark[] = [];
  for (const p of paragraphs) {
    const text = p.firstChild as Text;
    for (let i = 0; i < perParagraph; i++) {
      const range = document.createRange();
      range.setStart(text, i * 4);
      range.setEnd(text, i * 4 + 3);
      marks.push({ kind: i % 2 ? 'quote' : 'actor', index: i, type: i % 2 ? null : 'state', range, at: i * 4, first: true });
    }
  }
  return marks;
}

describe('Highlighter', () => {
  beforeEach(() => {
    observers = [];
    Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: new Map() }, IntersectionObserver: FakeObserver });
    Object.assign(window, { IntersectionObserver: FakeObserver });
    document.body.innerHTML = '';
  });
  afterEach(() => {
    for (const name of ['Highlight', 'CSS', 'IntersectionObserver']) delete (globalThis as Record<string, unknown>)[name];
    delete (window as unknown as Record<string, unknown>).IntersectionObserver;
  });

  const paragraphs = (count: number): HTMLElement[] =>
    Array.from({ length: count }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `روسيا وأوكرانيا والكرملين وكييف ودونباس ${i} `.repeat(6);
      document.body.appendChild(p);
      return p;
    });

  it('registers every mark of an ordinary article at once, by kind and type, and finds them by caret position', () => {
    const ps = paragraphs(10);
    const highlighter = new Highlighter(document);
    const marks = marksIn(ps, 8);
    for (const mark of marks) highlighter.add(mark);
    expect(registered()).toBe(80);
    expect([...registry().keys()].sort()).toEqual(['sada-actor-state', 'sada-quote']);
    const [first] = marks;
    expect(highlighter.at(first!.range.startContainer, 1)).toEqual([first]);
    expect(highlighter.at(first!.range.startContainer, 3)).toEqual([]); // between two marks
    highlighter.clear();
    expect(registry().size).toBe(0);
  });

  it(`above ${LAZY_ABOVE} marks, registers only those near the viewport and follows the reader's scrolling`, () => {
    const ps = paragraphs(400);
    const highlighter = new Highlighter(document);
    const marks = marksIn(ps, 8); // 3200 marks
    for (const mark of marks) highlighter.add(mark);
    expect(highlighter.size).toBe(3200);
    const observer = observers[0]!;
    expect(observer.observed.size).toBe(400);
    expect(registered()).toBe(0); // nothing is known to be near the viewport yet
    observer.scrollTo(ps.slice(0, 5));
    expect(registered()).toBe(40);
    observer.scrollTo(ps.slice(200, 203));
    expect(registered()).toBe(24);
    expect(marks.filter((m) => highlighter.isRegistered(m)).every((m) => ps.slice(200, 203).includes(m.range.startContainer.parentElement as HTMLParagraphElement))).toBe(true);
    // Every mark is still found by hit-testing, registered or not.
    expect(highlighter.at(marks[0]!.range.startContainer, 1)).toEqual([marks[0]]);
    // Marks removed (an editor opened there) leave the registry and the lazy lists.
    highlighter.remove((m) => m.range.startContainer.parentElement === ps[201]);
    expect(registered()).toBe(16);
    highlighter.clear();
    expect(observer.observed.size).toBe(0);
    expect(registry().size).toBe(0);
  });
});
