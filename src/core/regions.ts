// The main article's spans: everything but teaser lists ("اقرأ أيضاً",
// "مقالات مشابهة"), tag lines, share/source/footer lines. Line based and
// linear: a page's text arrives as lines/paragraphs.
import boilerplate from '../../data/boilerplate.json';
import { normalizeText } from './matcher';
import punctuation from '../../data/punctuation.json';
import type { Span } from './types';

/** A line opened by a list mark (data/punctuation.json listMarks). */
/** The list marks (one character each), asked of a line's first character. */
const LIST_MARKS: ReadonlySet<string> = new Set(punctuation.listMarks);

/** Marker words, normalized, longest first so "اقرأ أيضا" wins over "اقرأ"; grouped by first letter (a line is checked against its own letter's only). */
type Markers = ReadonlyMap<string, string[]>;
function byLength(list: string[]): Markers {
  const byFirst = new Map<string, string[]>();
  for (const m of [...new Set(list.map(normalizeMarker))].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const group = byFirst.get(m[0]!) ?? [];
    group.push(m);
    byFirst.set(m[0]!, group);
  }
  return byFirst;
}
const TEASER = byLength(boilerplate.teaserMarkers);
const SECTION = byLength(boilerplate.sectionHeaders);
const TAGS = byLength(boilerplate.tagMarkers);
const FOOTER = byLength(boilerplate.footerMarkers);
const FOOTER_PHRASES = byLength(boilerplate.footerPhrases);

/** Lines at most this many words can be a teaser headline in a list. */
const TEASER_MAX_WORDS = 22;
/** A footer/share line is short. */
const FOOTER_MAX_WORDS = 8;
/** Main text needed before a tail (tags, source, then related) can end the article. */
const MIN_ARTICLE_CHARS = 200;
/** How many lines after the article's end a section header may come and still cut to the end. */
const TAIL_WINDOW = 4;

export function normalizeMarker(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

interface Line {
  start: number;
  end: number;
  /** The line's first 48 characters, trimmed (what decides its kind). */
  head: string;
  /** Its words, counted up to WORDS_COUNTED (only ever compared with fewer). */
  words: number;
  bullet: boolean;
  /** The line's last visible character. */
  last: string;
  /** The line starts with '#'. */
  hash: boolean;
}

type Kind = 'text' | 'blank' | 'header' | 'teaser' | 'tags' | 'footer';

export const LEAD_JUNK = /^[\s\u2022\u25CF\u25AA\u25A0\u2023\u2043\u00B7*•▪►▶◄»«\-–—|#.:>\d)(]+/u;
const SEPARATOR = /^\s*([:：|\-–—»>]|\.\.|…)/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    // Only the first characters decide what kind of line it is.
    const head = trimmed.slice(0, 48);
    const bullet = LIST_MARKS.has(head[0] ?? '');
    lines.push({ start, end, head, words: countWords(trimmed, WORDS_COUNTED), bullet, last: trimmed.slice(-1), hash: trimmed.startsWith('#') });
    start = end + 1;
  }
  return lines;
}

/** A line's words are counted this far: a paragraph's length makes no difference above the largest count a rule asks for. */
const WORDS_COUNTED = Math.max(TEASER_MAX_WORDS, FOOTER_MAX_WORDS, 6) + 1;

