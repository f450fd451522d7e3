import type { Span } from './types';

export interface RawQuote extends Span {
  kind: 'direct' | 'indirect';
}

/** Direct quotes (inside quotation marks, scare quotes left out) and indirect quotes. */
export function findQuotes(_text: string): RawQuote[] {
  return [];
}
