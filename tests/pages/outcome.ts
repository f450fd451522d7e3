// What Sada does with one saved page, computed in jsdom the way the
// extension does it: the gate (content-check), the article finder and text
// map (content-main, the CLI's --html), and the analyzer on that text.
// Used by the real-page suite (pages.test.ts) and by scripts/add-page.mjs.
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../src/core';
import { articleTextOf } from '../../src/cli/html';
import { findArticle } from '../../src/content/article';
import { checkPage, type CheckVerdict } from '../../src/content/page-check';

export interface PageOutcome {
  /** The gate's verdict on the page as loaded. */
  gate: CheckVerdict;
  /** The article text the extension would map and analyze (null: no article found). */
  text: string | null;
  /** The analyzer's language and conflicts on that text. */
  language: string | null;
  conflicts: string[];
  /** Whether the extension annotates the page: gate passed, an article, in Arabic, about a conflict. */
  annotated: boolean;
}

/** A jsdom document of the page: no scripts run, no subresources, no console noise. */
export function loadPage(html: string, url = 'http://127.0.0.1/page.html'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function pageOutcome(html: string): PageOutcome {
  const document = loadPage(html);
  const gate = checkPage(document).verdict;
  const text = articleTextOf(document);
  const analysis = text === null ? null : analyze(text, { stopEarly: false });
  const language = analysis?.language ?? null;
  const conflicts = analysis ? analysis.conflicts.map((c) => c.id) : [];
  return { gate, text, language, conflicts, annotated: gate === 'pass' && language === 'ar' && conflicts.length > 0 };
}

/** Whitespace collapsed: how snippets and words are compared. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first and last `n` words of the text. */
export function edgeWords(text: string, n = 6): { first: string; last: string } {
  const words = squash(text).split(' ');
  return { first: words.slice(0, n).join(' '), last: words.slice(-n).join(' ') };
}

/** The opening words of each part the article finder left out inside the article (candidates for `noMarks`). */
export function leftOutParts(html: string): string[] {
  const article = findArticle(loadPage(html));
  if (!article) return [];
  return [...article.excluded].map((element) => squash(element.textContent ?? '').slice(0, 60)).filter((text) => text.length >= 8);
}
