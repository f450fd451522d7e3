import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSlices, analyzeSteps, ANALYZE_PART_CHARS, ANALYZE_WHOLE_MAX_CHARS } from '../../src/core';
import { analysisParts } from '../../src/core/parts';

// Paragraphs of our own writing, repeated into a text longer than one part.
const PARAGRAPHS = [
  'قال الرئيس الأوكراني فولوديمير زيلينسكي إن «روسيا لن تنتصر في هذه الحرب»، مضيفاً أن كييف ستواصل الدفاع عن أراضيها.',
  'وقال الكرملين في بيان إن المحادثات مع واشنطن لم تصل إلى نتيجة حتى الآن.',
  'وقالت نادية سليمان، وهي معلمة من خاركيف: "نسمع صفارات الإنذار كل ليلة ولا ننام".',
];

function longText(minChars: number): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < minChars; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length]!;
    out.push(p);
    n += p.length + 2;
  }
  return out.join('\n\n');
}

describe('analyze: one result for any length', () => {
  it('cuts a long text into parts at paragraph breaks that cover it exactly', () => {
    const text = longText(Math.max(ANALYZE_WHOLE_MAX_CHARS + 1, ANALYZE_PART_CHARS * 6));
    const parts = analysisParts(text);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(ANALYZE_PART_CHARS * 1.5);
    expect(parts[0]!.start).toBe(0);
    expect(parts[parts.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]!.start).toBe(parts[i - 1]!.end);
      expect(text.slice(parts[i]!.start, parts[i]!.start + 2)).toBe('\n\n');
    }
    expect(analysisParts('قصير')).toEqual([{ start: 0, end: 4 }]);
  });

  it('gives the same result from analyze, analyzeSteps and analyzeInSlices, with offsets into the whole text', async () => {
    const text = longText(Math.max(ANALYZE_WHOLE_MAX_CHARS + 1, ANALYZE_PART_CHARS * 3));
    const whole = analyze(text);
    let yields = 0;
    const sliced = await analyzeInSlices(text, async () => void yields++);
    expect(yields).toBe(analysisParts(text).length);
    expect(yields).toBeGreaterThanOrEqual(2);
    expect(sliced).toEqual(whole);
    const steps = analyzeSteps(text);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toEqual(whole);
    expect(whole.conflicts[0]?.id).toBe('russia-ukraine');
    for (const actor of whole.actors) for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(new Set(whole.actors.map((a) => a.id ?? a.name.ar)).size).toBe(whole.actors.length);
    const direct = whole.quotes.filter((q) => q.kind === 'direct');
    expect(direct.length).toBeGreaterThan(20);
    for (const q of direct) expect(text.slice(q.start, q.end)).toMatch(/^(روسيا لن|نسمع صفارات)/);
  });

  it('a long text that is not Arabic conflict news keeps no actors or quotes', () => {
    const text = Array.from({ length: 3000 }, () => 'The football season opens on Saturday with a derby in the capital.').join('\n\n');
    const out = analyze(text);
    expect(out.language).toBe('en');
    expect(out.actors).toEqual([]);
    expect(out.quotes).toEqual([]);
  });
});

describe('analyze: every person the analysis names is an actor', () => {
  const cases = [
    'أعلنت وزارة الدفاع الروسية السيطرة على قرية جديدة في دونيتسك. وقال كريم نصار إن القصف لم يتوقف طوال الليل.',
    'قصفت القوات الروسية مدينة خاركيف. وقالت ليلى منصور إن المدارس أغلقت أبوابها منذ أسبوع.',
    'أعلن الجيش الأوكراني إسقاط مسيرات روسية. وأكد عادل حمدان أن الطريق إلى كييف بات مقطوعا.',
  ];
  for (const text of cases) {
    it(text.split('. ')[1]!.slice(0, 30), () => {
      const out = analyze(text);
      const quote = out.quotes.find((q) => q.kind === 'indirect' && q.speaker?.id === null);
      expect(quote?.speaker).toBeTruthy();
      const name = quote!.speaker!.name;
      const actor = out.actors.find((a) => a.id === null && a.name.ar === name);
      expect(actor?.type).toBe('person');
      expect(actor!.mentions.map((m) => text.slice(m.start, m.end))).toEqual([name]);
    });
  }

  it('an outlet or a body found as a speaker is not added as a person', () => {
    const text = 'قصفت القوات الروسية مدينة خاركيف الأوكرانية. وذكرت هيئة البث أن الحكومة ستجتمع مساء اليوم.';
    const out = analyze(text);
    expect(out.actors.some((a) => a.id === null && a.name.ar.includes('هيئة'))).toBe(false);
  });
});

describe('core has one public face', () => {
  it('no file outside src/core imports a core module other than src/core/index.ts', () => {
    const src = join(__dirname, '../../src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (path !== join(src, 'core')) walk(path);
        } else if (/\.tsx?$/.test(name)) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/from '((?:\.\.\/)+core\/[^']+)'/g)) offenders.push(`${relative(src, path)}: ${m[1]}`);
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});

describe('analysisParts: a long text without paragraph breaks', () => {
  it('is cut at spaces, never inside a word', () => {
    const words = 'قال المتحدث إن القصف استمر طوال الليل على المدينة';
    const text = Array.from({ length: Math.ceil((ANALYZE_WHOLE_MAX_CHARS * 2) / words.length) }, () => words).join(' ');
    const parts = analysisParts(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts.slice(1)) expect(text[p.start]).toBe(' ');
  });
});