/** The words of `s` (runs of characters above the space), up to `max`. */
function countWords(s: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < max; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The marker the line starts with (whole words), and what follows it. */
function startsWith(norm: string, markers: Markers): { marker: string; rest: string } | null {
  for (const m of markers.get(norm[0] ?? '') ?? []) {
    if (!norm.startsWith(m)) continue;
    const next = norm[m.length];
    if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue;
    return { marker: m, rest: norm.slice(m.length) };
  }
  return null;
}

function isHashtagLine(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const tags = words.filter((w) => w.startsWith('#')).length;
  return tags >= 1 && tags * 2 >= words.length;
}

/**
 * The first two characters of every marker (the marker itself when it has one): a line whose normalized head
 * starts otherwise is matched by none, and is never normalized whole. (By the first letter alone, 685 of the
 * 704 lines of bench/news-page.mjs's page were; by the first two, 166.)
 */
const MARKER_STARTS = new Set([TEASER, SECTION, TAGS, FOOTER, FOOTER_PHRASES].flatMap((markers) => [...markers.values()].flat().map((m) => m.slice(0, 2))));

/** May the line's normalized head (normalizedStart's first two characters) open with a marker? */
const mayOpenWithMarker = (start: string) => MARKER_STARTS.has(start) || MARKER_STARTS.has(start[0] ?? '');

/**
 * The first `n` characters of normalizeMarker(head without its leading junk), with no string made for the
 * rest ('' when it is empty): the normalization is character by character, whitespace comes off its front
 * and a run of it inside is one space.
 */
export function normalizedStart(head: string, n: number): string {
  const junk = LEAD_JUNK.exec(head);
  let out = '';
  let spaceBefore = false;
  for (let i = junk ? junk[0].length : 0; i < head.length && out.length < n; i++) {
    const folded = normalizeText(head[i]!);
    for (let k = 0; k < folded.length && out.length < n; k++) {
      if (/\s/.test(folded[k]!)) spaceBefore = out !== '';
      else {
        out += spaceBefore ? ` ${folded[k]!}` : folded[k]!;
        spaceBefore = false;
      }
    }
  }
  return out.slice(0, n);
}

function classify(line: Line, text: string): Kind {
  if (line.words === 0) return 'blank';
  const start = normalizedStart(line.head, 2);
  if (start === '') return 'text';
  // Most lines start as no marker does: 'text' or a hashtag line, their head never normalized.
  const norm = mayOpenWithMarker(start) ? normalizeMarker(line.head.replace(LEAD_JUNK, '')) : '';
  const rest = (r: string) => r.replace(/^[\s:：|\-–—.…»>]+/u, '').trim();
  const teaser = startsWith(norm, TEASER);
  if (teaser) {
    const after = rest(teaser.rest);
    if (after === '') return 'header';
    // "اقرأ أيضا: عنوان" is a teaser line; a bare "شاهد" or "اقرأ" only with a separator.
    if (teaser.marker.includes(' ') || SEPARATOR.test(teaser.rest)) return 'teaser';
  }
  const section = startsWith(norm, SECTION);
  if (section && line.words <= 6 && !/[.!؟?]/.test(line.last)) return 'header';
  const tag = startsWith(norm, TAGS);
  if (tag && (tag.marker.includes(' ') || SEPARATOR.test(tag.rest) || rest(tag.rest) === '')) return 'tags';
  if (line.hash && isHashtagLine(text.slice(line.start, Math.min(line.end, line.start + 2000)).trim())) return 'tags';
  const footer = startsWith(norm, FOOTER);
  if (footer && line.words <= FOOTER_MAX_WORDS && (rest(footer.rest) === '' || SEPARATOR.test(footer.rest))) return 'footer';
  if (line.words <= FOOTER_MAX_WORDS && startsWith(norm, FOOTER_PHRASES)) return 'footer';
  return 'text';
}

/** A line that reads like an item of a teaser list: bulleted, or a short line that is not a sentence. */
function teaserLike(line: Line): boolean {
  if (line.bullet) return true;
  return line.words <= TEASER_MAX_WORDS && !/[.!؟?:"”»]/u.test(line.last);
}

/** The parts of the text that are the main article (not teaser lists, related links, tags, footers). */
export function mainArticleRanges(text: string): Span[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lines = splitLines(text);
  const keep = new Uint8Array(lines.length); // 1 = main article, 0 = not, 2 = blank
  let inTeaserList = false;
  /** Non-blank lines seen since the article's end (a tags/source/share line); -1 when none. */
  let sinceEnd = -1;
  let cutAt = lines.length;
  let keptChars = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = classify(line, text);
    if (kind === 'blank') {
      keep[i] = 2;
      continue;
    }
    if (sinceEnd >= 0) sinceEnd++;
    switch (kind) {
      case 'header':
        // After the article's end (and after an article: tags at the top of a page are no end).
        if (sinceEnd >= 0 && sinceEnd <= TAIL_WINDOW && keptChars >= MIN_ARTICLE_CHARS) {
          cutAt = i;
        } else inTeaserList = true;
        break;
      case 'teaser':
        break;
      case 'tags':
      case 'footer':
        sinceEnd = 0;
        inTeaserList = false;
        break;
      default:
        if (inTeaserList && teaserLike(line)) break;
        inTeaserList = false;
        keep[i] = 1;
        keptChars += line.end - line.start;
    }
    if (cutAt < lines.length) break;
  }
  const ranges: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < cutAt; i++) {
    const state = keep[i];
    const line = lines[i]!;
    if (state === 1) {
      if (open) open.end = line.end;
      else {
        open = { start: line.start, end: line.end };
        ranges.push(open);
      }
    } else if (state === 0) open = null;
  }
  return ranges;
}
