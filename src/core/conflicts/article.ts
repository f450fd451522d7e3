// The shape of the main article the conflict stage weighs evidence by: its
// headline, its lead, its paragraphs and its length in words.
import { firstAbove } from '../text/search';
import type { Span } from '../types';

/** Multipliers by position: the headline line, then the lead. */
const HEADLINE_FACTOR = 3;
const LEAD_FACTOR = 2;
const LEAD_CHARS = 500;
/** A headline is a short line of at least three Arabic words, among the first lines. */
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_SEARCH_LINES = 4;

export interface ArticleShape {
  /** The main article's regions, sorted. */
  main: Span[];
  headline: Span | null;
  leadEnd: number;
  /** Where each paragraph (non-empty line) of the main article starts. */
  paragraphStarts: number[];
  words: number;
}

/** The article's shape, or null when there is no main article. */
export function articleShape(text: string, regions: Span[]): ArticleShape | null {
  const main = [...regions].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  if (main.length === 0) return null;
  const headline = findHeadline(text, main[0]!);
  const paragraphStarts: number[] = [];
  let words = 0;
  for (const r of main) words += readRegion(text, r, paragraphStarts);
  return { main, headline, leadEnd: leadEnd(main, headline ? headline.end : main[0]!.start), paragraphStarts, words };
}

/** The lead: the first LEAD_CHARS of the main article after the headline. */
function leadEnd(main: Span[], leadStart: number): number {
  let end = leadStart;
  let budget = LEAD_CHARS;
  for (const r of main) {
    const from = Math.max(r.start, leadStart);
    if (from >= r.end) continue;
    const take = Math.min(budget, r.end - from);
    end = from + take;
    budget -= take;
    if (budget <= 0) break;
  }
  return end;
}

const TWO_ARABIC_LETTERS = /[\u0621-\u064A]{2}/;
/**
 * The headline: among the first few lines of the article, the first short line
 * of Arabic words (a site name, a date or "RT Arabic:" before it is skipped).
 */
function findHeadline(text: string, first: Span): Span | null {
  let at = first.start;
  for (let n = 0; n < HEADLINE_SEARCH_LINES && at < first.end; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > first.end) end = first.end;
    const line = text.slice(at, end).trim();
    if (line !== '') {
      const words = line.split(/\s+/).length;
      const arabicWords = line.split(/\s+/).filter((w) => TWO_ARABIC_LETTERS.test(w)).length;
      if (words > HEADLINE_MAX_WORDS) return null;
      // A line that ends like a sentence is the lead paragraph: headlines carry no full stop.
      if (/[.。]$/.test(line) && !/\.\.$/.test(line) && arabicWords >= 3) return null;
      if (arabicWords >= 3) return { start: at, end };
    }
    at = end + 1;
  }
  return null;
}

/** Position factor of an original offset: the headline counts most, then the lead. */
export function positionFactor(shape: ArticleShape, at: number): number {
  if (inHeadline(shape, at)) return HEADLINE_FACTOR;
  if (at < shape.leadEnd) return LEAD_FACTOR;
  return 1;
}

export const inHeadline = (shape: ArticleShape, at: number): boolean => !!shape.headline && at >= shape.headline.start && at < shape.headline.end;

/** Is the offset in the main article? */
export function inMain(shape: ArticleShape, at: number): boolean {
  const region = shape.main[firstAbove(shape.main, at, (r) => r.start) - 1];
  return region !== undefined && at < region.end;
}

/** The paragraph holding an offset of the main article. */
export function paragraphOf(shape: ArticleShape, offset: number): number {
  return Math.max(0, firstAbove(shape.paragraphStarts, offset, (x) => x) - 1);
}

/**
 * One pass over a region, no string made: adds where each of its lines with a
 * non-space character starts (as `line.trim() !== ''` over its lines) and
 * returns its number of runs of non-space characters (as `split(/\s+/)`).
 */
function readRegion(text: string, region: Span, paragraphStarts: number[]): number {
  let words = 0;
  let inWord = false;
  let lineStart = region.start;
  let lineHasWord = false;
  const end = Math.min(region.end, text.length);
  for (let i = region.start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      if (lineHasWord) paragraphStarts.push(lineStart);
      lineStart = i + 1;
      lineHasWord = false;
    }
    const space = isSpaceCode(code);
    if (!space && !inWord) words++;
    if (!space) lineHasWord = true;
    inWord = !space;
  }
  if (lineHasWord) paragraphStarts.push(lineStart);
  return words;
}

/** JavaScript's \s. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
