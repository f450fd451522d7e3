// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../src/content/text-map';
import { unwrap, wrapSpans, WrapJob, type WrapSpan } from '../../src/content/wrap';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture only
  return document.body;
}

const span = (text: string, what: string, kind: 'actor' | 'quote', id: string, from = 0): WrapSpan => {
  const start = text.indexOf(what, from);
  if (start < 0) throw new Error(`no ${what}`);
  return {
    start,
    end: start + what.length,
    kind,
    attributes: kind === 'actor' ? { 'data-sada': 'actor', 'data-sada-id': id } : { 'data-sada': 'quote', 'data-sada-speaker': id },
    firstAttributes: { tabindex: '0' },
  };
};

/** Every text node of the tree, as [node, data] pairs: identity and content. */
const textNodes = (root: Node): Array<[Node, string]> => {
  const out: Array<[Node, string]> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push([n, (n as Text).data]);
  return out;
};

const HTML = `<article><h1>عنوان</h1>
  <p>وقال الرئيس <a href="/p">فلاديمير <b>بوتين</b></a> إن «روسيا لن تتراجع عن
  أهدافها، وإن <i>كييف</i> تعرف ذلك</p>
  <p>وسنواصل العمل» بحسب الكرملين.</p></article>`;

describe('wrapSpans', () => {
  it('wraps a quote across inline elements and paragraphs piece by piece, with actors nested inside', () => {
    const root = page(HTML);
    const textBefore = root.textContent;
    const map = buildTextMap(root);
    const quoteText = 'روسيا لن تتراجع عن أهدافها، وإن كييف تعرف ذلك\n\nوسنواصل العمل';
    const spans = [
      span(map.text, quoteText, 'quote', 'vladimir-putin'),
      span(map.text, 'فلاديمير بوتين', 'actor', 'vladimir-putin'),
      span(map.text, 'روسيا', 'actor', 'russia'),
      span(map.text, 'كييف', 'actor', 'ukraine'),
      span(map.text, 'الكرملين', 'actor', 'kremlin'),
    ];
    const wrapping = wrapSpans(map, spans);

    // The page's text is unchanged; only elements were added.
    expect(root.textContent).toBe(textBefore);

    const quotePieces = wrapping.elements[0]!;
    expect(quotePieces.map((el) => el.textContent)).toEqual([
      'روسيا لن تتراجع عن\n  أهدافها، وإن ',
      'كييف',
      ' تعرف ذلك',
      'وسنواصل العمل',
    ]);
    expect(quotePieces.every((el) => el.getAttribute('data-sada') === 'quote')).toBe(true);
    // Only the first piece is focusable.
    expect(quotePieces.map((el) => el.getAttribute('tabindex'))).toEqual(['0', null, null, null]);
    // A quote piece never contains a page element: the <i> holds the quote piece, not the reverse.
    expect(quotePieces[1]!.parentElement!.tagName).toBe('I');

    // The actor inside the quote nests in the quote's piece.
    const russia = wrapping.elements[2]![0]!;
    expect(russia.textContent).toBe('روسيا');
    expect(russia.parentElement).toBe(quotePieces[0]);
    const kyiv = wrapping.elements[3]![0]!;
    expect(kyiv.parentElement).toBe(quotePieces[1]);
    expect(kyiv.getAttribute('data-sada-id')).toBe('ukraine');

    // An actor name split over <a> and <b> becomes two pieces, in place.
    const putin = wrapping.elements[1]!;
    expect(putin.map((el) => el.textContent)).toEqual(['فلاديمير ', 'بوتين']);
    expect(putin[0]!.parentElement!.tagName).toBe('A');
    expect(putin[1]!.parentElement!.tagName).toBe('B');

    expect(wrapping.elements[4]![0]!.textContent).toBe('الكرملين');
    expect(root.querySelectorAll('[data-sada]').length).toBe(4 + 2 + 1 + 1 + 1);
  });

  it('unwrapping gives back the exact original DOM: same HTML, same text node objects, same data', () => {
    const root = page(HTML);
    const htmlBefore = root.innerHTML;
    const nodesBefore = textNodes(root);
    const map = buildTextMap(root);
    const wrapping = wrapSpans(map, [
      span(map.text, 'روسيا لن تتراجع عن أهدافها، وإن كييف تعرف ذلك\n\nوسنواصل', 'quote', ''),
      span(map.text, 'بوتين', 'actor', 'vladimir-putin'),
      span(map.text, 'كييف', 'actor', 'ukraine'),
      span(map.text, 'روسيا', 'actor', 'russia'),
    ]);
    expect(root.innerHTML).not.toBe(htmlBefore);
    expect(textNodes(root).length).toBeGreaterThan(nodesBefore.length);
    unwrap(wrapping);
    expect(root.innerHTML).toBe(htmlBefore);
    expect(textNodes(root)).toEqual(nodesBefore);
    expect(root.querySelector('[data-sada]')).toBeNull();
  });

  it('handles an actor mention that straddles a quote boundary and drops overlapping spans of one kind', () => {
    const root = page('<p>قال سيرغي لافروف اليوم</p>');
    const map = buildTextMap(root);
    const w = wrapSpans(map, [
      span(map.text, 'لافروف اليوم', 'quote', ''),
      span(map.text, 'سيرغي لافروف', 'actor', 'sergey-lavrov'),
      span(map.text, 'لافروف', 'actor', 'other'), // overlaps the longer mention: dropped
    ]);
    expect(w.elements[1]!.map((e) => e.textContent)).toEqual(['سيرغي ', 'لافروف']);
    expect(w.elements[1]![1]!.parentElement).toBe(w.elements[0]![0]);
    expect(w.elements[2]).toEqual([]);
    expect(root.textContent).toBe('قال سيرغي لافروف اليوم');
    unwrap(w);
    expect(root.innerHTML).toBe('<p>قال سيرغي لافروف اليوم</p>');
  });

  it('can run in small steps and still produce the same result', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>فقرة ${i} عن روسيا و<b>أوكرانيا</b> معاً</p>`).join('');
    const root = page(paragraphs);
    const map = buildTextMap(root);
    const spans: WrapSpan[] = [];
    for (const name of ['روسيا', 'أوكرانيا']) {
      for (let at = map.text.indexOf(name); at >= 0; at = map.text.indexOf(name, at + 1)) {
        spans.push({ start: at, end: at + name.length, kind: 'actor', attributes: { 'data-sada': 'actor' } });
      }
    }
    const job = new WrapJob(map, spans);
    let steps = 0;
    while (!job.step(0)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(root.querySelectorAll('[data-sada]').length).toBe(600);
    expect([...root.querySelectorAll('[data-sada]')].every((e) => e.textContent === 'روسيا' || e.textContent === 'أوكرانيا')).toBe(true);
    unwrap(job.result);
    expect(root.innerHTML).toBe(paragraphs);
  });
});
