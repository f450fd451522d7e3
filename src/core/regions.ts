import type { Span } from './types';

/** The parts of the text that are the main article (not teaser lists, related links, tags, footers). */
export function mainArticleRanges(text: string): Span[] {
  return [{ start: 0, end: text.length }];
}
