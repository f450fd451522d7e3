// The expectations of the real-page suite and where their pages are (shared
// by the jsdom suite and the browser test). Pages of ../shared/pages stay
// there; the project keeps only what it expects of them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const sharedPagesDir = join(here, '..', '..', '..', 'shared', 'pages');
export const ownPagesDir = join(here, 'own');
const expectedDir = join(here, 'expected');

export interface PageExpectation {
  /** The page's file name. */
  page: string;
  /** ../shared/pages (real pages) or tests/pages/own (ours, in the shapes real sites use). */
  source: 'shared' | 'own';
  expected: 'annotate' | 'leave';
  /** content-check's verdict. */
  gate: 'pass' | 'not-arabic' | 'not-conflict';
  /** The article's first and last words (whitespace collapsed); null when the page has no article. */
  article: { first: string; last: string } | null;
  /** The analyzer's conflicts on an annotated page. */
  conflicts: string[];
  /** Text of parts that must carry no mark: bylines, teaser lists, captions, comments, footers. */
  noMarks: string[];
  note: string;
  /** Who the analyzer finds speaking on an annotated page (checked by page-attribution.test.ts). */
  attribution?: PageAttribution;
}

export interface PageAttribution {
  /** A direct quote (its opening words) and its speaker as printed (null: no speaker). */
  speakers: Array<{ quote: string; speaker: string | null }>;
  /** Persons the gazetteer lacks that must be found, and names that must not be persons. */
  persons: string[];
  notPersons: string[];
  /** Quoted words (opening words) that are no direct quote: titles, names. */
  notQuotes: string[];
  note: string;
}

export const expectations: PageExpectation[] = readdirSync(expectedDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(expectedDir, file), 'utf8')) as PageExpectation);

export const pagePath = (e: PageExpectation) => join(e.source === 'own' ? ownPagesDir : sharedPagesDir, e.page);
