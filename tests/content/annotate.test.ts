import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { analyzeInParts, ANALYZE_WHOLE_MAX_CHARS, FIRST_PART_CHARS } from '../../src/content/annotate';

describe('analyzeInParts', () => {
  it('analyzes a very long article in parts and merges them with offsets into the whole text', async () => {
    const paragraph =
      'قال الرئيس الأوكراني فولوديمير زيلينسكي إن «روسيا لن تنتصر في هذه الحرب»، مضيفاً أن كييف ستواصل الدفاع عن أراضيها في دونباس.';
    const text = Array.from({ length: Math.ceil((ANALYZE_WHOLE_MAX_CHARS * 2) / paragraph.length) }, () => paragraph).join('\n\n');
    let parts = 0;
    const whole = analyze(text, { stopEarly: false });
    const heard: Array<[number, number, number]> = [];
    const merged = await analyzeInParts(
      text,
      async (t, o) => (parts++, analyze(t, o)),
      (soFar, from, to) => void heard.push([from, to, soFar.actors.length]),
    );
    expect(parts).toBeGreaterThanOrEqual(3);
    // Told of each part in order, the first one small (the top of the page is painted first), all of the text covered.
    expect(heard.length).toBe(parts);
    expect(heard[0]![0]).toBe(0);
    expect(heard[0]![1]).toBeLessThanOrEqual(FIRST_PART_CHARS * 1.5);
    expect(heard[0]![2]).toBeGreaterThan(0);
    for (let i = 1; i < heard.length; i++) expect(heard[i]![0]).toBe(heard[i - 1]![1]);
    expect(heard.at(-1)![1]).toBe(text.length);
    expect(merged.language).toBe('ar');
    expect(merged.conflicts[0]?.id).toBe('russia-ukraine');
    // Every mention points at its surface in the whole text, and no actor appears twice.
    for (const actor of merged.actors) {
      for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(new Set(merged.actors.map((a) => a.id ?? a.name.ar)).size).toBe(merged.actors.length);
    const count = (a: typeof whole) => a.actors.reduce((n, x) => n + x.mentions.length, 0);
    expect(count(merged)).toBe(count(whole));
    expect(merged.quotes.filter((q) => q.kind === 'direct').map((q) => text.slice(q.start, q.end))).toEqual(
      whole.quotes.filter((q) => q.kind === 'direct').map((q) => text.slice(q.start, q.end)),
    );
  });
});
