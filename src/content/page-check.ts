// The decision content-main.js makes first on a page content-check.js found written
// in the Arabic script: is this page Arabic, and does it name one of the six conflicts? It reads a bounded
// sample of the page's text, so its cost does not grow with the page.

import { detectLanguageSample } from '../core';
import { DROPPED_BUT_ZWNJ_SOURCE, DROPPED_SOURCE } from './fold';
import { isSiteChrome } from './page-parts';
import { MIN_PERSIAN_OR_URDU_MARKS, MIN_PROSE_CHARS, probePage } from './page-probe';
import { hasKeyword } from './keyword-match';
import { KEYWORD_PATTERN_SOURCE } from './prefilter-pattern';

export { MIN_PROSE_CHARS };

/** Characters of prose (text nodes of some length) the sample takes. */
export const PROSE_BUDGET = 3000;
/** Characters of short text (menus, labels) the sample takes, for language only. */
export const SHORT_BUDGET = 600;
/** Text nodes visited at most: the walk stops there however little it found. */
export const NODE_BUDGET = 2000;
/** Characters the language module reads: enough to tell Arabic from Persian and Urdu by function words. */
export const LANGUAGE_CHARS = 300;
/** Below this share of Arabic-script letters the page is not Arabic, without asking the language module. */
const MIN_ARABIC_SHARE = 0.3;
/** A text node this long (trimmed) is prose rather than a menu item. */
const PROSE_NODE_CHARS = 30;

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Built on first use: a page that is not in Arabic script never compiles it. */
let keywords: RegExp | undefined;
/** Built on first use, as `keywords`. */
let hasMarkButZwnj: RegExp | undefined;
/** More zero-width non-joiners than this: Persian/Urdu orthography, not a stray mark inside an Arabic name. */
const MAX_STRAY_ZWNJ = 3;
let marks: RegExp | undefined;

export interface PageSample {
  /** Title, description and prose, joined. */
  prose: string;
  /** The page's title and meta description. */
  head: string[];
  /** The body's text nodes the prose was taken from, in order. */
  proseNodes: Text[];
  /** Short texts (menus, buttons): used for the language only. */
  short: string;
  /** Characters of body prose found (title and description not counted). */
  proseChars: number;
}

export type CheckVerdict = 'pass' | 'not-arabic' | 'not-conflict';

export interface CheckResult {
  verdict: CheckVerdict;
  /** Null when the page was left alone before its language had to be told. */
  language: string | null;
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
  const proseNodes: Text[] = [];
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
      const data = (node as Text).data;
      // Most text nodes are short or whitespace: no trimmed copy for those that can't be prose.
      if (data.length < PROSE_NODE_CHARS && shortChars >= SHORT_BUDGET) continue;
      const text = data.trim();
      if (text.length >= PROSE_NODE_CHARS) {
        const take = text.slice(0, PROSE_BUDGET - proseChars);
        prose.push(take);
        proseNodes.push(node as Text);
        proseChars += take.length;
        if (proseChars >= PROSE_BUDGET) break;
      } else if (text && shortChars < SHORT_BUDGET) {
        short.push(text);
        shortChars += text.length;
      }
    }
  }
  return { prose: [...head, ...prose].join('\n'), head, proseNodes, short: short.join(' '), proseChars };
}

/**
 * Whether the text names a conflict keyword as a word, in any spelling the
 * fold accepts. The pattern spells letter variants itself; a diacritic or
 * tatweel inside a word ("قوّات") hides it, so text with marks is looked at
 * again without them (one native replace, only then).
 */
export function namesConflict(text: string): boolean {
  keywords ??= new RegExp(KEYWORD_PATTERN_SOURCE, 'g');
  return hasKeyword(keywords, text) || (mayHideKeyword(text) && hasKeyword(keywords, text.replace((marks ??= new RegExp(DROPPED_SOURCE, 'g')), '')));
}

/** A page passes the gate on this many places that name a conflict (the title and description count as one). */
export const MIN_CONFLICT_PLACES = 2;

/**
 * Whether the page's own text names a conflict: in at least one paragraph of
 * the body outside links and site chrome (a ticker, a sidebar, a footer or a
 * teaser list alone does not pass a page), and in one more place, another
 * paragraph or the title/description.
 */
export function namesConflictInText(sample: PageSample): boolean {
  let places = sample.head.some(namesConflict) ? 1 : 0;
  let inBody = 0;
  for (const node of sample.proseNodes) {
    if (!namesConflict(node.data.slice(0, PROSE_BUDGET)) || !inPageText(node)) continue;
    inBody++;
    places++;
    if (places >= MIN_CONFLICT_PLACES) return true;
  }
  return inBody > 0 && places >= MIN_CONFLICT_PLACES;
}

/** Whether a text node is the page's own text: not inside a link or site chrome, up to the article or main element. */
function inPageText(node: Text): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') return true;
    if (tag === 'A' || isSiteChrome(element)) return false;
  }
  return true;
}

