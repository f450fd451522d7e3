// @vitest-environment jsdom
// A page nested thousands of elements deep (issue 12): every walk of the
// annotation is linear in the page's size, not in size × depth, and the
// highlight styles are scoped to the blocks that hold the article.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core';
import { ancestorOrSelf } from '../../src/content/ancestors';
import { annotate } from '../../src/content/annotate';
import { editableChecker } from '../../src/content/editable';
import { highlightScope } from '../../src/content/highlights';
import { HIGHLIGHT_CSS, highlightCss } from '../../src/content/style';

const DEPTH = 1500;

const SENTENCES = [
  'قال المتحدث باسم الجيش الأوكراني إن «القوات صدت هجوماً روسياً جديداً قرب باخموت»، مضيفاً أن المعارك مستمرة منذ الفجر.',
  'وأعلنت وزارة الدفاع الروسية أن وحداتها تقدمت في منطقة دونيتسك، فيما نفت كييف ذلك في بيان مقتضب.',
  'ودعا الأمين العام للأمم المتحدة إلى وقف القصف على محطة زابوريجيا النووية، محذراً من عواقب لا يمكن تداركها.',
  'وقال الرئيس الأوكراني فولوديمير زيلينسكي في كلمته المسائية إن «الشتاء سيكون صعباً لكننا سنصمد».',
];

/** An article of `paragraphs` paragraphs (a headline, some bold words, a short editable note) under `depth` nested spans. */
function deepPage(paragraphs: number, depth = DEPTH): { doc: Document; elements: number } {
  const doc = document.implementation.createHTMLDocument('عمق');
  doc.documentElement.lang = 'ar';
  let parent: Element = doc.body.appendChild(doc.createElement('main'));
  for (let i = 0; i < depth; i++) parent = parent.appendChild(doc.createElement('span'));
  const article = parent.appendChild(doc.createElement('article'));
  article.appendChild(doc.createElement('h1')).textContent = 'معارك عنيفة في شرق أوكرانيا وقصف على زابوريجيا';
  for (let i = 0; i < paragraphs; i++) {
    const p = article.appendChild(doc.createElement('p'));
    const [first, ...rest] = SENTENCES[i % SENTENCES.length]!.split(' ');
    p.appendChild(doc.createElement('strong')).textContent = first!;
    p.append(` ${rest.join(' ')}`);
  }
  const note = article.appendChild(doc.createElement('div'));
  note.setAttribute('contenteditable', 'true');
  note.textContent = SENTENCES[3]!;
  return { doc, elements: doc.getElementsByTagName('*').length };
}

afterEach(() => vi.restoreAllMocks());

describe('a page nested thousands deep', () => {
  it('is annotated with each element looked up a bounded number of times, not once per element below it (a page 1,500 deep)', async () => {
    const { doc, elements } = deepPage(120);
    const parentReads = vi.spyOn(Node.prototype, 'parentElement', 'get');
    const closest = vi.spyOn(Element.prototype, 'closest');
    const outcome = await annotate(doc, (text, options) => analyze(text, options));
    expect(outcome.state).toBe('annotated');
    if (outcome.state !== 'annotated') return;
    // The article's marks are there, none in the editable note.
    expect(outcome.annotation.highlighter.size).toBeGreaterThan(120);
    const note = doc.querySelector('[contenteditable]')!;
    expect(outcome.annotation.actorMarks.flat().some((mark) => note.contains(mark.range.startContainer))).toBe(false);
    // Walking up from each of 240 text nodes through 1,500 ancestors would be 360,000 steps.
    expect(parentReads.mock.calls.length).toBeLessThan(4 * elements);
    expect(closest.mock.calls.length).toBeLessThanOrEqual(outcome.annotation.roots.length);
  });

  it('tests each element once for "it or one above it", whatever the order of the questions', () => {
    const { doc, elements } = deepPage(30, 300);
    const tested: Element[] = [];
    const inArticle = ancestorOrSelf((el) => (tested.push(el), el.tagName === 'ARTICLE'));
    const texts = [...doc.querySelectorAll('p, strong')].reverse();
    expect(texts.every((el) => inArticle(el))).toBe(true);
    expect(inArticle(doc.querySelector('main span'))).toBe(false);
    expect(inArticle(null)).toBe(false);
    expect(new Set(tested).size).toBe(tested.length);
    expect(tested.length).toBeLessThanOrEqual(elements);
  });

  it('stops at the given top: an element above it does not count', () => {
    const { doc } = deepPage(2, 50);
    const article = doc.querySelector('article')!;
    const belowArticle = ancestorOrSelf((el) => el.tagName === 'SPAN', article);
    expect(belowArticle(article.querySelector('strong'))).toBe(false);
    expect(belowArticle(article)).toBe(false);
  });

  it('sees editable content through any depth, and designMode everywhere', () => {
    const { doc } = deepPage(2, 300);
    const note = doc.querySelector('[contenteditable]')!;
    const inner = note.appendChild(doc.createElement('b'));
    const editable = editableChecker(doc);
    expect(editable(inner)).toBe(true);
    expect(editable(note)).toBe(true);
    expect(editable(doc.querySelector('p'))).toBe(false);
    expect(editable(null)).toBe(false);
    doc.designMode = 'on';
    expect(editableChecker(doc)(doc.querySelector('p'))).toBe(true);
  });
});

