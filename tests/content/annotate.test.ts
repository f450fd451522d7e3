import { describe, expect, it } from 'vitest';
import { analyze, ANALYZE_WHOLE_MAX_CHARS } from '../../src/core';
import { analyzeInParts } from '../../src/content/annotate';

describe('analyzeInParts', () => {
  it('asks for a very long article part by part, each placed where the merged result has it, and ends with core\'s own result', async () => {
    const paragraphs = [
      'قال الرئيس الأوكراني فولوديمير زيلينسكي إن «روسيا لن تنتصر في هذه الحرب»، مضيفاً أن كييف ستواصل الدفاع عن أراضيها في دونباس.',
      'وأعلن الكرملين في بيان أن المحادثات مع الجانب الأوكراني متوقفة، فيما قال المتحدث ديمتري بيسكوف إن «موسكو لن تقبل بشروط مسبقة».',
      'ودعت الأمم المتحدة الطرفين إلى حماية المدنيين في خاركيف وزابوريجيا، وسط تقارير عن قصف متواصل للبنية التحتية للطاقة.',
    ];
    const text = Array.from({ length: Math.ceil((ANALYZE_WHOLE_MAX_CHARS * 3) / 300) }, (_, i) => paragraphs[i % 3]).join('\n\n');
    let asked = 0;
    const heard: Array<{ from: number; actors: string[]; placed: number[]; quoteBase: number; quotes: number }> = [];
    const merged = await analyzeInParts(
      text,
      async (t, o) => (asked++, analyze(t, o)),
      (part, from, placement) =>
        void heard.push({ from, actors: part.actors.map((a) => a.id ?? a.name.ar), placed: placement.actors, quoteBase: placement.quoteBase, quotes: part.quotes.length }),
    );
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(heard.length).toBe(asked);
    // The same result as core's analyze() of the whole text (the CLI's): one result whichever surface asks.
    expect(merged).toEqual(analyze(text));
    // Each part's actors were placed at their index in the merged result, its quotes after the earlier parts' quotes.
    let quotes = 0;
    for (const part of heard) {
      part.actors.forEach((key, i) => expect(merged.actors[part.placed[i]!]!.id ?? merged.actors[part.placed[i]!]!.name.ar).toBe(key));
      expect(part.quoteBase).toBe(quotes);
      quotes += part.quotes;
    }
    expect(quotes).toBe(merged.quotes.length);
    expect(heard.map((h) => h.from)).toEqual([...heard.map((h) => h.from)].sort((a, b) => a - b));
  });

  it('asks once for an article of ordinary length', async () => {
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف إن «الحوار مع كييف ممكن»، بحسب وكالة تاس.';
    let asked = 0;
    expect(await analyzeInParts(text, (t, o) => (asked++, analyze(t, o)))).toEqual(analyze(text));
    expect(asked).toBe(1);
  });
});
