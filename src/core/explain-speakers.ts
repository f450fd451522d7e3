// A dev entry, not part of core's public face (src/core/index.ts): which quote
// rule and which subject rule decided each quote's speaker, for one text.
// scripts/explain-speakers.mjs bundles it and reads the gold sets with it.
import { analyze } from './analyze';
import type { RawQuote } from './quotes';
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

/** analyze() on `text` to the end (texts of one part: up to ANALYZE_WHOLE_MAX_CHARS), noting the rules. */
export function explainSpeakers(text: string): SpeakerExplanation {
  const rules = new Map<string, string | null>();
  const subjects: { at: number; rule: string }[] = [];
  const onDecision = (q: RawQuote, rule: string | null) => rules.set(`${q.start}:${q.end}`, rule);
  const analysis = analyze(text, { stopEarly: false, observe: { onDecision, onSubject: (at, rule) => subjects.push({ at, rule }) } });
  subjects.sort((a, b) => a.at - b.at);
  const quotes = analysis.quotes.map((quote) => {
    const quoteRule = rules.get(`${quote.start}:${quote.end}`) ?? 'none';
    return { quote, quoteRule, subjectRule: governingSubject(quote, quoteRule, subjects), speakerSpans: speakerSpans(quote, analysis.actors) };
  });
  return { conflictNews: analysis.conflicts.length > 0, quotes, subjects };
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
