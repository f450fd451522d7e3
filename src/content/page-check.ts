// The cheap decision content-check.js makes on every page: is this page
// Arabic, and does it name one of the six conflicts? It reads a bounded
// sample of the page's text, so its cost does not grow with the page.

import prefilter from '../../data/prefilter.json';
import { normalizeArabic } from '../core/arabic';
import { detectLanguageSample } from '../core/language';

/** Characters of prose (text nodes of some length) the sample takes. */
export const PROSE_BUDGET = 6000;
/** Characters of short text (menus, labels) the sample takes, for language only. */
export const SHORT_BUDGET = 1000;
/** Text nodes visited at most: the walk stops there however little it found. */
export const NODE_BUDGET = 4000;
/** Below this much prose the page may still be loading its article. */
export const MIN_PROSE_CHARS = 200;
/** A text node this long (trimmed) is prose rather than a menu item. */
const PROSE_NODE_CHARS = 30;

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const KEYWORDS = Object.values(prefilter.keywords).flat().map(normalizeArabic);

export interface PageSample {
  /** Title, description and prose: where conflict keywords count. */
  prose: string;
  /** Short texts (menus, buttons): used for the language only. */
  short: string;
  /** Characters of body prose found (title and description not counted). */
  proseChars: number;
}

export type CheckVerdict = 'pass' | 'not-arabic' | 'not-conflict';

export interface CheckResult {
  verdict: CheckVerdict;
  language: string;
  /** The page had too little prose to judge with confidence (it may still be loading). */
  tooShort: boolean;
  reason: string;
}

/** Title, meta description and the first few KB of the body's visible text. */
export function samplePage(doc: Document): PageSample {
  const head: string[] = [doc.title];
  // Only the head: querySelector on the whole document would scan a big page.
  const description = doc.head?.querySelector('meta[name="description"], meta[property="og:description"]');
  if (description) head.push(description.getAttribute('content') ?? '');
  const prose: string[] = [];
  const short: string[] = [];
  let proseChars = 0;
  let shortChars = 0;
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
    let visited = 0;
    for (let node = walker.nextNode(); node && visited < NODE_BUDGET; node = walker.nextNode()) {
      visited++;
      const parent = node.parentNode as Element | null;
      if (parent && SKIP_PARENTS.has(parent.nodeName)) continue;
      const text = (node as Text).data.trim();
      if (text.length >= PROSE_NODE_CHARS) {
        const take = text.slice(0, PROSE_BUDGET - proseChars);
        prose.push(take);
        proseChars += take.length;
        if (proseChars >= PROSE_BUDGET) break;
      } else if (text && shortChars < SHORT_BUDGET) {
        short.push(text);
        shortChars += text.length;
      }
    }
  }
  return { prose: [...head, ...prose].join('\n'), short: short.join(' '), proseChars };
}

/** How many times the sample names a conflict keyword (after normalization). */
export function conflictKeywordHits(text: string): number {
  const normalized = normalizeArabic(text);
  let hits = 0;
  for (const keyword of KEYWORDS) {
    for (let at = normalized.indexOf(keyword); at >= 0; at = normalized.indexOf(keyword, at + keyword.length)) hits++;
  }
  return hits;
}

/** The cheap decision for a whole page. */
export function checkPage(doc: Document): CheckResult {
  const sample = samplePage(doc);
  const tooShort = sample.proseChars < MIN_PROSE_CHARS;
  // Prose decides the language; menus only help when there is little prose.
  const language = detectLanguageSample(tooShort ? `${sample.prose}\n${sample.short}` : sample.prose, PROSE_BUDGET + SHORT_BUDGET);
  if (language !== 'ar') return { verdict: 'not-arabic', language, tooShort, reason: `page language: ${language}` };
  if (conflictKeywordHits(sample.prose) === 0) {
    return { verdict: 'not-conflict', language, tooShort, reason: 'the page names none of the six conflicts' };
  }
  return { verdict: 'pass', language, tooShort, reason: '' };
}
