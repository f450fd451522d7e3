// Every rule's own examples, run through the whole pipeline. Speaker rules: the
// quote gets the speaker the example says, and the rule itself is the one that
// decided. Person rules: the person is found by that rule, with the rules after
// it switched off, and the whole pipeline names them as an actor.
import { describe, expect, it } from 'vitest';
import { defaultActorFinder, findActors } from '../../src/core/actors';
import { findQuotations, findQuotes, type RawQuote } from '../../src/core/quotes';
import { attributeSpeakers } from '../../src/core/speakers';
import { QUOTE_RULES } from '../../src/core/speakers/rules';
import { SUBJECT_RULES } from '../../src/core/speakers/subject/rules';
import { lineWords } from '../../src/core/speech';
import { PERSON_RULES } from '../../src/core/persons/rules';
import { normalizeText } from '../../src/core/matcher';

function run(text: string) {
  const decidedBy = new Map<RawQuote, string | null>();
  const subjectRules = new Map<number, string>();
  const quotations = findQuotations(text);
  const lines = lineWords(text);
  const quotes = findQuotes(text, quotations, lines);
  const out = attributeSpeakers(text, quotes, findActors(text, defaultActorFinder()), quotations, lines, (q, rule) => decidedBy.set(q, rule), (at, rule) => subjectRules.set(at, rule));
  return { quotes: out.map((q, i) => ({ ...q, rule: decidedBy.get(quotes[i]!) })), subjectRules: [...subjectRules.values()] };
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
        const results = run(example.text).quotes;
        const quote = results.find((q) => q.kind === 'direct' && example.text.slice(q.start, q.end) === example.quote);
        expect(quote, 'the quote is found').toBeTruthy();
        expect(quote!.rule).toBe(rule.name);
        const speaker = quote!.speaker ? example.text.slice(quote!.speaker.start, quote!.speaker.end) : null;
        expect(speaker).toBe(example.speaker);
      });
    }
  }
});

describe('person rules: each rule finds its own examples', () => {
  it('rules have names, reasons and examples', () => {
    expect(new Set(PERSON_RULES.map((r) => r.name)).size).toBe(PERSON_RULES.length);
    for (const rule of PERSON_RULES) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.examples.length).toBeGreaterThan(1);
    }
  });
  for (const rule of PERSON_RULES) {
    for (const example of rule.examples) {
      it(`${rule.name}: ${example.person}`, () => {
        const surfaces = findActors(example.text, defaultActorFinder())
          .filter((a) => a.type === 'person' && a.id === null)
          .flatMap((a) => a.mentions.map((m) => m.surface));
        expect(surfaces).toContain(example.person);
        const foundBy = new Map<string, string>();
        findActors(example.text, defaultActorFinder(), undefined, (key, rule) => foundBy.set(key, rule));
        expect(foundBy.get(`?:${normalizeText(example.person)}`), 'the rule found the person').toBe(rule.name);
      });
    }
  }
});

describe('subject rules: each rule reads its own examples', () => {
  it('rules have names, reasons and examples', () => {
    expect(new Set(SUBJECT_RULES.map((r) => r.name)).size).toBe(SUBJECT_RULES.length);
    for (const rule of SUBJECT_RULES) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.examples.length).toBeGreaterThan(0);
    }
  });
  for (const rule of SUBJECT_RULES) {
    for (const example of rule.examples) {
      it(`${rule.name}: ${example.quote.slice(0, 30)}`, () => {
        const { quotes, subjectRules } = run(example.text);
        const quote = quotes.find((q) => q.kind === 'direct' && example.text.slice(q.start, q.end) === example.quote);
        expect(quote, 'the quote is found').toBeTruthy();
        const speaker = quote!.speaker ? example.text.slice(quote!.speaker.start, quote!.speaker.end) : null;
        expect(speaker).toBe(example.speaker);
        expect(subjectRules, 'the rule read a cue of the text').toContain(rule.name);
      });
    }
  }
});
