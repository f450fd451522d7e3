// The analyzer's entry point: text in, Analysis out. Pure: no DOM, no extension APIs.
import { findActors } from './actors';
import { scoreConflicts } from './conflicts';
import { detectLanguage } from './language';
import { findQuotes } from './quotes';
import { mainArticleRanges } from './regions';
import { attributeSpeakers } from './speakers';
import type { Analysis } from './types';

export interface AnalyzeOptions {
  /** Stop after language and conflicts when the page is not Arabic conflict news (default true). */
  stopEarly?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const stopEarly = options.stopEarly ?? true;
  const language = detectLanguage(text);
  if (language !== 'ar') return { language, conflicts: [], actors: [], quotes: [] };
  const regions = mainArticleRanges(text);
  const actors = findActors(text);
  const conflicts = scoreConflicts(text, regions, actors);
  if (stopEarly && conflicts.length === 0) return { language, conflicts, actors: [], quotes: [] };
  const quotes = attributeSpeakers(text, findQuotes(text), actors);
  return { language, conflicts, actors, quotes };
}
