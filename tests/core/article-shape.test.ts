// The article's shape (src/core/conflicts/article.ts) is read in one pass with
// no string made: its paragraphs and word count are those of the plain reading
// (split into lines, trimmed; split on runs of spaces). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { articleShape } from '../../src/core/conflicts/article';
import type { Span } from '../../src/core/types';

function plainReading(text: string, regions: Span[]): { paragraphStarts: number[]; words: number } {
  const paragraphStarts: number[] = [];
  let words = 0;
  for (const r of [...regions].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    const body = text.slice(r.start, r.end);
    words += body.split(/\s+/).filter(Boolean).length;
    let at = 0;
    for (const line of body.split('\n')) {
      if (line.trim() !== '') paragraphStarts.push(r.start + at);
      at += line.length + 1;
    }
  }
  return { paragraphStarts, words };
}

const TEXTS = [
  'قصف مدفعي على أطراف المدينة\n\nأفاد سكان بأن القذائف سقطت قرب السوق القديم.\nوقالت البلدية إن الأضرار كبيرة.\n',
  'عنوان قصير\r\n\u00A0\u00A0\r\nفقرة أولى عن انقطاع الكهرباء\u2028 في الحي الشرقي.\n\t \nفقرة ثانية\u3000بلا نهاية',
  '\n\n   \nسطر وحيد   ',
  'A headline in English\n\nThe convoy reached the border crossing at dawn.\n \u200B\nA second line.',
  '',
];

describe('the article shape', () => {
  it('has the paragraphs and the word count of the plain reading, for regions cut anywhere', () => {
    for (const text of TEXTS) {
      const cuts: Span[][] = [
        [{ start: 0, end: text.length }],
        [{ start: 3, end: Math.max(3, text.length - 4) }],
        [{ start: Math.floor(text.length / 2), end: text.length }, { start: 0, end: Math.floor(text.length / 3) }],
        [{ start: 0, end: Math.floor(text.length / 2) + 2 }, { start: Math.floor(text.length / 2), end: text.length }],
      ];
      for (const regions of cuts) {
        const shape = articleShape(text, regions);
        const plain = plainReading(text, regions);
        if (plain.words === 0 && plain.paragraphStarts.length === 0 && shape === null) continue;
        expect(shape).not.toBeNull();
        expect({ paragraphStarts: shape!.paragraphStarts, words: shape!.words }).toEqual(plain);
      }
    }
  });

  it('counts a paragraph per line with a letter on it', () => {
    const text = 'سطر أول\n\n \nسطر ثان فيه أربع كلمات\nأخير';
    const shape = articleShape(text, [{ start: 0, end: text.length }])!;
    expect(shape.paragraphStarts).toEqual([0, text.indexOf('سطر ثان'), text.indexOf('أخير')]);
    expect(shape.words).toBe(8);
  });
});
