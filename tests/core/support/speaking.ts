// What the unseen-text tests read off an analysis: each direct quote with its
// speaker as printed, and the persons found that the gazetteer lacks.
import { expect, it } from 'vitest';
import { analyze } from '../../../src/core';

/** Each direct quote's words with its speaker's words in the text (null: no speaker). */
export function direct(text: string): Array<[string, string | null]> {
  return analyze(text, { stopEarly: false })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [text.slice(q.start, q.end), q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null]);
}

/** The names of the actors found that the gazetteer lacks (null id). */
export const unknownNames = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.id === null)
    .map((a) => a.name.ar);

/** The speaker of one direct quote as the text prints them (null: none; undefined: no such quote). */
export const speakerOf = (text: string, quote: string): string | null | undefined => direct(text).find(([q]) => q === quote)?.[1];

/** Each person found (with `unknownOnly`, each the gazetteer lacks), with the words of every mention. */
export const personMentions = (text: string, unknownOnly = false): string[][] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person' && (!unknownOnly || a.id === null))
    .map((a) => a.mentions.map((m) => m.surface));

/** Each person found, by the words of their first mention. */
export const personNames = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person')
    .map((a) => a.mentions[0]!.surface);

/** One test per case [text, quote, speaker]: with `lead` before the text, the quote is said by that speaker as printed. */
export function itSaysWho(cases: ReadonlyArray<readonly [string, string, string]>, lead = ''): void {
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(direct(lead + text)).toContainEqual([quote, speaker]));
}

/** The speaker of one direct quote by id, else by name as printed (null: none; undefined: no such quote). */
export function speakerIdOf(text: string, quote: string): string | null | undefined {
  const q = analyze(text, { stopEarly: false }).quotes.find((x) => x.kind === 'direct' && text.slice(x.start, x.end) === quote);
  return q ? (q.speaker ? (q.speaker.id ?? q.speaker.name) : null) : undefined;
}

/** The words of each direct quote. */
export const directQuoteTexts = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => text.slice(q.start, q.end));
