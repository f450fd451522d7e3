// The real-page suite (Readability's test-pages as the model): for every
// page in ../shared/pages and every page of our own in tests/pages/own, an
// expectation in tests/pages/expected/NAME.json (written by
// scripts/add-page.mjs, checked by a human). Here, in jsdom: the gate's
// verdict, annotated or left alone, the article's first and last words, no
// article text in the parts that must carry no mark, and the command line's
// --html reading exactly the text the extension maps.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleTextFromHtml } from '../../src/cli/html';
import { edgeWords, pageOutcome, squash } from './outcome';
import { expectations, pagePath, sharedPagesDir } from './suite-pages';

describe('the real-page suite', () => {
  it('has an expectation for every page in ../shared/pages, and a page for every expectation', () => {
    const shared = readdirSync(sharedPagesDir).filter((file) => file.endsWith('.html'));
    const expected = new Set(expectations.filter((e) => e.source === 'shared').map((e) => e.page));
    expect(shared.filter((file) => !expected.has(file))).toEqual([]);
    for (const e of expectations) expect(existsSync(pagePath(e)), e.page).toBe(true);
  });

  it('annotates the three conflict articles of ../shared/pages and leaves the eighteen others alone', () => {
    const shared = expectations.filter((e) => e.source === 'shared');
    expect(shared.filter((e) => e.expected === 'annotate').map((e) => e.page).sort()).toEqual([
      'ar-assabah-sudan-2019.html',
      'ar-bbcarabic-bushnell-gaza-2024.html',
      'ar-cnnarabic-syria-2013.html',
    ]);
    expect(shared.filter((e) => e.expected === 'leave')).toHaveLength(shared.length - 3);
  });
});

describe.each(expectations.map((e) => [e.page, e] as const))('%s', (_name, expected) => {
  const html = readFileSync(pagePath(expected), 'utf8');
  const outcome = pageOutcome(html);

  it(`is ${expected.expected === 'annotate' ? 'annotated' : 'left alone'} (gate: ${expected.gate})`, () => {
    expect(outcome.gate).toBe(expected.gate);
    expect(outcome.annotated).toBe(expected.expected === 'annotate');
    if (expected.expected === 'annotate') expect(outcome.conflicts).toEqual(expected.conflicts);
  });

  it('finds the article from its first words to its last, and no text of the parts that carry no mark', () => {
    if (expected.article === null) {
      expect(outcome.text).toBeNull();
      return;
    }
    expect(outcome.text).not.toBeNull();
    expect(edgeWords(outcome.text!)).toEqual(expected.article);
    const text = squash(outcome.text!);
    for (const snippet of expected.noMarks) expect(text, snippet).not.toContain(squash(snippet));
  });

  it('the command line (analyze --html) reads the same article text as the extension', async () => {
    if (outcome.text === null) await expect(articleTextFromHtml(html)).rejects.toThrow(/no article text/);
    else expect(await articleTextFromHtml(html)).toBe(outcome.text);
  });
});
