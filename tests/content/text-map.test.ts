// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, locate, piecesOf, rangeOf } from '../../src/content/text-map';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture only
  return document.body;
}

describe('buildTextMap', () => {
  beforeEach(() => page(''));

  it('separates blocks by a blank line, collapses whitespace and keeps inline elements in the flow', () => {
    const root = page(`
      <h1>  عنوان   الخبر </h1>
      <p>قال <b>فلاديمير
        بوتين</b>،   اليوم</p>
      <div><p>فقرة <a href="#">ثانية</a></p> ذيل</div>
      <p>سطر<br>آخر</p>`);
    const map = buildTextMap(root);
    expect(map.text).toBe('عنوان الخبر\n\nقال فلاديمير بوتين، اليوم\n\nفقرة ثانية\n\nذيل\n\nسطر\naخر'.replace('aخر', 'آخر'));
  });

  it('leaves out scripts, styles, hidden elements and excluded subtrees', () => {
    const root = page(`<p>أ<script>var x = 1;</script>ب</p><style>p{}</style><p hidden>مخفي</p>
      <p aria-hidden="true">مخفي</p><aside class="x"><p>جانبي</p></aside><p>ج</p>`);
    const map = buildTextMap(root, { exclude: (el) => el.tagName === 'ASIDE' });
    expect(map.text).toBe('أب\n\nج');
  });

  it('maps every character of the text to the character of the text node it came from', () => {
    const root = page(`<p>  قال <i>وزير   الخارجية</i>
      <span>سيرغي <b>لافروف</b></span></p><ul><li>واحد</li><li> اثنان </li></ul>`);
    const map = buildTextMap(root);
    expect(map.text).toBe('قال وزير الخارجية سيرغي لافروف\n\nواحد\n\nاثنان');
    for (let i = 0; i < map.text.length; i++) {
      const ch = map.text[i]!;
      const at = locate(map, i);
      expect(at).not.toBeNull();
      const source = at!.node.data[at!.offset]!;
      if (ch === '\n') continue;
      if (ch === ' ') expect(source).toMatch(/\s/);
      else expect(source).toBe(ch);
    }
  });

  it('turns a text span into pieces of text nodes and into a live Range, across inline elements and blocks', () => {
    const root = page('<p>قال «نحن <b>لن</b> نتراجع</p><p>أبداً» ثم غادر</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('نحن');
    const end = map.text.indexOf('»');
    const pieces = piecesOf(map, start, end);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['نحن ', 'لن', ' نتراجع', 'أبداً']);
    const range = rangeOf(map, start, end)!;
    expect(range.toString()).toBe('نحن لن نتراجعأبداً'); // Range.toString has no block separators
    expect(range.startContainer.nodeType).toBe(3);
    expect(range.endContainer.textContent).toBe('أبداً» ثم غادر');
    expect(range.endOffset).toBe(5);
  });

  it('moves positions that fall on a separator to the text on the right side of the edge', () => {
    const root = page('<p>أول</p><p>ثان</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('أول\n\nثان');
    expect(locate(map, 3, 'start')!.node.data).toBe('ثان');
    expect(locate(map, 4, 'end')).toMatchObject({ offset: 3 });
    expect(locate(map, 4, 'end')!.node.data).toBe('أول');
    expect(piecesOf(map, 3, 5)).toEqual([]);
  });

  it('takes several roots in the given order', () => {
    page('<div id="a">أ</div><div id="b">ب</div>');
    const map = buildTextMap([document.getElementById('b')!, document.getElementById('a')!]);
    expect(map.text).toBe('ب\n\nأ');
  });
});
