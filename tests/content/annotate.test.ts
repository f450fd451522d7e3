// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysisParts, analyze, ANALYZE_WHOLE_MAX_CHARS, type Analysis } from '../../src/core';
import { analyzeInParts, annotate, type Annotation } from '../../src/content/annotate';
import { partOrder } from '../../src/content/viewport';
import { Highlighter, type Mark } from '../../src/content/highlights';

const PARAGRAPHS = [
  'قال الرئيس الأوكراني فولوديمير زيلينسكي إن «روسيا لن تنتصر في هذه الحرب»، مضيفاً أن كييف ستواصل الدفاع عن أراضيها في دونباس.',
  'وأعلن الكرملين في بيان أن المحادثات مع الجانب الأوكراني متوقفة، فيما قال المتحدث ديمتري بيسكوف إن «موسكو لن تقبل بشروط مسبقة».',
  'ودعت الأمم المتحدة الطرفين إلى حماية المدنيين في خاركيف وزابوريجيا، وسط تقارير عن قصف متواصل للبنية التحتية للطاقة.',
];
/** A live blog `times` the length analyzed whole: several parts. */
const longText = (times = 3) => Array.from({ length: Math.ceil((ANALYZE_WHOLE_MAX_CHARS * times) / 130) }, (_, i) => PARAGRAPHS[i % 3]).join('\n\n');

describe('analyzeInParts', () => {
  it('asks for a very long article part by part, places each part where the merged result has it, and ends with core\'s own result', async () => {
    const text = longText();
    let asked = 0;
    const heard: Array<{ from: number; index: number; actors: string[]; quotes: number }> = [];
    const { analysis: merged, placements } = await analyzeInParts(
      text,
      async (t, o) => (asked++, analyze(t, o)),
      (part, from, index) => void heard.push({ from, index, actors: part.actors.map((a) => a.id ?? a.name.ar), quotes: part.quotes.length }),
    );
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(heard.length).toBe(asked);
    // The same result as core's analyze() of the whole text (the CLI's): one result whichever surface asks.
    expect(merged).toEqual(analyze(text));
    // Each part's actors were placed at their index in the merged result, its quotes after the earlier parts' quotes.
    let quotes = 0;
    for (const part of heard) {
      const placement = placements[part.index]!;
      part.actors.forEach((key, i) => expect(merged.actors[placement.actors[i]!]!.id ?? merged.actors[placement.actors[i]!]!.name.ar).toBe(key));
      expect(placement.quoteBase).toBe(quotes);
      quotes += part.quotes;
    }
    expect(quotes).toBe(merged.quotes.length);
    // Nothing visible said: top first.
    expect(heard.map((h) => h.index)).toEqual(heard.map((_, i) => i));
  });

  it('asks first for the part the reader sees, then the others nearest first, and still ends with core\'s own result', async () => {
    const text = longText(2.5);
    const parts = analysisParts(text);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    // The reader is in the middle of the third part.
    const third = parts[2]!;
    const visible = { start: third.start + 100, end: third.start + 900 };
    const order: number[] = [];
    const { analysis } = await analyzeInParts(text, (t, o) => analyze(t, o), (_, __, index) => void order.push(index), visible);
    expect(order[0]).toBe(2);
    expect(new Set(order.slice(1, 3))).toEqual(new Set([1, 3]));
    expect([...order].sort((a, b) => a - b)).toEqual(parts.map((_, i) => i));
    expect(analysis).toEqual(analyze(text));
  });

  it('asks once for an article of ordinary length', async () => {
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف إن «الحوار مع كييف ممكن»، بحسب وكالة تاس.';
    let asked = 0;
    expect((await analyzeInParts(text, (t, o) => (asked++, analyze(t, o)))).analysis).toEqual(analyze(text));
    expect(asked).toBe(1);
  });
});

describe('partOrder', () => {
  const parts = [0, 1, 2, 3, 4].map((i) => ({ start: i * 100, end: (i + 1) * 100 }));
  it('puts the parts holding the visible text first, then by distance, ties to the one above', () => {
    expect(partOrder(parts, null)).toEqual([0, 1, 2, 3, 4]);
    expect(partOrder(parts, { start: 250, end: 260 })).toEqual([2, 3, 1, 4, 0]);
    expect(partOrder(parts, { start: 180, end: 330 })).toEqual([1, 2, 3, 4, 0]);
    // The reader is past the article: its end first.
    expect(partOrder(parts, { start: 500, end: 500 })).toEqual([4, 3, 2, 1, 0]);
  });
});

/** An article page of `paragraphs` paragraphs written from PARAGRAPHS. */
function articleDocument(paragraphs: number): Document {
  const doc = document.implementation.createHTMLDocument('مقال');
  const article = doc.createElement('article');
  const heading = doc.createElement('h1');
  heading.textContent = 'زيلينسكي: روسيا لن تنتصر';
  article.append(heading);
  for (let i = 0; i < paragraphs; i++) {
    const p = doc.createElement('p');
    p.textContent = PARAGRAPHS[i % 3]!;
    article.append(p);
  }
  doc.body.append(article);
  return doc;
}

/** Every mark as (kind, merged index, text, offset), in the order of the annotation's lists. */
const filed = (annotation: Annotation) =>
  [...annotation.actorMarks, ...annotation.quoteMarks].flatMap((marks) => marks.map((m: Mark) => [m.kind, m.index, m.range.toString(), m.at]));

describe('annotate: the visible part first', () => {
  afterEach(() => vi.restoreAllMocks());
  const analyzer = (t: string, o?: { stopEarly?: boolean }): Analysis => analyze(t, o);

  for (const paragraphs of [12, 900]) {
    it(`${paragraphs} paragraphs: paints every mark in the visible text before any other, and files them as a top-first run does`, async () => {
      const plain = await annotate(articleDocument(paragraphs), analyzer, { visibleText: () => null });
      let visible = { start: 0, end: 0 };
      const painted: Mark[] = [];
      const add = Highlighter.prototype.add;
      vi.spyOn(Highlighter.prototype, 'add').mockImplementation(function (this: Highlighter, mark: Mark) {
        painted.push(mark);
        add.call(this, mark);
      });
      const outcome = await annotate(articleDocument(paragraphs), analyzer, {
        visibleText: (map) => {
          // The reader looks at a stretch 60 % down the article.
          const start = Math.floor(map.text.length * 0.6);
          return (visible = { start, end: start + 600 });
        },
      });
      expect(outcome.state).toBe('annotated');
      expect(plain.state).toBe('annotated');
      if (outcome.state !== 'annotated' || plain.state !== 'annotated') return;
      if (paragraphs > 12) expect(analysisParts(outcome.annotation.map.text).length).toBeGreaterThan(3);
      // One result: the same analysis and the same marks under the same indices as painting top first.
      expect(outcome.annotation.analysis).toEqual(plain.annotation.analysis);
      expect(filed(outcome.annotation)).toEqual(filed(plain.annotation));
      // The marks in the visible text came first, all of them; then the rest.
      const seen = (mark: Mark) => mark.at < visible.end && mark.at + mark.range.toString().length > visible.start;
      const inView = painted.filter(seen).length;
      expect(inView).toBeGreaterThan(2);
      expect(painted.length).toBeGreaterThan(inView);
      expect(painted.slice(0, inView).every(seen)).toBe(true);
    });
  }
});
