// @vitest-environment jsdom
// A page nested thousands of elements deep (issue 12): every walk of the
// annotation is linear in the page's size, not in size × depth, and the
// highlight styles name the tags of the elements that hold the article's text.
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

describe('highlight styles for the tags that hold the article\'s text', () => {
  it('names the tags of the elements that hold the text (not the thousands of spans above them)', () => {
    const { doc } = deepPage(3, 300);
    const texts = [...doc.querySelectorAll('article h1, article p, article strong')].map((el) => el.firstChild as Text);
    expect(highlightScope(texts)).toEqual(['h1', 'p', 'strong']);
  });

  it('styles the whole document when those tags are much of the page, or one is no plain tag name', () => {
    const doc = document.implementation.createHTMLDocument('');
    // Text straight inside a run of 40 nested inline elements: most of the page is <em>.
    let inner: Element = doc.body.appendChild(doc.createElement('div'));
    for (let i = 0; i < 40; i++) inner = inner.appendChild(doc.createElement('em'));
    expect(highlightScope([inner.appendChild(doc.createTextNode('نص'))])).toBeNull();
    // A few paragraphs among those spans: their tag alone is named.
    const para = doc.body.appendChild(doc.createElement('p'));
    expect(highlightScope([para.appendChild(doc.createTextNode('نص'))])).toEqual(['p']);
    // Text in an SVG element whose tag name has capitals.
    const svg = doc.body.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    const path = svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'textPath'));
    expect(highlightScope([para.firstChild as Text, path.appendChild(doc.createTextNode('نص'))])).toBeNull();
    expect(highlightScope([])).toBeNull();
  });

  it('writes a rule per tag for each highlight, or for every element without a usable scope', () => {
    const css = highlightCss(['p', 'strong']);
    expect(css).toContain('p::highlight(sada-quote), strong::highlight(sada-quote) {');
    expect(css).toContain('p::highlight(sada-actor-person), strong::highlight(sada-actor-person) {');
    expect(css).not.toMatch(/(^|[\s,{])::highlight/);
    // Nothing but plain tag names gets into a selector: else the rules for the whole document.
    expect(highlightCss(['p', 'x){} *{color:red'])).toBe(HIGHLIGHT_CSS);
    expect(highlightCss([])).toBe(HIGHLIGHT_CSS);
    expect(highlightCss(null)).toBe(HIGHLIGHT_CSS);
    expect(HIGHLIGHT_CSS).toMatch(/^::highlight\(sada-quote\) \{/);
  });
});
