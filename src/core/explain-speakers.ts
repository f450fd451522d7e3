// A dev entry, not part of core's public face (src/core/index.ts): which quote
// rule and which subject rule decided each quote's speaker, for one text.
// scripts/explain-speakers.mjs bundles it and reads the gold sets with it.
import { defaultActorFinder, findActors } from './actors';
import { scoreConflicts } from './conflicts';
import { findQuotations, findQuotes, type RawQuote } from './quotes';
import { mainArticleRanges } from './regions';
import { addSpeakersToActors, attributeSpeakers } from './speakers';
import { readDocument } from './text/document';
import type { ActorResult, QuoteResult } from './types';

/** One quote with the rules that decided its speaker. */
export interface ExplainedQuote {
  quote: QuoteResult;
  /** The quote rule of speakers/rules that decided ('none' when none did). */
  quoteRule: string;
  /** The subject rule of the cue that governs the quote ('-' when no cue did). */
  subjectRule: string;
  /** The speaker's mentions in the text (all of its actor's, when it has one). */
  speakerSpans: { start: number; end: number }[];
}

export interface SpeakerExplanation {
  /** False when the text is not conflict news (analyze would stop there). */
  conflictNews: boolean;
  quotes: ExplainedQuote[];
  /** Every cue's subject rule, by the cue's start. */
  subjects: { at: number; rule: string }[];
}

/** Runs the quote and speaker stages of analyze() on `text`, noting the rules. */
export function explainSpeakers(text: string): SpeakerExplanation {
  const finder = defaultActorFinder();
  const doc = readDocument(text);
  const actors = findActors(text, finder, doc);
  const conflictNews = scoreConflicts(text, mainArticleRanges(text), actors, doc, finder).length > 0;
  const quotations = findQuotations(text, doc);
  const raw = findQuotes(text, quotations, doc.lines);
  const rules = new Map<RawQuote, string | null>();
  const subjects: { at: number; rule: string }[] = [];
  const quotes = attributeSpeakers(text, raw, actors, quotations, doc.lines, (q, r) => rules.set(q, r), (at, rule) => subjects.push({ at, rule }));
  const all = addSpeakersToActors(text, actors, quotes);
  subjects.sort((a, b) => a.at - b.at);
  const explained = quotes.map((quote, i) => {
    const quoteRule = rules.get(raw[i]!) ?? 'none';
    return { quote, quoteRule, subjectRule: governingSubject(quote, quoteRule, subjects), speakerSpans: speakerSpans(quote, all) };
  });
  return { conflictNews, quotes: explained, subjects };
}

/** The subject rule of the cue a quote rule names: the first cue after the quote for "cue after", the last before it for the "cue before" rules. */
function governingSubject(quote: QuoteResult, quoteRule: string, subjects: { at: number; rule: string }[]): string {
  if (quoteRule === 'cue after') return subjects.find((s) => s.at >= quote.end)?.rule ?? '?';
  if (/cue before/.test(quoteRule)) return [...subjects].reverse().find((s) => s.at < quote.start)?.rule ?? '?';
  return '-';
}

function speakerSpans(quote: QuoteResult, actors: ActorResult[]): { start: number; end: number }[] {
  const speaker = quote.speaker;
  if (!speaker) return [];
  const actor = speaker.id != null ? actors.find((a) => a.id === speaker.id) : actors.find((a) => a.mentions.some((m) => m.start === speaker.start));
  return actor ? actor.mentions : [{ start: speaker.start, end: speaker.end }];
}
