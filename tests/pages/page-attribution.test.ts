// Who speaks on the real pages: each expectation's `attribution` (issue 10's
// causes — a speaker the text names shown as unknown, a description taken for
// the speaker, a title in quotation marks taken for a quote, one person split
// in two) checked on the article text the extension maps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { pageOutcome, squash } from './outcome';
import { expectations, pagePath } from './suite-pages';

const withAttribution = expectations.filter((e) => e.attribution);

describe('attribution on the real pages', () => {
  it('the three conflict articles of ../shared/pages say who speaks', () => {
    expect(withAttribution.map((e) => e.page).sort()).toEqual(['ar-assabah-sudan-2019.html', 'ar-bbcarabic-bushnell-gaza-2024.html', 'ar-cnnarabic-syria-2013.html']);
  });
});

describe.each(withAttribution.map((e) => [e.page, e] as const))('%s', (_name, expected) => {
  const text = pageOutcome(readFileSync(pagePath(expected), 'utf8')).text!;
  const analysis = analyze(text, { stopEarly: false });
  const direct = analysis.quotes.filter((q) => q.kind === 'direct').map((q) => ({ words: squash(text.slice(q.start, q.end)), speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null }));
  const persons = analysis.actors.filter((a) => a.type === 'person' && a.id === null).map((a) => a.name.ar);
  const { speakers, persons: mustFind, notPersons, notQuotes } = expected.attribution!;

  it.each(speakers.map((s) => [s.quote, s.speaker] as const))('«%s» is said by %s', (quote, speaker) => {
    const found = direct.find((q) => q.words.startsWith(squash(quote)));
    expect(found, 'the quote is found').toBeTruthy();
    expect(found!.speaker).toBe(speaker);
  });

  it('finds the persons the text names and no description or phrase as one', () => {
    for (const name of mustFind) expect(persons, name).toContain(name);
    for (const name of notPersons) expect(persons, name).not.toContain(name);
  });

  it('takes no title or name in quotation marks for a quote', () => {
    for (const words of notQuotes) expect(direct.some((q) => q.words.startsWith(squash(words))), words).toBe(false);
  });
});
