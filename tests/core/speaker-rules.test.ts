// Every speaker rule's own examples, run through the whole pipeline: the quote
// gets the speaker the example says, and the rule itself is the one that decided.
import { describe, expect, it } from 'vitest';
import { defaultActorFinder, findActors } from '../../src/core/actors';
import { findQuotations, findQuotes, type RawQuote } from '../../src/core/quotes';
import { attributeSpeakers } from '../../src/core/speakers';
import { QUOTE_RULES } from '../../src/core/speakers/rules';
import { lineWords } from '../../src/core/speech';

function run(text: string) {
  const decidedBy = new Map<RawQuote, string | null>();
  const quotations = findQuotations(text);
  const lines = lineWords(text);
  const quotes = findQuotes(text, quotations, lines);
  const out = attributeSpeakers(text, quotes, findActors(text, defaultActorFinder()), quotations, lines, (q, rule) => decidedBy.set(q, rule));
  return out.map((q, i) => ({ ...q, rule: decidedBy.get(quotes[i]!) }));
}

describe('speaker rules: each rule decides its own examples', () => {
  it('rules have names, reasons and examples', () => {
    expect(new Set(QUOTE_RULES.map((r) => r.name)).size).toBe(QUOTE_RULES.length);
    for (const rule of QUOTE_RULES) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.examples.length).toBeGreaterThan(0);
    }
  });
  for (const rule of QUOTE_RULES) {
    for (const example of rule.examples) {
      it(`${rule.name}: ${example.quote.slice(0, 30)}`, () => {
        const results = run(example.text);
        const quote = results.find((q) => q.kind === 'direct' && example.text.slice(q.start, q.end) === example.quote);
        expect(quote, 'the quote is found').toBeTruthy();
        expect(quote!.rule).toBe(rule.name);
        const speaker = quote!.speaker ? example.text.slice(quote!.speaker.start, quote!.speaker.end) : null;
        expect(speaker).toBe(example.speaker);
      });
    }
  }
});