/**
 * Whether the text has marks that may sit inside a keyword. A Persian or Urdu
 * page writes a zero-width non-joiner in every few words (and is left alone
 * whatever names it holds): looking at it again would double the gate's cost
 * for nothing. An Arabic page has at most a stray one, which is looked at.
 */
function mayHideKeyword(text: string): boolean {
  if ((hasMarkButZwnj ??= new RegExp(DROPPED_BUT_ZWNJ_SOURCE)).test(text)) return true;
  let zwnj = 0;
  for (let at = text.indexOf('\u200c'); at >= 0 && zwnj <= MAX_STRAY_ZWNJ; at = text.indexOf('\u200c', at + 1)) zwnj++;
  return zwnj > 0 && zwnj <= MAX_STRAY_ZWNJ;
}

/** Share of Arabic-script letters among the letters of the text (a quick test before any language model). */
export function arabicScriptShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = letterKind(text.charCodeAt(i));
    if (kind === ARABIC) arabic++;
    if (kind !== NOT_A_LETTER) letters++;
  }
  return letters ? arabic / letters : 0;
}

const NOT_A_LETTER = 0;
const ARABIC = 1;
const OTHER_LETTER = 2;

/** Arabic-script letter, another letter (Latin or above U+00C0), or neither; by UTF-16 code unit. */
function letterKind(c: number): typeof NOT_A_LETTER | typeof ARABIC | typeof OTHER_LETTER {
  if (c < 0x41) return NOT_A_LETTER;
  if ((c >= 0x0620 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) return ARABIC;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) return OTHER_LETTER;
  return NOT_A_LETTER;
}

/**
 * arabicScriptShare(text) >= minShare, reading only as far as needed: it
 * stops once the characters left could no longer change the answer (on an
 * Arabic page after about a third of the text).
 */
export function hasArabicShare(text: string, minShare = MIN_ARABIC_SHARE): boolean {
  const n = text.length;
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const kind = letterKind(text.charCodeAt(i));
    if (kind === NOT_A_LETTER) continue;
    letters++;
    if (kind === ARABIC) arabic++;
    if ((i & 63) !== 0) continue;
    const left = n - i - 1;
    // Even if every character left were a non-Arabic letter, the share stays high enough.
    if (arabic >= minShare * (letters + left)) return true;
    // Even if every character left were an Arabic letter, the share stays too low.
    if (arabic + left < minShare * (letters + left)) return false;
  }
  return letters > 0 && arabic / letters >= minShare;
}

/**
 * The decision from the probe alone (page-probe.ts), when it is decisive: a
 * page with enough prose and not one Arabic-script letter in its title and
 * first few hundred characters (and no Arabic-script <html lang>) is not
 * Arabic; one that writes Persian/Urdu letters the language module calls
 * Persian, Urdu (…) is not Arabic either, whatever it names. Otherwise null:
 * the full sample decides, as before.
 */
function checkProbe(doc: Document): CheckResult | null {
  const probe = probePage(doc);
  if (probe.proseChars < MIN_PROSE_CHARS) return null;
  const noArabic = probe.arabicLetters === 0 && !probe.declaresArabicScript;
  const persianOrUrdu = probe.persianOrUrduMarks >= MIN_PERSIAN_OR_URDU_MARKS && hasArabicShare(probe.text);
  if (!noArabic && !persianOrUrdu) return null;
  const detected = detectLanguageSample(probe.text, LANGUAGE_CHARS);
  if (persianOrUrdu && detected === 'ar') return null;
  const language = detected === 'ar' ? 'und' : detected;
  return { verdict: 'not-arabic', language, tooShort: false, reason: `page language: ${language}` };
}

/**
 * The cheap decision for a whole page. The cheapest decisive gate runs
 * first: too few Arabic-script letters → not Arabic; no conflict keyword →
 * not a conflict page, without asking the language module (its language is
 * then not named); only a page that names a conflict has its language told
 * (Arabic, or Persian/Urdu that share the script and some names).
 */
export function checkPage(doc: Document): CheckResult {
  const early = checkProbe(doc);
  if (early) return early;
  const sample = samplePage(doc);
  const tooShort = sample.proseChars < MIN_PROSE_CHARS;
  // Prose decides the language; menus only help when there is little prose.
  const text = tooShort ? `${sample.prose}\n${sample.short}` : sample.prose;
  if (!hasArabicShare(text)) {
    // Latin or another script: naming it costs little and tells the reader why.
    const detected = detectLanguageSample(text, LANGUAGE_CHARS);
    const language = detected === 'ar' ? 'und' : detected;
    return { verdict: 'not-arabic', language, tooShort, reason: `page language: ${language}` };
  }
  if (!namesConflictInText(sample)) {
    return { verdict: 'not-conflict', language: null, tooShort, reason: 'the page names none of the six conflicts' };
  }
  const language = detectLanguageSample(text, LANGUAGE_CHARS);
  if (language !== 'ar') return { verdict: 'not-arabic', language, tooShort, reason: `page language: ${language}` };
  return { verdict: 'pass', language, tooShort, reason: '' };
}