describe('highlight styles scoped to the article\'s blocks', () => {
  it('names the blocks that hold the text (not the thousands of spans above them)', () => {
    const { doc } = deepPage(3, 300);
    const texts = [...doc.querySelectorAll('article h1, article p, article strong')].map((el) => el.firstChild as Text);
    expect(highlightScope(texts)).toEqual(['h1', 'p']);
  });

  it('styles the whole document when the text sits in spans or divs, or its blocks nest deep (a scope per nesting level would cost more than the whole page)', () => {
    const doc = document.implementation.createHTMLDocument('');
    // Text straight inside a run of inline elements, far from any block.
    let inner: Element = doc.body.appendChild(doc.createElement('div'));
    for (let i = 0; i < 40; i++) inner = inner.appendChild(doc.createElement('em'));
    expect(highlightScope([inner.appendChild(doc.createTextNode('نص'))])).toBeNull();
    // Text straight in a div (a block like most of the page's).
    const div = doc.body.appendChild(doc.createElement('div'));
    expect(highlightScope([div.appendChild(doc.createTextNode('نص'))])).toBeNull();
    // Paragraphs a script nested inside one another, 200 deep.
    let p: Element = doc.body.appendChild(doc.createElement('p'));
    for (let i = 0; i < 200; i++) p = p.appendChild(doc.createElement('p'));
    expect(highlightScope([p.appendChild(doc.createTextNode('نص'))])).toBeNull();
    // A quote's paragraph inside a list item inside a block quote: shallow nesting is fine.
    const item = doc.body.appendChild(doc.createElement('blockquote')).appendChild(doc.createElement('ul')).appendChild(doc.createElement('li'));
    const para = item.appendChild(doc.createElement('p'));
    expect(highlightScope([item.appendChild(doc.createTextNode('نص')), para.appendChild(doc.createTextNode('نص'))])).toEqual(['li', 'p']);
    expect(highlightScope([])).toBeNull();
  });

  it('wraps the rules in @scope where the browser knows it, else styles the whole document', () => {
    vi.stubGlobal('CSSScopeRule', undefined);
    expect(highlightCss(['p', 'h1'])).toBe(HIGHLIGHT_CSS);
    vi.stubGlobal('CSSScopeRule', function CSSScopeRule() {});
    try {
      const css = highlightCss(['h1', 'p']);
      expect(css.startsWith('@scope (h1, p) {')).toBe(true);
      expect(css).toContain(':scope::highlight(sada-quote), :scope *::highlight(sada-quote)');
      expect(css).toContain('::highlight(sada-actor-person)');
      // Nothing but tag names gets into the selector.
      expect(highlightCss(['p', 'x){} *{color:red']).startsWith('@scope (p) {')).toBe(true);
      expect(highlightCss([])).toBe(HIGHLIGHT_CSS);
      expect(highlightCss(null)).toBe(HIGHLIGHT_CSS);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
