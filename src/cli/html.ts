// An HTML page → the article text a reader sees, found by the extension's
// own article finder (src/content/article.ts) over jsdom: the command line
// and the extension read the same text from the same page. Paragraphs are
// separated by blank lines, the same shape as the gold texts.
import { findArticle } from '../content/article';
import { buildTextMap } from '../content/text-map';
import { CliError } from './command';

/** The article's text on a parsed page, as the extension maps it; null when the page has no article (a home page, a section front). */
export function articleTextOf(document: Document): string | null {
  const article = findArticle(document);
  if (!article) return null;
  const text = buildTextMap(article.roots, { exclude: article.exclude }).text;
  return text.trim() ? text : null;
}

/** Extracts the main article's text from an HTML page. Loads jsdom only when called. */
export async function articleTextFromHtml(html: string, url = 'https://example.invalid/'): Promise<string> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // No scripts, no subresources, no console noise about the page's CSS: the page is data, never run.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const text = articleTextOf(dom.window.document);
    if (text === null) throw new CliError('no article text found in the HTML page (a home page or a section front has none)');
    return text;
  } finally {
    dom.window.close();
  }
}
