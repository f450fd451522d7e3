import { describe, expect, it } from 'vitest';
import { explainSpeakers } from '../../src/core/explain-speakers';

describe('explainSpeakers (dev entry)', () => {
  it('names the quote rule and the subject rule behind a speaker', () => {
    const text = 'قصفت القوات الروسية مدينة خاركيف الأوكرانية ليلا. وقال الرئيس الأوكراني فولوديمير زيلينسكي: "لن نترك المدينة وحدها".';
    const { conflictNews, quotes, subjects } = explainSpeakers(text);
    expect(conflictNews).toBe(true);
    const direct = quotes.find((q) => q.quote.kind === 'direct');
    expect(direct?.quoteRule).toMatch(/cue before/);
    expect(direct?.subjectRule).not.toBe('?');
    expect(subjects.length).toBeGreaterThan(0);
    expect(direct?.speakerSpans.some((s) => text.slice(s.start, s.end).includes('زيلينسكي'))).toBe(true);
  });

  it('gives no subject rule to a quote decided without a cue, and no span to a quote without a speaker', () => {
    const text = 'قصفت القوات الروسية مدينة خاركيف الأوكرانية ليلا.\n\n"الليل طويل هنا، والبرد أطول".';
    const direct = explainSpeakers(text).quotes.find((q) => q.quote.kind === 'direct');
    expect(direct).toBeDefined();
    expect(direct!.quoteRule).not.toMatch(/cue/);
    expect(direct!.subjectRule).toBe('-');
    if (direct!.quote.speaker === null) expect(direct!.speakerSpans).toEqual([]);
  });
});
